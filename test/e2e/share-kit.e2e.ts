import { describe, expect, it } from 'vitest';
import { todayIn } from '../../shared/calendar/calendar-dates';
import type { Publication } from '../../shared/domain/publication';
import { approvedPost } from '../support/approved-post';
import { backendOn } from '../support/backend';
import { openApp } from '../support/browser';
import { browserSession, postOnDisk } from '../support/e2e-session';
import { actAs } from '../support/identity';
import { tempDir } from '../support/temp-dir';

const session = browserSession();
const text = 'Tervetuloa joulumyyjäisiin! 🎄\nÅbo, Öja ja Ärjänsaari: kaikki mukaan.';

const publicationsOnDisk = async (dir: string) => ((await postOnDisk(dir, 'Christmas fair')) as unknown as { status: string; publications?: Record<string, Publication> } | undefined);

describe('the share kit', () => {
  it('copies a channel’s text, opens its compose page prefilled, and marks it published with a link; the post is published when every channel is, and undo takes it back', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => new Date(), 'en-GB');
    const mastodon = await backend.call('channels:create', { kind: 'mastodon', name: 'Mastodon', url: 'https://mastodon.social/@kylary', goal: '', responsibleVolunteerId: null });
    const group = await backend.call('channels:create', { kind: 'facebook-group', name: 'Members', url: '', goal: '', responsibleVolunteerId: null });
    await actAs(backend.call, 'Anna Äijälä');
    await approvedPost(backend, { title: 'Christmas fair', date: todayIn('Europe/Helsinki', new Date()), time: '10:00', text, channelIds: [mastodon.id, group.id] });
    await backend.repo.close();

    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    const context = page.context();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(bridge.url).origin });
    // The compose page is the network's: intercepted, so the test sees what would arrive there.
    await context.route('https://mastodon.social/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Mastodon compose</title>' }));

    await page.getByRole('button', { name: /^10:00 Christmas fair, Approved/ }).click();
    const kit = page.getByRole('dialog', { name: 'Edit post' }).getByRole('region', { name: 'Share kit' });
    const toot = kit.getByRole('listitem', { name: /^Mastodon/ });
    await kit.getByText('0 of 2 channels published').waitFor();

    await toot.getByRole('button', { name: 'Copy the text for Mastodon' }).click();
    await page.getByText('Text for Mastodon copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    const [compose] = await Promise.all([page.waitForEvent('popup'), toot.getByRole('link', { name: 'Open Mastodon with the text filled in' }).click()]);
    await compose.waitForLoadState();
    expect(await compose.title()).toBe('Mastodon compose');
    const opened = new URL(compose.url());
    expect(`${opened.origin}${opened.pathname}`).toBe('https://mastodon.social/share');
    expect(opened.searchParams.get('text')).toBe(text);
    await compose.close();

    // An address that is not https is refused in words, and nothing is stored.
    const address = toot.getByLabel('Link to the published post in Mastodon');
    await address.fill('http://mastodon.social/@kylary/1');
    await toot.getByRole('button', { name: 'Mark as published' }).click();
    await toot.getByText('Only a secure address (https://…) can be kept as where the post went out.').waitFor();
    expect((await publicationsOnDisk(dir))?.publications).toBeUndefined();

    await address.fill('https://mastodon.social/@kylary/113');
    await toot.getByRole('button', { name: 'Mark as published' }).click();
    await toot.getByText(/^Published by Anna Äijälä on \d+\/\d+\/\d{4} \d\d:\d\d/).waitFor();
    await expect.poll(async () => (await publicationsOnDisk(dir))?.publications?.[mastodon.id]).toMatchObject({ url: 'https://mastodon.social/@kylary/113', by: 'Anna Äijälä', via: 'share-kit' });
    expect((await publicationsOnDisk(dir))?.status).toBe('approved');

    const members = kit.getByRole('listitem', { name: /^Members/ });
    await members.getByLabel('Link to the published post in Members').fill('https://www.facebook.com/groups/kylary/posts/7');
    await members.getByRole('button', { name: 'Mark as published' }).click();
    await page.getByText('“Christmas fair” is published on all its channels.').waitFor();
    await expect.poll(async () => (await publicationsOnDisk(dir))?.status).toBe('published');
    await kit.getByText('2 of 2 channels published').waitFor();
    await expect.poll(() => page.getByRole('dialog', { name: 'Edit post' }).getByLabel('Status').inputValue()).toBe('published');

    // Undo: the channel is open again and the post approved.
    await members.getByRole('button', { name: 'Not published after all' }).click();
    await page.getByText('Members is no longer marked published.').waitFor();
    await expect.poll(async () => (await publicationsOnDisk(dir))?.status).toBe('approved');
    expect(Object.keys((await publicationsOnDisk(dir))?.publications ?? {})).toEqual([mastodon.id]);
    await members.getByRole('button', { name: 'Mark as published' }).waitFor();
    await expect.poll(() => page.getByRole('dialog', { name: 'Edit post' }).getByLabel('Status').inputValue()).toBe('approved');
    expect(errors).toEqual([]);
  });
});
