import type { AppContext } from '../app-context.js';
import type { Queryable } from '../db/database.js';
import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { insertMembership, insertOrganisation } from '../modules/organisations/organisations.repository.js';
import { insertProfile, insertTransition } from '../modules/profiles/profiles.repository.js';
import { insertUser } from '../modules/users/users.repository.js';
import { addDays, isoDate } from '../platform/clock.js';
import { hashPassword, uuidFromName } from '../platform/secrets.js';
import { type ActivityResult, seedDemoActivity } from './activity.js';
import { DEMO_ORGANISATIONS } from './organisations.js';
import { DEMO_PEOPLE } from './people.js';
import { DEMO_PROFILES, type DemoProfile } from './profiles.js';

/** The password of every demo account (documented in the README; demo data only). */
export const DEMO_PASSWORD = 'corridor-demo';

export interface SeedResult {
  seeded: boolean;
  organisations: number;
  people: number;
  profiles: number;
  /** What the scripted activity created (interests, cooperations, events...); null when nothing was seeded. */
  activity: ActivityResult | null;
}

/** Demo keys use underscores; slugs use hyphens. */
export function demoSlug(key: string): string {
  return key.replaceAll('_', '-');
}

function languagesOf(profile: DemoProfile): Language[] {
  const present = new Set<string>();
  for (const text of [
    profile.title,
    profile.summary,
    profile.description,
    profile.advantages ?? {},
    profile.specification ?? {},
  ]) {
    for (const [lang, value] of Object.entries(text)) if (value) present.add(lang);
  }
  return LANGUAGES.filter((lang) => present.has(lang));
}

/**
 * Seeds the demo corridor into an empty database: organisations, people and profiles in one
 * transaction, then months of activity (src/demo/activity.ts) through the services. Base ids derive
 * from the demo keys and dates from the seeding day, so two seeds on the same day tell the same story.
 * Does nothing when any organisation exists already.
 */
export async function seedDemo(ctx: AppContext): Promise<SeedResult> {
  const { rows } = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM organisations');
  if ((rows[0]?.n ?? 0) > 0)
    return { seeded: false, organisations: 0, people: 0, profiles: 0, activity: null };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await seedOrganisations(tx);
    await seedPeople(tx, passwordHash, now);
    await seedProfiles(tx, now);
  });
  // The activity goes through the services (their own transactions, policies and rollups), so it
  // runs after the base corridor is committed.
  const activity = await seedDemoActivity(ctx);
  return {
    seeded: true,
    organisations: DEMO_ORGANISATIONS.length,
    people: DEMO_PEOPLE.length,
    profiles: DEMO_PROFILES.length,
    activity,
  };
}

async function seedOrganisations(tx: Queryable): Promise<void> {
  // Parents first, so parent ids exist when children reference them.
  const ordered = [...DEMO_ORGANISATIONS].sort(
    (a, b) => Number(Boolean(a.parentKey)) - Number(Boolean(b.parentKey)),
  );
  for (const org of ordered) {
    await insertOrganisation(tx, {
      id: uuidFromName(`org:${org.key}`),
      slug: demoSlug(org.key),
      name: org.name,
      kind: org.kind,
      country: org.country,
      city: org.city,
      website: org.website,
      description: org.description,
      parentId: org.parentKey ? uuidFromName(`org:${org.parentKey}`) : null,
      isDemo: true,
      createdBy: null,
    });
  }
}

async function seedPeople(tx: Queryable, passwordHash: string, now: Date): Promise<void> {
  for (const person of DEMO_PEOPLE) {
    const id = uuidFromName(`person:${person.key}`);
    await insertUser(tx, {
      id,
      email: person.email,
      displayName: person.displayName,
      preferredLanguage: person.preferredLanguage,
      country: person.country,
      passwordHash,
      emailVerifiedAt: now,
      platformRole: person.platformRole ?? null,
      coordinatorCountry: person.platformRole === 'coordinator' ? (person.coordinatorCountry ?? null) : null,
      isDemo: true,
    });
    for (const membership of person.memberships) {
      await insertMembership(tx, uuidFromName(`org:${membership.orgKey}`), id, membership.role);
    }
  }
}

async function seedProfiles(tx: Queryable, now: Date): Promise<void> {
  const today = isoDate(now);
  const orgCountry = new Map(DEMO_ORGANISATIONS.map((org) => [org.key, org.country]));
  const people = new Map(DEMO_PEOPLE.map((person) => [person.key, person]));
  for (const demo of DEMO_PROFILES) {
    const id = uuidFromName(`profile:${demo.key}`);
    const authorId = uuidFromName(`person:${demo.authorKey}`);
    const author = people.get(demo.authorKey);
    const publishedAt = new Date(now.getTime() - demo.publishedDaysAgo * 86_400_000);
    const wasPublished = ['published', 'expired', 'completed', 'withdrawn'].includes(demo.status);
    let validUntil: string | null = wasPublished ? addDays(isoDate(publishedAt), demo.validForDays) : null;
    // A profile shown as published stays valid for a while after any seeding day.
    if (demo.status === 'published' && validUntil !== null && validUntil <= today)
      validUntil = addDays(today, 90);
    if (demo.status === 'expired') validUntil = addDays(today, -1 - (demo.publishedDaysAgo % 20));
    await insertProfile(tx, {
      id,
      organisationId: uuidFromName(`org:${demo.orgKey}`),
      authorId,
      kind: demo.kind,
      country: orgCountry.get(demo.orgKey) ?? 'OTHER',
      status: demo.status,
      originalLanguage: demo.originalLanguage,
      title: demo.title,
      summary: demo.summary,
      description: demo.description,
      advantages: demo.advantages ?? {},
      specification: demo.specification ?? {},
      languages: languagesOf(demo),
      stage: demo.stage,
      trl: demo.trl,
      iprStatus: demo.ipr.status,
      patentNumbers: demo.ipr.patentNumbers,
      partnerKinds: demo.partnerSought.kinds,
      partnerSize: demo.partnerSought.size,
      partnerRole: demo.partnerSought.role,
      cooperationTypes: demo.cooperationTypes,
      sectors: demo.sectors,
      keywords: demo.keywords,
      isic: demo.isic,
      targetCountries: demo.targetCountries,
      sdgs: demo.sdgs,
      eoiDeadline:
        demo.eoiDeadlineDays !== undefined && wasPublished
          ? addDays(isoDate(publishedAt), demo.eoiDeadlineDays)
          : null,
      validUntil,
      contact: author ? { name: author.displayName, email: author.email } : {},
      publishedAt: wasPublished ? publishedAt : null,
      submittedAt: demo.status === 'draft' ? null : publishedAt,
      isDemo: true,
      createdAt: new Date(publishedAt.getTime() - 3 * 86_400_000),
    });
    await insertTransition(tx, {
      profileId: id,
      from: null,
      to: 'draft',
      action: 'create',
      actorId: authorId,
      comment: '',
      at: new Date(publishedAt.getTime() - 3 * 86_400_000),
    });
    if (demo.status !== 'draft') {
      await insertTransition(tx, {
        profileId: id,
        from: 'draft',
        to: 'submitted',
        action: 'submit',
        actorId: authorId,
        comment: '',
        at: new Date(publishedAt.getTime() - 86_400_000),
      });
    }
    if (demo.status === 'returned') {
      await insertTransition(tx, {
        profileId: id,
        from: 'submitted',
        to: 'returned',
        action: 'return',
        actorId: null,
        comment: 'Please add an English summary of the expected results.',
        at: publishedAt,
      });
    }
    if (wasPublished) {
      await insertTransition(tx, {
        profileId: id,
        from: 'submitted',
        to: 'published',
        action: 'approve',
        actorId: null,
        comment: '',
        at: publishedAt,
      });
      if (demo.status !== 'published') {
        const action =
          demo.status === 'expired' ? 'expire' : demo.status === 'completed' ? 'complete' : 'withdraw';
        await insertTransition(tx, {
          profileId: id,
          from: 'published',
          to: demo.status,
          action,
          actorId: demo.status === 'expired' ? null : authorId,
          comment: '',
          at: now,
        });
      }
    }
  }
}
