import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { api, isApiError } from '../../api/client';
import { type Interest, useInterests } from '../../api/docking';
import type { Profile, User } from '../../api/types';
import { FormAlert, SubmitButton } from '../../components/Form';
import { localText, useFormat, useLanguage } from '../../i18n/format';
import { useUser } from '../../session/session';
import { memberOf, writesFor } from './components';
import { DockingCatalogueGate, useDockingT } from './i18n';

const MIN_MESSAGE = 10;
const MAX_MESSAGE = 5000;

/** The reader's organisations' earlier expressions of interest in this profile, with their status. */
function Earlier({ profile, items }: { profile: Profile; items: Interest[] }) {
  const t = useDockingT();
  const format = useFormat();
  const language = useLanguage();
  const mine = items.filter((i) => i.profileId === profile.id);
  if (mine.length === 0) return null;
  return (
    <div className="earlier-interests">
      <p className="field-label">{t('express.earlier')}</p>
      <ul className="plain-list">
        {mine.map((interest) => (
          <li key={interest.id}>
            <Link to={`/inbox/${interest.id}`}>
              {t('express.earlierItem', {
                organisation: localText(interest.fromOrganisationName, language),
                date: format.date(interest.createdAt),
                status: t(`status.${interest.status}`),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function InterestForm({ profile, user }: { profile: Profile; user: User }) {
  const t = useDockingT();
  const id = useId();
  const client = useQueryClient();
  const language = useLanguage();
  const organisations = user.memberships.filter((m) => writesFor(user, m.organisationId));
  const [open, setOpen] = useState(false);
  const [organisationId, setOrganisationId] = useState(organisations[0]?.organisationId ?? '');
  const [message, setMessage] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [messageError, setMessageError] = useState<string | null>(null);
  const [sent, setSent] = useState<Interest | null>(null);
  const sentBox = useInterests('sent', '');
  const send = useMutation({
    mutationFn: () =>
      api<Interest>(`/opportunities/${profile.id}/interests`, {
        method: 'POST',
        body: {
          fromOrganisationId: organisationId,
          message: message.trim(),
          acceptConfidentiality: confidential,
        },
      }),
    onSuccess: (interest) => {
      setSent(interest);
      setOpen(false);
      setMessage('');
      void client.invalidateQueries({ queryKey: ['docking', 'interests'] });
    },
    onError: (error) => {
      if (isApiError(error)) setMessageError(error.fieldMessage('message') ?? null);
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (message.trim().length < MIN_MESSAGE) {
      setMessageError(t('express.messageTooShort', { min: MIN_MESSAGE }));
      return;
    }
    setMessageError(null);
    send.mutate();
  };
  const generalError =
    send.isError && !messageError ? (isApiError(send.error) ? send.error.message : null) : null;
  return (
    <>
      {sent ? (
        <div className="alert alert-success" role="status" data-testid="interest-sent">
          <p>{t('express.sent')}</p>
          <Link to={`/inbox/${sent.id}`}>{t('express.openInbox')}</Link>
        </div>
      ) : null}
      <Earlier profile={profile} items={sentBox.data ?? []} />
      {open ? (
        <form onSubmit={onSubmit} noValidate className="stack" data-testid="interest-form">
          <div className="field">
            <label htmlFor={`${id}-org`} className="field-label">
              {t('express.organisation')}
            </label>
            <select
              id={`${id}-org`}
              className="input select"
              value={organisationId}
              onChange={(e) => setOrganisationId(e.target.value)}
            >
              {organisations.map((m) => (
                <option key={m.organisationId} value={m.organisationId}>
                  {localText(m.name, language)}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${messageError ? ' field-invalid' : ''}`}>
            <label htmlFor={`${id}-message`} className="field-label">
              {t('express.message')}
            </label>
            <p id={`${id}-hint`} className="field-hint">
              {t('express.messageHint')}
            </p>
            <textarea
              id={`${id}-message`}
              className="input textarea"
              rows={6}
              maxLength={MAX_MESSAGE}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              aria-describedby={`${id}-hint${messageError ? ` ${id}-error` : ''}`}
              aria-invalid={messageError ? true : undefined}
              aria-required
            />
            {messageError ? (
              <p id={`${id}-error`} className="field-error">
                {messageError}
              </p>
            ) : null}
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={confidential}
              onChange={(e) => setConfidential(e.target.checked)}
            />
            <span>{t('express.confidentiality')}</span>
          </label>
          <FormAlert message={generalError} />
          <div className="actions">
            <SubmitButton pending={send.isPending} testId="send-interest">
              {t('express.send')}
            </SubmitButton>
            <button type="button" className="button button-ghost" onClick={() => setOpen(false)}>
              {t('express.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button button-primary button-block"
          onClick={() => setOpen(true)}
          data-testid="express-interest"
        >
          {t('express.open')}
        </button>
      )}
    </>
  );
}

function Panel({ profile }: { profile: Profile }) {
  const t = useDockingT();
  const user = useUser();
  const location = useLocation();
  // Nobody expresses interest in their own organisation's profile.
  if (user && memberOf(user, profile.organisation.id)) return null;
  let body: ReactNode;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    body = (
      <Link to={`/sign-in?next=${encodeURIComponent(next)}`} className="button button-primary button-block">
        {t('express.signIn')}
      </Link>
    );
  } else if (!user.memberships.some((m) => writesFor(user, m.organisationId))) {
    body = (
      <>
        <p className="muted">{t('express.noOrganisation')}</p>
        {user.memberships.length === 0 ? (
          <Link to="/organisations/new" className="button">
            {t('express.registerOrganisation')}
          </Link>
        ) : null}
      </>
    );
  } else if (!user.emailVerified) {
    body = <p className="muted">{t('express.verifyFirst')}</p>;
  } else {
    body = <InterestForm profile={profile} user={user} />;
  }
  return (
    <section className="panel panel-highlight" aria-labelledby="express-title" data-testid="express-panel">
      <h2 id="express-title" className="panel-title">
        {t('express.title')}
      </h2>
      <p className="muted">{t('express.lead')}</p>
      {body}
    </section>
  );
}

/** "Express interest" on a published profile: the organisation one writes for, a message, confidentiality. */
export default function ExpressInterestPanel({ profile }: { profile: Profile }) {
  return (
    <DockingCatalogueGate quiet>
      <Panel profile={profile} />
    </DockingCatalogueGate>
  );
}
