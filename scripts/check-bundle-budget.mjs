#!/usr/bin/env node
/**
 * Fails when the JavaScript a visitor downloads before a public page can show exceeds the budget.
 *
 * Reads Vite's manifest (web/dist/.vite/manifest.json). For each public page it sums, gzipped, the
 * entry chunk, every chunk the entry imports statically, the page's own lazy chunk and that chunk's
 * static imports: exactly what the browser fetches before the page renders. Catalogues of other
 * languages, Chinese font style sheets and non-public pages load later and are not counted.
 *
 * Usage: node scripts/check-bundle-budget.mjs [--budget-kb 200]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web', 'dist');

/** The budget for the initial JavaScript of any public page, in kilobytes (1000 bytes) gzipped. */
const DEFAULT_BUDGET_KB = 200;
const PUBLIC_PAGES = [
  'src/pages/HomePage.tsx',
  'src/pages/BrowsePage.tsx',
  'src/pages/OpportunityPage.tsx',
  'src/pages/OrganisationsPage.tsx',
  'src/pages/OrganisationPage.tsx',
  'src/pages/SignInPage.tsx',
  'src/pages/SignUpPage.tsx',
];

const budgetArg = process.argv.indexOf('--budget-kb');
const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : DEFAULT_BUDGET_KB;

let manifest;
try {
  manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch {
  console.error(
    'check-bundle-budget: web/dist/.vite/manifest.json not found; run `npm run build:web` first.',
  );
  process.exit(1);
}

const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file))
    gzipped.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
}

/** The manifest keys of a chunk and of everything it imports statically, transitively. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`check-bundle-budget: ${key} is not in the manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const jsBytes = (keys) =>
  [...keys].reduce(
    (sum, key) => sum + (manifest[key].file.endsWith('.js') ? gzipSize(manifest[key].file) : 0),
    0,
  );
const cssBytes = (keys) =>
  [...new Set([...keys].flatMap((key) => manifest[key].css ?? []))].reduce(
    (sum, file) => sum + gzipSize(file),
    0,
  );

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('check-bundle-budget: no entry in the manifest');
  process.exit(1);
}
const entry = closure(entryKey);
const kb = (bytes) => (bytes / 1000).toFixed(1);

console.log(`Initial JavaScript per public page (gzipped), budget ${budgetKb} kB:`);
console.log(`  entry and its static imports: ${kb(jsBytes(entry))} kB JS, ${kb(cssBytes(entry))} kB CSS`);
let worst = 0;
let failed = false;
for (const page of PUBLIC_PAGES) {
  const keys = new Set([...entry, ...closure(page)]);
  const bytes = jsBytes(keys);
  worst = Math.max(worst, bytes);
  const over = bytes > budgetKb * 1000;
  failed ||= over;
  console.log(
    `  ${over ? 'OVER' : 'ok  '} ${page.replace('src/pages/', '').padEnd(24)} ${kb(bytes).padStart(7)} kB`,
  );
}
console.log(`Largest: ${kb(worst)} kB of ${budgetKb} kB.`);
if (failed) {
  console.error('check-bundle-budget: a public page needs more JavaScript than the budget allows.');
  process.exit(1);
}
