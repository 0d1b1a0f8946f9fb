import {
  AGREEMENT_STAGES,
  type CooperationStage,
  OUTCOME_STAGES,
  STAGE_MOVES,
} from '../../domain/pipeline.js';
import { CorridorError } from '../../platform/errors.js';

export { AGREEMENT_STAGES, CLOSED_STAGES, OUTCOME_STAGES, STAGE_MOVES } from '../../domain/pipeline.js';

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
