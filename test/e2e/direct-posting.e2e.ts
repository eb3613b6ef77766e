import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { todayIn } from '../../shared/calendar/calendar-dates';
import type { Publication } from '../../shared/domain/publication';
import { approvedPost } from '../support/approved-post';
import { backendOn } from '../support/backend';
import { openApp } from '../support/browser';
import { browserSession, postOnDisk } from '../support/e2e-session';
import { FakeBluesky } from '../support/fake-bluesky';
import { FakeMastodon } from '../support/fake-mastodon';
import { actAs } from '../support/identity';
import { tempDir } from '../support/temp-dir';

/*
 * Direct posting through the UI against a fake Mastodon instance and a fake Bluesky PDS on
 * 127.0.0.1 (test/support/fake-*.ts), which check every request against the documented API.
 */

const session = browserSession();
type OnDisk = { status: string; publications?: Record<string, Publication> } | undefined;
const onDisk = async (dir: string, title: string) => (await postOnDisk(dir, title)) as unknown as OnDisk;

let mastodon: FakeMastodon;
let bluesky: FakeBluesky;
beforeAll(async () => {
  [mastodon, bluesky] = await Promise.all([FakeMastodon.start(), FakeBluesky.start()]);
});
afterAll(async () => {
  await Promise.all([mastodon.close(), bluesky.close()]);
});

describe('posting directly to Mastodon and Bluesky', () => {
  it('connects both accounts in Settings, posts an approved post now to both and marks each channel published with the server’s address; a rate limit is worded and marks nothing', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => new Date(), 'en-GB');
    await actAs(backend.call, 'Anna Äijälä');
    const toot = await backend.call('channels:create', { kind: 'mastodon', name: 'Mastodon', url: `${mastodon.url}/@yhdistys`, goal: '', responsibleVolunteerId: null });
    const sky = await backend.call('channels:create', { kind: 'bluesky', name: 'Bluesky', url: `https://bsky.app/profile/${bluesky.handle}`, goal: '', responsibleVolunteerId: null });
    // Tomorrow: not yet due, so the question about posts due while the app was closed (the next test) stays away.
    const tomorrow = dayAfterToday();
    await approvedPost(backend, { title: 'Christmas fair', date: tomorrow, time: '23:50', text: 'Christmas fair on Saturday 🎄 Åbo & Öja welcome!', channelIds: [toot.id, sky.id] });
    await approvedPost(backend, { title: 'Spring meeting', date: tomorrow, time: '23:55', text: 'Spring meeting at noon.', channelIds: [sky.id] });
    await backend.repo.close();

    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const channels = page.getByRole('region', { name: 'Channels' });

    // Mastodon: the out-of-band code the instance shows, pasted.
    await channels.getByRole('listitem').filter({ hasText: 'Mastodon' }).getByRole('button', { name: 'Connect account' }).click();
    const connect = page.getByRole('dialog', { name: 'Connect Mastodon for direct posting' });
    await expect.poll(() => connect.getByLabel('Instance address').inputValue()).toBe(mastodon.url);
    await connect.getByRole('button', { name: 'Continue' }).click();
    const [codePage] = await Promise.all([page.waitForEvent('popup'), connect.getByRole('link', { name: /Show the code instead/ }).click()]);
    await codePage.waitForLoadState();
    await codePage.close();
    await connect.getByLabel('Code').fill(mastodon.shownCode ?? '');
    await connect.getByRole('button', { name: 'Connect', exact: true }).click();
    await connect.getByText(`Connected as yhdistys@${new URL(mastodon.url).host}`).waitFor();
    await connect.getByRole('button', { name: 'Close' }).click();

    // Bluesky: handle and app password, on the fake PDS.
    await channels.getByRole('listitem').filter({ hasText: 'Bluesky' }).getByRole('button', { name: 'Connect account' }).click();
    const connectSky = page.getByRole('dialog', { name: 'Connect Bluesky for direct posting' });
    await connectSky.getByLabel('Handle').fill(bluesky.handle);
    await connectSky.getByLabel('App password').fill('abcd-efgh-ijkl-mnop');
    await connectSky.getByLabel('Server (optional)').fill(bluesky.url);
    await connectSky.getByRole('button', { name: 'Connect', exact: true }).click();
    await connectSky.getByText(`Connected as ${bluesky.handle}`).waitFor();
    await connectSky.getByRole('button', { name: 'Close' }).click();
    // The focus is back on the channel's button that opened the dialog, which now offers to disconnect (issue 15 item 2).
    const skyButton = channels.getByRole('listitem').filter({ hasText: 'Bluesky' }).getByRole('button', { name: 'Disconnect' });
    await expect.poll(() => skyButton.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.getByRole('navigation').getByRole('button', { name: 'Calendar' }).click();
    await showDay(page, tomorrow);
    await page.getByRole('button', { name: /^23:50 Christmas fair, Approved/ }).click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    const kit = editor.getByRole('region', { name: 'Share kit' });
    const tootCard = kit.getByRole('listitem', { name: /^Mastodon/ });
    const skyCard = kit.getByRole('listitem', { name: /^Bluesky/ });

    await tootCard.getByRole('button', { name: 'Post now · Mastodon' }).click();
    await tootCard.getByText(/^Published by Anna Äijälä on /).waitFor();
    expect(await tootCard.getByRole('link', { name: 'Open the post' }).first().getAttribute('href')).toBe(`${mastodon.publicUrl}/@yhdistys/1000`);
    await skyCard.getByRole('button', { name: 'Post now · Bluesky' }).click();
    await skyCard.getByText(/^Published by Anna Äijälä on /).waitFor();
    await kit.getByText('2 of 2 channels published').waitFor();

    await expect.poll(async () => (await onDisk(dir, 'Christmas fair'))?.status).toBe('published');
    const publications = (await onDisk(dir, 'Christmas fair'))?.publications ?? {};
    expect(publications[toot.id]).toMatchObject({ url: `${mastodon.publicUrl}/@yhdistys/1000`, by: 'Anna Äijälä', via: 'direct' });
    expect(publications[sky.id]).toMatchObject({ url: expect.stringMatching(new RegExp(`^https://bsky\\.app/profile/${bluesky.handle.replace(/\./g, '\\.')}/post/`)), by: 'Anna Äijälä', via: 'direct' });
    expect(mastodon.statuses.map((status) => status.status)).toEqual(['Christmas fair on Saturday 🎄 Åbo & Öja welcome!']);
    expect(bluesky.records.map((record) => (record.record as { text: string }).text)).toEqual(['Christmas fair on Saturday 🎄 Åbo & Öja welcome!']);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });

    // Bluesky answers 429 with the time its limit ends: the volunteer reads when to try again; nothing is marked.
    bluesky.server.failNext('POST /xrpc/com.atproto.repo.createRecord', { status: 429, body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, headers: { 'ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) } });
    await page.getByRole('button', { name: /^23:55 Spring meeting, Approved/ }).click();
    const springCard = page.getByRole('dialog', { name: 'Edit post' }).getByRole('region', { name: 'Share kit' }).getByRole('listitem', { name: /^Bluesky/ });
    await springCard.getByRole('button', { name: 'Post now · Bluesky' }).click();
    await springCard.getByRole('alert').getByText(/^Bluesky asks to wait: too many posts in a short time\. Try again after .+\. Nothing was posted\.$/).waitFor();
    await springCard.getByRole('button', { name: 'Mark as published' }).waitFor();
    expect((await onDisk(dir, 'Spring meeting'))?.publications).toBeUndefined();
    expect((await onDisk(dir, 'Spring meeting'))?.status).toBe('approved');
    expect(bluesky.records).toHaveLength(1);

    expect(mastodon.server.violations).toEqual([]);
    expect(bluesky.server.violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a Bluesky post due while the app was closed is offered at the next start, after asking: “Not now” posts nothing, “Post them now” posts it', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => new Date(), 'en-GB');
    await actAs(backend.call, 'Anna Äijälä');
    const sky = await backend.call('channels:create', { kind: 'bluesky', name: 'Bluesky', url: '', goal: '', responsibleVolunteerId: null });
    await backend.call('publish:blueskyConnect', { channelId: sky.id, handle: bluesky.handle, appPassword: 'abcd-efgh-ijkl-mnop', server: bluesky.url });
    const yesterday = todayIn('Europe/Helsinki', new Date(Date.now() - 86_400_000));
    await approvedPost(backend, { title: 'Spring cleaning', date: yesterday, time: '09:00', text: 'Spring cleaning on the village green.', channelIds: [sky.id] });
    await backend.repo.close();
    const before = bluesky.records.length;

    const bridge = await session.bridgeOn(dir);
    const first = await openApp(session.browser(), bridge.url);
    const question = first.page.getByRole('dialog', { name: 'Posts due while Somevuoro was closed' });
    await question.getByText('Spring cleaning').waitFor();
    await question.getByRole('button', { name: 'Not now' }).click();
    await question.waitFor({ state: 'detached' });
    expect(bluesky.records).toHaveLength(before);
    expect((await onDisk(dir, 'Spring cleaning'))?.status).toBe('approved');
    await first.page.context().close();

    // The next start asks again; this time the volunteer says yes.
    const second = await openApp(session.browser(), bridge.url);
    const again = second.page.getByRole('dialog', { name: 'Posts due while Somevuoro was closed' });
    await again.getByText('Spring cleaning').waitFor();
    await again.getByRole('button', { name: 'Post them now' }).click();
    await again.waitFor({ state: 'detached' });
    await expect.poll(async () => (await onDisk(dir, 'Spring cleaning'))?.status).toBe('published');
    expect(bluesky.records.slice(before).map((record) => (record.record as { text: string }).text)).toEqual(['Spring cleaning on the village green.']);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('a post scheduled on the Mastodon server shows “scheduled”, never “published”, until the server has posted it; then the channel is published with the server’s address', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => new Date(), 'en-GB');
    await actAs(backend.call, 'Anna Äijälä');
    const toot = await backend.call('channels:create', { kind: 'mastodon', name: 'Mastodon', url: `${mastodon.url}/@yhdistys`, goal: '', responsibleVolunteerId: null });
    const { codePageUrl } = await backend.call('publish:mastodonBegin', { channelId: toot.id, instance: mastodon.url });
    await fetch(codePageUrl);
    await backend.call('publish:mastodonFinish', { channelId: toot.id, code: mastodon.shownCode ?? '' });
    const tomorrow = dayAfterToday();
    await approvedPost(backend, { title: 'Advent concert', date: tomorrow, time: '23:45', text: 'Advent concert tonight & every Sunday.\nWelcome!', channelIds: [toot.id] });
    await backend.repo.close();
    mastodon.clock = () => new Date();

    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await showDay(page, tomorrow);
    const open = () => page.getByRole('button', { name: /^23:45 Advent concert, Approved/ }).click();
    await open();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    const card = editor.getByRole('region', { name: 'Share kit' }).getByRole('listitem', { name: /^Mastodon/ });
    await card.getByRole('button', { name: 'Schedule on the server · Mastodon' }).click();
    await card.getByText(/^Scheduled on the server for .+23:45\. Not published yet/).waitFor();
    expect(await card.getByRole('button', { name: 'Post now · Mastodon' }).count()).toBe(0);
    // Nor is it offered to be marked published by hand while the server still holds it.
    expect(await card.getByRole('button', { name: 'Mark as published' }).count()).toBe(0);
    expect((await onDisk(dir, 'Advent concert'))?.publications).toBeUndefined();
    const [waiting] = mastodon.scheduled;

    // The server's clock passes the time: its scheduler posts it. Opening the post asks the server.
    mastodon.clock = () => new Date(Date.parse(waiting.scheduledAt) + 1_000);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await open();
    await card.getByText(/^Published by Anna Äijälä on /).waitFor();
    await expect.poll(async () => (await onDisk(dir, 'Advent concert'))?.publications?.[toot.id]).toMatchObject({ url: `${mastodon.publicUrl}/@yhdistys/${mastodon.statuses.at(-1)?.id ?? ''}`, by: 'Anna Äijälä', at: waiting.scheduledAt, via: 'direct' });
    expect((await onDisk(dir, 'Advent concert'))?.status).toBe('published');
    expect(mastodon.server.violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** Tomorrow in Helsinki: never due while the test runs, whatever the hour (a post today at 23:50 would be due after 23:50). */
function dayAfterToday(): string {
  return todayIn('Europe/Helsinki', new Date(Date.now() + 86_400_000));
}

/** Tomorrow may be in the next month, which the calendar does not show at first. */
async function showDay(page: Page, isoDay: string): Promise<void> {
  const [year, month, day] = isoDay.split('-').map(Number);
  await page.getByLabel('Go to date').fill(`${day}/${month}/${year}`);
  await page.getByRole('button', { name: 'Go', exact: true }).click();
}
