#!/usr/bin/env node
/**
 * Builds the browser app (web/ -> web/dist) with Vite, then writes .br and .gz copies of the text
 * assets so the server can send them pre-compressed (@fastify/static `preCompressed`): on slow
 * mobile links that is most of the download saved, at no cost per request.
 *
 * Run by `npm run build:web` and by `npm install` (postinstall). Where the dev dependencies are not
 * installed (`npm install --omit=dev`), it says so and exits without failing the install.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webRoot = path.join(root, 'web');
const dist = path.join(webRoot, 'dist');
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;
const MIN_BYTES = 1024;

let vite;
try {
  vite = await import('vite');
} catch {
  console.warn('build-web: vite is not installed (production install?); the web app was not built.');
  process.exit(0);
}

await vite.build({ configFile: path.join(webRoot, 'vite.config.ts'), root: webRoot, logLevel: 'warn' });

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

let compressed = 0;
for await (const file of files(dist)) {
  if (!COMPRESSIBLE.test(file) || file.includes(`${path.sep}.vite${path.sep}`)) continue;
  if ((await stat(file)).size < MIN_BYTES) continue;
  const content = await readFile(file);
  await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
  await writeFile(
    `${file}.br`,
    brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  compressed += 1;
}
console.log(`build-web: built ${path.relative(root, dist)} (${compressed} files pre-compressed)`);
