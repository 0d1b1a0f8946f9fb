import { Link } from 'react-router';
import { COOPERATION_STAGES, type CooperationSummary, useCooperations } from '../../api/pipeline';
import type { User } from '../../api/types';
import { SelectField } from '../../components/Form';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { EmptyState, ErrorState, Loading, LoadMore } from '../../components/States';
import { usePipelineFormat } from '../../features/pipeline/format';
import { PipelineCatalogueGate, usePipelineT } from '../../features/pipeline/i18n';
import { StageBadge } from '../../features/pipeline/Stages';
import { useUrlFilters } from '../../features/url-state';
import { localText, pickText, useLanguage } from '../../i18n/format';
import { useVocab } from '../../i18n/vocab';

function CooperationCard({ cooperation }: { cooperation: CooperationSummary }) {
  const t = usePipelineT();
  const language = useLanguage();
  const vocab = useVocab();
  const format = usePipelineFormat();
  const title = pickText(cooperation.title, language);
  return (
    <li className="card coop-card" data-testid="cooperation-card">
      <div className="coop-card-top">
        <h2 className="card-title">
          <Link to={`/cooperations/${cooperation.id}`} lang={title.language ?? undefined}>
            {title.text}
          </Link>
        </h2>
        <StageBadge stage={cooperation.stage} />
      </div>
      <p className="card-meta">
        {cooperation.parties
          .map(
            ({ organisation }) =>
              `${localText(organisation.name, language)} (${vocab.country(organisation.country)})`,
          )
          .join(' · ')}
      </p>
      <p className="card-meta">{t('common.openedOn', { date: format.date(cooperation.openedOn) })}</p>
    </li>
  );
}

function Cooperations({ user }: { user: User }) {
  const t = usePipelineT();
  const [params, setParams] = useUrlFilters();
  const stageParam = params.get('stage') ?? '';
  const stage = (COOPERATION_STAGES as readonly string[]).includes(stageParam) ? stageParam : '';
  const list = useCooperations({ stage: stage || undefined });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const lead =
    user.platformRole === 'administrator'
      ? t('list.leadAdministrator')
      : user.platformRole === 'coordinator'
        ? t('list.leadCoordinator')
        : t('list.lead');
  return (
    <div className="container page">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('list.title')}</h1>
          <p className="lead-small">{lead}</p>
        </div>
        <div className="actions">
          {user.platformRole ? (
            <Link to="/admin/exchange-rates" className="button">
              {t('list.rates')}
            </Link>
          ) : null}
          <Link to="/cooperations/new" className="button button-primary">
            {t('list.new')}
          </Link>
        </div>
      </div>
      <div className="coop-toolbar">
        <SelectField
          label={t('list.stageFilter')}
          value={stage}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value) next.set('stage', value);
            else next.delete('stage');
            setParams(next);
          }}
          options={COOPERATION_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          placeholder={t('list.allStages')}
        />
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('list.empty')}>
          <p>{t('list.emptyHint')}</p>
          <Link to="/cooperations/new" className="button button-primary">
            {t('list.new')}
          </Link>
        </EmptyState>
      ) : (
        <>
          <ul className="card-list coop-list" data-testid="cooperation-list">
            {items.map((cooperation) => (
              <CooperationCard key={cooperation.id} cooperation={cooperation} />
            ))}
          </ul>
          <LoadMore
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoad={() => void list.fetchNextPage()}
            shown={items.length}
          />
        </>
      )}
    </div>
  );
}

function Titled({ user }: { user: User }) {
  const t = usePipelineT();
  usePageTitle(t('list.title'));
  return <Cooperations user={user} />;
}

/** The reader's cooperations, newest first, with a stage filter kept in the address. */
export function CooperationsPage() {
  return (
    <PipelineCatalogueGate>
      <RequireUser>{(user) => <Titled user={user} />}</RequireUser>
    </PipelineCatalogueGate>
  );
}
