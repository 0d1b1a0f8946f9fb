/**
 * In-process notifications between modules, after a change is committed: the docking index follows
 * profile and terminology changes without the profiles module knowing about docking.
 */
export interface CorridorEventMap {
  /** A profile was created, edited or changed status. */
  'profile.changed': { profileId: string };
  /** The terminology base changed. */
  'terminology.changed': Record<string, never>;
}

type Listener<K extends keyof CorridorEventMap> = (payload: CorridorEventMap[K]) => void;

export class CorridorEvents {
  private readonly listeners = new Map<keyof CorridorEventMap, Set<(payload: never) => void>>();

  on<K extends keyof CorridorEventMap>(name: K, listener: Listener<K>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as (payload: never) => void);
    this.listeners.set(name, set);
    return () => set.delete(listener as (payload: never) => void);
  }

  /** Tells every listener; a failing listener does not stop the others nor the caller. */
  emit<K extends keyof CorridorEventMap>(
    name: K,
    payload: CorridorEventMap[K],
    onError: (error: unknown) => void,
  ): void {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        (listener as Listener<K>)(payload);
      } catch (error) {
        onError(error);
      }
    }
  }
}
