import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendOn } from '../support/backend';
import type { BridgeProcess } from '../support/bridge-process';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openApp } from '../support/browser';
import { plusDays, todayIn } from '../../shared/calendar/calendar-dates';
import { SAMPLE_DAYS_AFTER, SAMPLE_DAYS_BEFORE } from '../../shared/sample/sample-association';
import { actAs } from '../support/identity';

/*
 * Issue 15 item 2: after any dialog closes, the focus is back on what opened it, so a
 * keyboard user goes on from where they were. Every dialog of the app that a person opens
 * with a button is here (the editor, Move to…, New post and Who are you? are in
 * keyboard-focus.e2e.ts; the series question in series.e2e.ts; the restore question in
 * backups.e2e.ts; the import preview in export.e2e.ts; connecting an account for direct posting in
 * direct-posting.e2e.ts; the prompt for your name before a first
 * approval, which needs a laptop without a name, last here). Each row opens its dialog
 * from the keyboard (focus, Enter) on the sample association and closes it with Escape.
 */

/** The sample post whose Approve the approval gate is opened from. */
const GATED = 'Kuvia: Puurojuhla';

/**
 * The sample's statuses follow the day (a post 9 days off was in review on 4 December, approved on the 5th, a draft on
 * the 6th): the gated post is put in review, so that its editor offers Approve whatever the day.
 */
async function putGatedInReview(call: Awaited<ReturnType<typeof backendOn>>['call']): Promise<void> {
  const today = todayIn('Europe/Helsinki', new Date());
  const posts = await call('posts:list', { from: plusDays(today, -SAMPLE_DAYS_BEFORE), to: plusDays(today, SAMPLE_DAYS_AFTER) });
  const gated = posts.find((post) => post.title === GATED);
  if (!gated) throw new Error(`The sample has no post “${GATED}”`);
  if (gated.status !== 'in-review') await call('posts:update', { id: gated.id, changes: { status: 'in-review' } });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-dialog-focus-'));
let bridge: BridgeProcess | undefined;
let browser: Browser | undefined;
beforeAll(async () => {
  const backend = await backendOn(dir, () => new Date(), 'en-GB');
  await backend.call('setup:loadSample', {});
  await putGatedInReview(backend.call);
  await actAs(backend.call, 'Maija Virtanen');
  // Four more posts today: the day shows "+N more", which opens the day's posts.
  const today = todayIn('Europe/Helsinki', new Date());
  for (const title of ['Talkoot 1', 'Talkoot 2', 'Talkoot 3', 'Talkoot 4']) await backend.call('posts:create', { title, date: today, time: '20:00' });
  await backend.repo.close();
  [bridge, browser] = await Promise.all([startBridgeProcess(dir), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) }).click();
const main = (page: Page) => page.getByRole('main');

interface DialogCase {
  /** Goes to the screen and returns the button that opens the dialog. */
  opener: (page: Page) => Promise<Locator>;
  dialog: string | RegExp;
}

const dialogs: Record<string, DialogCase> = {
  'a post’s history (over the editor)': {
    opener: async (page) => {
      await page.locator('[aria-busy] table button[data-post-id]').first().click();
      return page.getByRole('dialog', { name: 'Edit post' }).getByRole('button', { name: 'History' });
    },
    dialog: 'History of this post',
  },
  'the day’s posts (“+N more”)': {
    opener: async (page) => main(page).getByRole('button', { name: /^\+\d+ more/ }).first(),
    dialog: /./,
  },
  'the approval gate (Approve with open required items)': {
    opener: async (page) => {
      await nav(page, 'Checklist');
      await main(page).getByRole('button', { name: `Open “${GATED}”` }).click();
      return page.getByRole('dialog', { name: 'Edit post' }).getByRole('button', { name: `Approve “${GATED}”` });
    },
    dialog: 'Approve with open items?',
  },
  'a duty in the roster': {
    opener: async (page) => {
      await nav(page, 'Roster');
      return main(page).getByRole('cell').getByRole('button', { name: /:/ }).first();
    },
    dialog: /./,
  },
  'Make a rota': {
    opener: async (page) => {
      await nav(page, 'Roster');
      return main(page).getByRole('button', { name: 'Make a rota' });
    },
    dialog: 'Make a rota',
  },
  'Add a volunteer': {
    opener: async (page) => {
      await nav(page, 'Roster');
      await main(page).getByRole('button', { name: 'Volunteers' }).click();
      return main(page).getByRole('button', { name: 'Add a volunteer' });
    },
    dialog: /./,
  },
  'a volunteer': {
    opener: async (page) => {
      await nav(page, 'Roster');
      await main(page).getByRole('button', { name: 'Volunteers' }).click();
      return main(page).getByRole('button', { name: /^Edit / }).first();
    },
    dialog: /^Edit /,
  },
  'Settings › edit a channel': {
    opener: async (page) => {
      await nav(page, 'Settings');
      return main(page).getByRole('button', { name: /^Edit / }).first();
    },
    dialog: /^Edit /,
  },
  'Settings › Who am I › Change': {
    opener: async (page) => {
      await nav(page, 'Settings');
      return main(page).getByRole('button', { name: 'Change', exact: true });
    },
    dialog: 'Who are you?',
  },
  'Settings › Share this plan…': {
    opener: async (page) => {
      await nav(page, 'Settings');
      return main(page).getByRole('button', { name: 'Share this plan…' });
    },
    dialog: /./,
  },
  'Ideas › New idea': {
    opener: async (page) => {
      await nav(page, 'Ideas');
      return main(page).getByRole('button', { name: 'New idea' });
    },
    dialog: /./,
  },
  'Campaigns › New campaign': {
    opener: async (page) => {
      await nav(page, 'Campaigns');
      return main(page).getByRole('button', { name: 'New campaign' });
    },
    dialog: 'New campaign',
  },
  'Campaigns › Edit template': {
    opener: async (page) => {
      await nav(page, 'Campaigns');
      return main(page).getByRole('button', { name: 'Edit template' }).first();
    },
    dialog: /./,
  },
};

describe('the focus after a dialog closes', () => {
  it.each(Object.entries(dialogs))('is back on what opened %s, after Escape', async (_name, { opener, dialog }) => {
    if (!browser || !bridge) throw new Error('The bridge is not running');
    const { page, errors } = await openApp(browser, bridge.url);
    await page.locator('[aria-busy] table button[data-post-id]').first().waitFor();
    const button = await opener(page);
    await button.focus();
    const before = await page.getByRole('dialog').count();
    await page.keyboard.press('Enter');
    const opened = page.getByRole('dialog', { name: dialog }).last();
    await opened.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(before + 1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(before);
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is back on Approve after the question “Who are you?” that a first approval asks on a laptop without a name', async () => {
    if (!browser) throw new Error('The browser is not running');
    const nameless = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-dialog-focus-nameless-'));
    const backend = await backendOn(nameless, () => new Date(), 'en-GB');
    await backend.call('setup:loadSample', {});
    await putGatedInReview(backend.call);
    await backend.repo.close();
    const own = await startBridgeProcess(nameless);
    try {
      const { page, errors } = await openApp(browser, own.url);
      await nav(page, 'Checklist');
      await main(page).getByRole('button', { name: `Open “${GATED}”` }).click();
      const approve = page.getByRole('dialog', { name: 'Edit post' }).getByRole('button', { name: `Approve “${GATED}”` });
      await approve.focus();
      await page.keyboard.press('Enter');
      const ask = page.getByRole('dialog', { name: 'Who are you?' });
      await ask.waitFor();
      await page.keyboard.press('Escape');
      await ask.waitFor({ state: 'detached' });
      await expect.poll(() => approve.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await own.stop();
      fs.rmSync(nameless, { recursive: true, force: true });
    }
  });
});
