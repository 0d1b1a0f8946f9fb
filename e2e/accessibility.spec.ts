import { expect, test } from '@playwright/test';
import { startIn } from './support/app';
import { expectNoSeriousViolations } from './support/checks';

test.describe('accessibility', () => {
  test('public pages in English', async ({ page, request }) => {
    const list = await request.get('/api/v1/opportunities?limit=1');
    const [first] = ((await list.json()) as { items: Array<{ id: string }> }).items;
    const organisations = await request.get('/api/v1/organisations?limit=1');
    const [org] = ((await organisations.json()) as { items: Array<{ slug: string }> }).items;
    await startIn(page, 'en');
    for (const path of [
      '/',
      '/opportunities',
      `/opportunities/${first?.id}`,
      '/organisations',
      `/organisations/${org?.slug}`,
      '/sign-in',
      '/sign-up',
      '/no-such-page',
    ]) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      await expectNoSeriousViolations(page, path);
    }
  });

  test('the phone layout with the menu open, in Khmer', async ({ page }) => {
    await startIn(page, 'km');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/opportunities');
    await page.locator('.menu-toggle').click();
    await expect(page.locator('#site-nav')).toBeVisible();
    await page.locator('.filters-toggle').click();
    await expectNoSeriousViolations(page, 'km /opportunities at 360 px');
  });

  test('keyboard: the skip link is the first stop and jumps to the content', async ({ page }) => {
    await startIn(page, 'en');
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});
