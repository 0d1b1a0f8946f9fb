import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api/client';
import { keys, useMySessions, useMyTokens } from '../api/queries';
import type { ApiToken, User } from '../api/types';
import {
  CheckboxGroup,
  collectErrors,
  FormAlert,
  SelectField,
  SubmitButton,
  TextField,
  useFormErrors,
  useValidators,
} from '../components/Form';
import { usePageTitle } from '../components/PageTitle';
import { RequireUser } from '../components/RequireUser';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { COUNTRIES, type Country, LANGUAGES, type Language } from '../domain';
import { useFormat } from '../i18n/format';
import { switchLanguage } from '../i18n/i18n';
import { ENDONYMS, isLanguage } from '../i18n/languages';
import { useVocab } from '../i18n/vocab';
import { useSetUser } from '../session/session';

function ProfileSettings({ user }: { user: User }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const setUser = useSetUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [preferredLanguage, setPreferredLanguage] = useState<Language>(user.preferredLanguage);
  const [country, setCountry] = useState<Country>(user.country);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors(['displayName', 'preferredLanguage', 'country']);
  const save = useMutation({
    mutationFn: () =>
      api<User>('/me', {
        method: 'PATCH',
        body: { displayName: displayName.trim(), preferredLanguage, country },
      }),
    onSuccess: async (updated) => {
      setUser(updated);
      setSaved(true);
      await switchLanguage(updated.preferredLanguage, { remember: true });
    },
    onError: form.fromError,
  });
  const resend = useMutation({ mutationFn: () => api('/auth/resend-verification', { method: 'POST' }) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!displayName.trim()) {
      form.setFieldErrors({ displayName: t('validation.required') });
      return;
    }
    form.clear();
    save.mutate();
  };
  return (
    <section className="form-card" aria-labelledby="account-profile">
      <h2 id="account-profile">{t('account.profile')}</h2>
      <div className={`alert ${user.emailVerified ? 'alert-success' : 'alert-warning'}`}>
        <p>
          {user.email} · {user.emailVerified ? t('account.verified') : t('account.notVerified')}
        </p>
        {user.emailVerified ? null : resend.isSuccess ? (
          <p role="status">{t('account.resent')}</p>
        ) : (
          <button
            type="button"
            className="button button-small"
            onClick={() => resend.mutate()}
            disabled={resend.isPending}
          >
            {t('account.resend')}
          </button>
        )}
        {resend.isError && isApiError(resend.error) ? <p role="alert">{resend.error.message}</p> : null}
      </div>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert message={form.errors.general} />
        {saved ? <FormAlert tone="success" message={t('common.saved')} /> : null}
        <div className="form-grid">
          <TextField
            label={t('auth.displayName')}
            value={displayName}
            onChange={setDisplayName}
            maxLength={120}
            error={form.field('displayName')}
            required
          />
          <SelectField
            label={t('auth.preferredLanguage')}
            hint={t('auth.preferredLanguageHint')}
            value={preferredLanguage}
            onChange={(v) => isLanguage(v) && setPreferredLanguage(v)}
            options={LANGUAGES.map((l) => ({ value: l, label: ENDONYMS[l], lang: l }))}
          />
          <SelectField
            label={t('auth.country')}
            value={country}
            onChange={(v) => setCountry(v as Country)}
            options={COUNTRIES.map((c) => ({ value: c, label: vocab.country(c) }))}
          />
        </div>
        <SubmitButton pending={save.isPending}>{t('common.save')}</SubmitButton>
      </form>
    </section>
  );
}

function PasswordChange() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const validators = useValidators();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const form = useFormErrors(['currentPassword', 'newPassword']);
  const change = useMutation({
    mutationFn: () => api('/me/password', { method: 'POST', body: { currentPassword, newPassword } }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      void client.invalidateQueries({ queryKey: keys.mySessions });
    },
    onError: form.fromError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = collectErrors({
      currentPassword: validators.required(currentPassword),
      newPassword: validators.minLength(newPassword, 10),
    });
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    change.mutate();
  };
  return (
    <section className="form-card" aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert message={form.errors.general} />
        {change.isSuccess ? <FormAlert tone="success" message={t('account.passwordChanged')} /> : null}
        <div className="form-grid">
          <TextField
            type="password"
            label={t('account.currentPassword')}
            value={currentPassword}
            onChange={setCurrent}
            autoComplete="current-password"
            error={form.field('currentPassword')}
            required
          />
          <TextField
            type="password"
            label={t('reset.newPassword')}
            hint={t('auth.passwordHint', { min: 10 })}
            value={newPassword}
            onChange={setNew}
            autoComplete="new-password"
            error={form.field('newPassword')}
            required
          />
        </div>
        <SubmitButton pending={change.isPending}>{t('account.changePassword')}</SubmitButton>
      </form>
    </section>
  );
}

/** A short description of a browser from its user agent: enough to recognise one's own devices. */
function describeAgent(agent: string | null, unknown: string): string {
  if (!agent) return unknown;
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Chrome\//.test(agent)
      ? 'Chrome'
      : /Firefox\//.test(agent)
        ? 'Firefox'
        : /Safari\//.test(agent)
          ? 'Safari'
          : null;
  const system = /Android/.test(agent)
    ? 'Android'
    : /iPhone|iPad/.test(agent)
      ? 'iOS'
      : /Windows/.test(agent)
        ? 'Windows'
        : /Mac OS X/.test(agent)
          ? 'macOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : null;
  return [browser, system].filter(Boolean).join(' · ') || agent.slice(0, 60);
}

function Sessions() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const sessions = useMySessions();
  const end = useMutation({
    mutationFn: (id: string) => api(`/me/sessions/${id}`, { method: 'DELETE' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.mySessions }),
  });
  return (
    <section className="form-card" aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('account.sessions')}</h2>
      <p className="muted">{t('account.sessionsLead')}</p>
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} />
      ) : (
        <ul className="member-list" data-testid="session-list">
          {sessions.data.map((s) => (
            <li key={s.id} className="member">
              <div className="member-who">
                <p className="member-name">
                  {describeAgent(s.userAgent, t('account.unknownDevice'))}{' '}
                  {s.current ? <span className="badge badge-success">{t('account.thisDevice')}</span> : null}
                </p>
                <p className="muted">
                  {t('account.lastSeen', { date: format.dateTime(s.lastSeenAt) })}
                  {s.ip ? ` · ${s.ip}` : ''}
                </p>
              </div>
              {s.current ? null : (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => end.mutate(s.id)}
                  disabled={end.isPending}
                >
                  {t('account.endSession')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Tokens() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const validators = useValidators();
  const tokens = useMyTokens();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['read']);
  const [days, setDays] = useState('90');
  const [created, setCreated] = useState<ApiToken | null>(null);
  const form = useFormErrors(['name', 'scopes', 'expiresInDays']);
  const create = useMutation({
    mutationFn: () =>
      api<ApiToken>('/me/tokens', {
        method: 'POST',
        body: { name: name.trim(), scopes, ...(days ? { expiresInDays: Number(days) } : {}) },
      }),
    onSuccess: (token) => {
      setCreated(token);
      setName('');
      void client.invalidateQueries({ queryKey: keys.myTokens });
    },
    onError: form.fromError,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api(`/me/tokens/${id}`, { method: 'DELETE' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.myTokens }),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = collectErrors({
      name: validators.required(name),
      scopes: scopes.length === 0 ? t('validation.required') : null,
    });
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    setCreated(null);
    create.mutate();
  };
  return (
    <section className="form-card" aria-labelledby="account-tokens">
      <h2 id="account-tokens">{t('account.tokens')}</h2>
      <p className="muted">{t('account.tokensLead')}</p>
      {created?.token ? (
        <div className="alert alert-success" role="status">
          <p>{t('account.tokenCreated')}</p>
          <code className="token" data-testid="new-token">
            {created.token}
          </code>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <FormAlert message={form.errors.general} />
        <div className="form-grid">
          <TextField
            label={t('account.tokenName')}
            hint={t('account.tokenNameHint')}
            value={name}
            onChange={setName}
            maxLength={80}
            error={form.field('name')}
            required
          />
          <SelectField
            label={t('account.tokenExpiry')}
            value={days}
            onChange={setDays}
            options={[
              { value: '30', label: t('account.days', { count: 30 }) },
              { value: '90', label: t('account.days', { count: 90 }) },
              { value: '365', label: t('account.days', { count: 365 }) },
              { value: '', label: t('account.never') },
            ]}
          />
        </div>
        <CheckboxGroup
          legend={t('account.tokenScopes')}
          options={[
            { value: 'read', label: t('account.scopeRead') },
            { value: 'write', label: t('account.scopeWrite') },
          ]}
          values={scopes}
          onChange={setScopes}
          error={form.field('scopes')}
        />
        <SubmitButton pending={create.isPending}>{t('account.createToken')}</SubmitButton>
      </form>
      {tokens.isPending ? (
        <Loading />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} />
      ) : tokens.data.length === 0 ? (
        <EmptyState title={t('account.noTokens')} />
      ) : (
        <ul className="member-list">
          {tokens.data.map((token) => (
            <li key={token.id} className="member">
              <div className="member-who">
                <p className="member-name">
                  {token.name} <code>{token.tokenPrefix}…</code>
                </p>
                <p className="muted">
                  {token.scopes
                    .map((s) => (s === 'read' ? t('account.scopeRead') : t('account.scopeWrite')))
                    .join(', ')}{' '}
                  ·{' '}
                  {token.expiresAt
                    ? t('account.expires', { date: format.date(token.expiresAt) })
                    : t('account.never')}
                  {token.lastUsedAt
                    ? ` · ${t('account.lastUsed', { date: format.dateTime(token.lastUsedAt) })}`
                    : ''}
                </p>
              </div>
              <button
                type="button"
                className="button button-ghost button-small"
                onClick={() => revoke.mutate(token.id)}
              >
                {t('account.revoke')}
                <span className="visually-hidden"> {token.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  return (
    <div className="container narrow page">
      <div className="page-head">
        <h1>{t('account.title')}</h1>
      </div>
      <RequireUser>
        {(user) => (
          <div className="stack">
            <ProfileSettings user={user} />
            <PasswordChange />
            <Sessions />
            <Tokens />
          </div>
        )}
      </RequireUser>
    </div>
  );
}
