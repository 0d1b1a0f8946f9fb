import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { LANGUAGES } from '../../domain/vocabulary.js';
import { translate } from '../../i18n/server/index.js';
import type { FieldIssue } from '../../platform/errors.js';
import { fieldIssuesFromZod } from '../../platform/validation.js';
import { findOrganisation } from '../organisations/organisations.repository.js';
import { readSettings } from '../settings/settings.service.js';
import { findUserByEmail } from '../users/users.repository.js';
import { insertProfile, insertTransition, listProfiles, type ProfileRecord } from './profiles.repository.js';
import { createProfileBody } from './profiles.schema.js';
import { publicationIssues } from './profiles.service.js';

/**
 * Bulk import and export of profiles (the `corridor profiles import|export` commands). The file
 * format mirrors the API: JSON objects shaped like the create request with `organisation` (slug)
 * and `status`, or CSV with one column per field and per language (`title.en`, `title.lo`, ...),
 * lists separated by `;`.
 */

const TEXT_FIELDS = ['title', 'summary', 'description', 'advantages', 'specification'] as const;
const LIST_COLUMNS = {
  patent_numbers: ['ipr', 'patentNumbers'],
  partner_kinds: ['partnerSought', 'kinds'],
  cooperation_types: ['cooperationTypes'],
  sectors: ['sectors'],
  keywords: ['keywords'],
  isic: ['isic'],
  target_countries: ['targetCountries'],
  sdgs: ['sdgs'],
} as const;

export const CSV_COLUMNS = [
  'id',
  'organisation',
  'kind',
  'status',
  'original_language',
  ...TEXT_FIELDS.flatMap((field) => LANGUAGES.map((lang) => `${field}.${lang}`)),
  'stage',
  'trl',
  'ipr_status',
  'patent_numbers',
  'partner_kinds',
  'partner_size',
  'partner_role',
  'cooperation_types',
  'sectors',
  'keywords',
  'isic',
  'target_countries',
  'sdgs',
  'eoi_deadline',
  'valid_until',
  'contact_name',
  'contact_email',
  'contact_phone',
];

const importRow = z
  .object({
    /** Slug (or id) of the publishing organisation. */
    organisation: z.string().min(1).max(80),
    /** Imported profiles land as drafts, or straight in review or published (platform operators' imports). */
    status: z.enum(['draft', 'submitted', 'published']).default('draft'),
    /** Present in exported files; an import always creates new profiles with new ids. */
    id: z.string().optional(),
  })
  .loose();

export interface ImportRejection {
  /** 1-based line in the file (CSV: the header is line 1; JSON: the array index + 1). */
  line: number;
  reasons: Array<{ field: string; code: string; message: string }>;
}

export interface ImportReport {
  total: number;
  imported: number;
  rejected: ImportRejection[];
  dryRun: boolean;
}

/** Turns one CSV record into the JSON shape the schema expects. */
export function csvRecordToObject(record: Record<string, string>): Record<string, unknown> {
  const value = (name: string) => (record[name] ?? '').trim();
  const list = (name: string) =>
    value(name)
      .split(';')
      .map((item) => item.trim())
      .filter(Boolean);
  const texts = Object.fromEntries(
    TEXT_FIELDS.map((field) => [
      field,
      Object.fromEntries(
        LANGUAGES.map((lang) => [lang, value(`${field}.${lang}`)]).filter(([, text]) => text),
      ),
    ]),
  );
  const contact = Object.fromEntries(
    [
      ['name', value('contact_name')],
      ['email', value('contact_email')],
      ['phone', value('contact_phone')],
    ].filter(([, v]) => v),
  );
  const numberOrText = (text: string) => (/^\d+$/.test(text) ? Number(text) : text);
  return {
    organisation: value('organisation'),
    kind: value('kind'),
    ...(value('status') ? { status: value('status') } : {}),
    originalLanguage: value('original_language'),
    ...texts,
    stage: value('stage') || null,
    trl: value('trl') ? numberOrText(value('trl')) : null,
    ipr: { status: value('ipr_status') || 'none', patentNumbers: list('patent_numbers') },
    partnerSought: {
      kinds: list('partner_kinds'),
      size: value('partner_size') || 'any',
      role: value('partner_role'),
    },
    cooperationTypes: list('cooperation_types'),
    sectors: list('sectors'),
    keywords: list('keywords'),
    isic: list('isic'),
    targetCountries: list('target_countries'),
    sdgs: list('sdgs').map(numberOrText),
    eoiDeadline: value('eoi_deadline') || null,
    validUntil: value('valid_until') || null,
    contact,
  };
}

/** Reads a CSV or JSON file's text into records with their line numbers; a broken file is one rejection. */
export function readImportFile(
  text: string,
  format: 'csv' | 'json',
): { records: Array<{ line: number; data: unknown }>; fileError: string | null } {
  if (format === 'json') {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!Array.isArray(parsed))
        return { records: [], fileError: 'the JSON file must hold an array of profiles' };
      return { records: parsed.map((data, index) => ({ line: index + 1, data })), fileError: null };
    } catch (error) {
      return {
        records: [],
        fileError: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  try {
    const rows = parseCsv(text, {
      columns: true,
      skip_empty_lines: true,
      bom: true,
      relax_column_count: false,
      info: true,
    }) as Array<{
      record: Record<string, string>;
      info: { lines: number };
    }>;
    return {
      records: rows.map((row) => ({ line: row.info.lines, data: csvRecordToObject(row.record) })),
      fileError: null,
    };
  } catch (error) {
    return {
      records: [],
      fileError: `not valid CSV: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Validates every record, reports each bad one with its line and reasons (in `language`), and
 * commits all good ones in a single transaction, so a failure mid-way leaves nothing half-imported.
 */
export async function importProfiles(
  ctx: AppContext,
  records: ReadonlyArray<{ line: number; data: unknown }>,
  options: {
    authorEmail?: string;
    dryRun?: boolean;
    language?: (typeof LANGUAGES)[number];
    onProgress?: (done: number) => void;
  },
): Promise<ImportReport> {
  const language = options.language ?? 'en';
  const explain = (issues: FieldIssue[]) =>
    issues.map((issue) => ({
      field: issue.field,
      code: issue.code,
      message: translate(language, `issue.${issue.code}`, issue.params ?? {}),
    }));
  const author = options.authorEmail ? await findUserByEmail(ctx.db, options.authorEmail) : null;
  if (options.authorEmail && !author) {
    return {
      total: records.length,
      imported: 0,
      rejected: [
        {
          line: 0,
          reasons: [
            {
              field: 'author',
              code: 'not_allowed_value',
              message: `no user with the email ${options.authorEmail}`,
            },
          ],
        },
      ],
      dryRun: Boolean(options.dryRun),
    };
  }
  const settings = await readSettings(ctx.db);
  const organisations = new Map<string, { id: string; country: string } | null>();
  const accepted: Array<{
    line: number;
    organisationId: string;
    country: string;
    status: 'draft' | 'submitted' | 'published';
    body: z.infer<typeof createProfileBody>;
  }> = [];
  const rejected: ImportRejection[] = [];
  let done = 0;
  for (const record of records) {
    done += 1;
    if (done % 500 === 0) options.onProgress?.(done);
    const head = importRow.safeParse(record.data);
    if (!head.success) {
      rejected.push({ line: record.line, reasons: explain(fieldIssuesFromZod(head.error.issues)) });
      continue;
    }
    const { organisation: orgRef, status, id: _exportedId, ...rest } = head.data;
    if (!organisations.has(orgRef)) {
      const org = await findOrganisation(ctx.db, orgRef);
      organisations.set(orgRef, org ? { id: org.id, country: org.country } : null);
    }
    const org = organisations.get(orgRef);
    const parsed = createProfileBody.safeParse({
      ...rest,
      organisationId: org?.id ?? '00000000-0000-4000-8000-000000000000',
    });
    const issues: FieldIssue[] = parsed.success ? [] : fieldIssuesFromZod(parsed.error.issues);
    if (!org) issues.unshift({ field: 'organisation', code: 'not_allowed_value' });
    if (parsed.success && status !== 'draft') {
      issues.push(
        ...publicationIssues(
          {
            ...parsed.data,
            languages: [],
            iprStatus: parsed.data.ipr.status,
            patentNumbers: [],
            partnerKinds: [],
            partnerSize: 'any',
            partnerRole: '',
          },
          settings.publicationRequiredLanguages,
        ),
      );
    }
    if (issues.length > 0 || !parsed.success || !org) {
      rejected.push({ line: record.line, reasons: explain(issues) });
      continue;
    }
    accepted.push({
      line: record.line,
      organisationId: org.id,
      country: org.country,
      status,
      body: parsed.data,
    });
  }
  options.onProgress?.(done);
  if (!options.dryRun && accepted.length > 0) {
    const now = ctx.clock.now();
    const importedIds: string[] = [];
    await ctx.db.transaction(async (tx) => {
      for (const row of accepted) {
        const b = row.body;
        const id = await insertProfile(tx, {
          organisationId: row.organisationId,
          authorId: author?.id ?? null,
          kind: b.kind,
          country: row.country as ProfileRecord['country'],
          status: row.status,
          originalLanguage: b.originalLanguage,
          title: b.title,
          summary: b.summary,
          description: b.description,
          advantages: b.advantages,
          specification: b.specification,
          languages: LANGUAGES.filter((lang) => TEXT_FIELDS.some((field) => Boolean(b[field][lang]))),
          stage: b.stage,
          trl: b.trl,
          iprStatus: b.ipr.status,
          patentNumbers: b.ipr.patentNumbers,
          partnerKinds: b.partnerSought.kinds,
          partnerSize: b.partnerSought.size,
          partnerRole: b.partnerSought.role,
          cooperationTypes: b.cooperationTypes,
          sectors: b.sectors,
          keywords: b.keywords,
          isic: b.isic,
          targetCountries: b.targetCountries,
          sdgs: b.sdgs,
          eoiDeadline: b.eoiDeadline,
          validUntil: b.validUntil,
          contact: b.contact,
          publishedAt: row.status === 'published' ? now : null,
          submittedAt: row.status === 'draft' ? null : now,
          createdAt: now,
        });
        importedIds.push(id);
        await insertTransition(tx, {
          profileId: id,
          from: null,
          to: row.status,
          action: 'import',
          actorId: author?.id ?? null,
          comment: `imported from line ${row.line}`,
          at: now,
        });
      }
    });
    for (const profileId of importedIds) {
      ctx.events.emit('profile.changed', { profileId }, (error) =>
        ctx.log.warn({ err: error }, 'profile listener failed'),
      );
    }
  }
  return {
    total: records.length,
    imported: options.dryRun ? 0 : accepted.length,
    rejected,
    dryRun: Boolean(options.dryRun),
  };
}

function exportObject(profile: ProfileRecord) {
  return {
    id: profile.id,
    organisation: profile.organisationSlug,
    kind: profile.kind,
    status: profile.status,
    originalLanguage: profile.originalLanguage,
    title: profile.title,
    summary: profile.summary,
    description: profile.description,
    advantages: profile.advantages,
    specification: profile.specification,
    stage: profile.stage,
    trl: profile.trl,
    ipr: { status: profile.iprStatus, patentNumbers: profile.patentNumbers },
    partnerSought: { kinds: profile.partnerKinds, size: profile.partnerSize, role: profile.partnerRole },
    cooperationTypes: profile.cooperationTypes,
    sectors: profile.sectors,
    keywords: profile.keywords,
    isic: profile.isic,
    targetCountries: profile.targetCountries,
    sdgs: profile.sdgs,
    eoiDeadline: profile.eoiDeadline,
    validUntil: profile.validUntil,
    contact: profile.contact,
  };
}

function csvRow(profile: ProfileRecord): string[] {
  const texts = Object.fromEntries(
    TEXT_FIELDS.flatMap((field) => LANGUAGES.map((lang) => [`${field}.${lang}`, profile[field][lang] ?? ''])),
  );
  const lists: Record<keyof typeof LIST_COLUMNS, string> = {
    patent_numbers: profile.patentNumbers.join(';'),
    partner_kinds: profile.partnerKinds.join(';'),
    cooperation_types: profile.cooperationTypes.join(';'),
    sectors: profile.sectors.join(';'),
    keywords: profile.keywords.join(';'),
    isic: profile.isic.join(';'),
    target_countries: profile.targetCountries.join(';'),
    sdgs: profile.sdgs.join(';'),
  };
  const values: Record<string, string> = {
    id: profile.id,
    organisation: profile.organisationSlug,
    kind: profile.kind,
    status: profile.status,
    original_language: profile.originalLanguage,
    ...texts,
    stage: profile.stage ?? '',
    trl: profile.trl === null ? '' : String(profile.trl),
    ipr_status: profile.iprStatus,
    partner_size: profile.partnerSize,
    partner_role: profile.partnerRole,
    ...lists,
    eoi_deadline: profile.eoiDeadline ?? '',
    valid_until: profile.validUntil ?? '',
    contact_name: profile.contact.name ?? '',
    contact_email: profile.contact.email ?? '',
    contact_phone: profile.contact.phone ?? '',
  };
  return CSV_COLUMNS.map((column) => values[column] ?? '');
}

/** Writes every profile with one of `statuses`, page by page, as CSV or JSON chunks. */
export async function* exportProfiles(
  ctx: AppContext,
  format: 'csv' | 'json',
  statuses: readonly string[],
): AsyncGenerator<string> {
  let after: { key: string; id: string } | null = null;
  let first = true;
  yield format === 'csv' ? stringifyCsv([CSV_COLUMNS]) : '[\n';
  for (;;) {
    const page: Array<ProfileRecord & { sortKey: string }> = await listProfiles(
      ctx.db,
      { statuses, visibility: { all: true, memberOf: [], coordinatorCountry: null } },
      'oldest',
      after,
      500,
    );
    if (page.length === 0) break;
    if (format === 'csv') {
      yield stringifyCsv(page.map(csvRow));
    } else {
      yield `${first ? '' : ',\n'}${page.map((p) => JSON.stringify(exportObject(p))).join(',\n')}`;
      first = false;
    }
    const last = page.at(-1);
    if (!last || page.length < 500) break;
    after = { key: last.sortKey, id: last.id };
  }
  if (format === 'json') yield '\n]\n';
}
