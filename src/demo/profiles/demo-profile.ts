/**
 * The shape of a demo partnering profile. Texts are held as they were written: the original language
 * plus English title and summary, so the platform's translation and cross-lingual docking have real
 * material to work on.
 */
import type {
  CooperationType,
  Country,
  DevelopmentStage,
  IprStatus,
  Language,
  MultilingualText,
  OrganisationKind,
  PartnerSize,
  ProfileKind,
  ProfileStatus,
} from '../../domain/vocabulary.js';

export interface DemoProfile {
  /** Stable slug. */
  key: string;
  /** The publishing organisation's key. */
  orgKey: string;
  /** A person key; the person is an admin or editor of the organisation. */
  authorKey: string;
  kind: ProfileKind;
  originalLanguage: Language;
  /** Original language and English (equal when the original is English). */
  title: MultilingualText;
  /** Original language and English, 1-3 sentences. */
  summary: MultilingualText;
  /** Original language, 3-6 concrete sentences. */
  description: MultilingualText;
  /** Offers only: advantages and innovations, in the original language. */
  advantages?: MultilingualText;
  /** Requests only: the technical specification sought, in the original language. */
  specification?: MultilingualText;
  stage: DevelopmentStage;
  /** Technology readiness level 1-9; for requests, the minimum sought. */
  trl: number;
  /** Patent numbers are fictional and appear only on fictional items. */
  ipr: { status: IprStatus; patentNumbers: string[] };
  partnerSought: { kinds: OrganisationKind[]; size: PartnerSize; role: string };
  cooperationTypes: CooperationType[];
  /** 1-3 child codes of the sector taxonomy. */
  sectors: string[];
  /** 3-6 English lower-case technology keywords. */
  keywords: string[];
  /** ISIC Rev.4 classes, e.g. `C2012`. */
  isic: string[];
  targetCountries: Country[];
  /** UN Sustainable Development Goals, 1-17. */
  sdgs: number[];
  status: ProfileStatus;
  /** Days before the seeding day on which the profile was published (or submitted). */
  publishedDaysAgo: number;
  /** Validity from publication, in days. */
  validForDays: number;
  /** Deadline for expressions of interest, in days after publication. */
  eoiDeadlineDays?: number;
}
