import { CorridorError } from '../../platform/errors.js';
import type { CooperationStage } from './cooperations.schema.js';

/**
 * The moves a party may make by hand. The pipeline only goes forward; a meeting and a confidentiality
 * agreement are optional steps, so they may be skipped. A cooperation can be closed without agreement
 * until one is signed. `outcome_reported` is reached by reporting the first outcome
 * (see OUTCOME_STAGES), not by hand.
 */
export const STAGE_MOVES: Readonly<Record<CooperationStage, readonly CooperationStage[]>> = {
  contact: ['meeting_held', 'nda_signed', 'negotiation', 'closed_without_agreement'],
  meeting_held: ['nda_signed', 'negotiation', 'closed_without_agreement'],
  nda_signed: ['negotiation', 'closed_without_agreement'],
  negotiation: ['agreement_signed', 'closed_without_agreement'],
  agreement_signed: ['implementation'],
  implementation: [],
  outcome_reported: [],
  closed_without_agreement: [],
};

/** Stages in which further agreements (an amendment, a second licence) may be recorded. */
export const AGREEMENT_STAGES: readonly CooperationStage[] = [
  'agreement_signed',
  'implementation',
  'outcome_reported',
];

/** Stages in which outcomes may be reported: once the agreement is being implemented. */
export const OUTCOME_STAGES: readonly CooperationStage[] = ['implementation', 'outcome_reported'];

/** Stages in which a cooperation is over: its open next steps get no more reminders. */
export const CLOSED_STAGES: readonly CooperationStage[] = ['closed_without_agreement'];

/** Checks a move by hand; InvalidStateTransition when the pipeline does not allow it. */
export function assertStageMove(from: CooperationStage, to: CooperationStage): void {
  if (!STAGE_MOVES[from].includes(to))
    throw new CorridorError('InvalidStateTransition', { from, action: to });
}

/** Checks that `action` (recording an agreement or an outcome) is allowed in the current stage. */
export function assertStageAllows(
  stage: CooperationStage,
  action: 'record_agreement' | 'record_outcome',
): void {
  const allowed = action === 'record_agreement' ? AGREEMENT_STAGES : OUTCOME_STAGES;
  if (!allowed.includes(stage)) throw new CorridorError('InvalidStateTransition', { from: stage, action });
}

/** The stage after an outcome is reported: the first one moves an implementation to `outcome_reported`. */
export function stageAfterOutcome(stage: CooperationStage): CooperationStage {
  return stage === 'implementation' ? 'outcome_reported' : stage;
}
