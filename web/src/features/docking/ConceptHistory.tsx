import type { ConceptHistoryEntry, ConceptSnapshot } from '../../api/docking';
import { ErrorState, Loading } from '../../components/States';
import { LANGUAGES, type Language } from '../../domain';
import { useFormat } from '../../i18n/format';
import { useSectorLabels, useVocab } from '../../i18n/vocab';
import { type DockingKey, useDockingT } from './i18n';

interface TermChange {
  language: Language;
  added: string[];
  removed: string[];
  /** The new preferred term, when it changed and was already a term before. */
  preferred: string | null;
}

/** What changed between two states of a concept, language by language. */
export function diffConcept(
  before: ConceptSnapshot | null,
  after: ConceptSnapshot | null,
): { terms: TermChange[]; sectorsAdded: string[]; sectorsRemoved: string[] } {
  const terms: TermChange[] = [];
  for (const language of LANGUAGES) {
    const old = before?.terms[language] ?? [];
    const now = after?.terms[language] ?? [];
    const added = now.filter((term) => !old.includes(term));
    const removed = old.filter((term) => !now.includes(term));
    const first = now[0];
    const preferred =
      first !== undefined && old.length > 0 && old[0] !== first && old.includes(first) ? first : null;
    if (added.length > 0 || removed.length > 0 || preferred)
      terms.push({ language, added, removed, preferred });
  }
  const oldSectors = before?.sectors ?? [];
  const newSectors = after?.sectors ?? [];
  return {
    terms,
    sectorsAdded: newSectors.filter((s) => !oldSectors.includes(s)),
    sectorsRemoved: oldSectors.filter((s) => !newSectors.includes(s)),
  };
}

function Diff({ entry }: { entry: ConceptHistoryEntry }) {
  const t = useDockingT();
  const vocab = useVocab();
  const sectors = useSectorLabels();
  // The seed and a retirement change everything at once: the list of terms would say nothing new.
  if (entry.action === 'seed' || entry.action === 'delete') return null;
  const diff = diffConcept(entry.before, entry.after);
  const sectorChanges = diff.sectorsAdded.length + diff.sectorsRemoved.length > 0;
  if (diff.terms.length === 0 && !sectorChanges) return <p className="muted">{t('history.noTermChange')}</p>;
  return (
    <dl className="diff" aria-label={t('history.diff')} data-testid="history-diff">
      {diff.terms.map((change) => (
        <div key={change.language} className="diff-row">
          <dt>{vocab.language(change.language)}</dt>
          <dd>
            {change.added.map((term) => (
              <ins key={`+${term}`} lang={change.language} className="diff-added">
                <span className="visually-hidden">{t('history.added')}: </span>
                {term}
              </ins>
            ))}
            {change.removed.map((term) => (
              <del key={`-${term}`} lang={change.language} className="diff-removed">
                <span className="visually-hidden">{t('history.removed')}: </span>
                {term}
              </del>
            ))}
            {change.preferred ? (
              <span className="diff-preferred">{t('history.preferredNow', { term: change.preferred })}</span>
            ) : null}
          </dd>
        </div>
      ))}
      {sectorChanges ? (
        <div className="diff-row">
          <dt>{t('history.sectors')}</dt>
          <dd>
            {diff.sectorsAdded.map((code) => (
              <ins key={`+${code}`} className="diff-added">
                <span className="visually-hidden">{t('history.added')}: </span>
                {sectors.label(code)}
              </ins>
            ))}
            {diff.sectorsRemoved.map((code) => (
              <del key={`-${code}`} className="diff-removed">
                <span className="visually-hidden">{t('history.removed')}: </span>
                {sectors.label(code)}
              </del>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

const ACTIONS = ['seed', 'create', 'update', 'delete', 'restore'] as const;

/** Every change to a concept, newest first: who, when, why, and which terms came and went. */
export function ConceptHistory({
  items,
  isPending,
  error,
  onRetry,
}: {
  items: ConceptHistoryEntry[] | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const t = useDockingT();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="concept-history" data-testid="concept-history">
      <h2 id="concept-history" className="panel-title">
        {t('history.title')}
      </h2>
      {isPending ? (
        <Loading />
      ) : error || !items ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : items.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="timeline">
          {[...items].reverse().map((entry) => {
            const action = (ACTIONS as readonly string[]).includes(entry.action) ? entry.action : 'update';
            return (
              <li key={entry.id} data-testid="history-entry" data-action={entry.action}>
                <p>
                  <strong>{t(`history.action.${action}` as DockingKey)}</strong>{' '}
                  <span className="muted">
                    {entry.action === 'seed'
                      ? null
                      : `${t('history.by', { name: entry.actorName ?? t('history.system') })} · `}
                    <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
                  </span>
                </p>
                {entry.comment ? <blockquote className="comment">{entry.comment}</blockquote> : null}
                <Diff entry={entry} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
