import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { chromium } from 'playwright-core';
import { EVENTS_PATH } from '../../shared/api/events-contract';

const require = createRequire(import.meta.url);

/** Debian's Chromium; never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium (bash .ci/run does) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A page with the app loaded; errors in the page fail the test that reads `errors`. */
export async function openApp(browser: Browser, url: string, viewport = { width: 1280, height: 800 }, locale = 'en-GB'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale, timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('favicon')) errors.push(message.text());
  });
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== EVENTS_PATH) pending.add(request);
  });
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  page.setDefaultTimeout(30_000);
  await page.goto(url);
  await page.getByRole('navigation').waitFor();
  return { page, errors };
}

/** The requests of each page openApp made that have not finished yet, main's event stream left out. */
const inFlight = new WeakMap<Page, Set<Request>>();

/**
 * Waits until none of the page's requests has been in flight for half a second. Playwright's
 * 'networkidle' never comes: the page keeps main's event stream open for as long as it lives.
 */
export async function requestsSettled(page: Page, timeoutMs = 30_000): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('requestsSettled: the page was not opened by openApp');
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500) {
    if (Date.now() > deadline) throw new Error(`requestsSettled: ${pending.size} request(s) still in flight after ${timeoutMs} ms`);
    if (pending.size > 0) quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The sidebar's language select: the one select in the app's complementary landmark. */
export const languageSelect = (page: Page): Locator => page.getByRole('complementary').getByRole('combobox');

/**
 * The titles of the calendar's post chips under `scope` that a user sees, in order (a chip is a button carrying its
 * post's id, titled by it). The months kept ready beside the shown one (MonthPanes.tsx, content-visibility: hidden)
 * hold chips of the same days once prepared, 1.5 s after the calendar went quiet: on a slow machine a test got there.
 */
export const chipTitles = (scope: Page | Locator): Promise<string[]> =>
  scope.locator('button[data-post-id]').evaluateAll((chips) => chips.filter((chip) => chip.checkVisibility()).map((chip) => chip.getAttribute('title') ?? ''));

/** axe-core's verdict on the page as it is now (WCAG 2.1 A and AA rules). */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  // Evaluated over the DevTools protocol: the page's CSP (rightly) forbids inline scripts.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}

/** A page with the app loaded and switched to `language` in its own language menu. */
export async function openInLanguage(browser: Browser, url: string, language: string, viewport?: { width: number; height: number }, locale?: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser, url, viewport, locale);
  await languageSelect(opened.page).selectOption(language);
  await opened.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  return opened;
}
