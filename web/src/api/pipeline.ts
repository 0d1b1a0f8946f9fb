/**
 * The cooperation pipeline, the exchange rates and the indicators as the browser sees them: JSON
 * shapes, TanStack Query hooks and the document upload. The enumerations come from the server's
 * src/domain/pipeline.ts, shared through web/src/domain.ts.
 */
import { type QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import type {
  AgreementType,
  ClosedReason,
  CooperationOrigin,
  CooperationStage,
  Country,
  Currency,
  DocumentKind,
  IndicatorTableName,
  Language,
  MultilingualText,
  OutcomeMetric,
  ProfileKind,
  RatedCurrency,
  ValueInterval,
} from '../domain';
import { ApiError, api, errorFromPayload, queryString, requestHeaders } from './client';
import type { Page } from './types';

// The pipeline's vocabularies are the server's own (src/domain/pipeline.ts, through ../domain).
export {
  AGREEMENT_STAGES,
  AGREEMENT_TYPES,
  type AgreementType,
  CLOSED_REASONS,
  type ClosedReason,
  COOPERATION_ORIGINS,
  COOPERATION_STAGES,
  type CooperationOrigin,
  type CooperationStage,
  CURRENCIES,
  type Currency,
  DOCUMENT_KINDS,
  type DocumentKind,
  INDICATOR_TABLES,
  type IndicatorTableName,
  MONEY_METRICS,
  OUTCOME_METRICS,
  OUTCOME_STAGES,
  type OutcomeMetric,
  PIPELINE_STAGES,
  RATED_CURRENCIES,
  type RatedCurrency,
  STAGE_MOVES,
  VALUE_INTERVALS,
  type ValueInterval,
} from '../domain';

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
  /** For a cooperation opened from a meeting follow-up: the event of that meeting. */
  originEventId: string | null;
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
  possibleOwners: (id: string) => ['cooperation', id, 'possible-owners'] as const,
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

/** A member of a participating organisation, who may own a next step. */
export interface PossibleOwner {
  userId: string;
  displayName: string;
  organisations: Array<{ id: string; slug: string; name: MultilingualText }>;
}

/** Everyone a next step may be given to: the members of every party (for those who manage next steps). */
export function usePossibleOwners(id: string, enabled: boolean) {
  return useQuery({
    queryKey: pipelineKeys.possibleOwners(id),
    queryFn: () =>
      api<{ items: PossibleOwner[] }>(`/cooperations/${encodeURIComponent(id)}/possible-owners`).then(
        (r) => r.items,
      ),
    enabled,
  });
}

/** After a change to a cooperation: its page, its history and the lists. */
export function refreshAfterCooperationChange(client: QueryClient, cooperation: Cooperation): void {
  client.setQueryData(pipelineKeys.cooperation(cooperation.id), cooperation);
  void client.invalidateQueries({ queryKey: pipelineKeys.history(cooperation.id) });
  void client.invalidateQueries({ queryKey: pipelineKeys.possibleOwners(cooperation.id) });
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
