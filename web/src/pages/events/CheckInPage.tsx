import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { type CheckInResult, eventsApi, useEvent } from '../../api/events';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { Loading } from '../../components/States';
import { useErrorMessage } from '../../features/events/components';
import { EventsScope, useEventsT } from '../../features/events/i18n';
import { useTimeText } from '../../features/events/time';
import { localText, useLanguage } from '../../i18n/format';

type State =
  | { kind: 'working' }
  | { kind: 'done'; result: CheckInResult }
  | { kind: 'failed'; message: string; forbidden: boolean };

/**
 * What the phone camera opens when an organiser scans a participant's QR code: the token in the
 * address is posted at once (checking in twice is harmless) and the result is shown large.
 */
function CheckIn({ eventId, token }: { eventId: string; token: string }) {
  const t = useEventsT();
  const language = useLanguage();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const timeText = useTimeText();
  const event = useEvent(eventId);
  const [state, setState] = useState<State>({ kind: 'working' });
  const sent = useRef(false);
  usePageTitle(t('checkIn.title'));
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    eventsApi
      .checkIn(eventId, token)
      .then((result) => {
        setState({ kind: 'done', result });
        void client.invalidateQueries({ queryKey: ['event', eventId, 'registrations'] });
      })
      .catch((error: unknown) =>
        setState({
          kind: 'failed',
          message: errorMessage(error),
          forbidden: isApiError(error) && (error.status === 403 || error.code === 'EventNotFound'),
        }),
      );
  }, [eventId, token, client, errorMessage]);
  let body: React.ReactNode;
  if (state.kind === 'working') body = <Loading label={t('checkIn.working')} />;
  else if (state.kind === 'failed') {
    body = (
      <div className="alert alert-error" role="alert" data-testid="check-in-failed">
        <p>{t('checkIn.failed')}</p>
        <p>{state.message}</p>
        {state.forbidden ? <p>{t('checkIn.organisersOnly')}</p> : null}
      </div>
    );
  } else {
    const { result } = state;
    const organisation = localText(result.participant.organisation.name, language);
    const time = timeText(result.checkedInAt, null, event.data?.timeZone ?? '', false);
    body = (
      <div className="panel panel-highlight check-in-result" role="status" data-testid="check-in-result">
        <p className="check-in-name">{organisation}</p>
        <p>
          {result.alreadyCheckedIn
            ? t('checkIn.already', { organisation, time })
            : t('checkIn.done', { organisation })}
        </p>
        <p className="muted">{result.participant.delegates.map((d) => d.displayName).join(', ')}</p>
      </div>
    );
  }
  return (
    <>
      <h1>{t('checkIn.title')}</h1>
      {body}
      <div className="actions">
        <Link to={`/events/${eventId}/manage/check-in`} className="button">
          {t('checkIn.back')}
        </Link>
      </div>
    </>
  );
}

/** `/events/:id/check-in/:token`: the address inside a participant's QR code. */
export function CheckInPage() {
  const { id = '', token = '' } = useParams();
  return (
    <div className="container page narrow events-page">
      <EventsScope>
        <RequireUser verified>{() => <CheckIn eventId={id} token={token} />}</RequireUser>
      </EventsScope>
    </div>
  );
}
