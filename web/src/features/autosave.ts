import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** The top-level fields of `current` whose value differs from `saved` (compared as JSON). */
export function changedFields<T extends object>(saved: T, current: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(current) as Array<keyof T>) {
    if (JSON.stringify(current[key]) !== JSON.stringify(saved[key])) changes[key] = current[key];
  }
  return changes;
}

interface AutosaveOptions<T extends object> {
  /** The value as last loaded from the server. */
  initial: T;
  current: T;
  /** False stops the timer (e.g. for a published profile, which is saved only on request). */
  enabled: boolean;
  delayMs?: number;
  /** Sends the changed fields; rejects with the server's error. */
  send: (changes: Partial<T>) => Promise<void>;
  onError: (error: unknown) => void;
}

/**
 * Debounced saving of a draft: after `delayMs` without typing, the changed fields are sent; one
 * request at a time, and changes made while one runs are sent after it. `flush` saves at once (before
 * submitting). The state drives the visible "Saving… / Saved" line.
 */
export function useAutosave<T extends object>({
  initial,
  current,
  enabled,
  delayMs = 1200,
  send,
  onError,
}: AutosaveOptions<T>) {
  const saved = useRef<T>(initial);
  const latest = useRef<T>(current);
  latest.current = current;
  const inFlight = useRef<Promise<boolean> | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const sendRef = useRef(send);
  sendRef.current = send;
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  /** Saves whatever differs from the last saved value; resolves false when the server refused. */
  const flush = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    const snapshot = latest.current;
    const changes = changedFields(saved.current, snapshot);
    if (Object.keys(changes).length === 0) {
      setState((s) => (s === 'pending' ? 'saved' : s));
      return true;
    }
    setState('saving');
    const run = sendRef
      .current(changes)
      .then(() => {
        saved.current = { ...saved.current, ...changes };
        setSavedAt(new Date());
        setState(
          Object.keys(changedFields(saved.current, latest.current)).length === 0 ? 'saved' : 'pending',
        );
        return true;
      })
      .catch((error: unknown) => {
        setState('error');
        onErrorRef.current(error);
        return false;
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    return run;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    if (Object.keys(changedFields(saved.current, current)).length === 0) return;
    setState((s) => (s === 'error' ? s : 'pending'));
    const timer = window.setTimeout(() => void flush(), delayMs);
    return () => window.clearTimeout(timer);
  }, [current, enabled, delayMs, flush]);

  const dirty = Object.keys(changedFields(saved.current, current)).length > 0;
  return { state, savedAt, flush, dirty };
}
