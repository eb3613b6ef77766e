import type { AppBskyFeedPost, AtpAgent } from '@atproto/api';
import type { OutgoingImage } from './mastodon-client';
import { NetworkFailure, validDate } from './publishing-failure';

/*
 * The Bluesky calls the app makes, through @atproto/api (https://docs.bsky.app/docs/api/):
 * com.atproto.server.createSession with the handle and an app password, then
 * com.atproto.repo.uploadBlob for the image and com.atproto.repo.createRecord of an
 * app.bsky.feed.post with the image's alt text and link facets. Bluesky has no
 * scheduling on the server: a post due while the app is closed goes out when it next opens.
 */

export const blueskyService = 'https://bsky.social';
/** The PDS refuses a larger image blob for a post (app.bsky.embed.images: maxSize 1,000,000). */
export const blueskyImageMaxBytes = 1_000_000;

export interface BlueskyLogin {
  service: string;
  identifier: string;
  appPassword: string;
  timeout: number;
}

/** @atproto/api takes seconds to load (its lexicons): loaded when a Bluesky account is first used, not at every start. */
type Atproto = typeof import('@atproto/api');
let loaded: Promise<Atproto> | null = null;
function atproto(): Promise<Atproto> {
  loaded ??= import('@atproto/api');
  return loaded;
}

/** Signs in and runs calls on the session, describing a failure as the volunteer will be told it (publishing-failure.ts). */
async function signedIn<T>(login: BlueskyLogin, run: (agent: AtpAgent, handle: string, library: Atproto) => Promise<T>): Promise<T> {
  const library = await atproto();
  // @atproto/api has no timeout of its own: every request gets one, so a server that stops answering fails as "network down".
  const withTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(login.timeout) });
  const agent = new library.AtpAgent({ service: login.service, fetch: withTimeout });
  try {
    const session = await agent.login({ identifier: login.identifier, password: login.appPassword });
    return await run(agent, session.data.handle, library);
  } catch (error) {
    if (!(error instanceof library.XRPCError)) throw error;
    const reset = error.headers?.['ratelimit-reset'];
    // Statuses below 100 are the library's own: Unknown (no answer, no connection) and InvalidResponse.
    const answered = error.status >= 100;
    throw new NetworkFailure(answered ? error.status : null, error.message, reset ? validDate(new Date(Number(reset) * 1000)) : null, error.error, !answered);
  }
}

/** Signs in once to check the app password; answers the account's handle. */
export function checkBlueskyLogin(login: BlueskyLogin): Promise<{ handle: string }> {
  return signedIn(login, (_agent, handle) => Promise.resolve({ handle }));
}

export interface BlueskyPostRequest extends BlueskyLogin {
  text: string;
  image: OutgoingImage | null;
  createdAt: Date;
}

export function postToBluesky(request: BlueskyPostRequest): Promise<{ url: string }> {
  return signedIn(request, async (agent, handle, library) => {
    const record: Partial<AppBskyFeedPost.Record> & Omit<AppBskyFeedPost.Record, 'createdAt'> = {
      text: request.text,
      createdAt: request.createdAt.toISOString(),
      ...linkFacets(library, request.text),
    };
    if (request.image) {
      const { bytes, mime, alt } = request.image;
      const uploaded = await agent.uploadBlob(new Uint8Array(bytes), { encoding: mime });
      record.embed = { $type: 'app.bsky.embed.images', images: [{ alt, image: uploaded.data.blob }] };
    }
    const created = await agent.post(record);
    const rkey = created.uri.split('/').pop() ?? '';
    return { url: `https://bsky.app/profile/${handle}/post/${rkey}` };
  });
}

/**
 * Links and hashtags as facets (byte ranges of the UTF-8 text), so they are clickable. Mentions
 * are left as plain text: a mention facet needs the account's DID, resolved over the network.
 */
function linkFacets({ RichText }: Atproto, text: string): Pick<AppBskyFeedPost.Record, 'facets'> {
  const rich = new RichText({ text });
  rich.detectFacetsWithoutResolution();
  const facets = (rich.facets ?? []).filter((facet) => facet.features.every((feature) => feature.$type !== 'app.bsky.richtext.facet#mention'));
  return facets.length ? { facets } : {};
}
