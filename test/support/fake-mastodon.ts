import { createHash, randomUUID } from 'node:crypto';
import type { Route } from './fake-http-server';
import { FakeHttpServer, bearer, expectThat } from './fake-http-server';

/*
 * A Mastodon instance as its API documentation describes it, for the endpoints the app uses
 * (https://docs.joinmastodon.org/methods/apps/, /methods/oauth/, /methods/media/#v2,
 * /methods/statuses/#create, /methods/accounts/#verify_credentials): every request is checked
 * (method, path, headers, body fields) and anything undocumented is a violation.
 * The authorisation page stands for a volunteer who signs in and allows the app.
 */

const OOB = 'urn:ietf:wg:oauth:2.0:oob';
const TEXT_LIMIT = 500;
const IMAGE_LIMIT = 16 * 1024 * 1024;
const DESCRIPTION_LIMIT = 1_500;
const SCHEDULE_AHEAD_MS = 5 * 60_000;
const DOCUMENTED_SCOPES = new Set(['read', 'write', 'profile', 'read:accounts', 'write:statuses', 'write:media', 'push', 'follow']);

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
  scheduledAt: string | null;
  idempotencyKey: string | null;
}
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
  readonly statuses: PostedStatus[] = [];
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
  issueToken(scopes = 'read:accounts write:statuses write:media'): string {
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

  private readonly answer: Route = async (request, url) => {
    const endpoint = `${request.method} ${url.pathname}`;
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
    const id = String(1000 + this.statuses.length);
    const scheduledAt = body.scheduled_at;
    if (scheduledAt !== undefined && scheduledAt !== null) {
      expectThat(typeof scheduledAt === 'string' && !Number.isNaN(Date.parse(scheduledAt)), 'scheduled_at is an ISO 8601 datetime');
      if (Date.parse(scheduledAt) < Date.now() + SCHEDULE_AHEAD_MS) return { status: 422, body: { error: 'Validation failed: Scheduled at The scheduled date must be in the future' } };
      return {
        status: 200,
        body: { id, scheduled_at: new Date(scheduledAt).toISOString(), params: { text: status, media_ids: mediaIds, visibility: body.visibility ?? 'public' }, media_attachments: [] },
        commit: () => this.statuses.push({ id, status, mediaIds: mediaIds as string[], scheduledAt, idempotencyKey }),
      };
    }
    return {
      status: 200,
      body: { id, uri: `${this.publicUrl}/users/yhdistys/statuses/${id}`, url: `${this.publicUrl}/@yhdistys/${id}`, created_at: new Date().toISOString(), content: `<p>${status}</p>`, visibility: body.visibility ?? 'public', media_attachments: [] },
      commit: () => this.statuses.push({ id, status, mediaIds: mediaIds as string[], scheduledAt: null, idempotencyKey }),
    };
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
