import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  type CorridorEvent,
  eventDocuments,
  eventKeys,
  eventsApi,
  type Registration,
} from '../../api/events';
import { useMembers } from '../../api/queries';
import type { User } from '../../api/types';
import { CheckboxGroup, FormAlert } from '../../components/Form';
import {
  LocalText,
  ParticipantPage,
  RegistrationStatusBadge,
  useErrorMessage,
} from '../../features/events/components';
import { useEventsT } from '../../features/events/i18n';
import { ParticipantProfileForm } from '../../features/events/ParticipantProfileForm';
import { useTimeText } from '../../features/events/time';
import { localText, useLanguage } from '../../i18n/format';

function useSaveRegistration(eventId: string) {
  const client = useQueryClient();
  return (registration: Registration) => {
    client.setQueryData(eventKeys.mine(eventId), registration);
    void client.invalidateQueries({ queryKey: eventKeys.agenda(eventId, registration.id) });
  };
}

/** The participant's QR code for the registration desk, once approved. */
function CheckInCard({ event, registration }: { event: CorridorEvent; registration: Registration }) {
  const t = useEventsT();
  const language = useLanguage();
  const timeText = useTimeText();
  const organisation = localText(registration.organisation.name, language);
  return (
    <section className="panel" aria-labelledby="check-in-title" data-testid="check-in-card">
      <h2 id="check-in-title" className="panel-title">
        {t('participation.checkIn')}
      </h2>
      {registration.status !== 'approved' ? (
        <p className="muted">{t('participation.notApprovedYet')}</p>
      ) : (
        <>
          {registration.checkIn.checkedInAt ? (
            <p className="alert alert-success">
              {t('participation.checkedInAt', {
                time: timeText(registration.checkIn.checkedInAt, null, event.timeZone),
              })}
            </p>
          ) : (
            <p>{t('participation.checkInHint')}</p>
          )}
          <img
            className="check-in-code"
            src={eventDocuments.checkInCode(event.id, registration.id)}
            alt={t('participation.checkInCode', { organisation })}
            width={220}
            height={220}
          />
          <p className="field-hint">{t('participation.checkInLink')}</p>
          <p className="check-in-url" data-testid="check-in-url">
            {registration.checkIn.url}
          </p>
        </>
      )}
    </section>
  );
}

function Delegation({ registration, user }: { registration: Registration; user: User }) {
  const t = useEventsT();
  const save = useSaveRegistration(registration.eventId);
  const errorMessage = useErrorMessage();
  const members = useMembers(registration.organisation.id);
  const lead = registration.delegates[0];
  const [chosen, setChosen] = useState(registration.delegates.slice(1).map((d) => d.userId));
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const membership = user.memberships.find((m) => m.organisationId === registration.organisation.id);
  const mayEdit = membership?.role === 'admin' || membership?.role === 'editor';
  const others = (members.data ?? []).filter((m) => m.userId !== lead?.userId);
  const submit = async () => {
    if (!lead) return;
    setMessage(null);
    try {
      save(await eventsApi.setDelegates(registration.eventId, registration.id, [lead.userId, ...chosen]));
      setMessage({ tone: 'success', text: t('participation.delegationSaved') });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    }
  };
  return (
    <section className="form-card" aria-labelledby="delegation-title">
      <h2 id="delegation-title">{t('participation.delegation')}</h2>
      <ul className="plain-list">
        {registration.delegates.map((delegate, index) => (
          <li key={delegate.userId}>
            {delegate.displayName}
            {index === 0 ? <span className="badge badge-neutral"> {t('participation.lead')}</span> : null}
          </li>
        ))}
      </ul>
      {mayEdit && others.length > 0 ? (
        <>
          <CheckboxGroup
            legend={t('register.delegation')}
            hint={t('register.delegationHint')}
            options={others.map((m) => ({ value: m.userId, label: `${m.displayName} · ${m.email}` }))}
            values={chosen}
            onChange={setChosen}
            max={19}
          />
          <FormAlert tone={message?.tone} message={message?.text} />
          <div className="actions">
            <button type="button" className="button" onClick={() => void submit()}>
              {t('participation.saveDelegation')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

function Availability({ event, registration }: { event: CorridorEvent; registration: Registration }) {
  const t = useEventsT();
  const timeText = useTimeText();
  const save = useSaveRegistration(event.id);
  const errorMessage = useErrorMessage();
  const language = useLanguage();
  const [slots, setSlots] = useState(registration.availability.unavailableSlots.map(String));
  const [sessions, setSessions] = useState(registration.availability.sessionIds);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const submit = async () => {
    setMessage(null);
    try {
      save(
        await eventsApi.setAvailability(event.id, registration.id, {
          unavailableSlots: slots.map(Number).sort((a, b) => a - b),
          sessionIds: sessions,
        }),
      );
      setMessage({ tone: 'success', text: t('participation.availabilitySaved') });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    }
  };
  const allSlots = event.slots ?? [];
  const allSessions = event.sessions ?? [];
  return (
    <section className="form-card stack" aria-labelledby="availability-title" data-testid="availability">
      <h2 id="availability-title">{t('participation.availability')}</h2>
      <p className="field-hint">{t('participation.availabilityHint')}</p>
      {allSlots.length > 0 ? (
        <CheckboxGroup
          legend={t('participation.unavailableSlots')}
          options={allSlots.map((slot) => ({
            value: String(slot.slot),
            label: `${t('slots.slot', { number: slot.slot })}: ${timeText(slot.startsAt, slot.endsAt, event.timeZone)}`,
          }))}
          values={slots}
          onChange={setSlots}
        />
      ) : null}
      {allSessions.length > 0 ? (
        <CheckboxGroup
          legend={t('participation.attendSessions')}
          options={allSessions.map((session) => ({
            value: session.id,
            label: `${localText(session.title, language)}: ${timeText(session.startsAt, session.endsAt, event.timeZone)}`,
          }))}
          values={sessions}
          onChange={setSessions}
        />
      ) : null}
      <FormAlert tone={message?.tone} message={message?.text} />
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => void submit()}
          data-testid="save-availability"
        >
          {t('participation.saveAvailability')}
        </button>
      </div>
    </section>
  );
}

function Participation({
  event,
  registration,
  user,
}: {
  event: CorridorEvent;
  registration: Registration;
  user: User;
}) {
  const t = useEventsT();
  const save = useSaveRegistration(event.id);
  const errorMessage = useErrorMessage();
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  const withdraw = async () => {
    if (!window.confirm(t('participation.withdrawConfirm'))) return;
    try {
      save(await eventsApi.withdraw(event.id, registration.id));
    } catch (error) {
      setWithdrawError(errorMessage(error));
    }
  };
  return (
    <div className="event-layout">
      <div className="stack">
        <section className="panel" aria-labelledby="status-title">
          <h2 id="status-title" className="panel-title">
            {t('participation.status')}
          </h2>
          <p>
            <LocalText text={registration.organisation.name} />{' '}
            <RegistrationStatusBadge status={registration.status} />
          </p>
          {registration.decision.reason ? (
            <p>{t('participation.decisionReason', { reason: registration.decision.reason })}</p>
          ) : null}
        </section>
        <section aria-labelledby="profile-title">
          <h2 id="profile-title">{t('profile.title')}</h2>
          <ParticipantProfileForm
            testId="participant-profile"
            organisationId={registration.organisation.id}
            initial={{
              attendanceMode: registration.attendanceMode,
              language: registration.language,
              offer: registration.offer,
              seek: registration.seek,
              profileIds: registration.profileIds,
              sectors: registration.sectors,
              keywords: registration.keywords,
            }}
            submitLabel={t('profile.save')}
            onSubmit={async (profile) => {
              save(await eventsApi.updateRegistration(event.id, registration.id, profile));
              return t('profile.saved');
            }}
          />
        </section>
        <Availability event={event} registration={registration} />
      </div>
      <aside className="stack">
        <CheckInCard event={event} registration={registration} />
        <Delegation registration={registration} user={user} />
        <section className="panel">
          <FormAlert message={withdrawError} />
          <button type="button" className="button button-danger" onClick={() => void withdraw()}>
            {t('participation.withdraw')}
          </button>
        </section>
      </aside>
    </div>
  );
}

/** `/events/:id/participation`: the participant's status, profile, delegation, availability and QR code. */
export function ParticipationPage() {
  const { id = '' } = useParams();
  return (
    <ParticipantPage id={id} heading="participation.title">
      {(event, registration, user) => <Participation event={event} registration={registration} user={user} />}
    </ParticipantPage>
  );
}
