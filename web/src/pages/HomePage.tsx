import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProfiles, useStats } from '../api/queries';
import type { Stats } from '../api/types';
import { usePageTitle } from '../components/PageTitle';
import { ProfileCard } from '../components/ProfileCard';
import { ErrorState, Loading } from '../components/States';
import { CORRIDOR_COUNTRIES, PROFILE_KINDS } from '../domain';
import { usePipelineNav } from '../features/pipeline/nav';
import { useFormat } from '../i18n/format';
import { useVocab } from '../i18n/vocab';

/** Upcoming events come in their own chunk (with the events catalogue), after the page has shown. */
const UpcomingEvents = lazy(() => import('../features/events/UpcomingEvents'));

function KeyFigures({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vocab = useVocab();
  const languages = Object.keys(stats.profilesByOriginalLanguage).length;
  const figures = [
    { label: t('home.figures.published'), value: stats.publishedProfiles },
    { label: t('home.figures.organisations'), value: stats.organisations },
    { label: t('home.figures.countries'), value: stats.countries },
    { label: t('home.figures.languages'), value: languages },
  ];
  const largest = Math.max(1, ...CORRIDOR_COUNTRIES.map((c) => stats.profilesByCountry[c] ?? 0));
  return (
    <>
      <dl className="figures" data-testid="key-figures">
        {figures.map((figure) => (
          <div key={figure.label} className="figure">
            <dt>{figure.label}</dt>
            <dd>{format.number(figure.value)}</dd>
          </div>
        ))}
      </dl>
      <div className="split">
        <section className="panel" aria-labelledby="by-country">
          <h3 id="by-country">{t('home.byCountry')}</h3>
          <ul className="bars">
            {CORRIDOR_COUNTRIES.map((country) => {
              const count = stats.profilesByCountry[country] ?? 0;
              return (
                <li key={country}>
                  <Link to={`/opportunities?country=${country}`} className="bar-label">
                    {vocab.country(country)}
                  </Link>
                  <span className="bar-track" aria-hidden="true">
                    <span className="bar-fill" style={{ width: `${(count / largest) * 100}%` }} />
                  </span>
                  <span className="bar-value">{format.number(count)}</span>
                </li>
              );
            })}
          </ul>
        </section>
        <section className="panel" aria-labelledby="by-kind">
          <h3 id="by-kind">{t('home.byKind')}</h3>
          <ul className="kind-list">
            {PROFILE_KINDS.map((kind) => (
              <li key={kind}>
                <Link to={`/opportunities?kind=${kind}`}>{vocab.profileKind(kind)}</Link>
                <span className="kind-count">{format.number(stats.profilesByKind[kind] ?? 0)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const pipelineNav = usePipelineNav();
  const vocab = useVocab();
  usePageTitle(null);
  const stats = useStats();
  const latest = useProfiles({ sort: 'newest', limit: '6' });
  const items = latest.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <section className="hero">
        <div className="container hero-inner">
          <p className="eyebrow">{t('home.eyebrow')}</p>
          <h1>{t('home.title')}</h1>
          <p className="lead">{t('home.lead')}</p>
          <div className="actions">
            <Link to="/opportunities" className="button button-primary button-large">
              {t('home.browse')}
            </Link>
            <Link to="/opportunities/new" className="button button-large button-on-dark">
              {t('home.publish')}
            </Link>
          </div>
          <ul className="hero-countries" aria-label={t('home.countriesLabel')}>
            {CORRIDOR_COUNTRIES.map((country) => (
              <li key={country}>{vocab.country(country)}</li>
            ))}
          </ul>
        </div>
      </section>

      <section className="section container" aria-labelledby="figures-title">
        <div className="section-head">
          <h2 id="figures-title">{t('home.figuresTitle')}</h2>
          <Link to="/dashboard">{pipelineNav('homeDashboard')}</Link>
        </div>
        {stats.isPending ? (
          <Loading />
        ) : stats.isError ? (
          <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
        ) : (
          <KeyFigures stats={stats.data} />
        )}
      </section>

      <section className="section container" aria-labelledby="latest-title">
        <div className="section-head">
          <h2 id="latest-title">{t('home.latest')}</h2>
          <Link to="/opportunities">{t('home.seeAll')}</Link>
        </div>
        {latest.isPending ? (
          <Loading />
        ) : latest.isError ? (
          <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
        ) : (
          <div className="card-grid">
            {items.map((profile) => (
              <ProfileCard key={profile.id} profile={profile} />
            ))}
          </div>
        )}
      </section>

      <Suspense fallback={null}>
        <UpcomingEvents />
      </Suspense>

      <section className="section container" aria-labelledby="how-title">
        <h2 id="how-title">{t('home.howTitle')}</h2>
        <ol className="steps">
          <li>
            <h3>{t('home.step1Title')}</h3>
            <p>{t('home.step1Text')}</p>
          </li>
          <li>
            <h3>{t('home.step2Title')}</h3>
            <p>{t('home.step2Text')}</p>
          </li>
          <li>
            <h3>{t('home.step3Title')}</h3>
            <p>{t('home.step3Text')}</p>
          </li>
        </ol>
      </section>
    </>
  );
}
