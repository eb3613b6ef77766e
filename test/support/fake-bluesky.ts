import { createHash, randomUUID } from 'node:crypto';
import type { FakeAnswer, Route } from './fake-http-server';
import { FakeHttpServer, bearer, expectThat } from './fake-http-server';

/*
 * A Bluesky PDS as the lexicons document the three calls the app makes
 * (https://docs.bsky.app/docs/api/com-atproto-server-create-session, …-repo-upload-blob,
 * …-repo-create-record, and app.bsky.feed.post / app.bsky.embed.images / app.bsky.richtext.facet):
 * every request is checked and anything else is a violation. Errors are answered as XRPC does:
 * `{ error, message }` with the HTTP status.
 */

const TEXT_GRAPHEMES = 300;
const TEXT_BYTES = 3_000;
const IMAGE_BYTES = 1_000_000;

export interface BlueskyRecord {
  uri: string;
  record: Record<string, unknown>;
}

export class FakeBluesky {
  readonly records: BlueskyRecord[] = [];
  readonly blobs = new Map<string, { mimeType: string; size: number }>();
  private readonly sessions = new Set<string>();
  readonly did = 'did:plc:yhdistys7abc';

  private constructor(
    readonly server: FakeHttpServer,
    readonly handle: string,
    private readonly appPassword: string,
  ) {}

  static async start(handle = 'yhdistys.bsky.social', appPassword = 'abcd-efgh-ijkl-mnop'): Promise<FakeBluesky> {
    let fake: FakeBluesky | null = null;
    const server = await FakeHttpServer.start((request, url) => (fake as FakeBluesky).route(request, url));
    fake = new FakeBluesky(server, handle, appPassword);
    return fake;
  }

  get url(): string {
    return this.server.url;
  }

  /** Every access token issued so far stops working, as when it expires. */
  expireSessions(): void {
    this.sessions.clear();
  }

  private readonly route: Route = async (request, url) => {
    const endpoint = `${request.method} ${url.pathname}`;
    switch (endpoint) {
      case 'POST /xrpc/com.atproto.server.createSession':
        return this.createSession(await jsonBody(request));
      case 'POST /xrpc/com.atproto.repo.uploadBlob':
        return this.authorised(request) ?? this.uploadBlob(request);
      case 'POST /xrpc/com.atproto.repo.createRecord':
        return this.authorised(request) ?? this.createRecord(await jsonBody(request));
      default:
        expectThat(false, `no such endpoint among those the app uses: ${endpoint}`);
    }
  };

  private createSession(body: Record<string, unknown>): FakeAnswer {
    for (const key of Object.keys(body)) expectThat(['identifier', 'password', 'authFactorToken', 'allowTakendown'].includes(key), `undocumented field ${key}`);
    expectThat(typeof body.identifier === 'string' && typeof body.password === 'string', 'identifier and password are required strings');
    if (body.identifier !== this.handle || body.password !== this.appPassword) return { status: 401, body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' } };
    const accessJwt = randomUUID();
    return {
      status: 200,
      body: { did: this.did, handle: this.handle, accessJwt, refreshJwt: randomUUID(), active: true },
      commit: () => this.sessions.add(accessJwt),
    };
  }

  private async uploadBlob(request: Request): Promise<FakeAnswer> {
    const type = request.headers.get('content-type') ?? '';
    expectThat(/^image\/(jpeg|png|gif|webp)$/.test(type), `uploadBlob takes the image bytes with their type as Content-Type, not ${type}`);
    const bytes = Buffer.from(await request.arrayBuffer());
    expectThat(bytes.length > 0, 'the body is the blob’s bytes');
    const cid = rawCid(bytes);
    return {
      status: 200,
      body: { blob: { $type: 'blob', ref: { $link: cid }, mimeType: type, size: bytes.length } },
      commit: () => this.blobs.set(cid, { mimeType: type, size: bytes.length }),
    };
  }

  private createRecord(body: Record<string, unknown>): FakeAnswer {
    for (const key of Object.keys(body)) expectThat(['repo', 'collection', 'rkey', 'validate', 'record', 'swapCommit'].includes(key), `undocumented field ${key}`);
    expectThat(body.repo === this.did || body.repo === this.handle, 'repo is the account’s DID or handle');
    expectThat(body.collection === 'app.bsky.feed.post', 'collection is app.bsky.feed.post');
    const record = body.record as Record<string, unknown>;
    expectThat(record && record.$type === 'app.bsky.feed.post', 'record.$type is app.bsky.feed.post');
    expectThat(typeof record.text === 'string', 'record.text is a string');
    expectThat(typeof record.createdAt === 'string' && !Number.isNaN(Date.parse(record.createdAt)), 'record.createdAt is a datetime');
    const text = record.text;
    if ([...new Intl.Segmenter().segment(text)].length > TEXT_GRAPHEMES || Buffer.byteLength(text) > TEXT_BYTES) {
      return { status: 400, body: { error: 'InvalidRequest', message: `Invalid app.bsky.feed.post record: Record/text must not be longer than ${TEXT_GRAPHEMES} graphemes` } };
    }
    checkFacets(record.facets, text);
    const imageTooLarge = this.checkEmbed(record.embed);
    if (imageTooLarge) return imageTooLarge;
    const rkey = `3l${randomUUID().replaceAll('-', '').slice(0, 11)}`;
    const uri = `at://${this.did}/app.bsky.feed.post/${rkey}`;
    return { status: 200, body: { uri, cid: rawCid(Buffer.from(uri)), validationStatus: 'valid' }, commit: () => this.records.push({ uri, record }) };
  }

  private checkEmbed(embed: unknown): FakeAnswer | null {
    if (embed === undefined) return null;
    const images = (embed as { $type?: string; images?: unknown }).images;
    expectThat((embed as { $type?: string }).$type === 'app.bsky.embed.images' && Array.isArray(images), 'embed is app.bsky.embed.images with images');
    expectThat(images.length >= 1 && images.length <= 4, 'one to four images');
    for (const image of images as { alt?: unknown; image?: { $type?: string; ref?: { $link?: string }; mimeType?: string; size?: number } }[]) {
      expectThat(typeof image.alt === 'string', 'every image has alt text (a string, required by the lexicon)');
      const blob = image.image;
      expectThat(blob?.$type === 'blob' && typeof blob.ref?.$link === 'string', 'image is a blob reference');
      const stored = this.blobs.get(blob.ref.$link);
      expectThat(stored, 'image refers to a blob uploaded by uploadBlob');
      expectThat(stored.mimeType === blob.mimeType && stored.size === blob.size, 'the blob reference keeps uploadBlob’s mimeType and size');
      if (stored.size > IMAGE_BYTES) return { status: 400, body: { error: 'InvalidRequest', message: 'Invalid app.bsky.feed.post record: Record/embed/images/0/image file too large' } };
    }
    return null;
  }

  private authorised(request: Request): FakeAnswer | null {
    const token = bearer(request);
    if (token !== null && this.sessions.has(token)) return null;
    return { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } };
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

/** Link and tag facets: byte ranges of the UTF-8 text, as app.bsky.richtext.facet defines them. */
function checkFacets(facets: unknown, text: string): void {
  if (facets === undefined) return;
  expectThat(Array.isArray(facets), 'facets is an array');
  const bytes = Buffer.from(text);
  for (const facet of facets as { index?: { byteStart?: number; byteEnd?: number }; features?: { $type?: string; uri?: string; tag?: string; did?: string }[] }[]) {
    const { byteStart = -1, byteEnd = -1 } = facet.index ?? {};
    expectThat(Number.isInteger(byteStart) && Number.isInteger(byteEnd) && byteStart >= 0 && byteEnd <= bytes.length && byteStart < byteEnd, 'facet index is a byte range of the text');
    for (const feature of facet.features ?? []) {
      const covered = bytes.subarray(byteStart, byteEnd).toString();
      if (feature.$type === 'app.bsky.richtext.facet#link') expectThat(typeof feature.uri === 'string' && feature.uri.includes(covered.replace(/^https?:\/\//, '')), 'a link facet covers its address');
      else if (feature.$type === 'app.bsky.richtext.facet#tag') expectThat(covered === `#${feature.tag}`, 'a tag facet covers #tag');
      else expectThat(feature.$type === 'app.bsky.richtext.facet#mention' && feature.did?.startsWith('did:'), `a facet feature is a link, tag or mention with a DID: ${feature.$type}`);
    }
  }
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  expectThat(request.headers.get('content-type')?.startsWith('application/json'), 'the body is JSON');
  return (await request.json()) as Record<string, unknown>;
}

/** A CIDv1 (raw codec, sha2-256) in base32, the form a PDS answers for a blob. */
function rawCid(bytes: Buffer): string {
  const digest = createHash('sha256').update(bytes).digest();
  const binary = Buffer.concat([Buffer.from([0x01, 0x55, 0x12, 0x20]), digest]);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let out = 'b';
  for (const byte of binary) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}
