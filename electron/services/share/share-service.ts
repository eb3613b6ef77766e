import type { Id } from '../../../shared/domain/ids';
import { Post } from '../../../shared/domain/post';
import { markPublished, unmarkPublished } from '../../../shared/share/publications';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { FileHost } from '../export/file-host';
import type { ActingName } from '../lookups';
import { existingPost } from '../lookups';
import type { MediaService } from '../media/media-service';

/**
 * The share kit's writes: a channel marked published (and its undo), signed with the
 * person chosen at this laptop, and the cover image shown in the file manager.
 */
export class ShareService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
    private readonly actingName: ActingName,
    private readonly media: Pick<MediaService, 'pathOf'>,
    private readonly host: Pick<FileHost, 'reveal'> | null,
  ) {}

  async shareMarkPublished({ id, channelId, url }: { id: Id; channelId: Id; url: string }): Promise<Post> {
    const post = await existingPost(this.repo, id);
    const by = this.actingName('mark a post published');
    const at = this.clock().toISOString();
    const marked = markPublished(post, channelId, { url, by, at, via: 'share-kit' }, at);
    if (!marked.ok) {
      if (marked.problem === 'notShareable') throw new DomainError('rejected', `A ${post.status} post cannot be published yet: approve it first.`, [{ path: 'status', message: 'v.shareNotApproved', received: post.status }]);
      throw new DomainError('rejected', `The post does not go to channel ${channelId}.`, [{ path: 'channelId', message: 'v.shareNotChannelOfPost', received: channelId }]);
    }
    return this.repo.replacePost(Post.parse(marked.post));
  }

  async shareUnmarkPublished({ id, channelId }: { id: Id; channelId: Id }): Promise<Post> {
    const post = await existingPost(this.repo, id);
    this.actingName('undo a publication');
    const next = unmarkPublished(post, channelId, this.clock().toISOString());
    if (!next) throw new DomainError('not-found', `Channel ${channelId} of the post is not marked published.`, [{ path: 'channelId', message: 'v.shareNotPublished', received: channelId }]);
    return this.repo.replacePost(Post.parse(next));
  }

  /** Only the post's own cover image, by the one way a media name becomes a path: the page cannot make main open other folders. */
  async shareShowImage({ id }: { id: Id }): Promise<{ shown: boolean }> {
    const post = await existingPost(this.repo, id);
    const file = post.coverImage && this.media.pathOf(post.coverImage.file);
    if (!this.host || !file) return { shown: false };
    this.host.reveal(file);
    return { shown: true };
  }
}
