import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { type Cooperation, useCooperation, useCooperationHistory } from '../../api/pipeline';
import { NotFoundContent } from '../../app/ErrorPage';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { ErrorState, Loading } from '../../components/States';
import { Agreements } from '../../features/pipeline/cooperation/Agreements';
import { Documents } from '../../features/pipeline/cooperation/Documents';
import { History } from '../../features/pipeline/cooperation/History';
import { MovePanel } from '../../features/pipeline/cooperation/MovePanel';
import { NextSteps } from '../../features/pipeline/cooperation/NextSteps';
import { Outcomes } from '../../features/pipeline/cooperation/Outcomes';
import { PartiesEditor } from '../../features/pipeline/cooperation/Parties';
import { usePipelineFormat } from '../../features/pipeline/format';
import { PipelineCatalogueGate, usePipelineT } from '../../features/pipeline/i18n';
import { PipelineStepper, StageBadge } from '../../features/pipeline/Stages';
import { localText, pickText, useLanguage } from '../../i18n/format';
import { useSectorLabels, useVocab } from '../../i18n/vocab';

function Head({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const language = useLanguage();
  const vocab = useVocab();
  const format = usePipelineFormat();
  const sectors = useSectorLabels();
  const title = pickText(cooperation.title, language);
  return (
    <div className="page-head coop-head">
      <nav aria-label={t('page.breadcrumb')} className="breadcrumb">
        <Link to="/cooperations">{t('page.breadcrumb')}</Link>
      </nav>
      <div className="coop-title-row">
        <h1 lang={title.language ?? undefined}>{title.text}</h1>
        <StageBadge stage={cooperation.stage} />
      </div>
      <ul className="coop-parties" aria-label={t('common.parties')}>
        {cooperation.parties.map(({ organisation }) => (
          <li key={organisation.id}>
            <Link to={`/organisations/${organisation.slug}`}>{localText(organisation.name, language)}</Link>
            <span className="muted"> · {vocab.country(organisation.country)}</span>
          </li>
        ))}
      </ul>
      <dl className="coop-facts coop-facts-inline">
        <div>
          <dt>{t('page.opened')}</dt>
          <dd>{format.date(cooperation.openedOn)}</dd>
        </div>
        <div>
          <dt>{t('page.origin')}</dt>
          <dd>
            {cooperation.origin === 'expression_of_interest' && cooperation.originRef ? (
              // The expression of interest and its conversation, for the parties who exchanged it.
              <Link to={`/inbox/${cooperation.originRef}`}>{t(`origin.${cooperation.origin}`)}</Link>
            ) : cooperation.origin === 'meeting_follow_up' && cooperation.originEventId ? (
              // The event where the parties met.
              <Link to={`/events/${cooperation.originEventId}`}>{t(`origin.${cooperation.origin}`)}</Link>
            ) : (
              t(`origin.${cooperation.origin}`)
            )}
          </dd>
        </div>
        {cooperation.sector ? (
          <div>
            <dt>{t('page.sector')}</dt>
            <dd>{sectors.label(cooperation.sector)}</dd>
          </div>
        ) : null}
      </dl>
      {cooperation.closedReason ? (
        <p className="alert alert-info">
          {t('page.closedBecause', { reason: t(`closedReason.${cooperation.closedReason}`) })}
        </p>
      ) : null}
    </div>
  );
}

function Profiles({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const language = useLanguage();
  const vocab = useVocab();
  if (cooperation.profiles.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="profiles-title">
      <h2 id="profiles-title" className="panel-title">
        {t('page.profiles')}
      </h2>
      <ul className="plain-list">
        {cooperation.profiles.map((profile) => {
          const title = pickText(profile.title, language);
          return (
            <li key={profile.id}>
              <Link to={`/opportunities/${profile.id}`} lang={title.language ?? undefined}>
                {title.text}
              </Link>
              <span className="muted coop-small"> · {vocab.profileKind(profile.kind)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function CooperationContent({ id }: { id: string }) {
  const language = useLanguage();
  const cooperation = useCooperation(id);
  const history = useCooperationHistory(id, cooperation.isSuccess);
  usePageTitle(cooperation.data ? localText(cooperation.data.title, language) : null);
  if (cooperation.isPending) return <Loading />;
  if (cooperation.isError) {
    // A malformed id (400) is as unknown as a missing one.
    if (isApiError(cooperation.error) && [400, 404].includes(cooperation.error.status))
      return <NotFoundContent />;
    return <ErrorState error={cooperation.error} onRetry={() => void cooperation.refetch()} />;
  }
  const data = cooperation.data;
  return (
    <div className="container page" data-testid="cooperation-page" data-stage={data.stage}>
      <Head cooperation={data} />
      <PipelineStepper stage={data.stage} history={history.data} />
      <div className="coop-layout">
        <div className="coop-main">
          <MovePanel cooperation={data} />
          <Agreements cooperation={data} />
          <Outcomes cooperation={data} />
          <Profiles cooperation={data} />
          <PartiesEditor cooperation={data} />
        </div>
        <div className="coop-side">
          <NextSteps cooperation={data} />
          <Documents cooperation={data} />
          <History items={history.data} error={history.error} onRetry={() => void history.refetch()} />
        </div>
      </div>
    </div>
  );
}

/** One cooperation: where it stands, how to move it, what was agreed and achieved, and its record. */
export function CooperationPage() {
  const { id = '' } = useParams();
  return (
    <PipelineCatalogueGate>
      <RequireUser>{() => <CooperationContent id={id} />}</RequireUser>
    </PipelineCatalogueGate>
  );
}
