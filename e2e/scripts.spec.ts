import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { startIn } from './support/app';

/**
 * The scripts a Latin-only setup gets wrong. For Lao, Khmer and Burmese, the main pages are
 * photographed (test-artifacts/screenshots, for people to look at) and checked by the browser: the
 * bundled Noto face of the script must have loaded, and text in it must not be drawn as tofu boxes.
 */
const SCRIPTS = [
  { language: 'lo', family: 'Noto Sans Lao' },
  { language: 'km', family: 'Noto Sans Khmer' },
  { language: 'my', family: 'Noto Sans Myanmar' },
] as const;

const OUT = 'test-artifacts/screenshots';
const WIDTHS = [1280, 360];

interface FontReport {
  sample: string;
  faceLoaded: boolean;
  checkPasses: boolean;
  /** Distinct characters of the sample whose advance differs from a .notdef box's. */
  drawnCharacters: number;
  distinctCharacters: number;
}

/**
 * Measures, in the page, whether `family` renders the page's main heading. Tofu gives every
 * character the same box; real glyphs of these scripts have varied advances (vowel signs and
 * stacked consonants have none), so the number of characters whose width differs from the
 * .notdef box tells drawn text from tofu.
 */
async function fontReport(page: Page, family: string): Promise<FontReport> {
  return page.evaluate(async (fam) => {
    await document.fonts.ready;
    const sample = document.querySelector('h1')?.textContent?.trim() ?? '';
    await document.fonts.load(`16px "${fam}"`, sample);
    const measure = (text: string) => {
      const span = document.createElement('span');
      span.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font-size:40px;font-family:"${fam}"`;
      span.textContent = text;
      document.body.append(span);
      const width = span.getBoundingClientRect().width;
      span.remove();
      return width;
    };
    // U+E000 is a private-use code point no Noto font draws: its width is that of a .notdef box.
    const tofu = measure('\uE000');
    const distinct = [...new Set([...sample].filter((c) => c.trim() !== ''))];
    const drawn = distinct.filter((c) => Math.abs(measure(c) - tofu) > tofu * 0.1).length;
    return {
      sample,
      faceLoaded: [...document.fonts].some(
        (face) => face.family.replace(/['"]/g, '') === fam && face.status === 'loaded',
      ),
      checkPasses: document.fonts.check(`16px "${fam}"`, sample),
      drawnCharacters: drawn,
      distinctCharacters: distinct.length,
    };
  }, family);
}

test.describe('non-Latin scripts render with the bundled fonts', () => {
  test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

  for (const { language, family } of SCRIPTS) {
    test(`main pages in ${language}`, async ({ page, request }) => {
      const list = await request.get(`/api/v1/opportunities?language=${language}&limit=20`);
      const items = ((await list.json()) as { items: Array<{ id: string; originalLanguage: string }> }).items;
      const profile = items.find((p) => p.originalLanguage === language) ?? items[0];
      expect(profile, `a demo profile in ${language}`).toBeTruthy();
      const pages = [
        { name: 'home', path: '/' },
        { name: 'browse', path: '/opportunities' },
        { name: 'opportunity', path: `/opportunities/${profile?.id}` },
        { name: 'sign-in', path: '/sign-in' },
      ];
      await startIn(page, language);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        for (const target of pages) {
          await page.goto(target.path);
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          await expect(page.locator('h1').first()).toBeVisible();
          await page.waitForLoadState('networkidle');
          const report = await fontReport(page, family);
          const where = `${language} ${target.name} (“${report.sample}”)`;
          expect(report.sample.length, `${where}: heading text`).toBeGreaterThan(0);
          expect(report.faceLoaded, `${where}: ${family} loaded`).toBe(true);
          expect(report.checkPasses, `${where}: document.fonts.check`).toBe(true);
          expect(report.drawnCharacters, `${where}: characters drawn, not tofu`).toBeGreaterThan(
            report.distinctCharacters / 2,
          );
          // Nothing may be wider than a phone's screen.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${where}: horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `${OUT}/${language}-${target.name}-${width}.png`, fullPage: true });
        }
      }
    });
  }
});
