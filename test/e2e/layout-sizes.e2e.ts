import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp } from '../support/browser';
import { backendOn } from '../support/backend';
import { browserSession } from '../support/e2e-session';
import type { TextClash } from '../support/layout';
import { textClashes } from '../support/layout';
import { tempDir } from '../support/temp-dir';

const session = browserSession();

async function clashesOn(page: Page, selectors: string[]): Promise<TextClash[]> {
  const found: TextClash[] = [];
  for (const selector of selectors) found.push(...(await textClashes(page, selector)));
  return found;
}

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) });

describe('the layout holds at every window size', () => {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
    { width: 800, height: 600 },
  ]) {
    it(`at ${size.width}×${size.height} no text leaves its box or lies over other text in month chips, agenda rows, roster rows and table headers`, async () => {
      const dir = tempDir();
      const backend = await backendOn(dir, () => new Date(), 'en-GB');
      await backend.call('setup:loadSample', {});
      const bridge = await session.bridgeOn(dir);
      const { page, errors } = await openApp(session.browser(), bridge.url, size);
      await page.locator('[aria-busy] table button[data-post-id]').first().waitFor();
      const clashes = await clashesOn(page, ['[aria-busy] table button[data-post-id]', 'main thead tr', 'main thead th']);

      await page.getByRole('button', { name: 'Agenda', exact: true }).click();
      await page.locator('main li[data-status]').first().waitFor();
      clashes.push(...(await clashesOn(page, ['main li[data-status]'])));

      await nav(page, 'Roster').click();
      await page.locator('main tbody tr').first().waitFor();
      clashes.push(...(await clashesOn(page, ['main tbody tr', 'main thead tr', 'main thead th'])));
      // Names in the duties wrap between their words rather than end in "Maija Virta…".
      const cutNames = await page
        .locator('main tbody td button span:not(.visually-hidden)')
        .evaluateAll((spans) => spans.filter((span) => span.scrollWidth > span.clientWidth + 1).map((span) => span.textContent));
      expect(cutNames).toEqual([]);

      await nav(page, 'Checklist').click();
      await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Checklist' }).waitFor();
      clashes.push(...(await clashesOn(page, ['main thead tr', 'main thead th'])));

      expect(clashes).toEqual([]);
      // The narrow sidebar keeps every screen's name for screen readers and as a tooltip.
      for (const name of ['Calendar', 'Checklist', 'Roster', 'Export', 'Settings']) expect(await nav(page, name).getAttribute('title')).toBe(name);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('greys a disabled primary button as any disabled button, not in the primary colour', async () => {
    const bridge = await session.bridgeOn(tempDir());
    const { page } = await openApp(session.browser(), bridge.url);
    // The app's own stylesheets on two buttons placed in the page: a disabled primary one and a plain disabled one.
    const looks = await page.evaluate(() => {
      const look = (className: string, disabled: boolean) => {
        const button = document.createElement('button');
        button.className = className;
        button.disabled = disabled;
        document.body.append(button);
        const style = getComputedStyle(button);
        const seen = { background: style.backgroundColor, colour: style.color };
        button.remove();
        return seen;
      };
      return { primaryDisabled: look('primary', true), disabled: look('', true), primary: look('primary', false) };
    });
    expect(looks.primaryDisabled).toEqual(looks.disabled);
    expect(looks.primaryDisabled).not.toEqual(looks.primary);
  });
});
