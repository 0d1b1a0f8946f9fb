import type { Language } from '../domain';

/**
 * Chinese needs a big font, split by @fontsource into ~100 unicode-range slices per weight; even
 * its style sheet is ~100 KB. It is therefore loaded only when needed: at once for a Chinese
 * interface, and otherwise when the browser is idle, for Chinese names met on other pages. The
 * Lao, Thai, Khmer and Burmese faces are declared in the main style sheet (a few hundred bytes
 * each); their font files download only when a page shows a character of their script.
 */
let chineseLoaded: Promise<unknown> | null = null;

export function loadChineseFont(): Promise<unknown> {
  chineseLoaded ??= Promise.all([
    import('@fontsource/noto-sans-sc/400.css'),
    import('@fontsource/noto-sans-sc/700.css'),
  ]);
  return chineseLoaded;
}

/** Makes sure the fonts of a language are declared before its text is shown. */
export function ensureFontsFor(language: Language): Promise<unknown> {
  if (language === 'zh') return loadChineseFont();
  return Promise.resolve();
}

/** Declares the Chinese font in the background once the page has settled. */
export function loadChineseFontWhenIdle(): void {
  const load = () => void loadChineseFont();
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 2000);
}
