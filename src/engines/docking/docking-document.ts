/**
 * From a partnering profile to the docking engine's document, and from the document's texts to tokens.
 */
import { LANGUAGES, type MultilingualText } from '../../domain/vocabulary.js';
import type { ProfileRecord } from '../../modules/profiles/profiles.repository.js';
import { analyze } from '../text/index.js';
import type { DockingDocument, DocumentTokens, TokenRun } from './docking.types.js';

/** The profile fields the docking engine reads; the organisation kind is optional. */
export type DockableProfile = Pick<
  ProfileRecord,
  | 'id'
  | 'kind'
  | 'status'
  | 'originalLanguage'
  | 'country'
  | 'title'
  | 'summary'
  | 'description'
  | 'advantages'
  | 'specification'
  | 'trl'
  | 'cooperationTypes'
  | 'sectors'
  | 'keywords'
  | 'isic'
  | 'targetCountries'
> &
  Partial<Pick<ProfileRecord, 'organisationKind'>>;

/** Description, advantages and specification joined per language (paragraph breaks between them). */
function joinBody(parts: readonly MultilingualText[]): MultilingualText {
  const body: MultilingualText = {};
  for (const lang of LANGUAGES) {
    const texts = parts.map((part) => part[lang]?.trim() ?? '').filter((text) => text.length > 0);
    if (texts.length > 0) body[lang] = texts.join('\n\n');
  }
  return body;
}

/** The docking document of a profile. */
export function dockingDocumentFromProfile(profile: DockableProfile): DockingDocument {
  return {
    id: profile.id,
    kind: profile.kind,
    status: profile.status,
    originalLanguage: profile.originalLanguage,
    country: profile.country,
    organisationKind: profile.organisationKind ?? null,
    title: profile.title,
    summary: profile.summary,
    body: joinBody([profile.description, profile.advantages, profile.specification]),
    trl: profile.trl,
    cooperationTypes: profile.cooperationTypes,
    sectors: profile.sectors,
    keywords: profile.keywords,
    isic: profile.isic,
    targetCountries: profile.targetCountries,
  };
}

function fieldTokens(text: MultilingualText): TokenRun[] {
  const runs: TokenRun[] = [];
  for (const lang of LANGUAGES) {
    const value = text[lang];
    if (value === undefined || value.trim().length === 0) continue;
    // Paragraphs are analysed apart so that no concept or Vietnamese bigram spans two of them.
    for (const paragraph of value.split(/\n\s*\n/)) {
      const tokens = analyze(paragraph, lang).tokens;
      if (tokens.length > 0) runs.push({ lang, tokens });
    }
  }
  return runs;
}

/**
 * Runs the text pipeline over a document's title, summary and body (each language version apart).
 * Keywords are English and are added to the summary. This is the slow part of indexing.
 */
export function analyseDocument(doc: DockingDocument): DocumentTokens {
  const summary = fieldTokens(doc.summary);
  for (const keyword of doc.keywords) {
    const tokens = analyze(keyword, 'en').tokens;
    if (tokens.length > 0) summary.push({ lang: 'en', tokens });
  }
  return { title: fieldTokens(doc.title), summary, body: fieldTokens(doc.body) };
}
