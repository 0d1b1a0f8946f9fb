import fs from 'node:fs';
import type { AppContext } from '../../app-context.js';
import { TERM_CONCEPTS } from '../../domain/terminology/index.js';
import type { Language } from '../../domain/vocabulary.js';
import {
  type DockingDocument,
  DockingIndex,
  dockingDocumentFromProfile,
  type TermConcept,
  type TranslationSource,
} from '../../engines/docking/index.js';
import { readLexiconFiles } from '../../engines/lexicon/lexicon-files.js';
import { allLiveConcepts } from '../terminology/terminology.repository.js';
import { seedTerminology } from '../terminology/terminology.service.js';
import { findDockableProfile, listDockableProfiles } from './docking.repository.js';

/**
 * Holds the in-process docking index of one platform instance: built from PostgreSQL on first use
 * (or at start-up), then kept current from the `profile.changed` and `terminology.changed` events.
 * Withdrawn profiles are left out; everything else is indexed, and the engine proposes only
 * published profiles, so an author can see matches for a draft.
 */
export class DockingIndexHolder {
  private index: Promise<DockingIndex> | null = null;
  private lexicon: TranslationSource | undefined;
  private lexiconLoaded = false;
  /** How long the last full build took, in milliseconds (reported by the health endpoint). */
  lastBuildMs = 0;
  /** Each live concept's terms by language, as of the last build (for explanations). */
  private conceptTermsById = new Map<string, TermConcept['terms']>();
  /** The live concepts as of the last build, and the scratch index built with them. */
  private concepts: TermConcept[] = [];
  private scratch: DockingIndex | null = null;

  constructor(private readonly ctx: AppContext) {
    ctx.events.on('profile.changed', ({ profileId }) => {
      if (!this.index) return;
      void this.refresh(profileId).catch((error: unknown) =>
        ctx.log.warn({ err: error, profileId }, 'docking refresh failed'),
      );
    });
    ctx.events.on('terminology.changed', () => {
      // Concepts shape every document's concept terms: rebuild on next use.
      this.index = null;
      this.scratch = null;
    });
  }

  private loadLexicon(): TranslationSource | undefined {
    if (this.lexiconLoaded) return this.lexicon;
    this.lexiconLoaded = true;
    const dir = this.ctx.config.dockingLexiconDir;
    if (dir && fs.existsSync(dir)) {
      this.lexicon = readLexiconFiles(dir);
    } else if (dir) {
      this.ctx.log.warn(
        { dir },
        'no lexicon folder: docking crosses languages through concepts and facets only',
      );
    }
    return this.lexicon;
  }

  /** The index, built on first call. */
  get(): Promise<DockingIndex> {
    this.index ??= this.build().catch((error: unknown) => {
      this.index = null;
      throw error;
    });
    return this.index;
  }

  private async build(): Promise<DockingIndex> {
    const started = Date.now();
    await seedTerminology(this.ctx.db, TERM_CONCEPTS, this.ctx.clock.now());
    const concepts = await allLiveConcepts(this.ctx.db);
    this.conceptTermsById = new Map(concepts.map((concept) => [concept.id, concept.terms]));
    this.concepts = concepts;
    this.scratch = null;
    const index = new DockingIndex({ concepts, ...(this.loadLexicon() ? { lexicon: this.lexicon } : {}) });
    for (const profile of await listDockableProfiles(this.ctx.db))
      index.upsert(dockingDocumentFromProfile(profile));
    // Numbers the profiles by kind, status and country (rankings then read only the allowed stretches
    // of each posting list) and gives back the growth slack of the bulk load.
    index.compact();
    this.lastBuildMs = Date.now() - started;
    this.ctx.log.info(
      { documents: index.size, concepts: concepts.length, ms: this.lastBuildMs },
      'docking index built',
    );
    return index;
  }

  /**
   * Runs `use` on an index with the same bridges (concepts, lexicon) as the platform's but holding
   * only `documents`, for matching texts that are not profiles, e.g. the "what I offer" and "what I
   * seek" of an event's participants. The index is kept between calls (building its bridges takes
   * about 0.3 s) and emptied after each; `use` runs synchronously, so calls cannot interleave.
   */
  async withScratchIndex<T>(
    documents: readonly DockingDocument[],
    use: (index: DockingIndex) => T,
  ): Promise<T> {
    await this.get();
    this.scratch ??= new DockingIndex({
      concepts: this.concepts,
      ...(this.loadLexicon() ? { lexicon: this.lexicon } : {}),
    });
    const scratch = this.scratch;
    try {
      for (const document of documents) scratch.upsert(document);
      return use(scratch);
    } finally {
      for (const document of documents) scratch.remove(document.id);
    }
  }

  /** A concept's preferred term in a language, if the terminology base has one. */
  preferredTerm(conceptId: string, language: Language): string | undefined {
    return this.conceptTermsById.get(conceptId)?.[language]?.[0];
  }

  /** Re-reads one profile and updates or removes it. */
  async refresh(profileId: string): Promise<void> {
    const index = await this.get();
    const profile = await findDockableProfile(this.ctx.db, profileId);
    if (!profile || profile.status === 'withdrawn') index.remove(profileId);
    else index.upsert(dockingDocumentFromProfile(profile));
  }
}

const holders = new WeakMap<AppContext, DockingIndexHolder>();

/** The docking index of a platform instance (one per context; routes and jobs share it). */
export function dockingIndexOf(ctx: AppContext): DockingIndexHolder {
  let holder = holders.get(ctx);
  if (!holder) {
    holder = new DockingIndexHolder(ctx);
    holders.set(ctx, holder);
  }
  return holder;
}
