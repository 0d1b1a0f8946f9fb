import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, isApiError } from '../api/client';
import { keys, useInvitations, useMembers, useOrganisation } from '../api/queries';
import type { Invitation, Organisation, User } from '../api/types';
import { NotFoundContent } from '../app/ErrorPage';
import {
  FormAlert,
  SelectField,
  SubmitButton,
  TextField,
  useFormErrors,
  useValidators,
} from '../components/Form';
import { usePageTitle } from '../components/PageTitle';
import { RequireUser } from '../components/RequireUser';
import { EmptyState, ErrorState, Loading, NotAllowed } from '../components/States';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../domain';
import { OrganisationForm } from '../features/OrganisationForm';
import { localText, useFormat, useLanguage } from '../i18n/format';
import { useVocab } from '../i18n/vocab';

const TABS = ['profile', 'members', 'invitations'] as const;
type Tab = (typeof TABS)[number];

function Members({
  organisation,
  user,
  isAdmin,
}: {
  organisation: Organisation;
  user: User;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const format = useFormat();
  const client = useQueryClient();
  const navigate = useNavigate();
  const members = useMembers(organisation.id);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: keys.members(organisation.id) });
    void client.invalidateQueries({ queryKey: keys.session });
  };
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MembershipRole }) =>
      api(`/organisations/${organisation.id}/members/${userId}`, { method: 'PATCH', body: { role } }),
    onSuccess: refresh,
    onError: (e) => setError(isApiError(e) ? e.message : t('errors.unexpected')),
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      api(`/organisations/${organisation.id}/members/${userId}`, { method: 'DELETE' }),
    onSuccess: (_result, userId) => {
      refresh();
      if (userId === user.id) void navigate('/');
    },
    onError: (e) => setError(isApiError(e) ? e.message : t('errors.unexpected')),
  });
  if (members.isPending) return <Loading />;
  if (members.isError) return <ErrorState error={members.error} />;
  return (
    <>
      <FormAlert message={error} />
      <ul className="member-list" data-testid="member-list">
        {members.data.map((member) => {
          const self = member.userId === user.id;
          return (
            <li key={member.userId} className="member">
              <div className="member-who">
                <p className="member-name">
                  {member.displayName}{' '}
                  {self ? <span className="badge badge-neutral">{t('members.you')}</span> : null}
                </p>
                <p className="muted">
                  {member.email} · {t('members.since', { date: format.date(member.joinedAt) })}
                </p>
              </div>
              <div className="member-actions">
                {isAdmin ? (
                  <label className="inline-field">
                    <span className="visually-hidden">
                      {t('members.roleOf', { name: member.displayName })}
                    </span>
                    <select
                      className="input select"
                      value={member.role}
                      onChange={(e) => {
                        setError(null);
                        changeRole.mutate({ userId: member.userId, role: e.target.value as MembershipRole });
                      }}
                    >
                      {MEMBERSHIP_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {vocab.role(role)}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : (
                  <span className="badge badge-neutral">{vocab.role(member.role)}</span>
                )}
                {isAdmin || self ? (
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    onClick={() => {
                      setError(null);
                      if (
                        window.confirm(
                          self
                            ? t('members.confirmLeave')
                            : t('members.confirmRemove', { name: member.displayName }),
                        )
                      ) {
                        remove.mutate(member.userId);
                      }
                    }}
                  >
                    {self ? t('members.leave') : t('common.remove')}
                    {self ? null : <span className="visually-hidden"> {member.displayName}</span>}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('members.rolesExplained')}</p>
    </>
  );
}

function Invitations({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const format = useFormat();
  const client = useQueryClient();
  const validators = useValidators();
  const invitations = useInvitations(organisation.id, true);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('editor');
  const [sent, setSent] = useState<string | null>(null);
  const form = useFormErrors(['email', 'role']);
  const invite = useMutation({
    mutationFn: () =>
      api<Invitation>(`/organisations/${organisation.id}/invitations`, {
        method: 'POST',
        body: { email: email.trim(), role },
      }),
    onSuccess: (invitation) => {
      setSent(t('invitations.sent', { email: invitation.email }));
      setEmail('');
      void client.invalidateQueries({ queryKey: keys.invitations(organisation.id) });
    },
    onError: form.fromError,
  });
  const cancel = useMutation({
    mutationFn: (id: string) =>
      api(`/organisations/${organisation.id}/invitations/${id}`, { method: 'DELETE' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.invitations(organisation.id) }),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const emailError = validators.email(email);
    if (emailError) {
      form.setFieldErrors({ email: emailError });
      return;
    }
    form.clear();
    invite.mutate();
  };
  return (
    <>
      <form className="form-card form-inline" onSubmit={onSubmit} noValidate>
        <h3>{t('invitations.invite')}</h3>
        <FormAlert message={form.errors.general} />
        <FormAlert tone="success" message={sent} />
        <div className="form-grid">
          <TextField
            type="email"
            label={t('auth.email')}
            value={email}
            onChange={setEmail}
            error={form.field('email')}
            autoComplete="off"
            required
          />
          <SelectField
            label={t('invitations.role')}
            value={role}
            onChange={(v) => setRole(v as MembershipRole)}
            options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: vocab.role(r) }))}
            error={form.field('role')}
          />
        </div>
        <div className="actions">
          <SubmitButton pending={invite.isPending}>{t('invitations.send')}</SubmitButton>
        </div>
      </form>
      <h3>{t('invitations.open')}</h3>
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} />
      ) : invitations.data.length === 0 ? (
        <EmptyState title={t('invitations.none')} />
      ) : (
        <ul className="member-list">
          {invitations.data.map((invitation) => (
            <li key={invitation.id} className="member">
              <div className="member-who">
                <p className="member-name">{invitation.email}</p>
                <p className="muted">
                  {vocab.role(invitation.role)} ·{' '}
                  {t('invitations.expires', { date: format.date(invitation.expiresAt) })}
                </p>
              </div>
              <button
                type="button"
                className="button button-ghost button-small"
                onClick={() => cancel.mutate(invitation.id)}
              >
                {t('invitations.cancel')}
                <span className="visually-hidden"> {invitation.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Manage({ slug, user }: { slug: string; user: User }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useQueryClient();
  const organisation = useOrganisation(slug);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'profile';
  usePageTitle(organisation.data ? localText(organisation.data.name, language) : null);
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) {
    if (isApiError(organisation.error) && organisation.error.status === 404) return <NotFoundContent />;
    return <ErrorState error={organisation.error} />;
  }
  const data = organisation.data;
  const membership = user.memberships.find((m) => m.organisationId === data.id);
  const administrator = user.platformRole === 'administrator';
  if (!membership && !administrator) return <NotAllowed message={t('organisation.notMember')} />;
  const isAdmin = membership?.role === 'admin' || administrator;
  const canEdit = isAdmin || membership?.role === 'editor';
  const visibleTabs = TABS.filter((tb) => tb !== 'invitations' || isAdmin);
  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <p className="eyebrow-dark">{t('organisation.manageTitle')}</p>
          <h1>{localText(data.name, language)}</h1>
        </div>
        <div className="actions">
          <Link to={`/organisations/${data.slug}`} className="button">
            {t('organisation.publicPage')}
          </Link>
          <Link to={`/my/opportunities?organisation=${data.id}`} className="button">
            {t('nav.myOpportunities')}
          </Link>
        </div>
      </div>
      <div className="segmented" role="tablist" aria-label={t('organisation.sections')}>
        {visibleTabs.map((tb) => (
          <button
            key={tb}
            type="button"
            role="tab"
            aria-selected={tb === tab}
            className={tb === tab ? 'is-current' : ''}
            onClick={() => setParams({ tab: tb }, { replace: true })}
          >
            {t(`organisation.tabs.${tb}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t(`organisation.tabs.${tab}`)}>
        {tab === 'profile' ? (
          <OrganisationForm
            key={data.id}
            initial={data}
            readOnly={!canEdit}
            submitLabel={t('common.save')}
            onSubmit={async (input) => {
              const updated = await api<Organisation>(`/organisations/${data.id}`, {
                method: 'PATCH',
                body: input,
              });
              client.setQueryData(keys.organisation(slug), updated);
              void client.invalidateQueries({ queryKey: ['organisations'] });
            }}
          />
        ) : null}
        {tab === 'members' ? <Members organisation={data} user={user} isAdmin={isAdmin} /> : null}
        {tab === 'invitations' && isAdmin ? <Invitations organisation={data} /> : null}
      </div>
    </>
  );
}

export function ManageOrganisationPage() {
  const { org = '' } = useParams();
  return (
    <div className="container page">
      <RequireUser>{(user) => <Manage slug={org} user={user} />}</RequireUser>
    </div>
  );
}
