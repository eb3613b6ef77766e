import type { AppBskyFeedPost } from '@atproto/api';
import { AtpAgent, RichText } from '@atproto/api';
import type { OutgoingImage } from './mastodon-client';

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

function agentFor({ service, timeout }: BlueskyLogin): AtpAgent {
  // @atproto/api has no timeout of its own: every request gets one, so a server that stops answering fails as "network down".
  const withTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeout) });
  return new AtpAgent({ service, fetch: withTimeout });
}

/** Signs in once to check the app password; answers the account's handle. */
export async function checkBlueskyLogin(login: BlueskyLogin): Promise<{ handle: string }> {
  const agent = agentFor(login);
  const session = await agent.login({ identifier: login.identifier, password: login.appPassword });
  return { handle: session.data.handle };
}

export interface BlueskyPostRequest extends BlueskyLogin {
  text: string;
  image: OutgoingImage | null;
  createdAt: Date;
}

export async function postToBluesky(request: BlueskyPostRequest): Promise<{ url: string }> {
  const agent = agentFor(request);
  const session = await agent.login({ identifier: request.identifier, password: request.appPassword });
  const record: Partial<AppBskyFeedPost.Record> & Omit<AppBskyFeedPost.Record, 'createdAt'> = {
    text: request.text,
    createdAt: request.createdAt.toISOString(),
    ...linkFacets(request.text),
  };
  if (request.image) {
    const { bytes, mime, alt } = request.image;
    const uploaded = await agent.uploadBlob(new Uint8Array(bytes), { encoding: mime });
    record.embed = { $type: 'app.bsky.embed.images', images: [{ alt, image: uploaded.data.blob }] };
  }
  const created = await agent.post(record);
  const rkey = created.uri.split('/').pop() ?? '';
  return { url: `https://bsky.app/profile/${session.data.handle}/post/${rkey}` };
}

/**
 * Links and hashtags as facets (byte ranges of the UTF-8 text), so they are clickable. Mentions
 * are left as plain text: a mention facet needs the account's DID, resolved over the network.
 */
function linkFacets(text: string): Pick<AppBskyFeedPost.Record, 'facets'> {
  const rich = new RichText({ text });
  rich.detectFacetsWithoutResolution();
  const facets = (rich.facets ?? []).filter((facet) => facet.features.every((feature) => feature.$type !== 'app.bsky.richtext.facet#mention'));
  return facets.length ? { facets } : {};
}
