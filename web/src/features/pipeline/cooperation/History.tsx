import type { StageEvent } from '../../../api/pipeline';
import { ErrorState, Loading } from '../../../components/States';
import { usePipelineFormat } from '../format';
import { usePipelineT } from '../i18n';
import { StageBadge } from '../Stages';

/** Every stage change, newest first: the stage, the day it happened, who moved it and their comment. */
export function History({
  items,
  error,
  onRetry,
}: {
  items: StageEvent[] | undefined;
  error: unknown;
  onRetry: () => void;
}) {
  const t = usePipelineT();
  const format = usePipelineFormat();
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title" className="panel-title">
        {t('history.title')}
      </h2>
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : !items ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="timeline" data-testid="coop-history">
          {[...items].reverse().map((event) => (
            <li key={event.id} data-testid="history-item" data-stage={event.toStage}>
              <p>
                <StageBadge stage={event.toStage} />{' '}
                <time dateTime={event.occurredOn}>{format.date(event.occurredOn)}</time>
              </p>
              <p className="muted coop-small">
                {t('history.by', { name: event.actorName ?? t('history.unknownActor') })}
                {event.fromStage ? ` · ${t('history.from', { stage: t(`stage.${event.fromStage}`) })}` : ''}
                {' · '}
                {t('history.recordedAt', { dateTime: format.dateTime(event.createdAt) })}
              </p>
              {event.comment ? <blockquote className="comment">{event.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
