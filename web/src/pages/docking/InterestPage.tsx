import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../../api/client';
import {
  DECLINE_REASONS,
  type DeclineReason,
  type Interest,
  refreshAfterInterestChange,
  useInterest,
} from '../../api/docking';
import type { User } from '../../api/types';
import { NotFoundContent } from '../../app/ErrorPage';
import { FormAlert } from '../../components/Form';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { ErrorState, Loading } from '../../components/States';
import { Conversation } from '../../features/docking/Conversation';
import { InterestStatusBadge, memberOf, writesFor } from '../../features/docking/components';
import { DockingCatalogueGate, useDockingT } from '../../features/docking/i18n';
import { localText, useFormat, useLanguage } from '../../i18n/format';

type Answer = { decision: 'accept' } | { decision: 'decline'; reason: DeclineReason };

/** The owner's answer: accept (opens the conversation) or decline with a reason from the fixed list. */
function AnswerPanel({ interest }: { interest: Interest }) {
  const t = useDockingT();
  const id = useId();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const answer = useMutation({
    mutationFn: (input: Answer) =>
      api<Interest>(`/interests/${interest.id}/answer`, {
        method: 'POST',
        body: { ...input, message: note.trim() },
      }),
    onSuccess: (updated, input) => {
      refreshAfterInterestChange(client, updated);
      setDone(input.decision === 'accept' ? t('interest.answer.accepted') : t('interest.answer.declined'));
    },
  });
  const onDecline = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setReasonError(t('interest.answer.reasonRequired'));
      return;
    }
    setReasonError(null);
    answer.mutate({ decision: 'decline', reason });
  };
  if (done) return <FormAlert message={done} tone="success" />;
  return (
    <section className="panel panel-highlight" aria-labelledby="answer-title" data-testid="answer-panel">
      <h2 id="answer-title" className="panel-title">
        {t('interest.answer.title')}
      </h2>
      <p className="muted">{t('interest.answer.lead')}</p>
      <div className="field">
        <label htmlFor={`${id}-note`} className="field-label">
          {t('interest.answer.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className="input textarea"
          rows={3}
          maxLength={5000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <FormAlert message={answer.isError && isApiError(answer.error) ? answer.error.message : null} />
      {declining ? (
        <form onSubmit={onDecline} noValidate>
          <div className={`field${reasonError ? ' field-invalid' : ''}`}>
            <label htmlFor={`${id}-reason`} className="field-label">
              {t('interest.answer.reason')}
            </label>
            <select
              id={`${id}-reason`}
              className="input select"
              value={reason}
              onChange={(e) => setReason(e.target.value as DeclineReason | '')}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${id}-reason-error` : undefined}
              aria-required
            >
              <option value="">{t('interest.answer.choose')}</option>
              {DECLINE_REASONS.map((value) => (
                <option key={value} value={value}>
                  {t(`interest.reasons.${value}`)}
                </option>
              ))}
            </select>
            {reasonError ? (
              <p id={`${id}-reason-error`} className="field-error">
                {reasonError}
              </p>
            ) : null}
          </div>
          <div className="actions">
            <button type="submit" className="button button-danger" disabled={answer.isPending}>
              {t('interest.answer.confirmDecline')}
            </button>
            <button type="button" className="button button-ghost" onClick={() => setDeclining(false)}>
              {t('interest.answer.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={answer.isPending}
            aria-busy={answer.isPending || undefined}
            onClick={() => answer.mutate({ decision: 'accept' })}
            data-testid="accept-interest"
          >
            {t('interest.answer.accept')}
          </button>
          <button
            type="button"
            className="button"
            disabled={answer.isPending}
            onClick={() => setDeclining(true)}
            data-testid="decline-interest"
          >
            {t('interest.answer.decline')}
          </button>
        </div>
      )}
    </section>
  );
}

function WithdrawButton({ interest }: { interest: Interest }) {
  const t = useDockingT();
  const client = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => api<Interest>(`/interests/${interest.id}/withdraw`, { method: 'POST' }),
    onSuccess: (updated) => refreshAfterInterestChange(client, updated),
  });
  return (
    <div className="stack">
      <FormAlert message={withdraw.isError && isApiError(withdraw.error) ? withdraw.error.message : null} />
      <div className="actions">
        <button
          type="button"
          className="button button-ghost"
          disabled={withdraw.isPending}
          onClick={() => {
            if (window.confirm(t('interest.withdrawConfirm'))) withdraw.mutate();
          }}
          data-testid="withdraw-interest"
        >
          {t('interest.withdraw')}
        </button>
      </div>
    </div>
  );
}

function InterestView({ user }: { user: User }) {
  const { id = '' } = useParams();
  const t = useDockingT();
  const { t: tMain } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const query = useInterest(id);
  const interest = query.data;
  usePageTitle(interest ? localText(interest.profileTitle, language) : t('interest.title'));
  if (query.isPending) return <Loading />;
  if (query.isError || !interest) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.code === 'ValidationFailed'))
      return <NotFoundContent />;
    return (
      <div className="container page">
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  const owner = writesFor(user, interest.ownerOrganisationId);
  const sender = writesFor(user, interest.fromOrganisationId);
  const party = memberOf(user, interest.ownerOrganisationId) || memberOf(user, interest.fromOrganisationId);
  const pending = interest.status === 'pending';
  return (
    <div className="container page" data-testid="interest" data-status={interest.status}>
      <nav aria-label={tMain('nav.breadcrumb')} className="breadcrumb">
        <Link to={owner || !sender ? '/inbox' : '/inbox?box=sent'}>{t('interest.back')}</Link>
      </nav>
      <div className="page-head">
        <p className="eyebrow-dark">{t('interest.title')}</p>
        <h1>{localText(interest.profileTitle, language)}</h1>
        <InterestStatusBadge status={interest.status} />
      </div>
      <div className="interest-layout">
        <div className="stack">
          <section className="panel" aria-labelledby="interest-message">
            <h2 id="interest-message" className="panel-title">
              {t('interest.message')}
            </h2>
            <blockquote className="comment interest-message">{interest.message}</blockquote>
            <p className="muted">
              {interest.acceptedConfidentiality
                ? t('interest.confidentialityAccepted')
                : t('interest.confidentialityNotAccepted')}
            </p>
            {interest.answeredAt && interest.status !== 'withdrawn' ? (
              <div className="interest-answer">
                <p>{t('interest.answeredOn', { date: format.date(interest.answeredAt) })}</p>
                {interest.declineReason ? (
                  <p>
                    {t('interest.declinedBecause', {
                      reason: t(`interest.reasons.${interest.declineReason}`),
                    })}
                  </p>
                ) : null}
                {interest.answerMessage && interest.status === 'declined' ? (
                  <>
                    <p className="field-label">{t('interest.answerNote')}</p>
                    <blockquote className="comment">{interest.answerMessage}</blockquote>
                  </>
                ) : null}
              </div>
            ) : null}
            {interest.status === 'withdrawn' ? <p>{t('interest.withdrawn')}</p> : null}
            {interest.cooperationId && party ? (
              <p>
                <Link to={`/cooperations/${interest.cooperationId}`} data-testid="interest-cooperation">
                  {t('interest.cooperation')}
                </Link>
              </p>
            ) : null}
            {pending && sender && !owner ? <p className="muted">{t('interest.waiting')}</p> : null}
            {pending && sender ? <WithdrawButton interest={interest} /> : null}
          </section>
          {pending && owner ? <AnswerPanel interest={interest} /> : null}
          {interest.conversationId && party ? (
            <Conversation conversationId={interest.conversationId} interest={interest} user={user} />
          ) : null}
        </div>
        <aside>
          <section className="panel" aria-labelledby="interest-facts">
            <h2 id="interest-facts" className="panel-title">
              {tMain('profile.facts')}
            </h2>
            <dl className="facts">
              <div className="fact">
                <dt>{t('interest.opportunity')}</dt>
                <dd>
                  <Link to={`/opportunities/${interest.profileId}`}>
                    {localText(interest.profileTitle, language)}
                  </Link>
                </dd>
              </div>
              <div className="fact">
                <dt>{t('interest.from')}</dt>
                <dd>{localText(interest.fromOrganisationName, language)}</dd>
              </div>
              {interest.fromUserName ? (
                <div className="fact">
                  <dt>{t('interest.writtenBy')}</dt>
                  <dd>{interest.fromUserName}</dd>
                </div>
              ) : null}
              <div className="fact">
                <dt>{t('interest.to')}</dt>
                <dd>{localText(interest.ownerOrganisationName, language)}</dd>
              </div>
              <div className="fact">
                <dt>{t('interest.sentOn')}</dt>
                <dd>
                  <time dateTime={interest.createdAt}>{format.dateTime(interest.createdAt)}</time>
                </dd>
              </div>
            </dl>
          </section>
        </aside>
      </div>
    </div>
  );
}

/** `/inbox/:id` (the mail links point here): an expression of interest, its answer and its conversation. */
export function InterestPage() {
  return (
    <RequireUser>
      {(user) => (
        <DockingCatalogueGate>
          <InterestView user={user} />
        </DockingCatalogueGate>
      )}
    </RequireUser>
  );
}
