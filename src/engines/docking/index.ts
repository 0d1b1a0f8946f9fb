/**
 * The docking engine: cross-lingual search and request/offer matching over partnering profiles.
 * Pure: plain documents, concepts and a lexicon in; ranked ids with explanations out.
 */
export {
  compatibility,
  complementaryKinds,
  isResearchOrganisation,
  RESEARCH_ORGANISATION_KINDS,
} from './complementary-kinds.js';
export { ConceptMatcher, type ConceptOccurrence } from './concept-matcher.js';
export { DockingError, type DockingErrorCode } from './docking.errors.js';
export type * from './docking.types.js';
export { analyseDocument, type DockableProfile, dockingDocumentFromProfile } from './docking-document.js';
export { DEFAULT_DOCKING_WEIGHTS, DockingIndex, type WeightedTerm } from './docking-index.js';
