import type { Channel } from '../../../shared/domain/channel';
import { newId } from '../../../shared/domain/ids';
import { Post } from '../../../shared/domain/post';
import { addComment } from '../../../shared/review/review-rules';
import type { PlanRepository } from '../../storage/plan-repository';

/*
 * Where the plan learns that a post went out on a channel, with who and when, for every
 * laptop to see. Issue 17 item 1 (the share kit's "Mark as published", branch i17-share)
 * owns the per-channel record; until it is merged this stand-in keeps it as a comment
 * signed by the volunteer ("↗ <channel> <address>"), fills the post's published address,
 * and marks the post published once each of its channels is.
 */
export interface Publication {
  url: string;
  by: string;
  at: string;
}

export interface ChannelPublications {
  isPublished(post: Post, channel: Channel): boolean;
  record(post: Post, channel: Channel, publication: Publication): Promise<Post>;
}

const MARK = '↗';

export class CommentPublications implements ChannelPublications {
  constructor(private readonly repo: PlanRepository) {}

  isPublished(post: Post, channel: Channel): boolean {
    return post.comments.some((comment) => comment.text.startsWith(`${MARK} ${channel.name} `));
  }

  async record(post: Post, channel: Channel, { url, by, at }: Publication): Promise<Post> {
    let next = addComment(post, { id: newId(), author: by, text: `${MARK} ${channel.name} ${url}` }, at);
    if (!next.publishedUrl) next = { ...next, publishedUrl: url };
    const channels = this.repo.main().channels.filter((candidate) => next.channelIds.includes(candidate.id));
    if (channels.every((candidate) => this.isPublished(next, candidate))) next = { ...next, status: 'published' };
    return this.repo.replacePost(Post.parse(next));
  }
}
