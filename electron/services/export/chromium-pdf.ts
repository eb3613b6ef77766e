import fs from 'node:fs';
import type { PdfRenderer } from './pdf-renderer';
import { PdfUnavailableError } from './pdf-renderer';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; never a downloaded browser. */
function defaultChromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * PDF through headless Chromium (playwright-core), for the web bridge and the CLI.
 * The page runs without JavaScript: the schedule has none and needs none.
 */
export function chromiumPdfRenderer(executablePath = defaultChromiumPath()): PdfRenderer {
  return async (html) => {
    if (!fs.existsSync(executablePath)) {
      throw new PdfUnavailableError(`A PDF needs Chromium, and there is none at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH; the other formats work without it.`);
    }
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
  };
}
