import { z } from 'zod';
import { Id } from '../domain/ids';
import { Instant } from '../domain/local-time';
import { Line, Name, WebAddress } from '../domain/text';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';

/*
 * Posting directly to Mastodon and Bluesky (issue 17 items 2–5). The accounts' tokens and
 * app passwords stay in main: nothing here carries one back to the renderer.
 */

export const PublishNetwork = z.enum(['mastodon', 'bluesky']);
export type PublishNetwork = z.infer<typeof PublishNetwork>;

export const PublishAccount = z.strictObject({
  channelId: Id,
  network: PublishNetwork,
  /** The Mastodon instance or the Bluesky server (PDS) address. */
  server: z.string(),
  /** user@instance, or the Bluesky handle. */
  account: z.string(),
  connectedAt: Instant,
});
export type PublishAccount = z.infer<typeof PublishAccount>;

const ByChannel = z.strictObject({ channelId: Id });
const Required = (schema: z.ZodString) => schema.min(1, { error: 'v.required' });

export const DuePost = z.strictObject({ postId: Id, channelId: Id, title: z.string(), due: Instant });
export type DuePost = z.infer<typeof DuePost>;

export const PublishResult = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('published'), url: z.string(), by: z.string(), at: Instant }),
  z.strictObject({ kind: z.literal('scheduled'), at: Instant }),
]);
export type PublishResult = z.infer<typeof PublishResult>;

/**
 * A Mastodon post this laptop scheduled on the server: `waiting` for its time (`at`, the server's),
 * or `deleted` there before it went out (never marked published). Once the server has posted
 * it, the channel is recorded as published and it is no longer listed.
 */
export const ScheduledPost = z.strictObject({ postId: Id, channelId: Id, at: Instant, state: z.enum(['waiting', 'deleted']) });
export type ScheduledPost = z.infer<typeof ScheduledPost>;

export const publishContract = {
  /** The accounts connected on this laptop, and whether their secrets are encrypted at rest here (else the UI warns). */
  'publish:accounts': channel(NoInput, z.strictObject({ accounts: z.array(PublishAccount), encrypted: z.boolean() })),
  /**
   * Starts connecting a Mastodon account: the sign-in page to open (it comes back to this laptop
   * on 127.0.0.1 by itself), and the page that shows a code to paste instead (publish:mastodonFinish).
   */
  'publish:mastodonBegin': channel(z.strictObject({ channelId: Id, instance: WebAddress.refine((value) => value !== '', { error: 'v.required' }) }), z.strictObject({ signInUrl: z.string(), codePageUrl: z.string() })),
  'publish:mastodonFinish': channel(z.strictObject({ channelId: Id, code: Required(Line) }), PublishAccount),
  /** `server`: a self-hosted PDS; empty for bsky.social. */
  'publish:blueskyConnect': channel(z.strictObject({ channelId: Id, handle: Name, appPassword: Required(Line), server: WebAddress.default('') }), PublishAccount),
  'publish:disconnect': channel(ByChannel, ByChannel),
  /** Posts an approved post on one channel now, or (Mastodon) hands it to the server for its date and time. */
  'publish:post': channel(z.strictObject({ postId: Id, channelId: Id, onServer: z.boolean().default(false) }), PublishResult),
  /** Approved posts on a connected Bluesky channel whose time has passed unposted (the app was closed): asked about at start. */
  'publish:due': channel(NoInput, z.array(DuePost)),
  /** The posts scheduled on a Mastodon server from this laptop, as last checked. */
  'publish:scheduled': channel(NoInput, z.array(ScheduledPost)),
  /**
   * Asks the servers about those whose time has come, and about `postId`'s (the post opened) at once:
   * records those gone out as published (with their address), notes those deleted there.
   * `recorded`: one was recorded as published, so the post lists changed (else they did not).
   */
  'publish:checkScheduled': channel(z.strictObject({ postId: Id.optional() }), z.strictObject({ scheduled: z.array(ScheduledPost), recorded: z.boolean() })),
};
