import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { eventsApi } from '../../api/events';
import type { User } from '../../api/types';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { EventForm } from '../../features/events/EventForm';
import { EventsScope, useEventsT } from '../../features/events/i18n';

function NewEvent({ user }: { user: User }) {
  const t = useEventsT();
  const navigate = useNavigate();
  const client = useQueryClient();
  usePageTitle(t('form.createTitle'));
  const organisations = user.memberships.filter((m) => m.role === 'admin' || m.role === 'editor');
  return (
    <>
      <div className="page-head">
        <h1>{t('form.createTitle')}</h1>
      </div>
      {organisations.length === 0 ? (
        <div className="state state-empty">
          <p className="state-title">{t('form.noOrganisation')}</p>
          <Link to="/organisations/new" className="button">
            {t('register.createOrganisation')}
          </Link>
        </div>
      ) : (
        <EventForm
          event={null}
          organisations={organisations}
          onSubmit={async (input, organiserIds) => {
            const created = await eventsApi.create({ ...input, organiserIds });
            void client.invalidateQueries({ queryKey: ['events'] });
            void navigate(`/events/${created.id}/manage?tab=programme`);
          }}
        />
      )}
    </>
  );
}

/** `/events/new`: an organiser starts a draft event for one of their organisations. */
export function NewEventPage() {
  return (
    <div className="container page narrow events-page">
      <EventsScope>
        <RequireUser verified>{(user) => <NewEvent user={user} />}</RequireUser>
      </EventsScope>
    </div>
  );
}
