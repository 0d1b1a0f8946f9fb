/**
 * The cooperation pipeline, the exchange rates and the indicators as the browser sees them: JSON
 * shapes, TanStack Query hooks and the document upload. The enumerations repeat the server's (its
 * schema modules pull server-only code), and tests/web-i18n-pipeline.test.ts fails when they drift apart.
 */
import { type QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import type { Country, Language, MultilingualText, ProfileKind } from '../domain';
import { ApiError, api, errorFromPayload, queryString, requestHeaders } from './client';
import type { Page } from './types';

/** The stages in pipeline order; `closed_without_agreement` ends a cooperation early. */
export const COOPERATION_STAGES = [
  'contact',
  'meeting_held',
  'nda_signed',
  'negotiation',
  'agreement_signed',
  'implementation',
  'outcome_reported',
  'closed_without_agreement',
] as const;
export type CooperationStage = (typeof COOPERATION_STAGES)[number];

/** The stages of the pipeline proper, as the stepper shows them. */
export const PIPELINE_STAGES = COOPERATION_STAGES.filter(
  (stage): stage is Exclude<CooperationStage, 'closed_without_agreement'> =>
    stage !== 'closed_without_agreement',
);

export const CLOSED_REASONS = [
  'no_common_interest',
  'terms_not_agreed',
  'funding_unavailable',
  'technical_mismatch',
  'regulatory_obstacle',
  'partner_unresponsive',
  'other',
] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];

export const COOPERATION_ORIGINS = ['manual', 'expression_of_interest', 'meeting_follow_up'] as const;
export type CooperationOrigin = (typeof COOPERATION_ORIGINS)[number];

export const AGREEMENT_TYPES = [
  'licence',
  'assignment',
  'joint_rd',
  'technical_cooperation_or_service',
  'joint_venture',
  'commercial_with_technical_assistance',
  'investment',
  'training',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const CURRENCIES = ['CNY', 'LAK', 'THB', 'KHR', 'MMK', 'VND', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The currencies administrators keep a rate for: all but the US dollar. */
export const RATED_CURRENCIES = ['CNY', 'LAK', 'THB', 'KHR', 'MMK', 'VND'] as const;
export type RatedCurrency = (typeof RATED_CURRENCIES)[number];

export const OUTCOME_METRICS = [
  'products_processes_launched',
  'jobs_created',
  'revenue_usd',
  'people_trained',
  'joint_publications',
  'patents',
  'investment_usd',
] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];

/** Outcomes counted in US dollars rather than in pieces or people. */
export const MONEY_METRICS: readonly OutcomeMetric[] = ['revenue_usd', 'investment_usd'];

export const DOCUMENT_KINDS = ['nda', 'term_sheet', 'agreement', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The moves a party may make by hand, mirrored from cooperations.lifecycle.ts so the form offers only
 * what the server accepts (the server still decides). `outcome_reported` follows the first outcome.
 */
export const STAGE_MOVES: Readonly<Record<CooperationStage, readonly CooperationStage[]>> = {
  contact: ['meeting_held', 'nda_signed', 'negotiation', 'closed_without_agreement'],
  meeting_held: ['nda_signed', 'negotiation', 'closed_without_agreement'],
  nda_signed: ['negotiation', 'closed_without_agreement'],
  negotiation: ['agreement_signed', 'closed_without_agreement'],
  agreement_signed: ['implementation'],
  implementation: [],
  outcome_reported: [],
  closed_without_agreement: [],
};
/** Stages in which further agreements may be recorded. */
export const AGREEMENT_STAGES: readonly CooperationStage[] = [
  'agreement_signed',
  'implementation',
  'outcome_reported',
];
/** Stages in which outcomes may be reported. */
export const OUTCOME_STAGES: readonly CooperationStage[] = ['implementation', 'outcome_reported'];

export interface CooperationParty {
  organisation: { id: string; slug: string; name: MultilingualText; country: Country };
}

/** A cooperation as lists show it. */
export interface CooperationSummary {
  id: string;
  title: MultilingualText;
  stage: CooperationStage;
  closedReason: ClosedReason | null;
  origin: CooperationOrigin;
  originRef: string | null;
  sector: string | null;
  openedOn: string;
  parties: CooperationParty[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Agreement {
  id: string;
  type: AgreementType;
  signedOn: string;
  value: { amount: number; currency: Currency } | null;
  /** Null when undisclosed or when no rate exists on or before the signing date. */
  usdValue: number | null;
  usdRate: { date: string; unitsPerUsd: number } | null;
  ipTerms: string;
  createdAt: string;
}

export interface Outcome {
  id: string;
  metric: OutcomeMetric;
  value: number;
  reportedOn: string;
  note: string;
  createdAt: string;
}

export interface NextStep {
  id: string;
  description: string;
  owner: { id: string; displayName: string | null } | null;
  dueOn: string;
  doneAt: string | null;
  createdAt: string;
}

export interface CooperationDocument {
  id: string;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

/** One cooperation in full, as the reader may see it. */
export interface Cooperation extends CooperationSummary {
  profiles: Array<{ id: string; kind: ProfileKind; title: MultilingualText; organisationId: string }>;
  nextSteps: NextStep[];
  agreements: Agreement[];
  outcomes: Outcome[];
  /** Only for members of the participating organisations. */
  documents?: CooperationDocument[];
  permissions: { update: boolean; readDocuments: boolean; manageDocuments: boolean };
}

export interface StageEvent {
  id: number;
  fromStage: CooperationStage | null;
  toStage: CooperationStage;
  occurredOn: string;
  actorId: string | null;
  actorName: string | null;
  comment: string;
  createdAt: string;
}

export interface AgreementInput {
  type: AgreementType;
  signedOn: string;
  value: { amount: number; currency: Currency } | null;
  ipTerms: string;
}

export interface ExchangeRate {
  currency: RatedCurrency;
  rateDate: string;
  unitsPerUsd: number;
  source: string;
  updatedBy: string | null;
  updatedAt: string;
}

export const INDICATOR_TABLES = [
  'profiles-by-month',
  'profiles-by-sector',
  'docking',
  'meetings',
  'cooperations-by-stage',
  'stage-movements',
  'agreements-by-type',
  'agreements-by-country-pair',
  'agreement-value',
  'outcomes',
  'map',
  'organisations',
] as const;
export type IndicatorTableName = (typeof INDICATOR_TABLES)[number];

export const VALUE_INTERVALS = ['month', 'quarter', 'year'] as const;
export type ValueInterval = (typeof VALUE_INTERVALS)[number];

/** What a column of an indicator table holds: dimensions have labels, measures are numbers. */
export type ColumnKind =
  | 'month'
  | 'period'
  | 'country'
  | 'profile_kind'
  | 'sector'
  | 'stage'
  | 'agreement_type'
  | 'metric'
  | 'organisation'
  | 'count'
  | 'usd'
  | 'number'
  | 'ratio'
  | 'days';

export type IndicatorRow = Record<string, string | number | null>;

/** One indicator table with labels in the requested language. */
export interface IndicatorTable {
  table: IndicatorTableName;
  title: string;
  /** False while the records behind the figures are not kept yet. */
  available: boolean;
  detail: 'public' | 'detailed';
  filters: {
    from: string;
    to: string;
    country: Country | null;
    sector: string | null;
    kind: ProfileKind | null;
    interval: ValueInterval;
  };
  columns: Array<{ key: string; label: string; kind: ColumnKind }>;
  /** Null where a figure is hidden (small counts, public view) or unknown. */
  rows: IndicatorRow[];
  labels: Record<string, Record<string, string>>;
  hiddenCells: number;
  notes: string[];
  nextCursor: string | null;
}

/** The dashboard's filters as the API takes them (months 'YYYY-MM'). */
export interface IndicatorFilters {
  from?: string | undefined;
  to?: string | undefined;
  country?: Country | undefined;
  sector?: string | undefined;
  kind?: ProfileKind | undefined;
  interval?: ValueInterval | undefined;
}

export const pipelineKeys = {
  cooperations: (params: Record<string, string | undefined>) => ['cooperations', params] as const,
  cooperation: (id: string) => ['cooperation', id] as const,
  history: (id: string) => ['cooperation', id, 'history'] as const,
  rates: (currency: string) => ['exchange-rates', currency] as const,
  indicator: (table: IndicatorTableName, filters: IndicatorFilters, language: Language) =>
    ['indicators', table, filters, language] as const,
};

export function useCooperations(params: { stage?: string | undefined }) {
  return useInfiniteQuery({
    queryKey: pipelineKeys.cooperations(params),
    queryFn: ({ pageParam, signal }) =>
      api<Page<CooperationSummary>>(`/cooperations${queryString({ ...params, cursor: pageParam })}`, {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCooperation(id: string) {
  return useQuery({
    queryKey: pipelineKeys.cooperation(id),
    queryFn: () => api<Cooperation>(`/cooperations/${encodeURIComponent(id)}`),
  });
}

export function useCooperationHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: pipelineKeys.history(id),
    queryFn: () =>
      api<{ items: StageEvent[] }>(`/cooperations/${encodeURIComponent(id)}/history`).then((r) => r.items),
    enabled,
  });
}

/** After a change to a cooperation: its page, its history and the lists. */
export function refreshAfterCooperationChange(client: QueryClient, cooperation: Cooperation): void {
  client.setQueryData(pipelineKeys.cooperation(cooperation.id), cooperation);
  void client.invalidateQueries({ queryKey: pipelineKeys.history(cooperation.id) });
  void client.invalidateQueries({ queryKey: ['cooperations'] });
  void client.invalidateQueries({ queryKey: ['indicators'] });
}

export function useExchangeRates(currency: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: pipelineKeys.rates(currency),
    queryFn: ({ pageParam, signal }) =>
      api<Page<ExchangeRate>>(
        `/admin/exchange-rates${queryString({ currency, limit: 50, cursor: pageParam })}`,
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** The query string of an indicator request, export or report: filters plus the label language. */
export function indicatorQuery(
  filters: IndicatorFilters,
  language: Language,
  extra: Record<string, string | number | undefined> = {},
): string {
  return queryString({ ...filters, lang: language, ...extra });
}

export function useIndicatorTable(
  table: IndicatorTableName,
  filters: IndicatorFilters,
  language: Language,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: pipelineKeys.indicator(table, filters, language),
    queryFn: ({ signal }) =>
      api<IndicatorTable>(`/indicators/${table}${indicatorQuery(filters, language)}`, { signal }),
    enabled: options.enabled ?? true,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}

/** The per-organisation table of a country (coordinators, administrators), page by page. */
export function useOrganisationIndicators(filters: IndicatorFilters, language: Language, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['indicators', 'organisations', filters, language, 'pages'],
    queryFn: ({ pageParam, signal }) =>
      api<IndicatorTable>(
        `/indicators/organisations${indicatorQuery(filters, language, { limit: 50, cursor: pageParam })}`,
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/**
 * Uploads a private document as multipart/form-data with XMLHttpRequest, whose upload events report
 * progress (fetch's do not): `onProgress` receives a fraction from 0 to 1.
 */
export function uploadCooperationDocument(
  cooperationId: string,
  kind: DocumentKind,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<CooperationDocument> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(
      'POST',
      `/api/v1/cooperations/${encodeURIComponent(cooperationId)}/documents${queryString({ kind })}`,
    );
    for (const [name, value] of Object.entries(requestHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(payload as CooperationDocument);
      } else {
        reject(errorFromPayload(xhr.status, payload));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'NetworkError', i18n.t('errors.network'))));
    xhr.addEventListener('abort', () => reject(new DOMException('Upload cancelled', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/** The address of a private document, for a download link (the session cookie goes with it). */
export function documentUrl(cooperationId: string, documentId: string): string {
  return `/api/v1/cooperations/${encodeURIComponent(cooperationId)}/documents/${encodeURIComponent(documentId)}`;
}
