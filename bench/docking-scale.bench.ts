/**
 * Docking at scale (part 2 of `npm run bench:docking`): the docking index against PostgreSQL full-text
 * search and MiniSearch on the same synthetic profiles and the same queries, at 100,000 and 1,000,000
 * profiles.
 *
 *   npx tsx bench/docking-scale.bench.ts            # both sizes, writes docs/bench/docking-scale.md
 *   npx tsx bench/docking-scale.bench.ts --n 100000 # one size
 *
 * Each engine runs in a child process of its own, so that its memory figures are its own. The profiles
 * are generated deterministically (seeded) from the demo profiles and from NTREX-128 lines 1-1000 and
 * TALPCo sentences, in all seven languages. Every paragraph of that material is analysed once by the
 * text pipeline and documents are assembled from the analysed paragraphs (the bench checks on a
 * sample that this gives exactly what `analyseDocument` gives), so the build figures are indexing
 * figures; the cost of the text pipeline itself is measured apart, per document.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import pg from 'pg';
import type {
  CooperationType,
  Country,
  OrganisationKind,
  ProfileKind,
  ProfileStatus,
} from '../src/domain/vocabulary.js';
import {
  analyseDocument,
  ConceptMatcher,
  complementaryKinds,
  type DockingFilters,
  DockingIndex,
  RESEARCH_ORGANISATION_KINDS,
  type WeightedTerm,
} from '../src/engines/docking/index.js';
import { readLexiconFiles } from '../src/engines/lexicon/lexicon-files.js';
import { ALL_SECTORS, benchQueries, type Generated, generate, loadMaterial } from './docking-corpus.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const PG_URL = process.env.DOCKING_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const LIMIT = 20;
/** Node heap given to each engine's process. */
const HEAP_MB = 12_288;
/**
 * MiniSearch holds every posting in JavaScript objects (~40 KB per profile here): it is stopped when
 * its build has taken this long or its process this much memory, and the report says how far it got.
 */
const MINISEARCH_BUILD_BUDGET_SECONDS = Number(process.env.DOCKING_BENCH_MINISEARCH_BUILD_SECONDS ?? 1200);
const MINISEARCH_RSS_LIMIT_MB = Number(process.env.DOCKING_BENCH_MINISEARCH_RSS_MB ?? 8192);
const MINISEARCH_QUERY_BUDGET_SECONDS = 120;

/** A query as the other engines run it: the docking index's terms and weights, and the filters. */
interface QueryPlan {
  type: 'search' | 'match';
  terms: WeightedTerm[];
  filters: DockingFilters;
  /** Matching: the kinds that dock with the source, and those only from research organisations. */
  kinds?: ProfileKind[];
  researchKinds?: ProfileKind[];
  exclude?: string;
}

// ------------------------------------------------------------------ measuring

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

interface EngineResult {
  engine: string;
  n: number;
  buildSeconds: number;
  docsPerSecond: number;
  latenciesMs: number[];
  /** Queries run out of the 1,000 (PostgreSQL may stop at its time budget). */
  queriesRun: number;
  rssMb: number;
  maxRssMb: number;
  notes: string[];
}

/** Percentiles of the process CPU time per query: the machine is shared, wall-clock time includes waiting for a core. */
function cpuNote(cpu: readonly number[]): string {
  const sorted = [...cpu].sort((a, b) => a - b);
  return `CPU time per query (process.cpuUsage): p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms`;
}

function rssMb(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function log(message: string): void {
  process.stderr.write(`[docking-scale] ${message}\n`);
}

// ------------------------------------------------------------------ engines

async function runDocking(n: number, plansFile: string): Promise<EngineResult> {
  const material = await loadMaterial();
  const notes: string[] = [`concepts: ${material.conceptSource}`];
  let t = performance.now();
  const lexicon = readLexiconFiles();
  notes.push(`lexicon loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // The text pipeline's cost per document, and a check that assembled tokens equal analysed ones.
  const sample = 1000;
  let same = 0;
  t = performance.now();
  for (let i = 0; i < sample; i++) {
    const { document, tokens } = generate(material, i);
    if (JSON.stringify(analyseDocument(document)) === JSON.stringify(tokens)) same++;
  }
  const analysisPerSecond = sample / ((performance.now() - t) / 1000);
  notes.push(
    `text pipeline (analyseDocument) alone: ${analysisPerSecond.toFixed(0)} docs/s on one core; assembled tokens equal analyseDocument's for ${same}/${sample} sampled documents`,
  );

  const index = new DockingIndex({ concepts: material.concepts, lexicon });
  t = performance.now();
  const buildCpu = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const { document, tokens } = generate(material, i);
    index.upsert(document, tokens);
    if (i > 0 && i % 200_000 === 0) log(`docking: ${i} indexed, rss ${rssMb().toFixed(0)} MB`);
  }
  const loopSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  index.compact();
  const compactSeconds = (performance.now() - t) / 1000;
  const buildCpuUsed = process.cpuUsage(buildCpu);
  const buildCpuSeconds = (buildCpuUsed.user + buildCpuUsed.system) / 1e6;
  // Generation runs inside the loop above; timed alone on a sample to subtract it.
  t = performance.now();
  const generationSample = Math.min(n, 50_000);
  for (let i = 0; i < generationSample; i++) generate(material, i);
  const generationSeconds = ((performance.now() - t) / 1000) * (n / generationSample);
  const indexSeconds = loopSeconds - generationSeconds + compactSeconds;
  notes.push(
    `build: loop ${loopSeconds.toFixed(1)} s, of which generating the profiles ≈${generationSeconds.toFixed(1)} s, and compaction ${compactSeconds.toFixed(1)} s; the build column counts indexing and compaction (${indexSeconds.toFixed(1)} s); CPU time of loop and compaction ${buildCpuSeconds.toFixed(1)} s (generation included)`,
  );
  (globalThis as { gc?: () => void }).gc?.();
  const stats = index.stats();
  notes.push(`${stats.terms} terms, ${stats.postings} postings`);
  const rss = rssMb();

  const queries = benchQueries(material, n);
  const plans: QueryPlan[] = [];
  const latencies: number[] = [];
  // A first, different set of queries in the fresh process (JIT, the translation memo, the heap's
  // growth) is timed apart as the cold figure; the measured set runs after it, as on a live server.
  const cold: number[] = [];
  for (const q of benchQueries(material, n + 1)) {
    const start = performance.now();
    if (q.type === 'search') index.search({ text: q.text, lang: q.lang, filters: q.filters, limit: LIMIT });
    else index.matchesFor(q.id, { limit: LIMIT });
    cold.push(performance.now() - start);
  }
  cold.sort((a, b) => a - b);
  notes.push(
    `cold (the first ${cold.length} queries of a fresh process, another set): p50 ${percentile(cold, 50).toFixed(2)} ms, p95 ${percentile(cold, 95).toFixed(2)} ms, p99 ${percentile(cold, 99).toFixed(2)} ms`,
  );
  const cpu: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    if (q.type === 'search') index.search({ text: q.text, lang: q.lang, filters: q.filters, limit: LIMIT });
    else index.matchesFor(q.id, { limit: LIMIT });
    latencies.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    if (q.type === 'search')
      plans.push({ type: 'search', terms: index.planSearch(q.text, q.lang), filters: q.filters });
    else {
      const source = generate(material, Number.parseInt(q.id.slice(1), 36)).document;
      const rules = complementaryKinds(source.kind, source.organisationKind);
      plans.push({
        type: 'match',
        terms: index.planMatch(q.id),
        filters: { statuses: ['published'] },
        kinds: rules.fromAnyone,
        researchKinds: rules.fromResearchOrganisations,
        exclude: q.id,
      });
    }
  }
  writeFileSync(`${plansFile}.part`, JSON.stringify(plans));
  renameSync(`${plansFile}.part`, plansFile);
  notes.push(cpuNote(cpu));
  const byType = new Map<string, number[]>();
  queries.forEach((q, k) => {
    const type =
      q.type === 'match' ? 'matchesFor' : Object.keys(q.filters).length > 0 ? 'filtered search' : 'search';
    const list = byType.get(type) ?? [];
    list.push(latencies[k] ?? 0);
    byType.set(type, list);
  });
  for (const [type, list] of byType) {
    list.sort((a, b) => a - b);
    notes.push(
      `${type}: ${list.length} queries, p50 ${percentile(list, 50).toFixed(2)} ms, p95 ${percentile(list, 95).toFixed(2)} ms, p99 ${percentile(list, 99).toFixed(2)} ms`,
    );
  }

  // Incremental updates: replace and remove.
  const updates: number[] = [];
  for (let u = 0; u < 1000; u++) {
    const { document, tokens } = generate(material, (u * 7919) % n);
    const start = performance.now();
    if (u % 2 === 0) index.upsert({ ...document, status: 'published' }, tokens);
    else index.remove(document.id);
    updates.push(performance.now() - start);
  }
  updates.sort((a, b) => a - b);
  notes.push(
    `incremental update (500 replacements + 500 removals, tokens given): p50 ${percentile(updates, 50).toFixed(3)} ms, p99 ${percentile(updates, 99).toFixed(3)} ms`,
  );
  const avgTerms = plans.reduce((s, p) => s + p.terms.length, 0) / plans.length;
  notes.push(`query terms after expansion: ${avgTerms.toFixed(1)} on average`);
  return {
    engine: 'docking index',
    n,
    buildSeconds: indexSeconds,
    docsPerSecond: n / indexSeconds,
    latenciesMs: latencies,
    queriesRun: latencies.length,
    rssMb: rss,
    maxRssMb: maxRssMb(),
    notes,
  };
}

/** Terms of a generated document per field (as the docking index sees them), for the other engines. */
function documentTerms(matcher: ConceptMatcher, g: Generated): [string[], string[], string[], string[]] {
  const fields = [g.tokens.title, g.tokens.summary, g.tokens.body].map((runs) => {
    const terms: string[] = [];
    for (const run of runs) {
      terms.push(...run.tokens);
      for (const found of matcher.find(run.tokens))
        terms.push(`concept:${matcher.concepts[found.concept]?.id ?? ''}`);
    }
    return terms;
  });
  const facets = [
    ...g.document.sectors.map((s) => `sector:${s}`),
    ...g.document.keywords.map((k) => `kw:${k}`),
    ...g.document.isic.map((c) => `isic:${c}`),
  ];
  return [fields[0] ?? [], fields[1] ?? [], fields[2] ?? [], facets];
}

function lexemeLiteral(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A tsvector literal holding exactly the given terms, weighted A (title), B (summary), C (body), D (facets). */
function tsvectorLiteral(fields: [string[], string[], string[], string[]]): string {
  const positions = new Map<string, string[]>();
  const letters = ['A', 'B', 'C', 'D'];
  let position = 1;
  fields.forEach((terms, f) => {
    for (const term of terms) {
      const list = positions.get(term) ?? [];
      if (list.length < 255) list.push(`${Math.min(position, 16383)}${letters[f]}`);
      positions.set(term, list);
      position++;
    }
  });
  return [...positions].map(([term, list]) => `${lexemeLiteral(term)}:${list.join(',')}`).join(' ');
}

function tsqueryLiteral(terms: readonly WeightedTerm[]): string {
  return terms.map((t) => lexemeLiteral(t.term)).join(' | ');
}

function sectorCodesOf(filters: DockingFilters): string[] | null {
  if (filters.sectors === undefined || filters.sectors.length === 0) return null;
  return ALL_SECTORS.filter((code) => filters.sectors?.some((s) => code === s || code.startsWith(`${s}.`)));
}

async function runPostgres(n: number, plansFile: string, budgetSeconds: number): Promise<EngineResult> {
  const material = await loadMaterial();
  const matcher = new ConceptMatcher(material.concepts);
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  // One schema per size, so that runs at two sizes may overlap.
  const schema = `docking_bench_${n}`;
  const notes: string[] = [];
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(`CREATE UNLOGGED TABLE ${schema}.profiles (
      id text PRIMARY KEY, kind text NOT NULL, status text NOT NULL, country text NOT NULL,
      organisation_kind text, trl smallint, cooperation_types text[] NOT NULL, sectors text[] NOT NULL,
      tsv tsvector NOT NULL)`);
    const t = performance.now();
    let insertSeconds = 0;
    const batch = 500;
    for (let start = 0; start < n; start += batch) {
      const values: unknown[] = [];
      const rows: string[] = [];
      for (let i = start; i < Math.min(n, start + batch); i++) {
        const g = generate(material, i);
        const d = g.document;
        const k = values.length;
        rows.push(
          `($${k + 1},$${k + 2},$${k + 3},$${k + 4},$${k + 5},$${k + 6},$${k + 7},$${k + 8},$${k + 9}::tsvector)`,
        );
        values.push(
          d.id,
          d.kind,
          d.status,
          d.country,
          d.organisationKind,
          d.trl,
          d.cooperationTypes,
          d.sectors,
        );
        values.push(tsvectorLiteral(documentTerms(matcher, g)));
      }
      const sent = performance.now();
      await client.query(
        `INSERT INTO ${schema}.profiles (id, kind, status, country, organisation_kind, trl, cooperation_types, sectors, tsv) VALUES ${rows.join(',')}`,
        values,
      );
      insertSeconds += (performance.now() - sent) / 1000;
      if (start > 0 && start % 200_000 === 0) log(`postgres: ${start} loaded`);
    }
    const loaded = performance.now();
    await client.query("SET maintenance_work_mem = '1GB'");
    await client.query(`CREATE INDEX profiles_tsv ON ${schema}.profiles USING gin (tsv)`);
    await client.query(`ANALYZE ${schema}.profiles`);
    const indexSeconds = (performance.now() - loaded) / 1000;
    const buildSeconds = insertSeconds + indexSeconds;
    notes.push(
      `build = INSERT statements (500 rows each, UNLOGGED table; time awaiting the server) ${insertSeconds.toFixed(1)} s + GIN index and ANALYZE ${indexSeconds.toFixed(1)} s; generating the rows took ${((loaded - t) / 1000 - insertSeconds).toFixed(1)} s more`,
    );
    const size = await client.query<{ table: string; index: string }>(
      `SELECT pg_size_pretty(pg_total_relation_size('${schema}.profiles')) AS table,
              pg_size_pretty(pg_relation_size('${schema}.profiles_tsv')) AS index`,
    );
    notes.push(
      `table with indexes ${size.rows[0]?.table}, GIN index ${size.rows[0]?.index} (server memory not in the RSS column)`,
    );
    await client.query('SET max_parallel_workers_per_gather = 0');

    // The docking child writes the plans; when the two run side by side, wait for them.
    while (!existsSync(plansFile)) await new Promise((resolve) => setTimeout(resolve, 5000));
    const plans = JSON.parse(readFileSync(plansFile, 'utf8')) as QueryPlan[];
    const latencies: number[] = [];
    const deadline = performance.now() + budgetSeconds * 1000;
    for (const plan of plans) {
      if (performance.now() > deadline) break;
      const where: string[] = ['tsv @@ $1::tsquery'];
      const params: unknown[] = [tsqueryLiteral(plan.terms)];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replace('?', `$${params.length}`));
      };
      const f = plan.filters;
      if (f.statuses?.length) add('status = ANY(?)', f.statuses);
      if (f.kinds?.length) add('kind = ANY(?)', f.kinds);
      if (f.countries?.length) add('country = ANY(?)', f.countries);
      if (f.cooperationTypes?.length) add('cooperation_types && ?', f.cooperationTypes);
      const sectors = sectorCodesOf(f);
      if (sectors !== null) add('sectors && ?', sectors);
      if (f.trl?.min !== undefined) add('trl >= ?', f.trl.min);
      if (plan.type === 'match') {
        params.push(
          plan.kinds ?? [],
          plan.researchKinds ?? [],
          RESEARCH_ORGANISATION_KINDS,
          plan.exclude ?? '',
        );
        const p = params.length;
        where.push(
          `(kind = ANY($${p - 3}) OR (kind = ANY($${p - 2}) AND organisation_kind = ANY($${p - 1})))`,
          `id <> $${p}`,
        );
      }
      const sql = `SELECT id FROM ${schema}.profiles WHERE ${where.join(' AND ')}
        ORDER BY ts_rank('{0.1, 0.3, 0.6, 1.0}', tsv, $1::tsquery) DESC, id LIMIT ${LIMIT}`;
      const start = performance.now();
      if (plan.terms.length > 0) await client.query(sql, params);
      latencies.push(performance.now() - start);
    }
    if (latencies.length < plans.length) {
      notes.push(
        `stopped after ${latencies.length} of ${plans.length} queries at the ${budgetSeconds} s budget`,
      );
    }
    return {
      engine: 'PostgreSQL FTS (RSS: the Node client)',
      n,
      buildSeconds,
      docsPerSecond: n / buildSeconds,
      latenciesMs: latencies,
      queriesRun: latencies.length,
      rssMb: rssMb(),
      maxRssMb: maxRssMb(),
      notes,
    };
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

interface MiniSearchDocument {
  id: string;
  title: string;
  summary: string;
  body: string;
  facets: string;
  kind: ProfileKind;
  status: ProfileStatus;
  country: Country;
  org: OrganisationKind | null;
  trl: number | null;
  coop: readonly CooperationType[];
  sectors: readonly string[];
}

/** Terms never contain this character, so it separates them in MiniSearch's fields. */
const SEPARATOR = '\u0001';

async function runMiniSearch(n: number, plansFile: string): Promise<EngineResult> {
  const material = await loadMaterial();
  const matcher = new ConceptMatcher(material.concepts);
  const mini = new MiniSearch<MiniSearchDocument>({
    fields: ['title', 'summary', 'body', 'facets'],
    storeFields: ['kind', 'status', 'country', 'org', 'trl', 'coop', 'sectors'],
    tokenize: (text) => text.split(SEPARATOR),
    processTerm: (term) => (term.length === 0 ? null : term),
  });
  let buildSeconds = 0;
  let indexed = 0;
  let stoppedBy: string | null = null;
  const buildStarted = performance.now();
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 0) {
      if ((performance.now() - buildStarted) / 1000 > MINISEARCH_BUILD_BUDGET_SECONDS)
        stoppedBy = `the ${MINISEARCH_BUILD_BUDGET_SECONDS} s build budget (wall-clock, generation included)`;
      else if (rssMb() > MINISEARCH_RSS_LIMIT_MB)
        stoppedBy = `the ${MINISEARCH_RSS_LIMIT_MB} MB memory limit`;
      if (stoppedBy !== null) break;
    }
    const g = generate(material, i);
    const [title, summary, body, facets] = documentTerms(matcher, g);
    const d = g.document;
    const t = performance.now();
    mini.add({
      id: d.id,
      title: title.join(SEPARATOR),
      summary: summary.join(SEPARATOR),
      body: body.join(SEPARATOR),
      facets: facets.join(SEPARATOR),
      kind: d.kind,
      status: d.status,
      country: d.country,
      org: d.organisationKind,
      trl: d.trl,
      coop: d.cooperationTypes,
      sectors: d.sectors,
    });
    buildSeconds += (performance.now() - t) / 1000;
    indexed = i + 1;
    if (i > 0 && i % 20_000 === 0) log(`minisearch: ${i} indexed, rss ${rssMb().toFixed(0)} MB`);
  }
  const buildWallSeconds = (performance.now() - buildStarted) / 1000;
  (globalThis as { gc?: () => void }).gc?.();
  const rss = rssMb();
  const plans = JSON.parse(readFileSync(plansFile, 'utf8')) as QueryPlan[];
  const latencies: number[] = [];
  const cpu: number[] = [];
  const deadline = performance.now() + MINISEARCH_QUERY_BUDGET_SECONDS * 1000;
  for (const plan of plans) {
    if (performance.now() > deadline) break;
    const weights = new Map(plan.terms.map((term) => [term.term, term.weight]));
    const f = plan.filters;
    const sectors = sectorCodesOf(f);
    const filter = (r: Record<string, unknown>) => {
      const has = <T>(wanted: readonly T[] | undefined, value: unknown) =>
        wanted === undefined || wanted.length === 0 || wanted.includes(value as T);
      const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
      if (!has(f.statuses, r.status) || !has(f.kinds, r.kind) || !has(f.countries, r.country)) return false;
      if (
        f.cooperationTypes?.length &&
        !list(r.coop).some((c) => f.cooperationTypes?.includes(c as CooperationType))
      ) {
        return false;
      }
      if (sectors !== null && !list(r.sectors).some((s) => sectors.includes(s as string))) return false;
      if (f.trl?.min !== undefined && !(typeof r.trl === 'number' && r.trl >= f.trl.min)) return false;
      if (plan.type === 'match') {
        if (r.id === plan.exclude) return false;
        const kind = r.kind as ProfileKind;
        const research = RESEARCH_ORGANISATION_KINDS.includes(r.org as OrganisationKind);
        if (!(plan.kinds?.includes(kind) || (research && plan.researchKinds?.includes(kind)))) return false;
      }
      return true;
    };
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    if (plan.terms.length > 0) {
      mini
        .search(
          { combineWith: 'OR', queries: plan.terms.map((term) => term.term) },
          {
            boost: { title: 3, summary: 2, body: 1, facets: 1 },
            boostTerm: (term) => weights.get(term) ?? 1,
            filter,
          },
        )
        .slice(0, LIMIT);
    }
    latencies.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const notes = [
    'fields title/summary/body/facets boosted 3/2/1/1, the same terms and term weights as the docking index',
  ];
  if (stoppedBy !== null) {
    notes.unshift(
      `**stopped at ${indexed.toLocaleString('en')} of ${n.toLocaleString('en')} profiles** by ${stoppedBy} after ${buildSeconds.toFixed(1)} s of MiniSearch.add (${buildWallSeconds.toFixed(0)} s wall-clock with generation); RSS ${rss.toFixed(0)} MB then; its queries ran on that partial index`,
    );
  }
  notes.push(`build counts MiniSearch.add only; ${cpuNote(cpu)}`);
  if (latencies.length < plans.length) {
    notes.push(
      `stopped after ${latencies.length} of ${plans.length} queries at the ${MINISEARCH_QUERY_BUDGET_SECONDS} s budget`,
    );
  }
  return {
    engine:
      indexed < n
        ? `MiniSearch (partial: ${indexed.toLocaleString('en')} of ${n.toLocaleString('en')} profiles)`
        : 'MiniSearch',
    n,
    buildSeconds,
    docsPerSecond: indexed / buildSeconds,
    latenciesMs: latencies,
    queriesRun: latencies.length,
    rssMb: rss,
    maxRssMb: maxRssMb(),
    notes,
  };
}

// ------------------------------------------------------------------ orchestration

function runChild(
  engine: string,
  n: number,
  plansFile: string,
  outFile: string,
): Promise<EngineResult | string> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MB}`,
        '--expose-gc',
        '--import',
        'tsx',
        THIS_FILE,
        '--child',
        engine,
        '--n',
        String(n),
        '--plans',
        plansFile,
        '--out',
        outFile,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(JSON.parse(readFileSync(outFile, 'utf8')) as EngineResult);
      else resolve(`${engine} failed (exit ${code ?? signal})`);
    });
  });
}

/** 1-minute load averages sampled every 10 s while an engine ran. */
function loadNote(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `1-minute load average during this engine's run (2 cores, shared): min ${sorted[0]?.toFixed(1)}, median ${percentile(sorted, 50).toFixed(1)}, max ${sorted[sorted.length - 1]?.toFixed(1)} (${samples.length} samples)`;
}

/**
 * `--reuse ENGINE:N=FILE` takes an engine's result at size N from an earlier child's output file (a
 * child run by hand beside the others), instead of running it again.
 */
async function reusedResult(engine: string, size: number): Promise<EngineResult | null> {
  for (let at = process.argv.indexOf('--reuse'); at >= 0; at = process.argv.indexOf('--reuse', at + 1)) {
    const [key, file] = (process.argv[at + 1] ?? '').split('=');
    if (key === `${engine}:${size}` && file !== undefined) {
      log(`${engine} at ${size}: result reused from ${file} (waiting for it if that child still runs)`);
      while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 10_000));
      return JSON.parse(readFileSync(file, 'utf8')) as EngineResult;
    }
  }
  return null;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function summary(result: EngineResult, prefix: number) {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const mean =
    result.latenciesMs.slice(0, prefix).reduce((s, x) => s + x, 0) /
    Math.max(1, Math.min(prefix, result.latenciesMs.length));
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    meanOnPrefix: mean,
  };
}

function machine(): string {
  const cpus = os.cpus();
  return `${os.availableParallelism()} cores (nproc), ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

async function main(): Promise<void> {
  const child = argument('--child');
  const n = Number(argument('--n') ?? 0);
  if (child !== undefined) {
    const plans = argument('--plans') ?? '';
    const out = argument('--out') ?? '';
    const result =
      child === 'docking'
        ? await runDocking(n, plans)
        : child === 'postgres'
          ? await runPostgres(
              n,
              plans,
              Number(process.env.DOCKING_BENCH_PG_BUDGET ?? (n > 100_000 ? 180 : 120)),
            )
          : await runMiniSearch(n, plans);
    writeFileSync(out, JSON.stringify(result));
    return;
  }
  const sizes = n > 0 ? [n] : [100_000, 1_000_000];
  const tmp = os.tmpdir();
  const sections: string[] = [];
  const started = performance.now();
  const loadAverages: number[] = [];
  for (const size of sizes) {
    const plans = path.join(tmp, `docking-scale-plans-${size}.json`);
    const results: (EngineResult | string)[] = [];
    for (const engine of ['docking', 'postgres', 'minisearch']) {
      const reused = await reusedResult(engine, size);
      if (reused !== null) {
        results.push(reused);
        continue;
      }
      log(
        `${engine} at ${size}... (load average ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')})`,
      );
      loadAverages.push(os.loadavg()[0] ?? 0);
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(os.loadavg()[0] ?? 0), 10_000);
      const result = await runChild(
        engine,
        size,
        plans,
        path.join(tmp, `docking-scale-${engine}-${size}.json`),
      );
      clearInterval(sampler);
      if (typeof result !== 'string' && samples.length > 0) result.notes.push(loadNote(samples));
      results.push(result);
      if (engine === 'docking' && typeof result === 'string') break;
    }
    sections.push(report(size, results));
    process.stdout.write(`${sections[sections.length - 1]}\n`);
  }
  const minutes = (performance.now() - started) / 60_000;
  const command = `npx tsx bench/docking-scale.bench.ts${n > 0 ? ` --n ${n}` : ''}`;
  const load = `1-minute load average when each engine started: ${loadAverages.map((x) => x.toFixed(1)).join(', ')}`;
  const text = `# Docking at scale\n\nCommand: \`${command}\` (each engine in its own Node process with \`--max-old-space-size=${HEAP_MB} --expose-gc\`), ${minutes.toFixed(1)} minutes in all.\n\nMachine: ${machine()}. ${load}.\n\n${sections.join('\n\n')}\n`;
  // Written for a full run, or with --write; --out-md names another file (to merge runs by hand).
  if (n === 0 || argument('--write') !== undefined || argument('--out-md') !== undefined) {
    const file =
      argument('--out-md') ?? fileURLToPath(new URL('../docs/bench/docking-scale.md', import.meta.url));
    writeFileSync(file, text);
  }
}

function format(x: number, digits = 1): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '-';
}

function report(size: number, results: (EngineResult | string)[]): string {
  const ok = results.filter((r): r is EngineResult => typeof r !== 'string');
  const ours = ok.find((r) => r.engine === 'docking index');
  const lines = [
    `## ${size.toLocaleString('en')} profiles`,
    '',
    '| engine | build (s) | docs/s | p50 (ms) | p95 (ms) | p99 (ms) | queries | mean on common queries (ms) | RSS after build (MB) | peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const common = Math.min(...ok.map((r) => r.queriesRun));
  for (const r of ok) {
    const s = summary(r, common);
    lines.push(
      `| ${r.engine} | ${format(r.buildSeconds)} | ${format(r.docsPerSecond, 0)} | ${format(s.p50, 2)} | ${format(s.p95, 2)} | ${format(s.p99, 2)} | ${r.queriesRun} | ${format(s.meanOnPrefix, 2)} | ${format(r.rssMb, 0)} | ${format(r.maxRssMb, 0)} |`,
    );
  }
  for (const r of results) if (typeof r === 'string') lines.push(`| ${r} | | | | | | | | | |`);
  lines.push('');
  if (ours !== undefined) {
    const base = summary(ours, common).meanOnPrefix;
    for (const r of ok) {
      if (r === ours) continue;
      lines.push(
        `- Throughput of the docking index vs ${r.engine} on the first ${common} queries: ${format(summary(r, common).meanOnPrefix / base, 1)}x; build time ${r.engine} / docking index: ${format(r.buildSeconds / ours.buildSeconds, 2)}.`,
      );
    }
  }
  for (const r of ok) for (const note of r.notes) lines.push(`- ${r.engine}: ${note}`);
  return lines.join('\n');
}

if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
