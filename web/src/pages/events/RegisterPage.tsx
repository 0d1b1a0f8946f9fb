import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type CorridorEvent, eventKeys, eventsApi, useMyRegistration } from '../../api/events';
import { useMembers } from '../../api/queries';
import type { User } from '../../api/types';
import { CheckboxGroup, SelectField } from '../../components/Form';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { Loading } from '../../components/States';
import { WithEvent } from '../../features/events/components';
import { EventsScope, useEventsT } from '../../features/events/i18n';
import { ParticipantProfileForm } from '../../features/events/ParticipantProfileForm';
import { localText, pickText, useLanguage } from '../../i18n/format';

/** Colleagues of the organisation who may join the delegation (everyone but the person registering). */
function DelegationPicker({
  organisationId,
  user,
  values,
  onChange,
}: {
  organisationId: string;
  user: User;
  values: string[];
  onChange: (values: string[]) => void;
}) {
  const t = useEventsT();
  const members = useMembers(organisationId, organisationId !== '');
  const colleagues = (members.data ?? []).filter((m) => m.userId !== user.id);
  if (members.isPending) return <Loading />;
  if (colleagues.length === 0) {
    return (
      <div className="field">
        <p className="field-label">{t('register.delegation')}</p>
        <p className="field-hint">{t('register.noColleagues')}</p>
      </div>
    );
  }
  return (
    <CheckboxGroup
      legend={t('register.delegation')}
      hint={t('register.delegationHint')}
      options={colleagues.map((m) => ({ value: m.userId, label: `${m.displayName} · ${m.email}` }))}
      values={values}
      onChange={onChange}
      max={19}
    />
  );
}

function Register({ event, user }: { event: CorridorEvent; user: User }) {
  const t = useEventsT();
  const language = useLanguage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const title = pickText(event.title, language);
  usePageTitle(t('register.title', { event: title.text }));
  const organisations = user.memberships.filter((m) => m.role === 'admin' || m.role === 'editor');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.organisationId ?? '');
  const [delegates, setDelegates] = useState<string[]>([]);
  const mine = useMyRegistration(event.id, true);
  if (mine.isPending) return <Loading />;
  const heading = <h1>{t('register.title', { event: title.text })}</h1>;
  if (mine.data && mine.data.status !== 'cancelled') {
    return (
      <>
        {heading}
        <div className="state state-empty">
          <p className="state-title">{t('register.alreadyRegistered')}</p>
          <Link to={`/events/${event.id}/participation`} className="button">
            {t('participantNav.participation')}
          </Link>
        </div>
      </>
    );
  }
  if (!event.registration.open) {
    return (
      <>
        {heading}
        <p className="alert alert-info">{t('page.registrationClosed')}</p>
      </>
    );
  }
  if (organisations.length === 0) {
    return (
      <>
        {heading}
        <div className="state state-empty">
          <p className="state-title">{t('register.noOrganisation')}</p>
          <Link to="/organisations/new" className="button">
            {t('register.createOrganisation')}
          </Link>
        </div>
      </>
    );
  }
  return (
    <>
      <div className="page-head">
        <p className="eyebrow-dark">
          <Link to={`/events/${event.id}`} lang={title.language ?? undefined}>
            {title.text}
          </Link>
        </p>
        {heading}
        {event.registration.requiresApproval ? <p className="muted">{t('page.approvalNeeded')}</p> : null}
      </div>
      <ParticipantProfileForm
        key={organisationId}
        testId="register-form"
        organisationId={organisationId}
        initial={{
          attendanceMode: event.venue.mode === 'online' ? 'online' : 'on_site',
          language: user.preferredLanguage,
          offer: {},
          seek: {},
          profileIds: [],
          sectors: [],
          keywords: [],
        }}
        submitLabel={t('register.submit')}
        before={
          <>
            <SelectField
              label={t('register.organisation')}
              hint={t('register.organisationHint')}
              value={organisationId}
              onChange={(v) => {
                setOrganisationId(v);
                setDelegates([]);
              }}
              options={organisations.map((m) => ({
                value: m.organisationId,
                label: localText(m.name, language),
              }))}
              required
            />
            <DelegationPicker
              organisationId={organisationId}
              user={user}
              values={delegates}
              onChange={setDelegates}
            />
          </>
        }
        onSubmit={async (profile) => {
          const registration = await eventsApi.register(event.id, {
            ...profile,
            organisationId,
            delegateUserIds: delegates,
          });
          client.setQueryData(eventKeys.mine(event.id), registration);
          void client.invalidateQueries({ queryKey: eventKeys.event(event.id) });
          void navigate(`/events/${event.id}/participation`);
          return null;
        }}
      />
    </>
  );
}

/** `/events/:id/register`: register one's organisation, its delegation and participant profile. */
export function RegisterPage() {
  const { id = '' } = useParams();
  return (
    <div className="container page narrow events-page">
      <EventsScope>
        <RequireUser verified>
          {(user) => <WithEvent id={id}>{(event) => <Register event={event} user={user} />}</WithEvent>}
        </RequireUser>
      </EventsScope>
    </div>
  );
}
