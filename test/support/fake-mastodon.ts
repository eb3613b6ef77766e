import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect } from 'vitest';
import type { Route } from './fake-http-server';
import { FakeHttpServer, bearer, expectThat } from './fake-http-server';

/*
 * A Mastodon instance as its API documentation describes it, for the endpoints the app uses
 * (https://docs.joinmastodon.org/methods/apps/, /methods/oauth/, /methods/media/#v2,
 * /methods/statuses/#create, /methods/accounts/#verify_credentials, /methods/accounts/#statuses,
 * /methods/scheduled_statuses/): every request is checked (method, path, headers, body fields)
 * and anything undocumented is a violation. The authorisation page stands for a volunteer who
 * signs in and allows the app. A scheduled status is published once the instance's clock
 * passes its `scheduled_at` (its scheduled_statuses record then answers 404), as Mastodon's
 * scheduler does.
 */

const OOB = 'urn:ietf:wg:oauth:2.0:oob';
const TEXT_LIMIT = 500;
const IMAGE_LIMIT = 16 * 1024 * 1024;
const DESCRIPTION_LIMIT = 1_500;
const SCHEDULE_AHEAD_MS = 5 * 60_000;
const DOCUMENTED_SCOPES = new Set(['read', 'write', 'profile', 'read:accounts', 'read:statuses', 'write:statuses', 'write:media', 'push', 'follow']);

interface App {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  scopes: string[];
}
interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  scope: string;
}
export interface PostedStatus {
  id: string;
  status: string;
  mediaIds: string[];
  /** When it was meant to go out, for a status the scheduler published; null for one posted at once. */
  scheduledAt: string | null;
  idempotencyKey: string | null;
  createdAt: string;
}
export type ScheduledStatus = Omit<PostedStatus, 'createdAt'> & { scheduledAt: string };
export interface UploadedMedia {
  id: string;
  bytes: number;
  type: string;
  description: string;
}

export class FakeMastodon {
  readonly apps: App[] = [];
  readonly tokens = new Map<string, string[]>();
  readonly media: UploadedMedia[] = [];
  /** Published statuses, oldest first. */
  readonly statuses: PostedStatus[] = [];
  /** Statuses waiting for their time on the server (GET /api/v1/scheduled_statuses/:id). */
  readonly scheduled: ScheduledStatus[] = [];
  /** The instance's clock: a test moves it past a scheduled_at to have the status published. */
  clock: () => Date = () => new Date();
  private nextStatusId = 1000;
  private nextScheduledId = 500;
  /** The code shown on the page for an out-of-band redirect, as the volunteer would copy it. */
  shownCode: string | null = null;
  private readonly grants = new Map<string, Grant>();

  private constructor(readonly server: FakeHttpServer) {}

  static async start(): Promise<FakeMastodon> {
    let fake: FakeMastodon | null = null;
    const server = await FakeHttpServer.start((request, url) => (fake as FakeMastodon).route(request, url));
    fake = new FakeMastodon(server);
    return fake;
  }

  get url(): string {
    return this.server.url;
  }

  /** Where the instance says its statuses are seen: a real server answers its public https address, whatever address the API was called on. */
  readonly publicUrl = 'https://kyla.social';

  /** A token the instance accepts, as if an account had been connected before. */
  issueToken(scopes = 'read:accounts read:statuses write:statuses write:media'): string {
    const token = randomUUID();
    this.tokens.set(token, scopes.split(' '));
    return token;
  }

  private readonly route: Route = async (request, url) => {
    try {
      return await this.answer(request, url);
    } catch (error) {
      if (error instanceof Unauthorised) return { status: 401, body: { error: 'The access token is invalid' } };
      throw error;
    }
  };

  /** Deleted on the instance's web page by the volunteer: it never goes out. */
  deleteScheduled(id: string): void {
    const index = this.scheduled.findIndex((candidate) => candidate.id === id);
    if (index >= 0) this.scheduled.splice(index, 1);
  }

  /** Mastodon's scheduler: every status whose time has come is published, with that time as its created_at. */
  private publishDue(): void {
    const now = this.clock().getTime();
    for (const due of this.scheduled.filter((candidate) => Date.parse(candidate.scheduledAt) <= now)) {
      this.deleteScheduled(due.id);
      this.statuses.push({ ...due, id: String(this.nextStatusId++), createdAt: new Date(due.scheduledAt).toISOString() });
    }
  }

  private readonly answer: Route = async (request, url) => {
    this.publishDue();
    const endpoint = `${request.method} ${url.pathname}`;
    const scheduledId = /^\/api\/v1\/scheduled_statuses\/([^/]+)$/.exec(url.pathname)?.[1];
    if (scheduledId !== undefined && request.method === 'GET') return this.scheduledStatus(request, scheduledId);
    const accountId = /^\/api\/v1\/accounts\/([^/]+)\/statuses$/.exec(url.pathname)?.[1];
    if (accountId !== undefined && request.method === 'GET') return this.accountStatuses(request, accountId, url.searchParams);
    switch (endpoint) {
      case 'POST /api/v1/apps':
        return this.registerApp(await fields(request));
      case 'GET /oauth/authorize':
        return this.authorize(url.searchParams);
      case 'POST /oauth/token':
        return this.token(await fields(request));
      case 'GET /api/v1/accounts/verify_credentials':
        this.authorised(request, 'read:accounts');
        return { status: 200, body: { id: '1', username: 'yhdistys', acct: 'yhdistys', url: `${this.url}/@yhdistys` } };
      case 'POST /api/v2/media':
        return this.uploadMedia(request);
      case 'POST /api/v1/statuses':
        return this.postStatus(request);
      case 'GET /favicon.ico':
        // Asked by the browser that shows the code page: not the API's.
        return { status: 404, body: { error: 'Not found' } };
      default:
        if (request.method === 'GET' && url.pathname.startsWith('/api/v1/media/')) return this.mediaProcessed(request, url.pathname.split('/').pop() ?? '');
        expectThat(false, `no such endpoint in the documented API: ${endpoint}`);
    }
  };

  private registerApp(body: Map<string, string[]>): Awaited<ReturnType<Route>> {
    const name = one(body, 'client_name');
    const redirectUris = body.get('redirect_uris') ?? body.get('redirect_uris[]') ?? [];
    const scopes = one(body, 'scopes').split(' ');
    expectThat(name, 'client_name is required');
    expectThat(redirectUris.length > 0, 'redirect_uris is required');
    for (const uri of redirectUris) expectThat(uri === OOB || /^https?:\/\//.test(uri), `redirect_uris must be absolute URIs or ${OOB}: ${uri}`);
    for (const scope of scopes) expectThat(DOCUMENTED_SCOPES.has(scope), `unknown scope ${scope}`);
    const app = { clientId: randomUUID(), clientSecret: randomUUID(), redirectUris, scopes };
    return {
      status: 200,
      body: { id: String(this.apps.length + 1), name, website: null, scopes, redirect_uri: redirectUris.join('\n'), redirect_uris: redirectUris, client_id: app.clientId, client_secret: app.clientSecret },
      commit: () => this.apps.push(app),
    };
  }

  private authorize(query: URLSearchParams): Awaited<ReturnType<Route>> {
    expectThat(query.get('response_type') === 'code', 'response_type must be code');
    const app = this.apps.find((candidate) => candidate.clientId === query.get('client_id'));
    expectThat(app, 'client_id of no registered app');
    const redirectUri = query.get('redirect_uri') ?? '';
    expectThat(app.redirectUris.includes(redirectUri), 'redirect_uri must be one of the app’s redirect_uris');
    const scope = query.get('scope') ?? 'read';
    for (const part of scope.split(' ')) expectThat(app.scopes.includes(part), `scope ${part} was not registered`);
    expectThat(query.get('code_challenge_method') === 'S256', 'code_challenge_method must be S256');
    expectThat(/^[A-Za-z0-9_-]{43}$/.test(query.get('code_challenge') ?? ''), 'code_challenge must be a base64url SHA-256');
    const code = randomUUID();
    this.grants.set(code, { clientId: app.clientId, redirectUri, challenge: query.get('code_challenge') ?? '', scope });
    if (redirectUri === OOB) {
      this.shownCode = code;
      return { status: 200, body: { code } };
    }
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    const state = query.get('state');
    if (state !== null) back.searchParams.set('state', state);
    return { status: 302, headers: { location: back.toString() } };
  }

  private token(body: Map<string, string[]>): Awaited<ReturnType<Route>> {
    expectThat(one(body, 'grant_type') === 'authorization_code', 'grant_type must be authorization_code');
    const grant = this.grants.get(one(body, 'code'));
    expectThat(grant, 'code was not issued or was used already');
    const app = this.apps.find((candidate) => candidate.clientId === one(body, 'client_id'));
    expectThat(app && app.clientId === grant.clientId && app.clientSecret === one(body, 'client_secret'), 'client_id and client_secret must be the app’s');
    expectThat(one(body, 'redirect_uri') === grant.redirectUri, 'redirect_uri must be the one used at /oauth/authorize');
    const verifier = one(body, 'code_verifier');
    expectThat(createHash('sha256').update(verifier).digest('base64url') === grant.challenge, 'code_verifier does not match the code_challenge (PKCE)');
    if (body.has('scope')) expectThat(one(body, 'scope') === grant.scope, 'scope must equal the scope requested at /oauth/authorize');
    const token = randomUUID();
    return {
      status: 200,
      body: { access_token: token, token_type: 'Bearer', scope: grant.scope, created_at: Math.floor(Date.now() / 1000) },
      commit: () => {
        this.grants.delete(one(body, 'code'));
        this.tokens.set(token, grant.scope.split(' '));
      },
    };
  }

  private async uploadMedia(request: Request): Promise<Awaited<ReturnType<Route>>> {
    this.authorised(request, 'write:media');
    expectThat(request.headers.get('content-type')?.startsWith('multipart/form-data'), 'POST /api/v2/media takes multipart/form-data');
    const form = await request.formData();
    const file = form.get('file');
    expectThat(file instanceof File, 'file is required, as a file part');
    expectThat(/^image\/(jpeg|png|gif|webp)$/.test(file.type), `the file part needs an image type, not ${file.type}`);
    const description = form.get('description');
    expectThat(description === null || typeof description === 'string', 'description is a string');
    if (description !== null) expectThat(description.length <= DESCRIPTION_LIMIT, 'description is at most 1500 characters');
    for (const key of form.keys()) expectThat(['file', 'description', 'focus', 'thumbnail'].includes(key), `undocumented field ${key}`);
    if (file.size > IMAGE_LIMIT) return { status: 422, body: { error: 'Validation failed: File file size must be less than 16 MB' } };
    const id = String(100 + this.media.length);
    const media = { id, bytes: file.size, type: file.type, description: description ?? '' };
    return {
      status: 200,
      body: { id, type: 'image', url: `${this.url}/media/${id}.png`, preview_url: `${this.url}/media/${id}-small.png`, description: description ?? null, blurhash: null },
      commit: () => this.media.push(media),
    };
  }

  /** masto polls until the upload is processed (200 with its url; 206 while processing), as the v2 media documentation advises. */
  private mediaProcessed(request: Request, id: string): Awaited<ReturnType<Route>> {
    this.authorised(request, 'write:media');
    const media = this.media.find((candidate) => candidate.id === id);
    if (!media) return { status: 404, body: { error: 'Record not found' } };
    return { status: 200, body: { id, type: 'image', url: `${this.url}/media/${id}.png`, preview_url: `${this.url}/media/${id}-small.png`, description: media.description || null, blurhash: null } };
  }

  private async postStatus(request: Request): Promise<Awaited<ReturnType<Route>>> {
    this.authorised(request, 'write:statuses');
    expectThat(request.headers.get('content-type')?.startsWith('application/json'), 'the app sends statuses as JSON');
    const body = (await request.json()) as Record<string, unknown>;
    for (const key of Object.keys(body)) expectThat(['status', 'media_ids', 'scheduled_at', 'visibility', 'language', 'sensitive', 'spoiler_text', 'in_reply_to_id'].includes(key), `undocumented field ${key}`);
    const status = body.status;
    const mediaIds = body.media_ids ?? [];
    expectThat(typeof status === 'string', 'status is a string');
    expectThat(Array.isArray(mediaIds) && mediaIds.every((id) => typeof id === 'string'), 'media_ids is an array of strings');
    for (const id of mediaIds as string[]) expectThat(this.media.some((media) => media.id === id), `media_ids names no uploaded media: ${id}`);
    expectThat(body.visibility === undefined || ['public', 'unlisted', 'private', 'direct'].includes(String(body.visibility)), 'visibility is public, unlisted, private or direct');
    if ([...new Intl.Segmenter().segment(status)].length > TEXT_LIMIT) return { status: 422, body: { error: `Validation failed: Text character limit of ${TEXT_LIMIT} exceeded` } };
    const idempotencyKey = request.headers.get('idempotency-key');
    const scheduledAt = body.scheduled_at;
    if (scheduledAt !== undefined && scheduledAt !== null) {
      expectThat(typeof scheduledAt === 'string' && !Number.isNaN(Date.parse(scheduledAt)), 'scheduled_at is an ISO 8601 datetime');
      if (Date.parse(scheduledAt) < this.clock().getTime() + SCHEDULE_AHEAD_MS) return { status: 422, body: { error: 'Validation failed: Scheduled at The scheduled date must be in the future' } };
      const waiting: ScheduledStatus = { id: String(this.nextScheduledId), status, mediaIds: mediaIds as string[], scheduledAt: new Date(scheduledAt).toISOString(), idempotencyKey };
      return {
        status: 200,
        body: this.scheduledEntity(waiting),
        commit: () => {
          this.nextScheduledId++;
          this.scheduled.push(waiting);
        },
      };
    }
    const posted: PostedStatus = { id: String(this.nextStatusId), status, mediaIds: mediaIds as string[], scheduledAt: null, idempotencyKey, createdAt: this.clock().toISOString() };
    return {
      status: 200,
      body: this.statusEntity(posted),
      commit: () => {
        this.nextStatusId++;
        this.statuses.push(posted);
      },
    };
  }

  /** GET /api/v1/scheduled_statuses/:id: the ScheduledStatus while it waits, 404 once published or deleted. */
  private scheduledStatus(request: Request, id: string): Awaited<ReturnType<Route>> {
    this.authorised(request, 'read:statuses');
    const waiting = this.scheduled.find((candidate) => candidate.id === id);
    if (!waiting) return { status: 404, body: { error: 'Record not found' } };
    return { status: 200, body: this.scheduledEntity(waiting) };
  }

  /** GET /api/v1/accounts/:id/statuses: the account's statuses, newest first, `limit` at most 40 (default 20). */
  private accountStatuses(request: Request, accountId: string, query: URLSearchParams): Awaited<ReturnType<Route>> {
    this.authorised(request, 'read:statuses');
    for (const key of query.keys()) expectThat(['max_id', 'since_id', 'min_id', 'limit', 'only_media', 'exclude_replies', 'exclude_reblogs', 'pinned', 'tagged'].includes(key), `undocumented parameter ${key}`);
    const limit = Number(query.get('limit') ?? 20);
    expectThat(Number.isInteger(limit) && limit > 0 && limit <= 40, 'limit is an integer up to 40');
    if (accountId !== '1') return { status: 404, body: { error: 'Record not found' } };
    return { status: 200, body: [...this.statuses].reverse().slice(0, limit).map((status) => this.statusEntity(status)) };
  }

  private scheduledEntity(waiting: ScheduledStatus): unknown {
    const media = waiting.mediaIds.map((id) => this.mediaEntity(id));
    return { id: waiting.id, scheduled_at: waiting.scheduledAt, params: { text: waiting.status, media_ids: waiting.mediaIds.length ? waiting.mediaIds : null, visibility: 'public', idempotency: waiting.idempotencyKey, scheduled_at: null, application_id: 1 }, media_attachments: media };
  }

  /** A Status as the API renders it: the text as HTML (escaped, paragraphs, line breaks, linked addresses), its media, its public address. */
  private statusEntity(status: PostedStatus): unknown {
    return {
      id: status.id,
      uri: `${this.publicUrl}/users/yhdistys/statuses/${status.id}`,
      url: `${this.publicUrl}/@yhdistys/${status.id}`,
      created_at: status.createdAt,
      content: asHtml(status.status),
      visibility: 'public',
      application: { name: 'Somevuoro', website: null },
      media_attachments: status.mediaIds.map((id) => this.mediaEntity(id)),
    };
  }

  private mediaEntity(id: string): unknown {
    const media = this.media.find((candidate) => candidate.id === id);
    return { id, type: 'image', url: `${this.url}/media/${id}.png`, preview_url: `${this.url}/media/${id}-small.png`, description: media?.description || null, blurhash: null };
  }

  /** 401 as Mastodon answers a missing, revoked or expired token; a token without the scope is a violation of the app's own request. */
  private authorised(request: Request, scope: string): void {
    const token = bearer(request);
    const scopes = token === null ? undefined : this.tokens.get(token);
    if (!scopes) throw new Unauthorised();
    expectThat(scopes.includes(scope) || scopes.includes(scope.split(':')[0]), `the token lacks the scope ${scope}`);
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

class Unauthorised extends Error {}

/** Mastodon's plain-text formatter: escaped, a paragraph per blank line, <br /> for a line break, addresses as links whose scheme is hidden. */
function asHtml(text: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const linked = (value: string) =>
    escape(value).replace(/https?:\/\/[^\s<]+/g, (url) => {
      const [, scheme, rest] = /^(https?:\/\/)(.*)$/.exec(url) ?? ['', '', url];
      return `<a href="${url}" rel="nofollow noopener" target="_blank"><span class="invisible">${scheme}</span><span class="">${rest}</span></a>`;
    });
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(linked).join('<br />')}</p>`)
    .join('');
}

/** The fields of a form (urlencoded or multipart) or a JSON body, as Mastodon's Rails params read them. */
async function fields(request: Request): Promise<Map<string, string[]>> {
  const type = request.headers.get('content-type') ?? '';
  const result = new Map<string, string[]>();
  const add = (key: string, value: unknown) => result.set(key, [...(result.get(key) ?? []), String(value)]);
  if (type.startsWith('application/json')) {
    for (const [key, value] of Object.entries((await request.json()) as Record<string, unknown>)) {
      if (Array.isArray(value)) for (const item of value) add(key, item);
      else add(key, value);
    }
    return result;
  }
  expectThat(type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded'), `a form or JSON body, not ${type || 'none'}`);
  for (const [key, value] of (await request.formData()).entries()) add(key, value);
  return result;
}

function one(body: Map<string, string[]>, key: string): string {
  return body.get(key)?.[0] ?? '';
}

/**
 * A fresh instance for each test of the calling `describe`, found free of contract violations and
 * closed after it (its afterEach runs after the test's own, which may still use it). Call the
 * answer for the instance.
 */
export function fakeMastodonPerTest(): () => FakeMastodon {
  let current: FakeMastodon | null = null;
  beforeEach(async () => {
    current = await FakeMastodon.start();
  });
  afterEach(async () => {
    const fake = current;
    current = null;
    expect(fake?.server.violations).toEqual([]);
    await fake?.close();
  });
  return () => {
    if (!current) throw new Error('fakeMastodonPerTest: no instance outside a test');
    return current;
  };
}
