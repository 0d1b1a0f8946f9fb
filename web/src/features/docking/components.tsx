import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InterestStatus, SharedConcept } from '../../api/docking';
import type { Profile, User } from '../../api/types';
import { DemoBadge, KindChip, LanguageBadge } from '../../components/Chips';
import type { Language } from '../../domain';
import { localText, useLanguage } from '../../i18n/format';
import { useVocab } from '../../i18n/vocab';
import { useDockingT } from './i18n';

/** Whether the person may write for the organisation (administrator or editor there). */
export function writesFor(user: User | null, organisationId: string): boolean {
  return Boolean(user?.memberships.some((m) => m.organisationId === organisationId && m.role !== 'member'));
}

/** Whether the person belongs to the organisation in any role. */
export function memberOf(user: User | null, organisationId: string): boolean {
  return Boolean(user?.memberships.some((m) => m.organisationId === organisationId));
}

/** A language as a short code badge ("ZH"), its name for assistive technology and on hover. */
export function LanguageCode({ language }: { language: Language }) {
  const vocab = useVocab();
  const name = vocab.language(language);
  return (
    <abbr className="language-code" title={name}>
      <span aria-hidden="true">{language.toUpperCase()}</span>
      <span className="visually-hidden">{name}</span>
    </abbr>
  );
}

/** Each concept once, in the order the engine gave them. */
function distinctConcepts(concepts: readonly SharedConcept[]): SharedConcept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    if (seen.has(c.conceptId)) return false;
    seen.add(c.conceptId);
    return true;
  });
}

/**
 * The concepts two texts share, as term pairs with their languages: "钾肥 ZH ⇄ ຝຸ່ນໂປແທດ LO".
 * Each term carries its own `lang`, so it is drawn in its script's font.
 */
export function ConceptPairs({
  concepts,
  title,
  max = 6,
}: {
  concepts: readonly SharedConcept[];
  title?: string;
  max?: number;
}) {
  const t = useDockingT();
  const vocab = useVocab();
  const shown = distinctConcepts(concepts).slice(0, max);
  if (shown.length === 0) return null;
  return (
    <div className="concept-pairs">
      <p className="concept-pairs-title">{title ?? t('concepts.title')}</p>
      <ul className="concept-pair-list">
        {shown.map((c) => {
          const same = c.sourceTerm === c.targetTerm && c.sourceLanguage === c.targetLanguage;
          return (
            <li key={c.conceptId} className="concept-pair" data-testid="concept-pair">
              <Link
                to={`/terminology/${encodeURIComponent(c.conceptId)}`}
                aria-label={
                  same
                    ? undefined
                    : t('concepts.pair', {
                        source: c.sourceTerm,
                        sourceLanguage: vocab.language(c.sourceLanguage),
                        target: c.targetTerm,
                        targetLanguage: vocab.language(c.targetLanguage),
                      })
                }
              >
                <span lang={c.sourceLanguage}>{c.sourceTerm}</span>
                <LanguageCode language={c.sourceLanguage} />
                {same ? null : (
                  <>
                    <span className="concept-arrow" aria-hidden="true">
                      ⇄
                    </span>
                    <span lang={c.targetLanguage}>{c.targetTerm}</span>
                    <LanguageCode language={c.targetLanguage} />
                  </>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Which version of a profile's texts to show a reader: theirs if written, else the original. */
export function shownVersion(profile: Profile, reader: Language): Language {
  return profile.title[reader] ? reader : profile.originalLanguage;
}

/**
 * The head of a profile in a result list: kind, demo mark, the language it is shown in, its title
 * (in the reader's language or else the original, with the English title under a non-English
 * original), summary, organisation and country. `children` come after (reasons, feedback).
 */
export function ProfileHit({
  profile,
  heading = 'h2',
  aside,
  children,
}: {
  profile: Profile;
  heading?: 'h2' | 'h3';
  aside?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const vocab = useVocab();
  const shown = shownVersion(profile, language);
  const title = profile.title[shown] ?? '';
  const english = shown !== 'en' && shown !== language ? profile.title.en : undefined;
  const summary = profile.summary[shown] ?? profile.summary.en;
  const Heading = heading;
  return (
    <article className="card hit-card" data-testid="hit" data-profile-id={profile.id}>
      <div className="card-top">
        <KindChip kind={profile.kind} />
        {profile.isDemo ? <DemoBadge /> : null}
        <LanguageBadge language={shown} original={shown === profile.originalLanguage && shown !== language} />
        {aside}
      </div>
      <Heading className="card-title">
        <Link to={`/opportunities/${profile.id}`} lang={shown}>
          {title || t('profile.untitled')}
        </Link>
      </Heading>
      {english ? (
        <p className="hit-english" lang="en">
          {english}
        </p>
      ) : null}
      {summary ? (
        <p className="card-summary" lang={profile.summary[shown] ? shown : 'en'}>
          {summary}
        </p>
      ) : null}
      <p className="card-meta">
        <span>{localText(profile.organisation.name, language)}</span>
        <span aria-hidden="true"> · </span>
        <span>{vocab.country(profile.organisation.country)}</span>
      </p>
      {children}
    </article>
  );
}

/** Reasons as sentences in the reader's language (written by the server). */
export function Reasons({ reasons, title }: { reasons: readonly string[]; title: string }) {
  const language = useLanguage();
  if (reasons.length === 0) return null;
  return (
    <div className="reasons">
      <p className="reasons-title">{title}</p>
      <ul className="reason-list" lang={language} data-testid="reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}

const INTEREST_TONES: Record<InterestStatus, string> = {
  pending: 'info',
  accepted: 'success',
  declined: 'warning',
  withdrawn: 'neutral',
};

export function InterestStatusBadge({ status }: { status: InterestStatus }) {
  const t = useDockingT();
  return (
    <span
      className={`badge badge-${INTEREST_TONES[status]}`}
      data-testid="interest-status"
      data-status={status}
    >
      {t(`status.${status}`)}
    </span>
  );
}
