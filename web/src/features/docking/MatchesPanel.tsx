import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../../api/client';
import {
  dockingKeys,
  FEEDBACK_REASONS,
  type FeedbackReason,
  type Match,
  type Matches,
  type MatchFeedback,
  sendFeedback,
  useMatches,
} from '../../api/docking';
import type { Profile } from '../../api/types';
import { Chip } from '../../components/Chips';
import { FormAlert } from '../../components/Form';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { localText, pickText, useFormat, useLanguage } from '../../i18n/format';
import { useVocab } from '../../i18n/vocab';
import { useUser } from '../../session/session';
import { ConceptPairs, ProfileHit, Reasons } from './components';
import { DockingCatalogueGate, useDockingT } from './i18n';

/** The reader's judgement of one match: relevant, or not relevant with a reason from the fixed list. */
function Feedback({ profileId, match }: { profileId: string; match: Match }) {
  const t = useDockingT();
  const user = useUser();
  const location = useLocation();
  const client = useQueryClient();
  const language = useLanguage();
  const id = useId();
  const saved = match.feedback;
  const [editing, setEditing] = useState(saved === null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<FeedbackReason>(saved?.reason ?? 'wrong_field');
  const [comment, setComment] = useState(saved?.comment ?? '');
  const save = useMutation({
    mutationFn: (feedback: MatchFeedback) =>
      sendFeedback(profileId, match.profile.id, {
        relevant: feedback.relevant,
        ...(feedback.reason ? { reason: feedback.reason } : {}),
        comment: feedback.comment,
      }).then(() => feedback),
    onSuccess: (feedback) => {
      client.setQueryData<Matches>([...dockingKeys.matches(profileId), language], (old) =>
        old
          ? {
              ...old,
              items: old.items.map((item) =>
                item.profile.id === match.profile.id ? { ...item, feedback } : item,
              ),
            }
          : old,
      );
      setAsking(false);
      setEditing(false);
    },
  });

  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return (
      <p className="feedback muted">
        <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>{t('feedback.signIn')}</Link>
      </p>
    );
  }

  if (saved && !editing) {
    return (
      <div className="feedback feedback-saved" data-testid="feedback-saved" data-relevant={saved.relevant}>
        <p role="status">
          {saved.relevant
            ? t('feedback.savedRelevant')
            : t('feedback.savedNotRelevant', { reason: t(`feedback.reasons.${saved.reason ?? 'other'}`) })}
        </p>
        <button type="button" className="button button-ghost button-small" onClick={() => setEditing(true)}>
          {t('feedback.change')}
        </button>
      </div>
    );
  }

  const onSubmitReason = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ relevant: false, reason, comment: comment.trim() });
  };

  return (
    <div className="feedback" data-testid="feedback">
      <fieldset className="plain-fieldset">
        <legend className="feedback-question">{t('feedback.question')}</legend>
        <div className="actions">
          <button
            type="button"
            className="button button-small"
            aria-pressed={saved?.relevant === true}
            disabled={save.isPending}
            onClick={() => save.mutate({ relevant: true, reason: null, comment: '' })}
          >
            {t('feedback.relevant')}
          </button>
          <button
            type="button"
            className={`button button-small${saved?.relevant === false || asking ? ' is-current' : ''}`}
            aria-expanded={asking}
            aria-controls={`${id}-why`}
            disabled={save.isPending}
            onClick={() => setAsking((v) => !v)}
          >
            {t('feedback.notRelevant')}
          </button>
          {saved ? (
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setEditing(false)}
            >
              {t('feedback.cancel')}
            </button>
          ) : null}
        </div>
      </fieldset>
      <form id={`${id}-why`} hidden={!asking} onSubmit={onSubmitReason} className="feedback-form" noValidate>
        <fieldset className="fieldset">
          <legend className="field-label">{t('feedback.reason')}</legend>
          <div className="checkbox-list">
            {FEEDBACK_REASONS.map((value) => (
              <label key={value} className="checkbox">
                <input
                  type="radio"
                  name={`${id}-reason`}
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />
                <span>{t(`feedback.reasons.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-comment`} className="field-label">
            {t('feedback.comment')}
          </label>
          <textarea
            id={`${id}-comment`}
            className="input textarea"
            rows={2}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button button-primary button-small" disabled={save.isPending}>
            {t('feedback.send')}
          </button>
          <button type="button" className="button button-ghost button-small" onClick={() => setAsking(false)}>
            {t('feedback.cancel')}
          </button>
        </div>
      </form>
      <FormAlert message={save.isError && isApiError(save.error) ? save.error.message : null} />
    </div>
  );
}

function MatchCard({ profileId, match, rank }: { profileId: string; match: Match; rank: number }) {
  const t = useDockingT();
  const vocab = useVocab();
  const format = useFormat();
  const trl = match.explanation.trl;
  const level = match.profile.trl;
  return (
    <li className="match" data-testid="match" data-profile-id={match.profile.id}>
      <ProfileHit
        profile={match.profile}
        heading="h3"
        aside={<span className="match-rank">{t('matches.rank', { rank: format.number(rank) })}</span>}
      >
        <div className="chips match-chips">
          {level ? <Chip tone="trl">{t('matches.trl', { level: format.number(level) })}</Chip> : null}
          {trl?.satisfied === true ? <Chip tone="met">{t('matches.trlMet')}</Chip> : null}
          {trl?.satisfied === false ? <Chip tone="unmet">{t('matches.trlUnmet')}</Chip> : null}
          {match.explanation.cooperationTypes.map((type) => (
            <Chip key={type}>{vocab.cooperation(type)}</Chip>
          ))}
        </div>
        <Reasons reasons={match.reasons} title={t('matches.why')} />
        <ConceptPairs concepts={match.explanation.sharedConcepts} />
        <Feedback profileId={profileId} match={match} />
      </ProfileHit>
    </li>
  );
}

function MatchesList({ profile }: { profile: Profile }) {
  const t = useDockingT();
  const language = useLanguage();
  const matches = useMatches(profile.id, language);
  // The profile's own title stays the page's main heading while its Matches tab is shown.
  const title = pickText(profile.title, language);
  const heading = (
    <h1 className="matches-for" lang={title.language ?? undefined}>
      {title.text}
    </h1>
  );
  if (matches.isPending)
    return (
      <>
        {heading}
        <Loading label={t('matches.looking')} />
      </>
    );
  if (matches.isError)
    return (
      <>
        {heading}
        <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />
      </>
    );
  const { items, organisations } = matches.data;
  return (
    <section className="matches" aria-labelledby="matches-title" data-testid="matches">
      {heading}
      <div className="section-head">
        <h2 id="matches-title">{t('matches.title')}</h2>
        <p className="muted">{t('matches.lead')}</p>
      </div>
      {items.length === 0 ? (
        <EmptyState title={t('matches.empty')}>
          <p className="muted">{t('matches.emptyHint')}</p>
        </EmptyState>
      ) : (
        <ol className="match-list" aria-label={t('matches.list')}>
          {items.map((match, index) => (
            <MatchCard key={match.profile.id} profileId={profile.id} match={match} rank={index + 1} />
          ))}
        </ol>
      )}
      {organisations.length > 0 ? (
        <section className="panel research-organisations" aria-labelledby="research-title">
          <h3 id="research-title" className="panel-title">
            {t('matches.organisations')}
          </h3>
          <p className="muted">{t('matches.organisationsLead')}</p>
          <ul className="plain-list">
            {organisations.map((org) => (
              <li key={org.id}>
                <Link to={`/organisations/${org.slug}`}>{localText(org.name, language)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/** The Matches tab of a profile's page: ranked complementary profiles with reasons and feedback. */
export default function MatchesPanel({ profile }: { profile: Profile }) {
  return (
    <DockingCatalogueGate>
      <MatchesList profile={profile} />
    </DockingCatalogueGate>
  );
}
