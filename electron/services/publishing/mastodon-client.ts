import { createHash, randomBytes } from 'node:crypto';
import type { mastodon } from 'masto';
import { NetworkFailure, validDate } from './publishing-failure';

/*
 * The Mastodon calls the app makes, through masto (https://docs.joinmastodon.org/methods/):
 * register the app on the instance (POST /api/v1/apps), send the volunteer to
 * /oauth/authorize with a PKCE challenge, exchange the code (POST /oauth/token), then
 * upload an image (POST /api/v2/media) and post (POST /api/v1/statuses, `scheduled_at`
 * to let the server post it while the laptop is closed). A scheduled status is read back
 * (GET /api/v1/scheduled_statuses/:id) until it is gone, then looked for among the account's
 * statuses (GET /api/v1/accounts/:id/statuses) for its address.
 */

/**
 * Posting with an image, reading back who is connected, and (read:statuses) whether a status
 * scheduled on the server has gone out, and where; nothing else.
 */
const mastodonScopes = 'read:accounts read:statuses write:statuses write:media';
/** The redirect that shows the code on the instance's page, for the volunteer to paste. */
export const outOfBandRedirect = 'urn:ietf:wg:oauth:2.0:oob';
const appName = 'Somevuoro';

export interface MastodonApp {
  instance: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface Pkce {
  verifier: string;
  challenge: string;
}

/** RFC 7636: a random verifier and its S256 challenge. */
export function newPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** masto is loaded when an account is first used, not at every start of the app. */
type Masto = typeof import('masto');
let loaded: Promise<Masto> | null = null;
function masto(): Promise<Masto> {
  loaded ??= import('masto');
  return loaded;
}

/** Runs calls to the instance, describing a failure as the volunteer will be told it (publishing-failure.ts). */
async function calling<T>(run: (library: Masto) => Promise<T>): Promise<T> {
  const library = await masto();
  try {
    return await run(library);
  } catch (error) {
    if (error instanceof library.MastoHttpError) {
      const headers = error.cause instanceof Response ? error.cause.headers : null;
      const reset = headers?.get('x-ratelimit-reset');
      throw new NetworkFailure(error.statusCode, error.description ?? error.message, reset ? validDate(new Date(reset)) : null, '', false);
    }
    // No answer in time, no connection (fetch's TypeError), or an answer that is not the API's (a proxy's error page).
    if (error instanceof library.MastoTimeoutError || error instanceof library.MastoUnexpectedError || error instanceof TypeError) {
      throw new NetworkFailure(null, error.message, null, '', true);
    }
    throw error;
  }
}

export async function registerMastodonApp(instance: string, redirectUris: string[], timeout: number): Promise<MastodonApp> {
  const app = await calling(({ createRestAPIClient }) => createRestAPIClient({ url: instance, timeout, log: 'error' }).v1.apps.create({ clientName: appName, redirectUris, scopes: mastodonScopes }));
  if (!app.clientId || !app.clientSecret) throw new NetworkFailure(null, 'The instance registered the app without client credentials.', null, '', false);
  return { instance, clientId: app.clientId, clientSecret: app.clientSecret, redirectUris };
}

/** The instance's page where the volunteer signs in and allows posting; it redirects with ?code= (or shows the code). */
export function mastodonAuthorizeUrl(app: MastodonApp, redirectUri: string, pkce: Pkce, state: string): string {
  const url = new URL('/oauth/authorize', app.instance);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: redirectUri,
    scope: mastodonScopes,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();
  return url.toString();
}

export interface MastodonAccount {
  accessToken: string;
  /** user@instance, as the volunteer knows it. */
  account: string;
}

export async function exchangeMastodonCode(app: MastodonApp, redirectUri: string, code: string, pkce: Pkce, timeout: number): Promise<MastodonAccount> {
  // masto's types predate PKCE; it sends every field, snake_cased, as the form Mastodon documents (code_verifier).
  const params = {
    grantType: 'authorization_code',
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    redirectUri,
    code,
    codeVerifier: pkce.verifier,
    scope: mastodonScopes,
  } as const;
  return calling(async (library) => {
    const token = await library.createOAuthAPIClient({ url: app.instance, timeout, log: 'error' }).token.create(params);
    const me = await restClient(library, app.instance, token.accessToken, timeout).v1.accounts.verifyCredentials();
    return { accessToken: token.accessToken, account: `${me.acct}@${new URL(app.instance).host}` };
  });
}

export interface OutgoingImage {
  bytes: Buffer;
  mime: string;
  fileName: string;
  alt: string;
}

export interface MastodonStatusRequest {
  instance: string;
  accessToken: string;
  text: string;
  image: OutgoingImage | null;
  /** Posted by the server at this instant (at least five minutes ahead); null posts now. */
  scheduledAt: Date | null;
  /** The same key for a retry of the same post, so the server does not post it twice. */
  idempotencyKey: string;
  timeout: number;
}

export type MastodonResult = { kind: 'published'; url: string } | { kind: 'scheduled'; id: string; at: string; mediaIds: string[] };

export function postToMastodon(request: MastodonStatusRequest): Promise<MastodonResult> {
  return calling((library) => postStatus(restClient(library, request.instance, request.accessToken, request.timeout), request));
}

async function postStatus(client: mastodon.rest.Client, request: MastodonStatusRequest): Promise<MastodonResult> {
  const mediaIds: string[] = [];
  if (request.image) {
    const { bytes, mime, fileName, alt } = request.image;
    const file = new File([new Uint8Array(bytes)], fileName, { type: mime });
    const media = await client.v2.media.create({ file, description: alt || null });
    mediaIds.push(media.id);
  }
  const meta = { requestInit: { headers: { 'Idempotency-Key': request.idempotencyKey } } };
  const base = { status: request.text, mediaIds, visibility: 'public' } as const;
  if (request.scheduledAt) {
    const scheduled: mastodon.v1.ScheduledStatus = await client.v1.statuses.create({ ...base, scheduledAt: request.scheduledAt.toISOString() }, meta);
    return { kind: 'scheduled', id: scheduled.id, at: scheduled.scheduledAt, mediaIds };
  }
  const status = await client.v1.statuses.create(base, meta);
  return { kind: 'published', url: status.url ?? status.uri };
}

function restClient(library: Masto, instance: string, accessToken: string, timeout: number): mastodon.rest.Client {
  // A large image the server is still processing is polled up to the same timeout.
  return library.createRestAPIClient({ url: instance, accessToken, timeout, mediaTimeout: timeout, log: 'error' });
}

export interface ScheduledStatusCheck {
  instance: string;
  accessToken: string;
  scheduledId: string;
  /** What was scheduled, to know the published status again: its text and its media ids (the same media records once published). */
  text: string;
  mediaIds: string[];
  scheduledAt: Date;
  timeout: number;
}

/** Still waiting on the server (at its possibly changed time), published (with its address and time), or neither: gone. */
export type ScheduledStatusState = { kind: 'waiting'; at: string } | { kind: 'published'; url: string; at: string } | { kind: 'gone' };

/**
 * Mastodon's scheduler deletes the scheduled status and posts it as a new status of the account,
 * created at (about) its scheduled time; the scheduled record then answers 404. The new status
 * carries no link to it, so it is recognised by what it is: created no earlier than a minute before the
 * time, with the same media, and the same text once the server's HTML is read back as text.
 */
export function checkScheduledStatus(check: ScheduledStatusCheck): Promise<ScheduledStatusState> {
  return calling(async (library) => {
    const client = restClient(library, check.instance, check.accessToken, check.timeout);
    try {
      const waiting = await client.v1.scheduledStatuses.$select(check.scheduledId).fetch();
      return { kind: 'waiting', at: new Date(waiting.scheduledAt).toISOString() };
    } catch (error) {
      if (!(error instanceof library.MastoHttpError) || error.statusCode !== 404) throw error;
    }
    const me = await client.v1.accounts.verifyCredentials();
    const recent = await client.v1.accounts.$select(me.id).statuses.list({ limit: 40, excludeReblogs: true });
    const earliest = check.scheduledAt.getTime() - 60_000;
    const wanted = plainText(check.text);
    const match = recent.find(
      (status) =>
        Date.parse(status.createdAt) >= earliest &&
        check.mediaIds.every((id) => status.mediaAttachments.some((media) => media.id === id)) &&
        plainText(htmlToText(status.content)) === wanted,
    );
    if (!match) return { kind: 'gone' };
    return { kind: 'published', url: match.url ?? match.uri, at: new Date(match.createdAt).toISOString() };
  });
}

/** Whitespace and line breaks counted as one space: the server rewrites both. */
function plainText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A status's HTML read back as the text it was made from: breaks and paragraphs as newlines, tags dropped, entities decoded. */
function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? entity;
    });
}
