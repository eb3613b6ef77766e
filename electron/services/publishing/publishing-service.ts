import fs from 'node:fs';
import { createHash } from 'node:crypto';
import type { DuePost, PublishAccount, PublishResult, ScheduledPost } from '../../../shared/api/publish-contract';
import { instantOf } from '../../../shared/calendar/zoned-time';
import type { Channel } from '../../../shared/domain/channel';
import { channelTextLimits, networkLength } from '../../../shared/domain/channel-limits';
import type { Id } from '../../../shared/domain/ids';
import type { Post } from '../../../shared/domain/post';
import { canShare } from '../../../shared/share/publications';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { DomainError, notFound } from '../domain-error';
import type { ActingName } from '../lookups';
import { existingPost } from '../lookups';
import type { MediaService } from '../media/media-service';
import { blueskyImageMaxBytes, blueskyService, checkBlueskyLogin, postToBluesky } from './bluesky-client';
import type { ChannelPublications } from './channel-publications';
import type { ConnectedAccounts, Network } from './connected-accounts';
import type { MastodonSignIn } from './mastodon-sign-in';
import type { OutgoingImage } from './mastodon-client';
import { checkScheduledStatus, postToMastodon } from './mastodon-client';
import { NetworkFailure, publishingFailure, publishingRefusal } from './publishing-failure';
import type { ScheduledPosts } from './scheduled-posts';

/** Mastodon's default image limit (16 MB); an instance may set a lower one, which it then words itself (422). */
const mastodonImageMaxBytes = 16 * 1024 * 1024;
/** Mastodon takes a scheduled status only this far ahead. */
const SCHEDULE_AHEAD_MS = 5 * 60_000;
/**
 * Mastodon's scheduler removes the scheduled status a moment before the new status exists, and
 * its queue may run late: a scheduled status missing for less than this is still going out.
 */
const PUBLISHING_GRACE_MS = 15 * 60_000;
/** A background check waits less for a server than a volunteer's own Post now: a check of the opened post waits behind it. */
const CHECK_TIMEOUT_MS = 10_000;
const imageLimits: Record<Network, number> = { mastodon: mastodonImageMaxBytes, bluesky: blueskyImageMaxBytes };

export interface PublishingOptions {
  media: Pick<MediaService, 'pathOf'>;
  accounts: ConnectedAccounts;
  publications: ChannelPublications;
  /** The Mastodon posts this laptop scheduled on a server, until they are found gone out or deleted. */
  scheduled: ScheduledPosts;
  mastodonSignIn: MastodonSignIn;
  acting: ActingName;
  /** How long one request to a network may take before it counts as "network down". */
  timeout: number;
}

/**
 * Posting an approved post directly to a connected Mastodon or Bluesky account (issue 17):
 * checks what the network would refuse before sending, turns its refusals into worded
 * issues, and records the channel as published (who, when, the address) only once the
 * network has answered with the post's address.
 */
export class PublishingService {
  /** The request on each post and channel still running (oneAtATime). */
  private readonly busy = new Map<string, Promise<void>>();

  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
    private readonly options: PublishingOptions,
  ) {}

  publishAccounts(): { accounts: PublishAccount[]; encrypted: boolean } {
    return { accounts: this.options.accounts.list(), encrypted: this.options.accounts.encrypts };
  }

  async publishMastodonBegin({ channelId, instance }: { channelId: Id; instance: string }): Promise<{ signInUrl: string; codePageUrl: string }> {
    this.channelOf(channelId, 'mastodon');
    try {
      return await this.options.mastodonSignIn.begin(channelId, new URL(instance).origin);
    } catch (error) {
      throw publishingFailure(error, 'mastodon', this.timeZone());
    }
  }

  async publishMastodonFinish({ channelId, code }: { channelId: Id; code: string }): Promise<PublishAccount> {
    this.channelOf(channelId, 'mastodon');
    try {
      return await this.options.mastodonSignIn.finishWithCode(channelId, code);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw publishingFailure(error, 'mastodon', this.timeZone());
    }
  }

  async publishBlueskyConnect({ channelId, handle, appPassword, server }: { channelId: Id; handle: string; appPassword: string; server: string }): Promise<PublishAccount> {
    this.channelOf(channelId, 'bluesky');
    const service = server ? new URL(server).origin : blueskyService;
    const identifier = handle.replace(/^@/, '');
    let account: string;
    try {
      account = (await checkBlueskyLogin({ service, identifier, appPassword, timeout: this.options.timeout })).handle;
    } catch (error) {
      const refusal = publishingFailure(error, 'bluesky', this.timeZone());
      // At sign-in a refusal of the password is a wrong password, not an expired session.
      if (refusal.issues[0]?.message === 'v.publishSignedOut') throw publishingRefusal('bluesky', 'v.publishWrongPassword');
      throw refusal;
    }
    const connected: PublishAccount = { channelId, network: 'bluesky', server: service, account, connectedAt: this.clock().toISOString() };
    // The app password itself is kept: Bluesky's app passwords exist for exactly this, and the volunteer can revoke it there.
    this.options.accounts.save(connected, JSON.stringify({ identifier, appPassword }));
    return connected;
  }

  publishDisconnect({ channelId }: { channelId: Id }): { channelId: Id } {
    this.options.accounts.remove(channelId);
    return { channelId };
  }

  /**
   * Runs outside the queue of changes (request-order.ts): the wait for the network holds up no
   * save; only the publication's write is queued (ChannelPublications.record). One request per
   * post and channel at a time: a second Post now waits and is then refused as already published.
   */
  publishPost(input: { postId: Id; channelId: Id; onServer: boolean }): Promise<PublishResult> {
    return this.oneAtATime(`${input.postId}/${input.channelId}`, () => this.post(input));
  }

  private async post({ postId, channelId, onServer }: { postId: Id; channelId: Id; onServer: boolean }): Promise<PublishResult> {
    const post = await existingPost(this.repo, postId);
    const channel = this.repo.main().channels.find((candidate) => candidate.id === channelId);
    if (!channel || !post.channelIds.includes(channelId)) throw notFound('channel', channelId);
    const network = networkOf(channel);
    const connection = this.options.accounts.find(channelId);
    if (!network || !connection) throw publishingRefusal(network ?? 'mastodon', 'v.publishNotConnected');
    if (post.status !== 'approved' && post.status !== 'published') throw publishingRefusal(network, 'v.publishNotApproved');
    if (this.options.publications.isPublished(post, channel)) throw publishingRefusal(network, 'v.publishAlreadyPublished');
    if (this.options.scheduled.find(post.id, channelId)?.state === 'waiting') throw publishingRefusal(network, 'v.publishAlreadyScheduled');
    const by = this.options.acting('post');
    const text = post.variants[channelId] ?? post.text;
    this.checkText(text, channel, network);
    const image = this.imageOf(post, network);
    const scheduledAt = onServer ? this.serverTime(post, network) : null;
    let url: string;
    try {
      if (network === 'mastodon') {
        const result = await postToMastodon({
          instance: connection.account.server,
          accessToken: connection.secret,
          text,
          image,
          scheduledAt,
          // A retry of the same post on the same channel (after a timeout) is not posted twice.
          idempotencyKey: createHash('sha256').update(`${post.id}/${channelId}/${scheduledAt?.toISOString() ?? 'now'}`).digest('hex'),
          timeout: this.options.timeout,
        });
        if (result.kind === 'scheduled') {
          const at = new Date(result.at).toISOString();
          this.options.scheduled.save({ postId: post.id, channelId, at, state: 'waiting', statusId: result.id, text, mediaIds: result.mediaIds, by });
          return { kind: 'scheduled', at };
        }
        url = result.url;
      } else {
        const { identifier, appPassword } = JSON.parse(connection.secret) as { identifier: string; appPassword: string };
        url = (await postToBluesky({ service: connection.account.server, identifier, appPassword, text, image, createdAt: this.clock(), timeout: this.options.timeout })).url;
      }
    } catch (error) {
      throw publishingFailure(error, network, this.timeZone());
    }
    const at = this.clock().toISOString();
    await this.options.publications.record(post.id, channelId, { url, by, at });
    // Posted now after a scheduled copy was deleted on the server: that note has done its work.
    this.options.scheduled.remove(post.id, channelId);
    return { kind: 'published', url, by, at };
  }

  publishScheduled(): ScheduledPost[] {
    return this.options.scheduled.all().map(({ postId, channelId, at, state }) => ({ postId, channelId, at, state }));
  }

  /**
   * Asks each server about the posts scheduled there: one gone out is recorded as published with
   * its address (by whoever scheduled it, at the time it went out), one deleted there is noted
   * and never marked. A server that cannot be asked now (network down, signed out) is asked the
   * next time; its posts stay "scheduled". `recorded`: a publication was written into the plan
   * (the renderer refreshes the post lists only then).
   */
  async publishCheckScheduled({ postId }: { postId?: Id }): Promise<{ scheduled: ScheduledPost[]; recorded: boolean }> {
    const now = this.clock().getTime();
    let recorded = false;
    // In the background only a post whose time has come is asked about; an opened post is asked about at once, to show a deletion on the server early.
    for (const entry of this.options.scheduled.all()) {
      if (entry.state !== 'waiting' || (entry.postId !== postId && Date.parse(entry.at) > now)) continue;
      if (await this.oneAtATime(`${entry.postId}/${entry.channelId}`, () => this.checkScheduled(entry.postId, entry.channelId))) recorded = true;
    }
    return { scheduled: this.publishScheduled(), recorded };
  }

  /** True when the post was found gone out and recorded as published. */
  private async checkScheduled(postId: Id, channelId: Id): Promise<boolean> {
    const { scheduled } = this.options;
    // Read again: a check or a Post now of the same post may have finished while this one waited its turn.
    const entry = scheduled.find(postId, channelId);
    if (entry?.state !== 'waiting') return false;
    const post = await this.repo.findPost(entry.postId);
    const channel = this.repo.main().channels.find((candidate) => candidate.id === entry.channelId);
    // The post or channel was deleted, or the channel was marked published by hand: nothing is left to learn.
    if (!post || !channel || !post.channelIds.includes(channel.id) || this.options.publications.isPublished(post, channel)) {
      scheduled.remove(entry.postId, entry.channelId);
      return false;
    }
    const connection = this.options.accounts.find(channel.id);
    if (!connection || !canShare(post)) return false;
    let state;
    try {
      state = await checkScheduledStatus({ instance: connection.account.server, accessToken: connection.secret, scheduledId: entry.statusId, text: entry.text, mediaIds: entry.mediaIds, scheduledAt: new Date(entry.at), timeout: Math.min(this.options.timeout, CHECK_TIMEOUT_MS) });
    } catch (error) {
      if (error instanceof NetworkFailure) return false;
      throw error;
    }
    if (state.kind === 'waiting') {
      if (state.at !== entry.at) scheduled.save({ ...entry, at: state.at });
      return false;
    }
    if (state.kind === 'published') {
      const stored = await this.options.publications.record(entry.postId, entry.channelId, { url: state.url, by: entry.by, at: state.at });
      scheduled.remove(entry.postId, entry.channelId);
      return stored !== null;
    }
    // Gone and not found: deleted, if it is not yet its time (the scheduler never posts early) or its time is well past.
    const now = this.clock().getTime();
    const at = Date.parse(entry.at);
    if (now < at - 60_000 || now > at + PUBLISHING_GRACE_MS) scheduled.save({ ...entry, state: 'deleted' });
    return false;
  }

  /** Runs `work` after any earlier work on the same key (a post on a channel) has settled. */
  private oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
    const result = (this.busy.get(key) ?? Promise.resolve()).then(work);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.busy.set(key, settled);
    void settled.then(() => {
      if (this.busy.get(key) === settled) this.busy.delete(key);
    });
    return result;
  }

  /** Approved posts on connected Bluesky channels whose date and time have passed without their going out. */
  async publishDue(): Promise<DuePost[]> {
    const now = this.clock().getTime();
    const connected = new Set(this.options.accounts.list().filter((account) => account.network === 'bluesky').map((account) => account.channelId));
    const channels = this.repo.main().channels.filter((channel) => connected.has(channel.id));
    if (!channels.length) return [];
    const due: DuePost[] = [];
    for (const post of await this.repo.allPosts()) {
      if (post.status !== 'approved' || !post.date || !post.time) continue;
      const at = instantOf(post.date, post.time, this.timeZone());
      if (Date.parse(at) > now) continue;
      for (const channel of channels) {
        if (post.channelIds.includes(channel.id) && !this.options.publications.isPublished(post, channel)) due.push({ postId: post.id, channelId: channel.id, title: post.title, due: new Date(at).toISOString() });
      }
    }
    return due;
  }

  private channelOf(channelId: Id, network: Network): Channel {
    const channel = this.repo.main().channels.find((candidate) => candidate.id === channelId);
    if (!channel) throw notFound('channel', channelId);
    if (networkOf(channel) !== network) throw publishingRefusal(network, 'v.publishChannelKind');
    return channel;
  }

  private checkText(text: string, channel: Channel, network: Network): void {
    const max = channelTextLimits[channel.kind]?.max;
    const count = networkLength(text, channel.kind);
    if (max !== undefined && count > max) throw publishingRefusal(network, `v.publishTextTooLong?max=${max}&length=${count}`);
    if (!text.trim()) throw publishingRefusal(network, 'v.publishEmptyText');
  }

  private imageOf(post: Post, network: Network): OutgoingImage | null {
    const cover = post.coverImage;
    if (!cover) return null;
    // Only a whole file: one another laptop's sync tool is still copying is not posted half.
    const found = this.options.media.pathOf(cover.file);
    let bytes: Buffer;
    try {
      if (!found) throw new Error(`No whole image named ${cover.file}`);
      bytes = fs.readFileSync(found);
    } catch {
      throw publishingRefusal(network, 'v.publishImageMissing');
    }
    const max = imageLimits[network];
    if (bytes.length > max) throw publishingRefusal(network, `v.publishImageTooLarge?max=${Math.floor(max / 1000)}&size=${Math.ceil(bytes.length / 1000)}`);
    return { bytes, mime: cover.mime, fileName: cover.file, alt: cover.alt };
  }

  /** The post's own date and time, which Mastodon takes only five minutes ahead or more; Bluesky has no such thing. */
  private serverTime(post: Post, network: Network): Date {
    if (network !== 'mastodon') throw publishingRefusal(network, 'v.publishNoServerSchedule');
    if (!post.date || !post.time) throw publishingRefusal(network, 'v.publishNeedsTime');
    const at = new Date(instantOf(post.date, post.time, this.timeZone()));
    if (at.getTime() < this.clock().getTime() + SCHEDULE_AHEAD_MS) throw publishingRefusal(network, 'v.publishScheduleTooSoon');
    return at;
  }

  private timeZone(): string {
    return this.repo.main().settings.timeZone;
  }
}

function networkOf(channel: Channel): Network | null {
  return channel.kind === 'mastodon' || channel.kind === 'bluesky' ? channel.kind : null;
}

