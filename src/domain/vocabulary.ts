/**
 * The corridor's fixed vocabularies: languages, countries, organisation kinds, profile kinds and the
 * enumerations of the partnering-profile model. One place, so the API schemas, the database checks,
 * the CLI, the demo data and the engines all speak the same words.
 */

/** The seven languages of the corridor, as BCP 47 primary subtags. */
export const LANGUAGES = ['en', 'zh', 'lo', 'th', 'km', 'my', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The six corridor countries (ISO 3166-1 alpha-2) and `OTHER` for partners from elsewhere. */
export const CORRIDOR_COUNTRIES = ['KH', 'CN', 'LA', 'MM', 'TH', 'VN'] as const;
export type CorridorCountry = (typeof CORRIDOR_COUNTRIES)[number];
export const COUNTRIES = [...CORRIDOR_COUNTRIES, 'OTHER'] as const;
export type Country = (typeof COUNTRIES)[number];

export const ORGANISATION_KINDS = [
  'university',
  'research_institute',
  'enterprise',
  'government_agency',
  'hightech_park_incubator',
  'rd_centre',
  'financing_body',
  'association_ngo',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEMBERSHIP_ROLES = ['admin', 'editor', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const PROFILE_KINDS = [
  'technology_offer',
  'technology_request',
  'business_offer',
  'business_request',
  'rd_request',
] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** Offers describe "advantages and innovations"; requests describe the "technical specification sought". */
export const OFFER_KINDS: readonly ProfileKind[] = ['technology_offer', 'business_offer'];

export const DEVELOPMENT_STAGES = [
  'concept',
  'under_development',
  'lab_tested',
  'prototype',
  'field_tested',
  'on_the_market',
] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];

export const IPR_STATUSES = [
  'granted_patent',
  'patent_application',
  'know_how',
  'copyright',
  'none',
] as const;
export type IprStatus = (typeof IPR_STATUSES)[number];

export const COOPERATION_TYPES = [
  'licence',
  'joint_venture',
  'technical_cooperation',
  'rd_cooperation',
  'commercial_with_technical_assistance',
  'manufacturing',
  'services',
  'financing',
  'acquisition',
] as const;
export type CooperationType = (typeof COOPERATION_TYPES)[number];

export const PARTNER_SIZES = ['any', 'micro', 'sme', 'large', 'public_body'] as const;
export type PartnerSize = (typeof PARTNER_SIZES)[number];

export const PROFILE_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'published',
  'expired',
  'withdrawn',
  'completed',
] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

/** The UN Sustainable Development Goals, 1-17. */
export const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);

/** A text held in several languages; at least one version is present. */
export type MultilingualText = Partial<Record<Language, string>>;
