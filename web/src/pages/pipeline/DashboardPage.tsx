import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import {
  COOPERATION_STAGES,
  type IndicatorFilters,
  type IndicatorTable,
  indicatorQuery,
  OUTCOME_METRICS,
  useIndicatorTable,
  useOrganisationIndicators,
  VALUE_INTERVALS,
  type ValueInterval,
} from '../../api/pipeline';
import type { User } from '../../api/types';
import { SelectField } from '../../components/Form';
import { usePageTitle } from '../../components/PageTitle';
import { ErrorState, Loading, LoadMore } from '../../components/States';
import { CORRIDOR_COUNTRIES, type CorridorCountry, PROFILE_KINDS } from '../../domain';
import { BarList } from '../../features/pipeline/dashboard/BarList';
import { Chart } from '../../features/pipeline/dashboard/Chart';
import { CorridorMap, MAP_METRICS, type MapMetric } from '../../features/pipeline/dashboard/CorridorMap';
import {
  agreementValue,
  bars,
  type ChartHelpers,
  countryPairs,
  docking,
  meetings,
  profilesOverTime,
  stackedByMonth,
  stageMovements,
} from '../../features/pipeline/dashboard/chart-options';
import {
  cellText,
  codeLabel,
  IndicatorSection,
  IndicatorTableView,
} from '../../features/pipeline/dashboard/IndicatorSection';
import { usePipelineFormat } from '../../features/pipeline/format';
import { PipelineCatalogueGate, usePipelineT } from '../../features/pipeline/i18n';
import { useUrlFilters } from '../../features/url-state';
import { useLanguage } from '../../i18n/format';
import { useSectorLabels, useVocab } from '../../i18n/vocab';
import { useUser } from '../../session/session';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The dashboard's state as the address keeps it: filters, and how some sections are shown. */
function useDashboardParams() {
  const [params, setParams] = useUrlFilters();
  const month = (name: string) => {
    const value = params.get(name);
    return value && MONTH.test(value) ? value : undefined;
  };
  const filters = {
    from: month('from'),
    to: month('to'),
    country: pick(params.get('country'), CORRIDOR_COUNTRIES),
    sector: params.get('sector') || undefined,
  };
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  return {
    params,
    filters,
    kind: pick(params.get('kind'), PROFILE_KINDS),
    interval: pick(params.get('interval'), VALUE_INTERVALS) ?? ('month' as ValueInterval),
    group: pick(params.get('group'), ['country', 'kind'] as const) ?? 'country',
    metric: pick(params.get('metric'), MAP_METRICS) ?? ('publishedProfiles' as MapMetric),
    set,
  };
}

function MonthField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="month"
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Filters({ state }: { state: ReturnType<typeof useDashboardParams> }) {
  const t = usePipelineT();
  const vocab = useVocab();
  const sectors = useSectorLabels();
  const { filters, set } = state;
  const invalid =
    filters.from && filters.to && filters.from > filters.to ? t('dashboard.periodInvalid') : undefined;
  return (
    <section className="panel dash-filters" aria-label={t('dashboard.filters')}>
      <div className="dash-filter-grid">
        <MonthField
          label={t('dashboard.from')}
          value={filters.from ?? ''}
          onChange={(v) => set({ from: v })}
        />
        <MonthField
          label={t('dashboard.to')}
          value={filters.to ?? ''}
          onChange={(v) => set({ to: v })}
          error={invalid}
        />
        <SelectField
          label={t('dashboard.country')}
          value={filters.country ?? ''}
          onChange={(v) => set({ country: v })}
          options={CORRIDOR_COUNTRIES.map((c) => ({ value: c, label: vocab.country(c) }))}
          placeholder={t('dashboard.allCountries')}
        />
        <SelectField
          label={t('dashboard.sector')}
          value={filters.sector ?? ''}
          onChange={(v) => set({ sector: v })}
          options={sectors.groups.map((g) => ({ value: g.code, label: sectors.label(g.code) }))}
          placeholder={t('dashboard.allSectors')}
        />
      </div>
      {filters.from || filters.to || filters.country || filters.sector ? (
        <button
          type="button"
          className="link-button"
          onClick={() => set({ from: undefined, to: undefined, country: undefined, sector: undefined })}
        >
          {t('dashboard.clear')}
        </button>
      ) : null}
    </section>
  );
}

/**
 * A column's total over the rows (of one country when `only` is given). When small counts are hidden
 * (each hidden count is 1 or 2, and a hidden amount is not negative), the total is a lower bound that
 * anyone could add up from the table: the visible figures plus one per hidden count.
 */
function sum(
  view: IndicatorTable | undefined,
  column: string,
  only?: string,
): { value: number; atLeast: boolean } | undefined {
  if (!view) return undefined;
  const kind = view.columns.find((c) => c.key === column)?.kind;
  let total = 0;
  let atLeast = false;
  for (const row of view.rows) {
    if (only && row.country !== only) continue;
    const value = row[column];
    if (value === null) {
      atLeast = true;
      if (kind === 'count') total += 1;
    }
    if (typeof value === 'number') total += value;
  }
  return { value: total, atLeast };
}

/**
 * The headline figures, added up from the tables: organisations and profiles from the map (one
 * country each), cooperations from the stages (each once), agreements from the value table. A total
 * that includes a hidden figure is shown as "at least" what the table itself gives away.
 */
function KeyFigures({
  map,
  stages,
  value,
  country,
}: {
  map: IndicatorTable | undefined;
  stages: IndicatorTable | undefined;
  value: IndicatorTable | undefined;
  country: string | undefined;
}) {
  const t = usePipelineT();
  const format = usePipelineFormat();
  const figures: Array<{
    key: string;
    label: string;
    value: { value: number; atLeast: boolean } | undefined;
    usd?: boolean;
  }> = [
    {
      key: 'publishedProfiles',
      label: t('dashboard.figure.publishedProfiles'),
      value: sum(map, 'publishedProfiles', country),
    },
    {
      key: 'organisations',
      label: t('dashboard.figure.organisations'),
      value: sum(map, 'organisations', country),
    },
    { key: 'cooperations', label: t('dashboard.figure.cooperations'), value: sum(stages, 'cooperations') },
    { key: 'agreements', label: t('dashboard.figure.agreements'), value: sum(value, 'agreements') },
    { key: 'usdTotal', label: t('dashboard.figure.usdTotal'), value: sum(value, 'usdTotal'), usd: true },
  ];
  return (
    <section aria-label={t('dashboard.keyFigures')}>
      <dl className="figures dash-figures" data-testid="key-figures">
        {figures.map((figure) => (
          <div key={figure.key} className="figure" data-figure={figure.key}>
            <dt>{figure.label}</dt>
            <dd>
              {figure.value === undefined
                ? '…'
                : (() => {
                    const shown = figure.usd
                      ? format.usd(figure.value.value)
                      : format.number(figure.value.value);
                    return figure.value.atLeast ? t('common.atLeast', { value: shown }) : shown;
                  })()}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function OutcomeFigures({ view }: { view: IndicatorTable }) {
  const format = usePipelineFormat();
  const metric = view.columns.find((c) => c.key === 'metric');
  const total = view.columns.find((c) => c.key === 'total');
  const reports = view.columns.find((c) => c.key === 'reports');
  if (!metric || !total || !reports) return null;
  return (
    <dl className="dash-outcomes">
      {view.rows.map((row) => (
        <div key={String(row.metric)} className="figure">
          <dt>{cellText(view, metric, row, format)}</dt>
          <dd>{cellText(view, total, row, format) ?? '–'}</dd>
          <dd className="muted coop-small">
            {reports.label}: {cellText(view, reports, row, format) ?? '–'}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The per-organisation figures of a country: coordinators of that country and administrators only. */
function OrganisationFigures({ filters, country }: { filters: IndicatorFilters; country: CorridorCountry }) {
  const t = usePipelineT();
  const vocab = useVocab();
  const language = useLanguage();
  const query = useOrganisationIndicators({ ...filters, country }, language, true);
  const title = t('dashboard.sections.organisations', { country: vocab.country(country) });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} />;
  const [first] = query.data.pages;
  if (!first) return null;
  const view = { ...first, rows: query.data.pages.flatMap((p) => p.rows) };
  return (
    <section
      className="panel dash-section dash-wide"
      aria-labelledby="organisations-title"
      data-testid="section-organisations"
    >
      <h2 id="organisations-title" className="panel-title">
        {title}
      </h2>
      <p className="muted coop-small">{t('dashboard.organisationsHint')}</p>
      <IndicatorTableView view={view} caption={title} t={t} />
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
        shown={view.rows.length}
      />
    </section>
  );
}

/** Which country's organisation figures the reader may see, if any. */
function organisationCountry(
  user: User | null,
  country: CorridorCountry | undefined,
): CorridorCountry | null {
  if (!user) return null;
  if (user.platformRole === 'administrator') return country ?? null;
  if (user.platformRole === 'coordinator' && user.coordinatorCountry) {
    const own = user.coordinatorCountry as CorridorCountry;
    return !country || country === own ? own : null;
  }
  return null;
}

function Dashboard() {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const language = useLanguage();
  const format = usePipelineFormat();
  const user = useUser();
  const state = useDashboardParams();
  const { filters, kind, interval, group, metric, set, params } = state;
  usePageTitle(t('dashboard.title'));
  const periodValid = !(filters.from && filters.to && filters.from > filters.to);
  const base: IndicatorFilters = filters;
  const profileFilters: IndicatorFilters = { ...filters, kind };
  const valueFilters: IndicatorFilters = { ...filters, interval };
  const enabled = { enabled: periodValid };
  const tables = {
    map: useIndicatorTable('map', base, language, enabled),
    profiles: useIndicatorTable('profiles-by-month', profileFilters, language, enabled),
    sectors: useIndicatorTable('profiles-by-sector', profileFilters, language, enabled),
    docking: useIndicatorTable('docking', base, language, enabled),
    meetings: useIndicatorTable('meetings', base, language, enabled),
    stages: useIndicatorTable('cooperations-by-stage', base, language, enabled),
    movements: useIndicatorTable('stage-movements', base, language, enabled),
    types: useIndicatorTable('agreements-by-type', base, language, enabled),
    pairs: useIndicatorTable('agreements-by-country-pair', base, language, enabled),
    value: useIndicatorTable('agreement-value', valueFilters, language, enabled),
    outcomes: useIndicatorTable('outcomes', base, language, enabled),
    outcomesByMonth: useIndicatorTable('outcomes-by-month', base, language, enabled),
  };
  const helpers: ChartHelpers = useMemo(() => ({ label: codeLabel, format, t }), [format, t]);
  const q = (extra: IndicatorFilters = {}) => indicatorQuery({ ...filters, ...extra }, language);
  const reportQuery = indicatorQuery(filters, language);
  const detail = tables.map.data?.detail;
  const orgCountry = organisationCountry(user, filters.country);
  const chartLabel = (title: string) => t('dashboard.chartLabel', { title });
  const failed = Object.values(tables).find(
    (table) => table.isError && isApiError(table.error) && table.error.status === 400,
  );
  const linkFor = (country: CorridorCountry) => {
    const next = new URLSearchParams(params);
    next.set('country', country);
    return `/dashboard?${next.toString()}`;
  };
  const sections = t('dashboard.sections.map');
  return (
    <div className="container page dash-page" data-testid="dashboard">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="lead-small">{t('dashboard.lead')}</p>
        </div>
      </div>
      <Filters state={state} />
      {failed ? <ErrorState error={failed.error} /> : null}
      {detail ? (
        <p className="muted coop-small dash-detail" data-detail={detail}>
          {detail === 'detailed' ? t('dashboard.detailed') : t('dashboard.public')}
        </p>
      ) : null}
      <KeyFigures
        map={tables.map.data}
        stages={tables.stages.data}
        value={tables.value.data}
        country={filters.country}
      />
      <div className="dash-grid">
        <IndicatorSection
          table="map"
          title={sections}
          query={tables.map}
          exportQuery={q()}
          wide
          controls={
            <SelectField
              label={t('dashboard.mapMetric')}
              value={metric}
              onChange={(v) => set({ metric: v === 'publishedProfiles' ? undefined : v })}
              options={MAP_METRICS.map((m) => ({
                value: m,
                label: tables.map.data?.columns.find((c) => c.key === m)?.label ?? m,
              }))}
            />
          }
          chart={(view) => (
            <CorridorMap
              view={view}
              metric={metric}
              selected={filters.country ?? null}
              linkFor={linkFor}
              onSelect={(country) => set({ country })}
            />
          )}
        />
        <IndicatorSection
          table="profiles-by-month"
          title={t('dashboard.sections.profiles')}
          query={tables.profiles}
          exportQuery={q({ kind })}
          wide
          controls={
            <>
              <SelectField
                label={t('dashboard.kind')}
                value={kind ?? ''}
                onChange={(v) => set({ kind: v })}
                options={PROFILE_KINDS.map((k) => ({ value: k, label: mainT(`vocab.profileKind.${k}`) }))}
                placeholder={t('dashboard.allKinds')}
              />
              <SelectField
                label={t('dashboard.groupBy')}
                value={group}
                onChange={(v) => set({ group: v === 'country' ? undefined : v })}
                options={[
                  { value: 'country', label: t('dashboard.byCountry') },
                  { value: 'kind', label: t('dashboard.byKind') },
                ]}
              />
            </>
          }
          chart={(view) => (
            <Chart
              option={profilesOverTime(view, group, helpers)}
              label={chartLabel(t('dashboard.sections.profiles'))}
            />
          )}
        />
        <IndicatorSection
          table="profiles-by-sector"
          title={t('dashboard.sections.sectors')}
          query={tables.sectors}
          exportQuery={q({ kind })}
          chart={(view) => (
            <BarList
              bars={bars(view, 'sector', 'profiles', helpers)}
              label={chartLabel(t('dashboard.sections.sectors'))}
            />
          )}
        />
        <IndicatorSection
          table="cooperations-by-stage"
          title={t('dashboard.sections.pipeline')}
          query={tables.stages}
          exportQuery={q()}
          chart={(view) => (
            <BarList
              bars={bars(view, 'stage', 'cooperations', helpers, true)}
              label={chartLabel(t('dashboard.sections.pipeline'))}
            />
          )}
        />
        <IndicatorSection
          table="docking"
          title={t('dashboard.sections.docking')}
          query={tables.docking}
          exportQuery={q()}
          chart={(view) => (
            <Chart option={docking(view, helpers)} label={chartLabel(t('dashboard.sections.docking'))} />
          )}
        />
        <IndicatorSection
          table="meetings"
          title={t('dashboard.sections.meetings')}
          query={tables.meetings}
          exportQuery={q()}
          chart={(view) => (
            <Chart option={meetings(view, helpers)} label={chartLabel(t('dashboard.sections.meetings'))} />
          )}
        />
        <IndicatorSection
          table="stage-movements"
          title={t('dashboard.sections.movements')}
          query={tables.movements}
          exportQuery={q()}
          wide
          chart={(view) => (
            <Chart
              option={stageMovements(view, helpers, COOPERATION_STAGES)}
              label={chartLabel(t('dashboard.sections.movements'))}
            />
          )}
        />
        <IndicatorSection
          table="agreements-by-type"
          title={t('dashboard.sections.agreementsByType')}
          query={tables.types}
          exportQuery={q()}
          chart={(view) => (
            <BarList
              bars={bars(view, 'type', 'agreements', helpers)}
              label={chartLabel(t('dashboard.sections.agreementsByType'))}
            />
          )}
        />
        <IndicatorSection
          table="agreements-by-country-pair"
          title={t('dashboard.sections.countryPairs')}
          query={tables.pairs}
          exportQuery={q()}
          chart={(view) => (
            <Chart
              option={countryPairs(view, helpers)}
              label={chartLabel(t('dashboard.sections.countryPairs'))}
              height={340}
            />
          )}
        />
        <IndicatorSection
          table="agreement-value"
          title={t('dashboard.sections.agreementValue')}
          query={tables.value}
          exportQuery={q({ interval })}
          controls={
            <SelectField
              label={t('dashboard.interval')}
              value={interval}
              onChange={(v) => set({ interval: v === 'month' ? undefined : v })}
              options={VALUE_INTERVALS.map((i) => ({ value: i, label: t(`dashboard.intervals.${i}`) }))}
            />
          }
          chart={(view) => (
            <Chart
              option={agreementValue(view, helpers)}
              label={chartLabel(t('dashboard.sections.agreementValue'))}
            />
          )}
        />
        <IndicatorSection
          table="outcomes"
          title={t('dashboard.sections.outcomes')}
          query={tables.outcomes}
          exportQuery={q()}
        >
          {(view) => <OutcomeFigures view={view} />}
        </IndicatorSection>
        <IndicatorSection
          table="outcomes-by-month"
          title={t('dashboard.sections.outcomesByMonth')}
          query={tables.outcomesByMonth}
          exportQuery={q()}
          chart={(view) => (
            <Chart
              option={stackedByMonth(view, helpers, 'metric', OUTCOME_METRICS, 'reports')}
              label={chartLabel(t('dashboard.sections.outcomesByMonth'))}
            />
          )}
        />
        {orgCountry ? <OrganisationFigures filters={base} country={orgCountry} /> : null}
      </div>
      <section className="panel dash-downloads" aria-labelledby="downloads-title">
        <h2 id="downloads-title" className="panel-title">
          {t('dashboard.downloads')}
        </h2>
        <p className="muted coop-small">{t('dashboard.reportHint')}</p>
        <div className="actions">
          <a className="button" href={`/api/v1/indicators/workbook.xlsx${q()}`} download>
            {t('dashboard.workbook')}
          </a>
          <a className="button button-primary" href={`/api/v1/indicators/report.pdf${reportQuery}`} download>
            {t('dashboard.reportPdf')}
          </a>
          <a
            className="button"
            href={`/api/v1/indicators/report.html${reportQuery}`}
            target="_blank"
            rel="noopener"
          >
            {t('dashboard.reportHtml')}
          </a>
        </div>
        {user?.platformRole ? (
          <p className="coop-small">
            <Link to="/admin/exchange-rates">{t('dashboard.ratesLink')}</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}

/**
 * The corridor's indicators: public in aggregate, every figure for administrators and the
 * coordinators of the country filtered to. Filters live in the address; each chart has its table.
 */
export function DashboardPage() {
  return (
    <PipelineCatalogueGate>
      <Dashboard />
    </PipelineCatalogueGate>
  );
}
