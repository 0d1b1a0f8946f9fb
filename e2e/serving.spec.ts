import { expect, test } from '@playwright/test';

/** How the server hands out the web app (src/http/web-app.ts). */
test.describe('serving the web app', () => {
  test('deep links get index.html, never cached', async ({ request }) => {
    const response = await request.get('/opportunities/00000000-0000-0000-0000-000000000000');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');
    expect(response.headers()['cache-control']).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root">');
  });

  test('unknown API paths keep the JSON 404', async ({ request }) => {
    const response = await request.get('/api/v1/no-such-thing');
    expect(response.status()).toBe(404);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe('RouteNotFound');
  });

  test('hashed assets are cached for a year and sent compressed', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const response = await request.get(script ?? '', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('immutable');
    expect(['br', 'gzip']).toContain(response.headers()['content-encoding']);
  });

  test('a missing asset is a 404, not the app', async ({ request }) => {
    const response = await request.get('/assets/no-such-file-1234.js');
    expect(response.status()).toBe(404);
  });
});

test('the 404 page and the language chosen by a visitor are remembered', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await page.getByTestId('language-switcher').selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});
