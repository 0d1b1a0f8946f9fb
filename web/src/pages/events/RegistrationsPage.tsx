import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import {
  type CorridorEvent,
  eventKeys,
  eventsApi,
  REGISTRATION_STATUSES,
  type Registration,
  useRegistrations,
} from '../../api/events';
import { FormAlert, SelectField, TextField } from '../../components/Form';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import {
  LocalText,
  OrganiserPage,
  RegistrationStatusBadge,
  useErrorMessage,
} from '../../features/events/components';
import { useEventsT } from '../../features/events/i18n';
import { localText, useFormat, useLanguage } from '../../i18n/format';
import { useVocab } from '../../i18n/vocab';

function RegistrationRow({ event, registration }: { event: CorridorEvent; registration: Registration }) {
  const t = useEventsT();
  const vocab = useVocab();
  const format = useFormat();
  const language = useLanguage();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const organisation = localText(registration.organisation.name, language);
  const decide = async (decision: 'approve' | 'decline' | 'waitlist') => {
    setPending(true);
    setError(null);
    try {
      await eventsApi.decide(event.id, registration.id, decision, reason);
      setReason('');
      void client.invalidateQueries({ queryKey: ['event', event.id, 'registrations'] });
      void client.invalidateQueries({ queryKey: eventKeys.event(event.id) });
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setPending(false);
    }
  };
  const canDecide = registration.status === 'pending' || registration.status === 'waitlisted';
  return (
    <li data-testid="registration-row" data-organisation={organisation} data-status={registration.status}>
      <div className="event-list-head">
        <LocalText text={registration.organisation.name} as="h3" className="event-list-title" />
        <span>
          {registration.checkIn.checkedInAt ? (
            <span className="badge badge-success">{t('registrations.checkedIn')}</span>
          ) : null}{' '}
          <RegistrationStatusBadge status={registration.status} />
        </span>
      </div>
      <div className="chips-tight">
        <span className="chip chip-country">{vocab.country(registration.organisation.country)}</span>
        <span className="chip">{vocab.organisationKind(registration.organisation.kind)}</span>
        <span className="chip">{t(`attendance.${registration.attendanceMode}`)}</span>
        <span className="chip">{t('registrations.delegates', { count: registration.delegates.length })}</span>
      </div>
      <p className="muted">
        {registration.delegates.map((d) => d.displayName).join(', ')} ·{' '}
        {t('registrations.registeredAt', { time: format.dateTime(registration.createdAt) })}
      </p>
      {Object.keys(registration.offer).length > 0 ? (
        <p>
          <strong>{t('meetings.offers')}: </strong>
          <LocalText text={registration.offer} />
        </p>
      ) : null}
      {Object.keys(registration.seek).length > 0 ? (
        <p>
          <strong>{t('meetings.seeks')}: </strong>
          <LocalText text={registration.seek} />
        </p>
      ) : null}
      {registration.decision.reason ? (
        <p className="muted">{t('participation.decisionReason', { reason: registration.decision.reason })}</p>
      ) : null}
      <FormAlert message={error} />
      {canDecide || registration.status === 'approved' ? (
        <fieldset className="inline-form">
          <legend className="visually-hidden">{t('registrations.decideFor', { organisation })}</legend>
          <TextField label={t('registrations.reason')} value={reason} onChange={setReason} maxLength={2000} />
          <div className="actions">
            {canDecide ? (
              <button
                type="button"
                className="button button-primary button-small"
                disabled={pending}
                onClick={() => void decide('approve')}
                data-testid="approve-registration"
              >
                {t('registrations.approve')}
              </button>
            ) : null}
            {registration.status === 'pending' ? (
              <button
                type="button"
                className="button button-small"
                disabled={pending}
                onClick={() => void decide('waitlist')}
              >
                {t('registrations.waitlist')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button-ghost button-small"
              disabled={pending}
              onClick={() => void decide('decline')}
            >
              {t('registrations.decline')}
            </button>
          </div>
        </fieldset>
      ) : null}
    </li>
  );
}

function Registrations({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const registrations = useRegistrations(event.id, status);
  return (
    <>
      <div className="toolbar">
        <SelectField
          label={t('registrations.filter')}
          value={status}
          onChange={(v) => setParams(v ? { status: v } : {}, { replace: true })}
          placeholder={t('registrations.all')}
          options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`registrationStatus.${s}`) }))}
        />
        {registrations.data ? (
          <p className="muted" aria-live="polite">
            {t('registrations.count', { count: registrations.data.length })}
          </p>
        ) : null}
      </div>
      {registrations.isPending ? (
        <Loading />
      ) : registrations.isError ? (
        <ErrorState error={registrations.error} onRetry={() => void registrations.refetch()} />
      ) : registrations.data.length === 0 ? (
        <EmptyState title={t('registrations.none')} />
      ) : (
        <ul className="event-list" data-testid="registrations">
          {registrations.data.map((registration) => (
            <RegistrationRow key={registration.id} event={event} registration={registration} />
          ))}
        </ul>
      )}
    </>
  );
}

/** `/events/:id/manage/registrations`: the organisers approve, decline or waitlist registrations. */
export function RegistrationsPage() {
  const { id = '' } = useParams();
  return (
    <OrganiserPage id={id} heading="registrations.title">
      {(event) => <Registrations event={event} />}
    </OrganiserPage>
  );
}
