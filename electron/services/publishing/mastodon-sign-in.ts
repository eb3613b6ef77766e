import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { PublishAccount } from '../../../shared/api/publish-contract';
import type { Id } from '../../../shared/domain/ids';
import type { Clock } from '../clock';
import type { ConnectedAccounts } from './connected-accounts';
import type { MastodonApp, Pkce } from './mastodon-client';
import { exchangeMastodonCode, mastodonAuthorizeUrl, newPkce, outOfBandRedirect, registerMastodonApp } from './mastodon-client';
import { publishingRefusal } from './publishing-failure';

/*
 * Connecting a Mastodon account (OAuth 2 authorisation code with PKCE, RFC 8252 for native
 * apps): the app registers itself on the instance with two redirects, a loopback address on
 * 127.0.0.1 (the browser comes back to this laptop by itself) and the out-of-band one (the
 * instance shows a code to paste). One sign-in waits per channel, for a quarter of an hour;
 * its loopback server listens only that long, and not past the backend's close.
 */

const WAIT_MS = 15 * 60_000;

interface Pending {
  app: MastodonApp;
  pkce: Pkce;
  state: string;
  loopback: http.Server;
  timer: NodeJS.Timeout;
}

/** The page the browser shows once it came back to the laptop, in the UI language. */
export interface CallbackPage {
  done: string;
  failed: string;
}

export class MastodonSignIn {
  private readonly pending = new Map<Id, Pending>();
  private closed = false;

  constructor(
    private readonly accounts: ConnectedAccounts,
    private readonly clock: Clock,
    private readonly timeout: number,
    private readonly page: () => CallbackPage,
    /** How long a sign-in waits for the browser to come back before its loopback server closes. */
    private readonly waitMs = WAIT_MS,
  ) {}

  async begin(channelId: Id, instance: string): Promise<{ signInUrl: string; codePageUrl: string }> {
    if (this.closed) throw new Error('The backend is closed: no sign-in can start.');
    this.cancel(channelId);
    const loopback = http.createServer();
    await new Promise<void>((resolve, reject) => {
      loopback.once('error', reject);
      loopback.listen(0, '127.0.0.1', resolve);
    });
    loopback.unref();
    const redirect = `http://127.0.0.1:${(loopback.address() as AddressInfo).port}/callback`;
    let app: MastodonApp;
    try {
      app = await registerMastodonApp(instance, [redirect, outOfBandRedirect], this.timeout);
    } catch (error) {
      loopback.close();
      throw error;
    }
    const pkce = newPkce();
    const state = randomBytes(16).toString('base64url');
    const timer = setTimeout(() => this.cancel(channelId), this.waitMs).unref();
    this.pending.set(channelId, { app, pkce, state, loopback, timer });
    loopback.on('request', (request, response) => void this.comeBack(channelId, redirect, request, response));
    return { signInUrl: mastodonAuthorizeUrl(app, redirect, pkce, state), codePageUrl: mastodonAuthorizeUrl(app, outOfBandRedirect, pkce, state) };
  }

  /** The code the instance showed, pasted by the volunteer. */
  async finishWithCode(channelId: Id, code: string): Promise<PublishAccount> {
    return this.finish(channelId, outOfBandRedirect, code.trim());
  }

  private async comeBack(channelId: Id, redirect: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', redirect);
    const pending = this.pending.get(channelId);
    const answer = (status: number, text: string) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      response.end(text);
    };
    // Another page on this laptop cannot finish someone's sign-in: the state must be the one sent.
    if (url.pathname !== '/callback' || !pending || url.searchParams.get('state') !== pending.state) return answer(404, this.page().failed);
    const code = url.searchParams.get('code');
    if (!code) return answer(400, this.page().failed);
    try {
      await this.finish(channelId, redirect, code);
      answer(200, this.page().done);
    } catch {
      answer(400, this.page().failed);
    }
  }

  private async finish(channelId: Id, redirect: string, code: string): Promise<PublishAccount> {
    const pending = this.pending.get(channelId);
    if (!pending) throw publishingRefusal('mastodon', 'v.publishSignInExpired');
    const { accessToken, account } = await exchangeMastodonCode(pending.app, redirect, code, pending.pkce, this.timeout);
    this.cancel(channelId);
    const connected: PublishAccount = { channelId, network: 'mastodon', server: pending.app.instance, account, connectedAt: this.clock().toISOString() };
    this.accounts.save(connected, accessToken);
    return connected;
  }

  /** The backend closes: every waiting sign-in ends and its port on 127.0.0.1 is freed. */
  close(): void {
    this.closed = true;
    for (const channelId of [...this.pending.keys()]) this.cancel(channelId);
  }

  private cancel(channelId: Id): void {
    const pending = this.pending.get(channelId);
    if (!pending) return;
    this.pending.delete(channelId);
    clearTimeout(pending.timer);
    // Node's close() also ends the browser's idle kept-alive connections.
    pending.loopback.close();
  }
}
