import type { Channel } from '../../../shared/domain/channel';
import { Post } from '../../../shared/domain/post';
import { markPublished, publicationOf } from '../../../shared/share/publications';
import type { PlanRepository } from '../../storage/plan-repository';

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
  record(post: Post, channel: Channel, publication: DirectPublication): Promise<Post>;
}

export class PostPublications implements ChannelPublications {
  constructor(private readonly repo: PlanRepository) {}

  isPublished(post: Post, channel: Channel): boolean {
    return publicationOf(post, channel.id) !== null;
  }

  async record(post: Post, channel: Channel, { url, by, at }: DirectPublication): Promise<Post> {
    // A server that answers a plain http address still posted: keep that it went out, without an address the app would not open.
    const address = /^https:\/\//i.test(url) ? url : '';
    const marked = markPublished(post, channel.id, { url: address, by, at, via: 'direct' }, at);
    // The service checked both (approved, the post's channel) before it posted; a refusal here is a defect.
    if (!marked.ok) throw new Error(`published on ${channel.id} but cannot record it: ${marked.problem}`);
    const next = marked.post.publishedUrl ? marked.post : { ...marked.post, publishedUrl: address };
    return this.repo.replacePost(Post.parse(next));
  }
}
