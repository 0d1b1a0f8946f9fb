import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { type CorridorEvent, checkInToken, eventsApi, useRegistrations } from '../../api/events';
import { FormAlert, SubmitButton, TextField } from '../../components/Form';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { OrganiserPage, useErrorMessage } from '../../features/events/components';
import { useEventsT } from '../../features/events/i18n';
import { useTimeText } from '../../features/events/time';
import { localText, useLanguage } from '../../i18n/format';

function Desk({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const language = useLanguage();
  const timeText = useTimeText();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const registrations = useRegistrations(event.id, 'approved');
  const [code, setCode] = useState('');
  const [search, setSearch] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const checkIn = async (token: string) => {
    setPending(true);
    setMessage(null);
    try {
      const result = await eventsApi.checkIn(event.id, token);
      const organisation = localText(result.participant.organisation.name, language);
      setMessage({
        tone: 'success',
        text: result.alreadyCheckedIn
          ? t('checkIn.already', { organisation, time: timeText(result.checkedInAt, null, event.timeZone) })
          : t('checkIn.done', { organisation }),
      });
      setCode('');
      void client.invalidateQueries({ queryKey: ['event', event.id, 'registrations'] });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    } finally {
      setPending(false);
    }
  };
  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    const token = checkInToken(code.trim());
    if (token) void checkIn(token);
  };
  if (registrations.isPending) return <Loading />;
  if (registrations.isError) return <ErrorState error={registrations.error} />;
  const all = registrations.data;
  const present = all.filter((r) => r.checkIn.checkedInAt !== null).length;
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? all.filter((r) =>
        [...Object.values(r.organisation.name), ...r.delegates.map((d) => d.displayName)].some((name) =>
          name?.toLowerCase().includes(needle),
        ),
      )
    : all;
  return (
    <div className="stack">
      <p className="lead-small">{t('checkIn.deskHint')}</p>
      <p className="figure-inline" aria-live="polite" data-testid="checked-in-count">
        <strong>{t('checkIn.checkedIn', { present, total: all.length })}</strong>
      </p>
      <FormAlert tone={message?.tone} message={message?.text} />
      <form className="form-card form-inline" onSubmit={submitCode} noValidate>
        <TextField label={t('checkIn.code')} hint={t('checkIn.codeHint')} value={code} onChange={setCode} />
        <div className="actions">
          <SubmitButton pending={pending}>{t('checkIn.checkInButton')}</SubmitButton>
        </div>
      </form>
      <TextField label={t('checkIn.search')} type="search" value={search} onChange={setSearch} />
      {shown.length === 0 ? (
        <EmptyState title={t('checkIn.none')} />
      ) : (
        <ul className="event-list" data-testid="check-in-list">
          {shown.map((registration) => {
            const organisation = localText(registration.organisation.name, language);
            return (
              <li key={registration.id} data-testid="check-in-row" data-organisation={organisation}>
                <div className="event-list-head">
                  <span className="event-list-title">{organisation}</span>
                  {registration.checkIn.checkedInAt ? (
                    <span className="badge badge-success">
                      {t('checkIn.present', {
                        time: timeText(registration.checkIn.checkedInAt, null, event.timeZone, false),
                      })}
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="button button-small button-primary"
                      disabled={pending}
                      onClick={() => void checkIn(checkInToken(registration.checkIn.url))}
                      aria-label={t('checkIn.checkInLabel', { organisation })}
                    >
                      {t('checkIn.checkInButton')}
                    </button>
                  )}
                </div>
                <p className="muted">{registration.delegates.map((d) => d.displayName).join(', ')}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** `/events/:id/manage/check-in`: the registration desk: who has arrived, check-in by list or code. */
export function CheckInDeskPage() {
  const { id = '' } = useParams();
  return (
    <OrganiserPage id={id} heading="checkIn.deskTitle">
      {(event) => <Desk event={event} />}
    </OrganiserPage>
  );
}
