/**
 * The JSON shapes the Corridor API answers with, as the browser sees them (dates are ISO strings).
 * The enumerations come from the server's own vocabulary module, so both sides speak the same words.
 */
import type {
  CooperationType,
  Country,
  DevelopmentStage,
  IprStatus,
  Language,
  MembershipRole,
  MultilingualText,
  OrganisationKind,
  PartnerSize,
  ProfileKind,
  ProfileStatus,
} from '../../../src/domain/vocabulary.js';

export type {
  CooperationType,
  Country,
  DevelopmentStage,
  IprStatus,
  Language,
  MembershipRole,
  MultilingualText,
  OrganisationKind,
  PartnerSize,
  ProfileKind,
  ProfileStatus,
};

export interface Membership {
  organisationId: string;
  slug: string;
  name: MultilingualText;
  role: MembershipRole;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
  country: Country;
  emailVerified: boolean;
  platformRole: 'coordinator' | 'administrator' | null;
  coordinatorCountry: Country | null;
  memberships: Membership[];
}

export interface SessionState {
  user: User | null;
  csrfToken: string | null;
  language: Language;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CountedPage<T> extends Page<T> {
  total: number;
}

export interface OrganisationSummary {
  id: string;
  slug: string;
  name: MultilingualText;
  kind: OrganisationKind;
  country: Country;
}

export interface Organisation extends OrganisationSummary {
  city: string;
  website: string | null;
  description: MultilingualText;
  parentId: string | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
  /** Only in directory listings. */
  publishedProfiles?: number;
}

export interface Member {
  userId: string;
  displayName: string;
  email: string;
  country: Country;
  role: MembershipRole;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  organisationId: string;
  email: string;
  role: MembershipRole;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

/** The texts of a profile that exist in several languages. */
export const PROFILE_TEXT_FIELDS = [
  'title',
  'summary',
  'description',
  'advantages',
  'specification',
] as const;
export type ProfileTextField = (typeof PROFILE_TEXT_FIELDS)[number];

/** The editable content of a profile, as sent in POST and PATCH bodies. */
export interface ProfileContent {
  title: MultilingualText;
  summary: MultilingualText;
  description: MultilingualText;
  advantages: MultilingualText;
  specification: MultilingualText;
  stage: DevelopmentStage | null;
  trl: number | null;
  ipr: { status: IprStatus; patentNumbers: string[] };
  partnerSought: { kinds: OrganisationKind[]; size: PartnerSize; role: string };
  cooperationTypes: CooperationType[];
  sectors: string[];
  keywords: string[];
  isic: string[];
  targetCountries: Country[];
  sdgs: number[];
  eoiDeadline: string | null;
  validUntil: string | null;
  contact: Contact;
}

export interface Profile extends ProfileContent {
  id: string;
  kind: ProfileKind;
  status: ProfileStatus;
  organisation: OrganisationSummary;
  originalLanguage: Language;
  languages: Language[];
  /** Present only when the reader may see it: signed in with a verified address. */
  contact: Contact;
  attachments: Attachment[];
  isDemo: boolean;
  version: number;
  submittedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Transition {
  id: number;
  fromStatus: ProfileStatus | null;
  toStatus: ProfileStatus;
  action: string;
  actorId: string | null;
  actorName: string | null;
  comment: string;
  createdAt: string;
}

export interface SectorNode {
  code: string;
  labels: Record<Language, string>;
}

export interface SectorGroup extends SectorNode {
  children: SectorNode[];
}

export interface Stats {
  organisations: number;
  countries: number;
  publishedProfiles: number;
  profilesByKind: Partial<Record<ProfileKind, number>>;
  profilesByCountry: Partial<Record<Country, number>>;
  profilesByOriginalLanguage: Partial<Record<Language, number>>;
}

export interface PlatformSettings {
  publicationRequiredLanguages: Language[];
  defaultValidityDays: number;
  expiryReminderDays: number;
}

export interface SessionInfo {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  /** The first characters of the token, to recognise it by. */
  tokenPrefix: string;
  scopes: Array<'read' | 'write'>;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  /** Only in the answer that created it. */
  token?: string;
}
