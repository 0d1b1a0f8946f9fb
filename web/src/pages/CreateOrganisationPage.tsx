import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { keys } from '../api/queries';
import type { Organisation } from '../api/types';
import { usePageTitle } from '../components/PageTitle';
import { RequireUser } from '../components/RequireUser';
import { OrganisationForm } from '../features/OrganisationForm';

export function CreateOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  usePageTitle(t('orgForm.createTitle'));
  return (
    <div className="container narrow page">
      <div className="page-head">
        <h1>{t('orgForm.createTitle')}</h1>
        <p className="lead-small">{t('orgForm.createLead')}</p>
      </div>
      <RequireUser verified>
        {() => (
          <OrganisationForm
            submitLabel={t('orgForm.create')}
            onSubmit={async (input) => {
              const created = await api<Organisation>('/organisations', { method: 'POST', body: input });
              // The creator is now the organisation's admin: the session's memberships changed.
              await client.invalidateQueries({ queryKey: keys.session });
              void client.invalidateQueries({ queryKey: ['organisations'] });
              void navigate(`/organisations/${created.slug}/manage`);
            }}
          />
        )}
      </RequireUser>
    </div>
  );
}
