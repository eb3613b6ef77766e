import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBlueskyLogin, postToBluesky } from '../../../../../electron/services/publishing/bluesky-client';
import { checkScheduledStatus, exchangeMastodonCode, mastodonAuthorizeUrl, newPkce, outOfBandRedirect, postToMastodon, registerMastodonApp } from '../../../../../electron/services/publishing/mastodon-client';
import { FakeBluesky } from '../../../../support/fake-bluesky';
import { fakeMastodonPerTest } from '../../../../support/fake-mastodon';
import { pngImage } from '../../../../support/images';

const timeout = 5_000;
const image = { bytes: pngImage(40, 30), mime: 'image/png', fileName: 'kansi.png', alt: 'Talkoolaiset haravoivat puistossa' };

describe('Mastodon client against a documented instance', () => {
  const mastodon = fakeMastodonPerTest();

  it('registers the app, signs in with PKCE through the out-of-band code and reads back the account', async () => {
    const app = await registerMastodonApp(mastodon().url, [outOfBandRedirect], timeout);
    const pkce = newPkce();
    const page = await fetch(mastodonAuthorizeUrl(app, outOfBandRedirect, pkce, 'state-1'));
    expect(page.status).toBe(200);
    const account = await exchangeMastodonCode(app, outOfBandRedirect, mastodon().shownCode ?? '', pkce, timeout);
    expect(account.account).toBe(`yhdistys@${new URL(mastodon().url).host}`);
    expect(mastodon().tokens.has(account.accessToken)).toBe(true);
  });

  it('refuses a code exchanged without the verifier of its challenge', async () => {
    const app = await registerMastodonApp(mastodon().url, [outOfBandRedirect], timeout);
    await fetch(mastodonAuthorizeUrl(app, outOfBandRedirect, newPkce(), 's'));
    await expect(exchangeMastodonCode(app, outOfBandRedirect, mastodon().shownCode ?? '', newPkce(), timeout)).rejects.toThrow();
    expect(mastodon().server.violations.splice(0)).toEqual([expect.stringContaining('PKCE')]);
  });

  it('posts text with an image and its alt text, and answers the status address', async () => {
    const accessToken = mastodon().issueToken();
    const text = 'Syystalkoot lauantaina klo 10 🍂\nTervetuloa! https://example.fi/talkoot';
    const result = await postToMastodon({ instance: mastodon().url, accessToken, text, image, scheduledAt: null, idempotencyKey: 'post-1', timeout });
    expect(result).toEqual({ kind: 'published', url: `${mastodon().publicUrl}/@yhdistys/1000` });
    expect(mastodon().media).toEqual([{ id: '100', bytes: image.bytes.length, type: 'image/png', description: image.alt }]);
    expect(mastodon().statuses).toEqual([{ id: '1000', status: text, mediaIds: ['100'], scheduledAt: null, idempotencyKey: 'post-1', createdAt: expect.any(String) }]);
  });

  it('schedules on the server with scheduled_at', async () => {
    const accessToken = mastodon().issueToken();
    const at = new Date(Date.now() + 3_600_000);
    const result = await postToMastodon({ instance: mastodon().url, accessToken, text: 'Huomenna!', image: null, scheduledAt: at, idempotencyKey: 'post-2', timeout });
    expect(result).toEqual({ kind: 'scheduled', id: '500', at: at.toISOString(), mediaIds: [] });
    expect(mastodon().scheduled[0].scheduledAt).toBe(at.toISOString());
    expect(mastodon().statuses).toEqual([]);
  });

  it('reads a scheduled status back: waiting, then (past its time) the published status’s address, matched by its text and media', async () => {
    const accessToken = mastodon().issueToken();
    const at = new Date(Date.now() + 3_600_000);
    // What Mastodon rewrites as HTML: an ampersand, a line break, a paragraph, an address.
    const text = 'Kahvi & pulla 🍂\nTervetuloa!\n\nLisää: https://example.fi/talkoot?a=1&b=2';
    const scheduled = await postToMastodon({ instance: mastodon().url, accessToken, text, image, scheduledAt: at, idempotencyKey: 'post-3', timeout });
    if (scheduled.kind !== 'scheduled') throw new Error('expected a scheduled status');
    const check = { instance: mastodon().url, accessToken, scheduledId: scheduled.id, text, mediaIds: scheduled.mediaIds, scheduledAt: at, timeout };
    expect(await checkScheduledStatus(check)).toEqual({ kind: 'waiting', at: at.toISOString() });

    // Another status with the same text, posted before the scheduled time, is not it.
    await postToMastodon({ instance: mastodon().url, accessToken, text, image: null, scheduledAt: null, idempotencyKey: 'post-4', timeout });
    mastodon().clock = () => new Date(at.getTime() + 1_000);
    expect(await checkScheduledStatus(check)).toEqual({ kind: 'published', url: `${mastodon().publicUrl}/@yhdistys/1001`, at: at.toISOString() });
  });

  it('a scheduled status deleted on the server is gone, not published', async () => {
    const accessToken = mastodon().issueToken();
    const at = new Date(Date.now() + 3_600_000);
    const scheduled = await postToMastodon({ instance: mastodon().url, accessToken, text: 'Peruttu', image: null, scheduledAt: at, idempotencyKey: 'post-5', timeout });
    if (scheduled.kind !== 'scheduled') throw new Error('expected a scheduled status');
    mastodon().deleteScheduled(scheduled.id);
    expect(await checkScheduledStatus({ instance: mastodon().url, accessToken, scheduledId: scheduled.id, text: 'Peruttu', mediaIds: [], scheduledAt: at, timeout })).toEqual({ kind: 'gone' });
  });
});

describe('Bluesky client against a documented PDS', () => {
  let bluesky: FakeBluesky;
  beforeEach(async () => {
    bluesky = await FakeBluesky.start();
  });
  afterEach(async () => {
    expect(bluesky.server.violations).toEqual([]);
    await bluesky.close();
  });

  const login = () => ({ service: bluesky.url, identifier: bluesky.handle, appPassword: 'abcd-efgh-ijkl-mnop', timeout });

  it('checks the app password', async () => {
    await expect(checkBlueskyLogin(login())).resolves.toEqual({ handle: bluesky.handle });
    await expect(checkBlueskyLogin({ ...login(), appPassword: 'wrong' })).rejects.toThrow();
  });

  it('posts text with an image, alt text and link facets, and answers the post address', async () => {
    const text = 'Syystalkoot 🍂 lauantaina: https://example.fi/talkoot #talkoot';
    const { url } = await postToBluesky({ ...login(), text, image, createdAt: new Date('2026-10-03T07:00:00Z') });
    expect(bluesky.records).toHaveLength(1);
    const [{ uri, record }] = bluesky.records;
    expect(url).toBe(`https://bsky.app/profile/${bluesky.handle}/post/${uri.split('/').pop()}`);
    expect(record).toMatchObject({ text, createdAt: '2026-10-03T07:00:00.000Z', embed: { images: [{ alt: image.alt }] } });
    const facets = record.facets as { index: { byteStart: number; byteEnd: number }; features: { $type: string }[] }[];
    expect(facets.map((facet) => Buffer.from(text).subarray(facet.index.byteStart, facet.index.byteEnd).toString())).toEqual(['https://example.fi/talkoot', '#talkoot']);
  });
});
