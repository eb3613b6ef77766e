import type { Channel } from '../../../shared/domain/channel';
import type { Id } from '../../../shared/domain/ids';
import { Post } from '../../../shared/domain/post';
import { markPublished, publicationOf } from '../../../shared/share/publications';
import type { PlanRepository } from '../../storage/plan-repository';
import { isPostArriving } from '../../storage/storage-error';

/*
 * Where the plan learns that a post went out on a channel, with who and when, for every
 * laptop to see: the same per-channel record the share kit's "Mark as published" writes
 * (shared/domain/publication.ts), with `via: 'direct'`; the post is published once all its
 * channels are.
 */
export interface DirectPublication {
  url: string;
  by: string;
  at: string;
}

export interface ChannelPublications {
  isPublished(post: Post, channel: Channel): boolean;
  /**
   * Records the channel as published in the post as it is now (read again: the network was asked
   * outside the queue of changes, and the post may have been edited meanwhile). Null when the post
   * no longer takes it (deleted, its channel removed, no longer approved): the network posted it all
   * the same, and what the volunteer did meanwhile is kept.
   */
  record(postId: Id, channelId: Id, publication: DirectPublication): Promise<Post | null>;
}

export class PostPublications implements ChannelPublications {
  constructor(private readonly repo: PlanRepository) {}

  isPublished(post: Post, channel: Channel): boolean {
    return publicationOf(post, channel.id) !== null;
  }

  record(postId: Id, channelId: Id, { url, by, at }: DirectPublication): Promise<Post | null> {
    // Read and written with nothing else changing the plan in between: this write alone is queued, not the wait for the network.
    return whenArrived(() => this.repo.exclusive(async () => {
      const post = await this.repo.findPost(postId);
      if (!post) return null;
      if (publicationOf(post, channelId)) return post;
      // A server that answers a plain http address still posted: keep that it went out, without an address the app would not open.
      const address = /^https:\/\//i.test(url) ? url : '';
      const marked = markPublished(post, channelId, { url: address, by, at, via: 'direct' }, at);
      if (!marked.ok) return null;
      const next = marked.post.publishedUrl ? marked.post : { ...marked.post, publishedUrl: address };
      return this.repo.replacePost(Post.parse(next));
    }));
  }
}

/**
 * What went out must be recorded, not refused: a post whose move from another laptop has half arrived
 * (v.postArriving) is written once it has, asked again every `pauseMs` (merges run in between). Told
 * "try again", a user would post it a second time (Bluesky keeps no idempotency key).
 */
export async function whenArrived<T>(write: () => Promise<T>, tries = 60, pauseMs = 500): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isPostArriving(error) || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
