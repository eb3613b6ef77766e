import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { backendOn } from '../support/backend';
import { browserSession } from '../support/e2e-session';
import { chipTitlesSeen } from '../support/layout';
import { tempDir } from '../support/temp-dir';

const session = browserSession();

async function sampleBridge() {
  const dir = tempDir();
  const backend = await backendOn(dir, () => new Date(), 'en-GB');
  await backend.call('setup:loadSample', {});
  return session.bridgeOn(dir);
}

describe('the month view shows the titles of its posts', () => {
  // The whole title, or at least this many of its characters, on every chip of the sample association's month.
  for (const { width, height, least } of [
    { width: 1366, height: 768, least: 14 },
    { width: 1024, height: 700, least: 8 },
  ]) {
    it(`at ${width}×${height} every chip shows its whole title or at least ${least} characters of it`, async () => {
      const bridge = await sampleBridge();
      const { page, errors } = await openApp(session.browser(), bridge.url, { width, height });
      await page.locator('[aria-busy] table button[data-post-id]').first().waitFor();
      const seen = await chipTitlesSeen(page);
      expect(seen.length).toBeGreaterThan(10);
      const short = seen.filter((chip) => chip.visible < Math.min(chip.title.length, least));
      expect(short).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('at 800×600 breaks chip titles only between words, never inside one', async () => {
    const bridge = await sampleBridge();
    const { page, errors } = await openApp(session.browser(), bridge.url, { width: 800, height: 600 });
    await page.locator('[aria-busy] table button[data-post-id]').first().waitFor();
    // Where a title's next character starts a new line, the one before must be a space or a hyphen.
    const broken = await page.locator('[aria-busy] table button[data-post-id] [data-part="title"]').evaluateAll((titles) =>
      titles.flatMap((title) => {
        const text = title.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const value = text.textContent ?? '';
        const range = document.createRange();
        const tops: number[] = [];
        for (let index = 0; index < value.length; index++) {
          range.setStart(text, index);
          range.setEnd(text, index + 1);
          tops.push(range.getBoundingClientRect().top);
        }
        const splits: string[] = [];
        for (let index = 1; index < value.length; index++) {
          if (tops[index] > tops[index - 1] + 1 && !/[\s-]/.test(value[index - 1]) && !/\s/.test(value[index])) splits.push(`${value.slice(0, index)}|${value.slice(index)}`);
        }
        return splits;
      }),
    );
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says a chip’s flags with one icon and their number, and each of them on hover', async () => {
    const bridge = await sampleBridge();
    const { page } = await openApp(session.browser(), bridge.url, { width: 1366, height: 768 });
    await page.locator('[aria-busy] table button[data-post-id]').first().waitFor();
    const badges = await page.locator('[aria-busy] table button[data-post-id]').evaluateAll((chips) =>
      chips.map((chip) => ({ label: chip.getAttribute('aria-label') ?? '', icons: chip.querySelectorAll('[data-tone] svg').length, tip: chip.querySelector('[data-tone]')?.getAttribute('title') ?? null })),
    );
    expect(badges.every((badge) => badge.icons <= 1)).toBe(true);
    const flagged = badges.filter((badge) => badge.tip);
    expect(flagged.length).toBeGreaterThan(0);
    // Every flag the hover text names is in the chip's accessible name too.
    for (const badge of flagged) for (const line of badge.tip!.split('\n')) expect(badge.label).toContain(line.split(':')[0]);
  });
});
