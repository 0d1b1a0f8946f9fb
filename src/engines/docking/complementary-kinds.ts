/**
 * Which profiles answer which, and how well their facets fit: the docking rules of the corridor.
 * Requests meet offers of their kind; an R&D request meets research organisations' technology offers
 * and R&D requests.
 */
import {
  COOPERATION_TYPES,
  COUNTRIES,
  type CooperationType,
  type Country,
  type OrganisationKind,
  type ProfileKind,
} from '../../domain/vocabulary.js';

/** Organisation kinds that count as research organisations for R&D requests. */
export const RESEARCH_ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'university',
  'research_institute',
  'rd_centre',
];

export function isResearchOrganisation(kind: OrganisationKind | null): boolean {
  return kind !== null && RESEARCH_ORGANISATION_KINDS.includes(kind);
}

/** The kinds a profile docks with: from any organisation, and from research organisations only. */
export interface ComplementaryKinds {
  fromAnyone: ProfileKind[];
  fromResearchOrganisations: ProfileKind[];
}

/**
 * The profiles a profile docks with. Symmetric: b is complementary to a exactly when a is to b
 * (a research organisation's technology offer is proposed to R&D requests, and the reverse).
 */
export function complementaryKinds(
  kind: ProfileKind,
  organisationKind: OrganisationKind | null,
): ComplementaryKinds {
  const research = isResearchOrganisation(organisationKind);
  switch (kind) {
    case 'technology_request':
      return { fromAnyone: ['technology_offer'], fromResearchOrganisations: [] };
    case 'technology_offer':
      return {
        fromAnyone: research ? ['technology_request', 'rd_request'] : ['technology_request'],
        fromResearchOrganisations: [],
      };
    case 'business_request':
      return { fromAnyone: ['business_offer'], fromResearchOrganisations: [] };
    case 'business_offer':
      return { fromAnyone: ['business_request'], fromResearchOrganisations: [] };
    case 'rd_request':
      return {
        fromAnyone: research ? ['rd_request'] : [],
        fromResearchOrganisations: ['technology_offer', 'rd_request'],
      };
  }
}

const REQUEST_KINDS: readonly ProfileKind[] = ['technology_request', 'business_request', 'rd_request'];

export function isRequest(kind: ProfileKind): boolean {
  return REQUEST_KINDS.includes(kind);
}

/** The facets of one side of a pair that decide compatibility. */
export interface CompatibilityFacets {
  kind: ProfileKind;
  trl: number | null;
  cooperationTypes: readonly CooperationType[];
  country: Country;
  targetCountries: readonly Country[];
}

/**
 * The same facets packed into one 32-bit word, so that scoring many pairs reads one number per
 * profile: bits 0-15 the cooperation types (a mask over COOPERATION_TYPES), 16-23 the target
 * countries (a mask over COUNTRIES; none means anywhere), 24-26 the country (index in COUNTRIES),
 * 27-30 the TRL (0 when unknown), 31 whether the profile is a request.
 */
export type FacetWord = number;

const COUNTRY_SHIFT = 24;
const TARGETS_SHIFT = 16;
const TRL_SHIFT = 27;

export function packFacetWord(
  request: boolean,
  trl: number,
  cooperation: number,
  country: number,
  targets: number,
): FacetWord {
  return (
    (((request ? 1 : 0) << 31) |
      ((trl & 15) << TRL_SHIFT) |
      ((country & 7) << COUNTRY_SHIFT) |
      ((targets & 255) << TARGETS_SHIFT) |
      (cooperation & 0xffff)) >>>
    0
  );
}

export function isRequestWord(word: FacetWord): boolean {
  return word >>> 31 === 1;
}

/** 0 when unknown. */
export function trlOfWord(word: FacetWord): number {
  return (word >>> TRL_SHIFT) & 15;
}

export function cooperationOfWord(word: FacetWord): number {
  return word & 0xffff;
}

/** Index in COUNTRIES. */
export function countryOfWord(word: FacetWord): number {
  return (word >>> COUNTRY_SHIFT) & 7;
}

/** Mask over COUNTRIES; empty: anywhere. */
export function targetsOfWord(word: FacetWord): number {
  return (word >>> TARGETS_SHIFT) & 255;
}

export function packCompatibilityFacets(facets: CompatibilityFacets): FacetWord {
  let cooperation = 0;
  for (const type of facets.cooperationTypes) cooperation |= 1 << COOPERATION_TYPES.indexOf(type);
  let targets = 0;
  for (const country of facets.targetCountries) targets |= 1 << COUNTRIES.indexOf(country);
  return packFacetWord(
    isRequest(facets.kind),
    facets.trl ?? 0,
    cooperation,
    COUNTRIES.indexOf(facets.country),
    targets,
  );
}

/** How two docking profiles' facets fit, and the factor (at most 1) applied to their score. */
export interface Compatibility {
  trl: { offered: number | null; sought: number | null; satisfied: boolean | null } | null;
  cooperationTypes: CooperationType[];
  countriesCompatible: boolean;
  factor: number;
}

/** Each missing TRL level multiplies the score by this. */
const TRL_GAP_FACTOR = 0.75;
const NO_COMMON_COOPERATION_FACTOR = 0.7;
const COUNTRY_MISMATCH_FACTOR = 0.85;

function targetsOther(side: FacetWord, other: FacetWord): boolean {
  const targets = targetsOfWord(side);
  return targets === 0 || (targets & (1 << countryOfWord(other))) !== 0;
}

/**
 * The score factor of a pair: the offer's TRL should reach the TRL the request seeks, the two should
 * share a cooperation type, and each should be in a country the other targets. Unmet conditions lower
 * the score, never hide a pair.
 */
export function compatibilityFactor(a: FacetWord, b: FacetWord): number {
  let factor = 1;
  const requestA = isRequestWord(a);
  if (requestA !== isRequestWord(b)) {
    const sought = requestA ? trlOfWord(a) : trlOfWord(b);
    const offered = requestA ? trlOfWord(b) : trlOfWord(a);
    if (sought !== 0 && offered !== 0 && offered < sought) factor *= TRL_GAP_FACTOR ** (sought - offered);
  }
  const cooperationA = cooperationOfWord(a);
  const cooperationB = cooperationOfWord(b);
  if (cooperationA !== 0 && cooperationB !== 0 && (cooperationA & cooperationB) === 0) {
    factor *= NO_COMMON_COOPERATION_FACTOR;
  }
  if (!targetsOther(a, b) || !targetsOther(b, a)) factor *= COUNTRY_MISMATCH_FACTOR;
  return factor;
}

/** The compatibility of a pair with its reasons, for explanations. */
export function compatibility(a: CompatibilityFacets, b: CompatibilityFacets): Compatibility {
  const packedA = packCompatibilityFacets(a);
  const packedB = packCompatibilityFacets(b);
  let trl: Compatibility['trl'] = null;
  if (isRequestWord(packedA) !== isRequestWord(packedB)) {
    const request = isRequestWord(packedA) ? a : b;
    const offer = isRequestWord(packedA) ? b : a;
    const satisfied = request.trl === null || offer.trl === null ? null : offer.trl >= request.trl;
    trl = { offered: offer.trl, sought: request.trl, satisfied };
  }
  return {
    trl,
    cooperationTypes: a.cooperationTypes.filter((type) => b.cooperationTypes.includes(type)),
    countriesCompatible: targetsOther(packedA, packedB) && targetsOther(packedB, packedA),
    factor: compatibilityFactor(packedA, packedB),
  };
}
