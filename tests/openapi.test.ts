import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCorridor, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
beforeAll(async () => {
  t = await startTestCorridor();
});
afterAll(() => t.stop());

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and covers every API route', async () => {
    const res = await t.client().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, Record<string, { responses?: unknown }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const registered = t.app.corridorRoutes
      .filter((route) => route.url.startsWith('/api/v1/') && !route.hidden)
      .map((route) => `${route.method} ${route.url}`);
    expect(registered.length).toBeGreaterThan(30);
    for (const route of registered) expect(documented, route).toContain(route);
  });

  it('serves the docs page', async () => {
    const res = await t.client().get('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
