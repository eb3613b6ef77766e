import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBackend } from '../../../../../electron/api/handlers';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import type { ChannelName, InputOf, OutputOf } from '../../../../../shared/api/contract';
import { validationMessage } from '../../../../../shared/i18n/validation-messages';
import type { TestBackend } from '../../../../support/backend';
import { approvedPost } from '../../../../support/approved-post';
import { FakeBluesky } from '../../../../support/fake-bluesky';
import { fakeMastodonPerTest } from '../../../../support/fake-mastodon';
import { actAs } from '../../../../support/identity';
import { pngImage } from '../../../../support/images';
import { tempDir } from '../../../../support/temp-dir';

const now = new Date('2026-11-25T10:00:00Z');

// The app loads the clients' libraries on first use; @atproto/api alone takes seconds under load, which no test here measures.
beforeAll(() => Promise.all([import('masto'), import('@atproto/api')]), 60_000);

async function backendAt(dir: string, timeout = 2_000): Promise<TestBackend> {
  const backend = await openBackend({ dataDir: dir, clock: () => now, locale: 'fi-FI', log: () => {}, publishTimeoutMs: timeout });
  const call = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = (await backend.dispatch(channel, input)) as ApiResult<OutputOf<K>>;
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value;
  };
  return { ...backend, call };
}

/** The refusal as the screen words it (useFailureText): the first issue in the UI language. */
function shown(result: ApiResult<unknown>, language: 'fi' | 'en' = 'fi'): string {
  if (result.ok) throw new Error('expected a refusal');
  const [issue] = result.error.issues;
  return validationMessage(issue.message, language, issue.params);
}

/** Every file under a folder, as text, to look for a secret in it. */
function allText(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n');
}

describe('posting to Mastodon from an approved post', () => {
  const mastodon = fakeMastodonPerTest();
  let backend: TestBackend;
  let dir: string;
  let channelId: string;

  beforeEach(async () => {
    // The instance's clock is the app's: a post scheduled for a fixed day must stay in the future after that day has passed.
    mastodon().clock = () => now;
    dir = tempDir();
    backend = await backendAt(dir);
    await actAs(backend.call, 'Aino');
    channelId = (await backend.call('channels:create', { kind: 'mastodon', name: 'Mastodon', url: `${mastodon().url}/@yhdistys`, goal: '', responsibleVolunteerId: null })).id;
  });
  afterEach(async () => {
    await backend.repo.close();
  });

  async function connectByLoopback(): Promise<string> {
    const { signInUrl } = await backend.call('publish:mastodonBegin', { channelId, instance: mastodon().url });
    // The volunteer allows the app; the instance sends the browser back to the loopback address on 127.0.0.1.
    const consent = await fetch(signInUrl, { redirect: 'manual' });
    const back = consent.headers.get('location') ?? '';
    expect(new URL(back).hostname).toBe('127.0.0.1');
    const page = await fetch(back);
    expect(await page.text()).toMatch(/^Somevuoro on yhdistetty tiliisi/);
    const [token] = mastodon().tokens.keys();
    return token;
  }

  it('connects through the loopback redirect with PKCE, keeps the token out of the renderer, the plan, exports and backups', async () => {
    const token = await connectByLoopback();
    const accounts = await backend.call('publish:accounts', {});
    expect(accounts).toEqual({ accounts: [{ channelId, network: 'mastodon', server: mastodon().url, account: `yhdistys@${new URL(mastodon().url).host}`, connectedAt: now.toISOString() }], encrypted: false });
    expect(JSON.stringify(accounts)).not.toContain(token);

    const secrets = path.join(dir, 'device', 'publishing-accounts.json');
    expect(fs.statSync(secrets).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(secrets, 'utf8')).toContain(token);

    await approvedPost(backend, { title: 'Syystalkoot', text: 'Tervetuloa talkoisiin!', channelIds: [channelId], date: '2026-11-28', time: '10:00' });
    const backup = await backend.call('export:backup', {});
    const exported = await backend.call('export:create', { format: 'csv', selection: { from: '2026-11-01', to: '2026-11-30', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true } });
    expect(JSON.stringify([backup, exported])).not.toContain(token);
    expect(allText(path.join(dir, 'plan'))).not.toContain(token);
    expect(allText(path.join(dir, '.tmp'))).not.toContain(token);
    expect(allText(path.join(dir, 'backups'))).not.toContain(token);
  });

  it('connects with the code the instance shows, pasted', async () => {
    const { codePageUrl } = await backend.call('publish:mastodonBegin', { channelId, instance: mastodon().url });
    await fetch(codePageUrl);
    const account = await backend.call('publish:mastodonFinish', { channelId, code: ` ${mastodon().shownCode ?? ''} ` });
    expect(account.account).toBe(`yhdistys@${new URL(mastodon().url).host}`);
  });

  it('posts now with the channel’s text, the cover image and its alt text, and records the channel as published by whom and when', async () => {
    await connectByLoopback();
    const image = await backend.call('media:importImage', { fileName: 'talkoot.png', data: pngImage(60, 40).toString('base64') });
    const post = await approvedPost(backend, {
      title: 'Syystalkoot',
      text: 'Pääteksti',
      variants: { [channelId]: 'Syystalkoot lauantaina 🍂 Tervetuloa!' },
      channelIds: [channelId],
      coverImage: { ...image, alt: 'Haravoijia puistossa' },
    });
    const result = await backend.call('publish:post', { postId: post.id, channelId });
    expect(result).toEqual({ kind: 'published', url: `${mastodon().publicUrl}/@yhdistys/1000`, by: 'Aino', at: now.toISOString() });
    expect(mastodon().statuses.map((status) => status.status)).toEqual(['Syystalkoot lauantaina 🍂 Tervetuloa!']);
    expect(mastodon().media.map((media) => media.description)).toEqual(['Haravoijia puistossa']);
    const stored = await backend.call('posts:get', { id: post.id });
    expect(stored).toMatchObject({ status: 'published', publishedUrl: result.kind === 'published' ? result.url : '' });
    // The share kit's per-channel record, so the share kit and the calendar see it as any published channel.
    expect(stored.publications?.[channelId]).toEqual({ url: `${mastodon().publicUrl}/@yhdistys/1000`, by: 'Aino', at: now.toISOString(), via: 'direct' });

    // Posting it twice on the same channel is refused before anything is sent.
    expect(shown(await backend.dispatch('publish:post', { postId: post.id, channelId }))).toBe('Tämä julkaisu on jo julkaistu tällä kanavalla.');
    expect(mastodon().statuses).toHaveLength(1);
  });

  it('schedules on the server at the post’s date and time (Helsinki), without marking it published', async () => {
    await connectByLoopback();
    const post = await approvedPost(backend, { title: 'Joulumyyjäiset', text: 'Tervetuloa!', channelIds: [channelId], date: '2026-12-05', time: '09:30' });
    const result = await backend.call('publish:post', { postId: post.id, channelId, onServer: true });
    expect(result).toEqual({ kind: 'scheduled', at: '2026-12-05T07:30:00.000Z' });
    expect(mastodon().scheduled[0].scheduledAt).toBe('2026-12-05T07:30:00.000Z');
    expect((await backend.call('posts:get', { id: post.id })).status).toBe('approved');
  });

  describe('a failure is worded and nothing is marked published', () => {
    let postId: string;
    beforeEach(async () => {
      await connectByLoopback();
      postId = (await approvedPost(backend, { title: 'Kevätkokous', text: 'Kokous 12.3.', channelIds: [channelId] })).id;
    });
    async function failsWith(text: string): Promise<void> {
      expect(shown(await backend.dispatch('publish:post', { postId, channelId }))).toBe(text);
      const stored = await backend.call('posts:get', { id: postId });
      expect(stored).toMatchObject({ status: 'approved', publishedUrl: '', comments: [] });
    }

    it('401: the sign-in expired', async () => {
      mastodon().tokens.clear();
      await failsWith('Mastodon ei enää hyväksy tämän koneen kirjautumista (se vanheni tai peruttiin). Yhdistä tili uudelleen kohdassa Asetukset › Kanavat. Mitään ei julkaistu.');
    });

    it('422: the server refuses the text as too long', async () => {
      mastodon().server.failNext('POST /api/v1/statuses', { status: 422, body: { error: 'Validation failed: Text character limit of 500 exceeded' } });
      await failsWith('Mastodon hylkäsi tekstin liian pitkänä. Lyhennä kanavan tekstiä. Mitään ei julkaistu.');
    });

    it('429: the rate limit, with the time it ends in Helsinki time', async () => {
      mastodon().server.failNext('POST /api/v1/statuses', { status: 429, body: { error: 'Too many requests' }, headers: { 'x-ratelimit-reset': '2026-11-25T10:30:00.000Z' } });
      await failsWith('Mastodon pyytää odottamaan: liian monta julkaisua lyhyessä ajassa. Yritä uudelleen 25.11.2026 12.30 jälkeen. Mitään ei julkaistu.');
    });

    it('timeout: the server does not answer', async () => {
      mastodon().server.failNext('POST /api/v1/statuses', { status: 0, hang: true });
      await failsWith('Palveluun Mastodon ei saatu yhteyttä: verkko ei toimi tai palvelin ei vastaa. Mitään ei julkaistu; yritä myöhemmin uudelleen.');
    });

    it('network down: nothing listens at the address', async () => {
      await mastodon().close();
      await failsWith('Palveluun Mastodon ei saatu yhteyttä: verkko ei toimi tai palvelin ei vastaa. Mitään ei julkaistu; yritä myöhemmin uudelleen.');
      });

    it('text over the limit is refused before anything is sent', async () => {
      await backend.call('posts:update', { id: postId, changes: { text: 'ä'.repeat(501) } });
      await failsWith('Teksti on liian pitkä palveluun Mastodon: enintään 500 merkkiä (nyt 501). Lyhennä kanavan tekstiä.');
      expect(mastodon().server.requestsTo('POST /api/v1/statuses')).toEqual([]);
    });
  });
});

describe('a post scheduled on the Mastodon server', () => {
  const mastodon = fakeMastodonPerTest();
  let backend: TestBackend;
  let channelId: string;
  // One clock for the laptop and the instance, moved on as the test goes.
  let clock = new Date('2026-11-25T10:00:00Z');
  const text = 'Joulumyyjäiset & glögi 🎄\nTervetuloa!\n\nhttps://example.fi/joulu';

  beforeEach(async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    mastodon().clock = () => clock;
    // A server that stops answering has its connection dropped by the test (dropHanging), not waited out.
    const backendUnderTest = await openBackend({ dataDir: tempDir(), clock: () => clock, locale: 'fi-FI', log: () => {}, publishTimeoutMs: 10_000 });
    const call = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
      const result = (await backendUnderTest.dispatch(channel, input)) as ApiResult<OutputOf<K>>;
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
      return result.value;
    };
    backend = { ...backendUnderTest, call };
    await actAs(backend.call, 'Aino');
    channelId = (await backend.call('channels:create', { kind: 'mastodon', name: 'Mastodon', url: `${mastodon().url}/@yhdistys`, goal: '', responsibleVolunteerId: null })).id;
    const { codePageUrl } = await backend.call('publish:mastodonBegin', { channelId, instance: mastodon().url });
    await fetch(codePageUrl);
    await backend.call('publish:mastodonFinish', { channelId, code: mastodon().shownCode ?? '' });
  });
  afterEach(async () => {
    await backend.repo.close();
  });

  async function scheduled(): Promise<string> {
    const image = await backend.call('media:importImage', { fileName: 'joulu.png', data: pngImage(60, 40).toString('base64') });
    const post = await approvedPost(backend, { title: 'Joulumyyjäiset', text, channelIds: [channelId], date: '2026-12-05', time: '09:30', coverImage: { ...image, alt: 'Myyjäispöytä' } });
    expect(await backend.call('publish:post', { postId: post.id, channelId, onServer: true })).toEqual({ kind: 'scheduled', at: '2026-12-05T07:30:00.000Z' });
    return post.id;
  }

  it('is “scheduled” until the server has posted it, then recorded as published with the status’s address, by who scheduled it, at the time it went out', async () => {
    const postId = await scheduled();
    const waiting = [{ postId, channelId, at: '2026-12-05T07:30:00.000Z', state: 'waiting' }];
    expect(await backend.call('publish:scheduled', {})).toEqual(waiting);
    expect(await backend.call('publish:checkScheduled', {})).toEqual({ scheduled: waiting, recorded: false });
    expect(await backend.call('posts:get', { id: postId })).toMatchObject({ status: 'approved', publishedUrl: '' });
    // Posting it again while it waits on the server would post it twice.
    expect(shown(await backend.dispatch('publish:post', { postId, channelId }))).toBe('Tämä julkaisu on jo ajastettu palvelimelle tällä kanavalla. Se julkaistaan ajallaan; jos haluat julkaista sen toisin, poista ajastus ensin palvelimelta.');

    clock = new Date('2026-12-05T07:31:00Z');
    expect(await backend.call('publish:checkScheduled', {})).toEqual({ scheduled: [], recorded: true });
    const stored = await backend.call('posts:get', { id: postId });
    expect(stored.status).toBe('published');
    expect(stored.publications?.[channelId]).toEqual({ url: `${mastodon().publicUrl}/@yhdistys/1000`, by: 'Aino', at: '2026-12-05T07:30:00.000Z', via: 'direct' });
    expect(mastodon().statuses).toHaveLength(1);
  });

  it('deleted on the server before its time: noted once its time has passed, never marked published, and may be posted again', async () => {
    const postId = await scheduled();
    mastodon().deleteScheduled(mastodon().scheduled[0].id);
    // Just past its time the server may still be posting it (the scheduler runs late): not yet called deleted.
    clock = new Date('2026-12-05T07:31:00Z');
    expect(await backend.call('publish:checkScheduled', {})).toEqual({ scheduled: [{ postId, channelId, at: '2026-12-05T07:30:00.000Z', state: 'waiting' }], recorded: false });
    clock = new Date('2026-12-05T08:00:00Z');
    expect(await backend.call('publish:checkScheduled', {})).toEqual({ scheduled: [{ postId, channelId, at: '2026-12-05T07:30:00.000Z', state: 'deleted' }], recorded: false });
    expect(await backend.call('posts:get', { id: postId })).toMatchObject({ status: 'approved', publishedUrl: '' });

    const now = await backend.call('publish:post', { postId, channelId });
    expect(now).toMatchObject({ kind: 'published', url: `${mastodon().publicUrl}/@yhdistys/1000` });
    expect(await backend.call('publish:scheduled', {})).toEqual([]);
  });

  it('deleted on the server: opening the post before its time asks the server at once and shows it deleted; the background check waits for its time', async () => {
    const postId = await scheduled();
    mastodon().deleteScheduled(mastodon().scheduled[0].id);
    const asked = () => mastodon().server.seen.filter((request) => request.path.startsWith('/api/v1/scheduled_statuses/')).length;
    expect(await backend.call('publish:checkScheduled', {})).toEqual({ scheduled: [{ postId, channelId, at: '2026-12-05T07:30:00.000Z', state: 'waiting' }], recorded: false });
    expect(asked()).toBe(0);
    expect(await backend.call('publish:checkScheduled', { postId })).toEqual({ scheduled: [{ postId, channelId, at: '2026-12-05T07:30:00.000Z', state: 'deleted' }], recorded: false });
    expect(asked()).toBe(1);
    expect(await backend.call('posts:get', { id: postId })).toMatchObject({ status: 'approved', publishedUrl: '' });
  });

  it('a server that cannot be asked (down, or the sign-in revoked) leaves it scheduled and marks nothing; a save meanwhile is not held up', async () => {
    const postId = await scheduled();
    const waiting = { scheduled: [{ postId, channelId, at: '2026-12-05T07:30:00.000Z', state: 'waiting' }], recorded: false };
    clock = new Date('2026-12-05T09:00:00Z');
    const endpoint = `GET /api/v1/scheduled_statuses/${mastodon().scheduled[0].id}`;
    mastodon().server.failNext(endpoint, { status: 0, hang: true });
    const finished: string[] = [];
    const check = backend.call('publish:checkScheduled', {}).finally(() => finished.push('check'));
    await vi.waitFor(() => expect(mastodon().server.requestsTo(endpoint)).toHaveLength(1), { timeout: 20_000 });
    // The check waits on the silent server (up to its timeout): an edit made meanwhile is saved and acknowledged first.
    await backend.call('posts:update', { id: postId, changes: { title: 'Joulumyyjäiset lauantaina' } });
    finished.push('save');
    mastodon().server.dropHanging();
    expect(await check).toEqual(waiting);
    expect(finished).toEqual(['save', 'check']);
    mastodon().tokens.clear();
    expect(await backend.call('publish:checkScheduled', {})).toEqual(waiting);
    expect(await backend.call('posts:get', { id: postId })).toMatchObject({ title: 'Joulumyyjäiset lauantaina', status: 'approved', publishedUrl: '' });
  });
});

describe('posting to Bluesky with an app password', () => {
  let bluesky: FakeBluesky;
  let backend: TestBackend;
  let dir: string;
  let channelId: string;

  beforeEach(async () => {
    bluesky = await FakeBluesky.start();
    dir = tempDir();
    backend = await backendAt(dir);
    await actAs(backend.call, 'Aino');
    channelId = (await backend.call('channels:create', { kind: 'bluesky', name: 'Bluesky', url: 'https://bsky.app/profile/yhdistys.bsky.social', goal: '', responsibleVolunteerId: null })).id;
  });
  afterEach(async () => {
    expect(bluesky.server.violations).toEqual([]);
    await backend.repo.close();
    await bluesky.close();
  });

  const connect = () => backend.call('publish:blueskyConnect', { channelId, handle: '@yhdistys.bsky.social', appPassword: 'abcd-efgh-ijkl-mnop', server: bluesky.url });

  it('connects, keeping the app password out of every answer and the plan', async () => {
    expect(shown(await backend.dispatch('publish:blueskyConnect', { channelId, handle: 'yhdistys.bsky.social', appPassword: 'wrong-pass', server: bluesky.url }))).toBe('Bluesky ei hyväksynyt tätä käyttäjänimeä ja sovellussalasanaa.');
    const account = await connect();
    expect(account).toMatchObject({ network: 'bluesky', account: 'yhdistys.bsky.social' });
    expect(JSON.stringify(await backend.call('publish:accounts', {}))).not.toContain('abcd-efgh-ijkl-mnop');
    expect(allText(path.join(dir, 'plan'))).not.toContain('abcd-efgh-ijkl-mnop');
  });

  it('posts with the image, its alt text and link facets, and records the address', async () => {
    await connect();
    const image = await backend.call('media:importImage', { fileName: 'talkoot.png', data: pngImage(60, 40).toString('base64') });
    const post = await approvedPost(backend, { title: 'Talkoot', text: 'Talkoot la 🍂 https://example.fi/talkoot', channelIds: [channelId], coverImage: { ...image, alt: 'Haravoijia' } });
    const result = await backend.call('publish:post', { postId: post.id, channelId });
    expect(result).toMatchObject({ kind: 'published', url: expect.stringMatching(/^https:\/\/bsky\.app\/profile\/yhdistys\.bsky\.social\/post\/3l/), by: 'Aino' });
    expect(bluesky.records[0].record).toMatchObject({ text: 'Talkoot la 🍂 https://example.fi/talkoot', embed: { images: [{ alt: 'Haravoijia' }] }, facets: [{ features: [{ uri: 'https://example.fi/talkoot' }] }] });
    expect((await backend.call('posts:get', { id: post.id })).status).toBe('published');
  });

  it('lists an approved post whose time passed while the app was closed, until it is posted', async () => {
    await connect();
    const post = await approvedPost(backend, { title: 'Aamun postaus', text: 'Huomenta!', channelIds: [channelId], date: '2026-11-25', time: '08:00' });
    await approvedPost(backend, { title: 'Myöhemmin', text: 'Illalla', channelIds: [channelId], date: '2026-11-25', time: '18:00' });
    expect(await backend.call('publish:due', {})).toEqual([{ postId: post.id, channelId, title: 'Aamun postaus', due: '2026-11-25T06:00:00.000Z' }]);
    await backend.call('publish:post', { postId: post.id, channelId });
    expect(await backend.call('publish:due', {})).toEqual([]);
  });

  it('an image over Bluesky’s limit, a rate limit and an expired session are worded, and nothing is marked published', async () => {
    await connect();
    const big = await backend.call('media:importImage', { fileName: 'iso.png', data: Buffer.concat([pngImage(10, 10), Buffer.alloc(1_100_000)]).toString('base64') });
    const post = await approvedPost(backend, { title: 'Iso kuva', text: 'Kuva', channelIds: [channelId], coverImage: { ...big, alt: '' } });
    expect(shown(await backend.dispatch('publish:post', { postId: post.id, channelId }))).toBe('Kuva on liian suuri palveluun Bluesky: enintään 1\u00a0000 kt (tämä on 1\u00a0101 kt). Käytä pienempää kuvaa.');

    const plain = await approvedPost(backend, { title: 'Ilman kuvaa', text: 'Teksti', channelIds: [channelId] });
    bluesky.server.failNext('POST /xrpc/com.atproto.repo.createRecord', { status: 429, body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, headers: { 'ratelimit-reset': String(Date.parse('2026-11-25T11:00:00Z') / 1000) } });
    expect(shown(await backend.dispatch('publish:post', { postId: plain.id, channelId }))).toBe('Bluesky pyytää odottamaan: liian monta julkaisua lyhyessä ajassa. Yritä uudelleen 25.11.2026 13.00 jälkeen. Mitään ei julkaistu.');

    bluesky.server.failNext('POST /xrpc/com.atproto.server.createSession', { status: 401, body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' } });
    expect(shown(await backend.dispatch('publish:post', { postId: plain.id, channelId }))).toMatch(/^Bluesky ei enää hyväksy tämän koneen kirjautumista/);

    for (const id of [post.id, plain.id]) expect(await backend.call('posts:get', { id })).toMatchObject({ status: 'approved', publishedUrl: '', comments: [] });
    expect(bluesky.records).toEqual([]);
  });
});
