import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invalidationMap } from '../../renderer/api/invalidation-map';
import { queryKeys } from '../../renderer/api/query-keys';
import type { ChannelName } from '../../shared/api/contract';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { formatDateInput } from '../../shared/calendar/date-input';
import { backendOn } from '../support/backend';
import { openApp, requestsSettled } from '../support/browser';
import { browserSession, postOnDisk, postsOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';
import { actAs } from '../support/identity';

const session = browserSession();

/** The bridge calls a page makes, by channel name, from now on. */
function recordCalls(page: Page) {
  const calls: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/([^?]+)$/.exec(new URL(request.url()).pathname);
    const name = match ? decodeURIComponent(match[1]) : null;
    if (name) calls.push(name);
  });
  return {
    calls,
    /** Resolves once no call has started for a while: every refetch a change caused has been made. */
    async settled(quietMs = 800) {
      let seen = -1;
      while (seen !== calls.length) {
        seen = calls.length;
        await page.waitForTimeout(quietMs);
      }
      return [...calls];
    },
  };
}

/** Which query-key root each read channel's answer is cached under (renderer/api/*-queries.ts). */
const cachedUnder: Partial<Record<ChannelName, readonly unknown[]>> = {
  'posts:list': queryKeys.posts.range('', ''),
  'posts:listUndated': queryKeys.posts.undated,
  'posts:get': queryKeys.posts.detail(''),
  'checklist:range': queryKeys.checklist.range('', ''),
  'checklist:overview': queryKeys.checklist.overview('', ''),
  'checklist:attention': queryKeys.checklist.attention('', ''),
  'checklist:post': queryKeys.checklist.post(''),
  'checklist:preview': queryKeys.checklist.preview('', ''),
  'roster:coverage': queryKeys.coverage.range('', ''),
  'export:count': queryKeys.exports.count(''),
  'duties:list': queryKeys.roster.duties('', ''),
  'settings:get': queryKeys.settings,
  'channels:list': queryKeys.channels,
  'ideas:list': queryKeys.ideas,
  'volunteers:list': queryKeys.volunteers,
  'plan:status': queryKeys.plan.status,
  'plan:conflicts': queryKeys.plan.conflicts,
};

async function seed(dir: string) {
  const backend = await backendOn(dir, () => new Date(), 'en-GB');
  const today = todayIn('Europe/Helsinki', new Date());
  await actAs(backend.call, 'Maija Virtanen');
  const facebook = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook page', url: '', goal: '', responsibleVolunteerId: null });
  const party = await backend.call('posts:create', {
    title: 'Summer party',
    text: 'Welcome! Details: kyla.example.fi',
    date: today,
    time: '12:00',
    status: 'draft',
    contentType: 'event',
    channelIds: [facebook.id],
    albumName: `${today} Summer party`,
  });
  const board = await backend.call('posts:create', { title: 'Board news', text: 'The board met.', date: today, status: 'draft', contentType: 'announcement', channelIds: [facebook.id] });
  return { today, party, board };
}

/** The seeded plan open in the browser, the board's post in its editor with a new title typed (not saved). */
/**
 * The app on a seeded plan, main's answer to posts:create held until `release()`: then main's own, or `answer`.
 * `hold(answer)` holds the next ones again, answered so. `create` fills and saves the new-post dialog for today.
 */
async function withCreateHeld(answer?: unknown) {
  const dir = tempDir();
  const { today } = await seed(dir);
  const bridge = await session.bridgeOn(dir);
  const { page, errors } = await openApp(session.browser(), bridge.url);
  await requestsSettled(page);
  let release = () => {};
  const hold = async (heldAnswer?: unknown) => {
    await page.unroute(/\/api\/posts%3Acreate$/);
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/posts%3Acreate$/, async (route) => {
      await released;
      await (heldAnswer === undefined ? route.continue() : route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(heldAnswer) }));
    });
  };
  await hold(answer);
  const create = async (title: string) => {
    await page.getByRole('button', { name: 'New post' }).click();
    const dialog = page.getByRole('dialog', { name: 'New post' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Date').fill(formatDateInput(today, 'en'));
    await dialog.getByRole('button', { name: 'Save' }).click();
    return dialog;
  };
  return { dir, page, errors, release: () => release(), hold, create };
}

async function editBoardNews(title: string) {
  const dir = tempDir();
  const { board } = await seed(dir);
  const bridge = await session.bridgeOn(dir);
  const { page, errors } = await openApp(session.browser(), bridge.url);
  const chip = page.locator(`button[data-post-id="${board.id}"]:visible`);
  await chip.click();
  const dialog = page.getByRole('dialog', { name: 'Edit post' });
  await dialog.getByLabel('Title').fill(title);
  return { dir, page, errors, chip, dialog };
}

describe('declared cache refreshes', () => {
  it('saving one post reads again only what posts:update declares, each once', async () => {
    const dir = tempDir();
    await seed(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('button', { name: 'Edit “Board news”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    await dialog.getByLabel('Title').fill('Board news, March');
    const recorder = recordCalls(page);
    // The agenda asks for the weeks either side once it has been shown 1.5 s (use-calendar-posts.ts): before the save, not in its reads.
    await recorder.settled(2_000);
    recorder.calls.length = 0;

    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit “Board news, March”' }).waitFor();
    const calls = await recorder.settled();
    expect(await postOnDisk(dir, 'Board news, March')).toBeDefined();

    const [save, ...refetches] = calls;
    expect(save).toBe('posts:update');
    // Read again at once: queries under a prefix the map declares for posts:update.
    const atOnce = invalidationMap['posts:update'];
    const undeclared = refetches.filter((name) => {
      const key = cachedUnder[name as ChannelName] ?? [name];
      return !atOnce.some((prefix) => prefix.every((part, index) => key[index] === part));
    });
    expect(undeclared).toEqual([]);
    expect(refetches.filter((name, index) => refetches.indexOf(name) !== index)).toEqual([]);
    // What is on screen once Save is clicked (the editor closes at once): the checklists' flags, the badge's count,
    // and the status line's last change. The editor's checklist preview and the idea it came from are no longer shown.
    // The agenda's posts, the unscheduled list and the editor's post are written from the save's answer (renderer/api/posts-cache.ts), not read again;
    // "two versions" only when they name the post (invalidation-map.ts: afterPostEdit); coverage only when a field it reads changed (a title is not one).
    expect(refetches.sort()).toEqual(['checklist:attention', 'checklist:range', 'plan:status']);
    expect(errors).toEqual([]);
  });

  it('a saved edit is on the calendar, and the editor closed, while what it made stale is still being read', async () => {
    const { page, errors, chip, dialog } = await editBoardNews('Board news, March');
    await requestsSettled(page);
    // The reads a saved post makes stale are held until the test lets them go: they cannot answer before the checks below.
    const held: string[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const dependent = /\/api\/(checklist%3A(range|attention|preview)|roster%3Acoverage|plan%3Astatus)$/;
    await page.route(dependent, async (route) => {
      held.push(decodeURIComponent(new URL(route.request().url()).pathname.slice(5)));
      await released;
      await route.continue();
    });

    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => chip.textContent(), { timeout: 10_000 }).toContain('Board news, March');
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByRole('status').getByText('Saved “Board news, March”.').waitFor();
    // The reads start once main has answered the save (the editor closed and the chip changed before that).
    await expect.poll(() => held, { timeout: 10_000 }).toContain('checklist:range');
    expect(await chip.textContent()).toContain('Board news, March');

    release();
    await requestsSettled(page);
    await page.unroute(dependent);
    expect(errors).toEqual([]);
  });

  it('a saved edit is on the calendar before main has answered, and the editor closed (optimistic update)', async () => {
    const { dir, page, errors, chip, dialog } = await editBoardNews('Board news, March');
    await requestsSettled(page);
    // The save itself is held until the test lets it go: what the calendar shows meanwhile can only come from the renderer.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let sent = false;
    await page.route(/\/api\/posts%3Aupdate$/, async (route) => {
      sent = true;
      await released;
      await route.continue();
    });

    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => chip.textContent(), { timeout: 10_000 }).toContain('Board news, March');
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    expect(sent).toBe(true);
    expect(await postOnDisk(dir, 'Board news, March')).toBeUndefined();
    // Shown, not yet saved: the user is told "Saved" only once main has stored it.
    expect(await page.getByRole('status').getByText('Saved “Board news, March”.').count()).toBe(0);

    release();
    await expect.poll(() => postOnDisk(dir, 'Board news, March'), { timeout: 10_000 }).toBeDefined();
    await page.getByRole('status').getByText('Saved “Board news, March”.').waitFor({ timeout: 10_000 });
    await requestsSettled(page);
    await page.unroute(/\/api\/posts%3Aupdate$/);
    expect(await chip.textContent()).toContain('Board news, March');
    expect(errors).toEqual([]);
  });

  it('an edit main refuses leaves the calendar as stored and opens the editor again on the user’s text with the error', async () => {
    const { dir, page, errors, chip, dialog } = await editBoardNews('Board news, refused');
    await dialog.getByRole('textbox', { name: 'Text' }).fill('Typed before the refusal.');
    await requestsSettled(page);
    // Main refuses, as it does when the plan folder cannot be written; the refusal waits until the edit is on screen.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const refusal = { ok: false, error: { code: 'storage', message: 'The plan folder could not be written.', issues: [] } };
    await page.route(/\/api\/posts%3Aupdate$/, async (route) => {
      await released;
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(refusal) });
    });

    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => chip.textContent(), { timeout: 10_000 }).toContain('Board news, refused');
    release();

    await dialog.getByRole('alert').getByText('Something went wrong: The plan folder could not be written.').waitFor({ timeout: 10_000 });
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Board news, refused');
    expect(await dialog.getByRole('textbox', { name: 'Text' }).inputValue()).toBe('Typed before the refusal.');
    await expect.poll(() => chip.textContent(), { timeout: 10_000 }).not.toContain('refused');
    expect(await chip.textContent()).toContain('Board news');
    await expect.poll(() => page.getByRole('status').getByText('Saved “Board news, refused”.').count()).toBe(0);
    expect(await postOnDisk(dir, 'Board news, refused')).toBeUndefined();

    // Once main can write again, the same edit saves from the reopened editor.
    await page.unroute(/\/api\/posts%3Aupdate$/);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => postOnDisk(dir, 'Board news, refused'), { timeout: 10_000 }).toBeDefined();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  it('a new post is on the calendar before main has answered; “Added” comes with main’s answer, a refusal takes it away with the error', async () => {
    // Main's answer is held until the test lets it go: a chip meanwhile can only come from the renderer.
    const { dir, page, errors, release, hold, create } = await withCreateHeld();
    // The month on screen (the neighbouring months are laid out too, hidden, and may show the same day).
    const chips = page.locator('button[data-post-id]:visible');
    const newChip = chips.filter({ hasText: 'Choir rehearsal' });

    const dialog = await create('Choir rehearsal');
    await newChip.waitFor({ timeout: 10_000 });
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/optimistic-create-en.png` });
    expect(await postOnDisk(dir, 'Choir rehearsal')).toBeUndefined();
    expect(await page.getByRole('status').getByText('Added “Choir rehearsal”.').count()).toBe(0);
    release();
    await page.getByRole('status').getByText('Added “Choir rehearsal”.').waitFor({ timeout: 10_000 });
    const stored = await postOnDisk(dir, 'Choir rehearsal');
    // One chip, main's post under its own id (the stand-in is gone).
    await expect.poll(() => newChip.evaluateAll((found) => found.map((chip) => chip.getAttribute('data-post-id'))), { timeout: 10_000 }).toEqual([stored?.id]);

    // Main refuses, as it does when the plan folder cannot be written.
    await hold({ ok: false, error: { code: 'storage', message: 'The plan folder could not be written.', issues: [] } });
    const refused = chips.filter({ hasText: 'Band practice' });
    await create('Band practice');
    await refused.waitFor({ timeout: 10_000 });
    release();
    const reopened = page.getByRole('dialog', { name: 'New post' });
    await reopened.getByRole('alert').getByText('Something went wrong: The plan folder could not be written.').waitFor({ timeout: 10_000 });
    expect(await reopened.getByLabel('Title').inputValue()).toBe('Band practice');
    await expect.poll(() => refused.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.getByRole('status').getByText('Added “Band practice”.').count()).toBe(0);
    expect(await postOnDisk(dir, 'Band practice')).toBeUndefined();
    await page.unroute(/\/api\/posts%3Acreate$/);
    expect(errors).toEqual([]);
  });

  it('a new post clicked before main has answered opens in the editor once stored, and a save there changes that post', async () => {
    const { dir, page, errors, release, create } = await withCreateHeld();
    await create('Choir rehearsal');
    // The month on screen (the neighbouring months are laid out too, hidden, and may show the same day).
    const chip = page.locator('button[data-post-id]:visible').filter({ hasText: 'Choir rehearsal' });
    await chip.waitFor({ timeout: 10_000 });
    // Screen readers hear that it is being saved.
    expect(await chip.getAttribute('aria-label')).toMatch(/, saving$/);
    expect(await chip.getAttribute('aria-busy')).toBe('true');

    await chip.click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    await editor.getByRole('status').getByText('Saving the new post…').waitFor({ timeout: 10_000 });
    if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/stand-in-clicked-en.png` });
    expect(await editor.getByLabel('Title').count()).toBe(0);
    release();
    // Main's post, under its own id, in the editor that was asked for.
    const title = editor.getByLabel('Title');
    await title.waitFor({ timeout: 10_000 });
    expect(await title.inputValue()).toBe('Choir rehearsal');
    await page.unroute(/\/api\/posts%3Acreate$/);
    await title.fill('Choir rehearsal, parish hall');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved “Choir rehearsal, parish hall”.').waitFor({ timeout: 10_000 });
    const stored = await postOnDisk(dir, 'Choir rehearsal, parish hall');
    expect(stored).toBeDefined();
    // One post: the edit went to the stored post, not to a second one.
    expect((await postsOnDisk(dir)).filter((post) => post.title.startsWith('Choir rehearsal'))).toHaveLength(1);
    await expect.poll(() => chip.evaluateAll((found) => found.map((element) => element.getAttribute('data-post-id'))), { timeout: 10_000 }).toEqual([stored?.id]);
    expect(errors).toEqual([]);
  });

  it('a new post clicked before main refuses it: the new-post editor opens on the user’s text with the error', async () => {
    const refusal = { ok: false, error: { code: 'storage', message: 'The plan folder could not be written.', issues: [] } };
    const { dir, page, errors, release, create } = await withCreateHeld(refusal);
    await create('Band practice');
    const chip = page.locator('button[data-post-id]:visible').filter({ hasText: 'Band practice' });
    await chip.click({ timeout: 10_000 });
    await page.getByRole('dialog', { name: 'Edit post' }).getByRole('status').getByText('Saving the new post…').waitFor({ timeout: 10_000 });
    release();
    const reopened = page.getByRole('dialog', { name: 'New post' });
    await reopened.getByRole('alert').getByText('Something went wrong: The plan folder could not be written.').waitFor({ timeout: 10_000 });
    expect(await reopened.getByLabel('Title').inputValue()).toBe('Band practice');
    expect(await page.getByRole('dialog', { name: 'Edit post' }).count()).toBe(0);
    await expect.poll(() => chip.count(), { timeout: 10_000 }).toBe(0);
    expect(await postOnDisk(dir, 'Band practice')).toBeUndefined();
    await page.unroute(/\/api\/posts%3Acreate$/);
    expect(errors).toEqual([]);
  });

  it('an edit of what coverage reads (the responder) reads coverage again: the calendar’s “No responder” goes', async () => {
    const dir = tempDir();
    const { board } = await seed(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    const flagOf = () => page.locator(`[data-post-id="${board.id}"]:visible`).locator('[title]').evaluateAll((flags) => flags.map((flag) => flag.getAttribute('title')).join(' | '));
    await expect.poll(flagOf).toContain('No responder');
    await page.locator(`button[data-post-id="${board.id}"]:visible`).click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    await dialog.getByLabel('Responder').selectOption({ label: 'Maija Virtanen' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved “Board news”.').waitFor();
    // Well within the queries' 10-second freshness: only the save's refresh can take the flag away.
    await expect.poll(flagOf, { timeout: 3000 }).not.toContain('No responder');
    expect(errors).toEqual([]);
  });

  it('changing the album pattern in Settings shows the album item open on the calendar’s flags at once', async () => {
    const dir = tempDir();
    const { party } = await seed(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    const flagOf = () => page.locator(`[data-post-id="${party.id}"]:visible`).locator('[title]').evaluateAll((flags) => flags.map((flag) => flag.getAttribute('title')).join(' | '));
    await expect.poll(flagOf).toContain('Checklist');
    expect(await flagOf()).not.toContain('Album named by the convention');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const pattern = page.getByLabel('Album name pattern');
    await pattern.fill('{event} {yyyy}');
    await page.locator('form', { has: pattern }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Checklist settings saved.').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Calendar' }).click();
    // Well within the queries' 10-second freshness: only a declared refresh can show the change.
    await expect.poll(flagOf, { timeout: 3000 }).toContain('Album named by the convention');
    expect(errors).toEqual([]);
  });
});
