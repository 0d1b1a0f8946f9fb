/**
 * The cooperation pipeline's fixed vocabularies: stages and the moves between them, close reasons,
 * origins, agreement types, currencies, outcome metrics and document kinds. One module without
 * server-only imports, so the API schemas, the services, the indicators and the web app (which imports
 * it through web/src/domain.ts) all speak the same words. The database checks in
 * src/db/migrations/0004_cooperations.sql repeat them.
 */

/**
 * The stages of a cooperation, in pipeline order; `closed_without_agreement` ends it early.
 * The allowed moves between them are STAGE_MOVES.
 */
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

/** The stages of the pipeline proper (without the early close), as a stepper shows them. */
export const PIPELINE_STAGES = COOPERATION_STAGES.filter(
  (stage): stage is Exclude<CooperationStage, 'closed_without_agreement'> =>
    stage !== 'closed_without_agreement',
);

/**
 * The moves a party may make by hand. The pipeline only goes forward; a meeting and a confidentiality
 * agreement are optional steps, so they may be skipped. A cooperation can be closed without agreement
 * until one is signed. `outcome_reported` is reached by reporting the first outcome
 * (see OUTCOME_STAGES), not by hand.
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

/** Stages in which further agreements (an amendment, a second licence) may be recorded. */
export const AGREEMENT_STAGES: readonly CooperationStage[] = [
  'agreement_signed',
  'implementation',
  'outcome_reported',
];

/** Stages in which outcomes may be reported: once the agreement is being implemented. */
export const OUTCOME_STAGES: readonly CooperationStage[] = ['implementation', 'outcome_reported'];

/** Stages in which a cooperation is over: its open next steps get no more reminders. */
export const CLOSED_STAGES: readonly CooperationStage[] = ['closed_without_agreement'];

/** Why a cooperation ended without an agreement: a fixed list, so the corridor can count the reasons. */
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

/** Where a cooperation came from: opened by hand, from an accepted expression of interest, or a meeting follow-up. */
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

/** The corridor's currencies and the US dollar, in which agreement values are compared. */
export const CURRENCIES = ['CNY', 'LAK', 'THB', 'KHR', 'MMK', 'VND', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The currencies administrators keep a rate for: all but the US dollar. */
export const RATED_CURRENCIES = ['CNY', 'LAK', 'THB', 'KHR', 'MMK', 'VND'] as const;
export type RatedCurrency = (typeof RATED_CURRENCIES)[number];

/** Outcomes reported over time; money is reported in US dollars. */
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

/** The private documents of a cooperation, seen by its parties only. */
export const DOCUMENT_KINDS = ['nda', 'term_sheet', 'agreement', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The indicator tables; each is served as JSON, CSV and XLSX under /api/v1/indicators/<name>. */
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
  'outcomes-by-month',
  'map',
  'organisations',
] as const;
export type IndicatorTableName = (typeof INDICATOR_TABLES)[number];

export const VALUE_INTERVALS = ['month', 'quarter', 'year'] as const;
export type ValueInterval = (typeof VALUE_INTERVALS)[number];
