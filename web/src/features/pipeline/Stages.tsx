import { type CooperationStage, PIPELINE_STAGES, type StageEvent } from '../../api/pipeline';
import { usePipelineT } from './i18n';

const STAGE_TONES: Record<CooperationStage, string> = {
  contact: 'neutral',
  meeting_held: 'info',
  nda_signed: 'info',
  negotiation: 'warning',
  agreement_signed: 'success',
  implementation: 'success',
  outcome_reported: 'success',
  closed_without_agreement: 'neutral',
};

export function StageBadge({ stage }: { stage: CooperationStage }) {
  const t = usePipelineT();
  return (
    <span className={`badge badge-${STAGE_TONES[stage]}`} data-stage={stage}>
      {t(`stage.${stage}`)}
    </span>
  );
}

type StepState = 'done' | 'current' | 'skipped' | 'upcoming';

/**
 * Where each stage stands. With the history, a stage passed over (a meeting or a confidentiality
 * agreement is optional) shows as skipped; without it, every stage before the current one counts as reached.
 */
export function stepStates(
  stage: CooperationStage,
  history: readonly StageEvent[] | undefined,
): Record<(typeof PIPELINE_STAGES)[number], StepState> {
  const reached = new Set<CooperationStage>(history?.map((e) => e.toStage) ?? []);
  const closed = stage === 'closed_without_agreement';
  // The furthest stage of the pipeline proper: the current one, or for a closed cooperation the last reached.
  const furthest = closed
    ? Math.max(-1, ...PIPELINE_STAGES.map((s, i) => (reached.has(s) ? i : -1)))
    : PIPELINE_STAGES.indexOf(stage);
  const states = {} as Record<(typeof PIPELINE_STAGES)[number], StepState>;
  PIPELINE_STAGES.forEach((s, index) => {
    if (!closed && s === stage) states[s] = 'current';
    else if (index > furthest) states[s] = 'upcoming';
    else if (history && !reached.has(s)) states[s] = 'skipped';
    else states[s] = 'done';
  });
  return states;
}

/** The pipeline as a row of steps, the current one marked for assistive technology too. */
export function PipelineStepper({
  stage,
  history,
}: {
  stage: CooperationStage;
  history: readonly StageEvent[] | undefined;
}) {
  const t = usePipelineT();
  const states = stepStates(stage, history);
  return (
    <div className="coop-stepper">
      <ol aria-label={t('stepper.label')}>
        {PIPELINE_STAGES.map((s, index) => {
          const state = states[s];
          return (
            <li
              key={s}
              className={`coop-step is-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
              data-testid={`step-${s}`}
              data-state={state}
            >
              <span className="coop-step-mark" aria-hidden="true">
                {state === 'done' ? '✓' : state === 'skipped' ? '–' : index + 1}
              </span>
              <span className="coop-step-label">{t(`stage.${s}`)}</span>
              <span className="visually-hidden"> ({t(`stepper.${state}`)})</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
