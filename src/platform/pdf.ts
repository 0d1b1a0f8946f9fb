import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { CorridorError } from './errors.js';

/**
 * Turns a self-contained HTML document into a PDF with headless Chromium, which shapes Lao, Khmer,
 * Burmese and Thai text correctly (PDF libraries without a shaping engine do not). The browser is
 * started on first use and reused; Debian's package puts it at /usr/bin/chromium (CHROMIUM_PATH
 * overrides). Without it, PDF endpoints answer PdfUnavailable and the printable HTML still works.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') {}

  get available(): boolean {
    return fs.existsSync(this.executablePath);
  }

  private launch(): Promise<Browser> {
    this.browser ??= chromium
      .launch({
        executablePath: this.executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      })
      .catch((error: unknown) => {
        this.browser = null;
        throw error;
      });
    return this.browser;
  }

  /** Renders `html` (which must not load anything from the network) to an A4 PDF. */
  async render(html: string, options: { landscape?: boolean } = {}): Promise<Buffer> {
    if (!this.available) throw new CorridorError('PdfUnavailable');
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      // Block every request: the document is self-contained, nothing may be fetched.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        landscape: options.landscape ?? false,
        printBackground: true,
        margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
      });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = await this.browser?.catch(() => null);
    this.browser = null;
    await browser?.close();
  }
}
