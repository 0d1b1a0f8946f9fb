import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { CorridorError } from '../platform/errors.js';
import type { CorridorApp } from './app.js';

/** Where `npm run build:web` (Vite) writes the browser app. */
export const WEB_DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Hashed file names never change content, so browsers may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, robots.txt...) is revalidated on every visit so a new release shows at once. */
const REVALIDATE = 'no-cache';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corridor: web app not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>The web app is not built</h1>
<p>The Corridor API is running (see <a href="/api/docs">/api/docs</a>), but the browser app has not been built yet.</p>
<p>Run <code>npm run build:web</code> and restart the server.</p>
</body></html>
`;

/** The browser app: the built files under `web/dist`, and index.html for every other page address. */
export function webAppRoutes(app: CorridorApp, ctx: AppContext): void {
  serveWebApp(app, ctx, WEB_DIST_DIR);
}

/**
 * Serves a built single-page app from `distDir`: hashed assets with a long cache (pre-compressed
 * `.br`/`.gz` siblings when the build made them), and index.html, never cached, for any GET outside
 * `/api/` that is not a file, so deep links such as /opportunities/123 open the app. Unknown `/api/`
 * paths keep the JSON 404 of the API. Without a build, a short page says how to make one.
 */
export function serveWebApp(app: CorridorApp, ctx: AppContext, distDir: string): void {
  const indexFile = path.join(distDir, 'index.html');
  const built = existsSync(indexFile);
  if (!built) {
    ctx.log.warn({ distDir }, 'web app not built: run `npm run build:web`');
  } else {
    void app.register(fastifyStatic, {
      root: distDir,
      // One route per built file (no wildcard), so the app's own catch-all below can serve index.html.
      wildcard: false,
      index: false,
      decorateReply: false,
      preCompressed: true,
      cacheControl: false,
      globIgnore: ['index.html', '**/*.gz', '**/*.br'],
      setHeaders(res, filePath) {
        const relative = path.relative(distDir, filePath).split(path.sep).join('/');
        res.setHeader('cache-control', relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  // Read once: a new build needs a restart anyway, since the file routes above are listed at start-up.
  const indexHtml = built ? readFileSync(indexFile) : null;

  const serveIndex = async (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    // An API path, or an asset that is not there (e.g. an old hash after a release), is a real 404.
    if (pathname.startsWith('/api/') || pathname === '/api' || pathname.startsWith('/assets/')) {
      throw new CorridorError('RouteNotFound');
    }
    reply.header('cache-control', REVALIDATE);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!indexHtml) return reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    return reply.type('text/html; charset=utf-8').send(indexHtml);
  };
  app.get('/', { schema: { hide: true } }, serveIndex);
  app.get('/*', { schema: { hide: true } }, serveIndex);
}
