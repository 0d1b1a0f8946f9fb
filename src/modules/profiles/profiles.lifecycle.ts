import type { ProfileStatus } from '../../domain/vocabulary.js';
import { CorridorError } from '../../platform/errors.js';

/** What can happen to a profile; each action moves it from some statuses to one status. */
export const LIFECYCLE = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'published' },
  return: { from: ['submitted'], to: 'returned' },
  withdraw: { from: ['draft', 'submitted', 'returned', 'published', 'expired'], to: 'withdrawn' },
  complete: { from: ['published', 'expired'], to: 'completed' },
  expire: { from: ['published'], to: 'expired' },
  renew: { from: ['published', 'expired'], to: 'published' },
  // Editing a published profile sends it back to the coordinators before the corridor sees the change.
  edit: { from: ['draft', 'returned', 'published'], to: null },
} as const satisfies Record<string, { from: readonly ProfileStatus[]; to: ProfileStatus | null }>;

export type LifecycleAction = keyof typeof LIFECYCLE;

/** The status after `action`, or InvalidStateTransition. `edit` keeps drafts and returned profiles as they are. */
export function nextStatus(current: ProfileStatus, action: LifecycleAction): ProfileStatus {
  const rule = LIFECYCLE[action];
  if (!(rule.from as readonly ProfileStatus[]).includes(current)) {
    throw new CorridorError('InvalidStateTransition', { from: current, action });
  }
  if (rule.to !== null) return rule.to;
  return current === 'published' ? 'submitted' : current;
}
