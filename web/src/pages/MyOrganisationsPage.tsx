import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../components/PageTitle';
import { RequireUser } from '../components/RequireUser';
import { EmptyState } from '../components/States';
import { localText, useLanguage } from '../i18n/format';
import { useVocab } from '../i18n/vocab';

export function MyOrganisationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const vocab = useVocab();
  usePageTitle(t('nav.myOrganisations'));
  return (
    <div className="container narrow page">
      <div className="page-head">
        <h1>{t('nav.myOrganisations')}</h1>
      </div>
      <RequireUser>
        {(user) =>
          user.memberships.length === 0 ? (
            <EmptyState title={t('newProfile.noOrganisation')}>
              <Link to="/organisations/new" className="button button-primary">
                {t('nav.createOrganisation')}
              </Link>
            </EmptyState>
          ) : (
            <ul className="plain-list stack">
              {user.memberships.map((m) => (
                <li key={m.organisationId} className="card row-card">
                  <Link to={`/organisations/${m.slug}/manage`}>{localText(m.name, language)}</Link>
                  <span className="badge badge-neutral">{vocab.role(m.role)}</span>
                </li>
              ))}
            </ul>
          )
        }
      </RequireUser>
    </div>
  );
}
