import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBlueskyLogin, postToBluesky } from '../../../../../electron/services/publishing/bluesky-client';
import { exchangeMastodonCode, mastodonAuthorizeUrl, newPkce, outOfBandRedirect, postToMastodon, registerMastodonApp } from '../../../../../electron/services/publishing/mastodon-client';
import { FakeBluesky } from '../../../../support/fake-bluesky';
import { FakeMastodon } from '../../../../support/fake-mastodon';
import { pngImage } from '../../../../support/images';

const timeout = 5_000;
const image = { bytes: pngImage(40, 30), mime: 'image/png', fileName: 'kansi.png', alt: 'Talkoolaiset haravoivat puistossa' };

describe('Mastodon client against a documented instance', () => {
  let mastodon: FakeMastodon;
  beforeEach(async () => {
    mastodon = await FakeMastodon.start();
  });
  afterEach(async () => {
    expect(mastodon.server.violations).toEqual([]);
    await mastodon.close();
  });

  it('registers the app, signs in with PKCE through the out-of-band code and reads back the account', async () => {
    const app = await registerMastodonApp(mastodon.url, [outOfBandRedirect], timeout);
    const pkce = newPkce();
    const page = await fetch(mastodonAuthorizeUrl(app, outOfBandRedirect, pkce, 'state-1'));
    expect(page.status).toBe(200);
    const account = await exchangeMastodonCode(app, outOfBandRedirect, mastodon.shownCode ?? '', pkce, timeout);
    expect(account.account).toBe(`yhdistys@${new URL(mastodon.url).host}`);
    expect(mastodon.tokens.has(account.accessToken)).toBe(true);
  });

  it('refuses a code exchanged without the verifier of its challenge', async () => {
    const app = await registerMastodonApp(mastodon.url, [outOfBandRedirect], timeout);
    await fetch(mastodonAuthorizeUrl(app, outOfBandRedirect, newPkce(), 's'));
    await expect(exchangeMastodonCode(app, outOfBandRedirect, mastodon.shownCode ?? '', newPkce(), timeout)).rejects.toThrow();
    expect(mastodon.server.violations.splice(0)).toEqual([expect.stringContaining('PKCE')]);
  });

  it('posts text with an image and its alt text, and answers the status address', async () => {
    const accessToken = mastodon.issueToken();
    const text = 'Syystalkoot lauantaina klo 10 🍂\nTervetuloa! https://example.fi/talkoot';
    const result = await postToMastodon({ instance: mastodon.url, accessToken, text, image, scheduledAt: null, idempotencyKey: 'post-1', timeout });
    expect(result).toEqual({ kind: 'published', url: `${mastodon.publicUrl}/@yhdistys/1000` });
    expect(mastodon.media).toEqual([{ id: '100', bytes: image.bytes.length, type: 'image/png', description: image.alt }]);
    expect(mastodon.statuses).toEqual([{ id: '1000', status: text, mediaIds: ['100'], scheduledAt: null, idempotencyKey: 'post-1' }]);
  });

  it('schedules on the server with scheduled_at', async () => {
    const accessToken = mastodon.issueToken();
    const at = new Date(Date.now() + 3_600_000);
    const result = await postToMastodon({ instance: mastodon.url, accessToken, text: 'Huomenna!', image: null, scheduledAt: at, idempotencyKey: 'post-2', timeout });
    expect(result).toEqual({ kind: 'scheduled', id: '1000', at: at.toISOString() });
    expect(mastodon.statuses[0].scheduledAt).toBe(at.toISOString());
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
