import { beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/api/handlers';
import { ConnectedAccounts } from '../../../../../electron/services/publishing/connected-accounts';
import { noSealing } from '../../../../../electron/storage/secret-file';
import { MastodonSignIn } from '../../../../../electron/services/publishing/mastodon-sign-in';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import { fakeMastodonPerTest } from '../../../../support/fake-mastodon';
import { tempDir } from '../../../../support/temp-dir';

/*
 * The loopback server a Mastodon sign-in opens on 127.0.0.1 (for the browser to come back to)
 * listens only while the sign-in waits: not past the backend's close, not past its time.
 */

beforeAll(() => import('masto'), 60_000);

/** The loopback address the sign-in page sends the browser back to. */
function loopbackOf(signInUrl: string): string {
  return new URL(signInUrl).searchParams.get('redirect_uri') ?? '';
}

/** Whether anything answers at the address: a request refused (or its connection reset) is "closed". */
async function answers(address: string): Promise<boolean> {
  try {
    await fetch(`${address}?state=someone-else`, { signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

describe('the loopback server of a Mastodon sign-in', () => {
  const mastodon = fakeMastodonPerTest();

  it('is closed when the backend closes (fetch’s kept-alive connection included)', async () => {
    const backend = await openBackend({ dataDir: tempDir(), clock: () => new Date(), locale: 'fi-FI', log: () => {}, publishTimeoutMs: 5_000 });
    const channel = (await backend.dispatch('channels:create', { kind: 'mastodon', name: 'Mastodon', url: '', goal: '', responsibleVolunteerId: null })) as ApiResult<{ id: string }>;
    if (!channel.ok) throw new Error(channel.error.message);
    const begun = (await backend.dispatch('publish:mastodonBegin', { channelId: channel.value.id, instance: mastodon().url })) as ApiResult<{ signInUrl: string }>;
    if (!begun.ok) throw new Error(begun.error.message);
    const loopback = loopbackOf(begun.value.signInUrl);
    expect(new URL(loopback).hostname).toBe('127.0.0.1');
    // A request of another page is refused (its state is not the sign-in's), on a connection fetch keeps alive.
    expect(await answers(loopback)).toBe(true);

    await backend.close();
    expect(await answers(loopback)).toBe(false);
  });

  it('is closed when the sign-in has waited its time, and a code pasted after that is refused in words', async () => {
    const accounts = new ConnectedAccounts(tempDir(), noSealing);
    const signIn = new MastodonSignIn(accounts, () => new Date(), 5_000, () => ({ done: 'ok', failed: 'no' }), 300);
    const { signInUrl } = await signIn.begin('channel-1', mastodon().url);
    const loopback = loopbackOf(signInUrl);
    expect(await answers(loopback)).toBe(true);
    await expect.poll(() => answers(loopback), { timeout: 10_000, interval: 200 }).toBe(false);
    await expect(signIn.finishWithCode('channel-1', 'late-code')).rejects.toMatchObject({ issues: [{ message: 'v.publishSignInExpired' }] });
    signIn.close();
  });
});
