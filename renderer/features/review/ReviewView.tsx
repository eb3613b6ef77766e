import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Post } from '../../../shared/domain/post';
import { useVolunteers } from '../../api/settings-queries';
import { useUiStore } from '../../state/ui-store';
import { PostFlags, usePostFlags } from '../../entities/post-flags';
import { StatusIcon } from '../../entities/StatusIcon';
import { useFormatters } from '../../components/use-formatters';
import { ApprovalLine } from './ApprovalLine';
import { CommentThread } from './CommentThread';
import { useIdentityPrompt } from '../../entities/identity/use-identity-prompt';
import { WeeksAheadSelect } from '../../components/WeeksAheadSelect';
import styles from './review.module.css';

function ReviewCard({ post, channels, withIdentity }: { post: Post; channels: Map<string, Channel>; withIdentity: (then: () => void) => void }) {
  const { t } = useTranslation('review');
  const { t: tCalendar } = useTranslation('calendar');
  const { t: tDomain } = useTranslation('domain');
  const format = useFormatters();
  const openPost = useUiStore((state) => state.openPost);
  const author = useVolunteers().data?.find((volunteer) => volunteer.id === post.authorId)?.name;
  const flags = usePostFlags(post);
  const titleId = useId();
  const channelNames = post.channelIds.map((id) => channels.get(id)?.name).filter(Boolean);
  return (
    <li className={styles.reviewCard}>
      <div>
        <p className={styles.reviewWhen}>
          {post.date ? format.dayLabel(post.date) : t('noDate')}
          {post.time ? ` · ${format.time(post.time)}` : ''}
        </p>
        <h3 id={titleId}>
          <button type="button" className="post-title" onClick={() => openPost(post.id)} aria-label={tCalendar('editPost', { title: post.title })}>
            {post.title}
          </button>
        </h3>
        <p className={styles.reviewMeta}>
          <span className={`status-badge status-${post.status}`}>
            <StatusIcon status={post.status} size={12} /> {tDomain(`status.${post.status}`)}
          </span>
          <span>{channelNames.length ? channelNames.join(', ') : tCalendar('noChannel')}</span>
          {author ? <span>{t('author', { name: author })}</span> : null}
          <PostFlags flags={flags} />
        </p>
      </div>
      {post.text ? <p className={styles.reviewText}>{post.text}</p> : null}
      <ApprovalLine post={post} withIdentity={withIdentity} />
      <CommentThread post={post} withIdentity={withIdentity} />
    </li>
  );
}

/** What waits for review in the next N weeks: the board reads, comments and approves here. */
export function ReviewView({ posts, weeks, onWeeks, channels }: { posts: Post[]; weeks: number; onWeeks: (weeks: number) => void; channels: Map<string, Channel> }) {
  const { t } = useTranslation('review');
  const { withIdentity, prompt } = useIdentityPrompt();
  const selectId = useId();
  return (
    <section aria-labelledby={`${selectId}-intro`}>
      <div className={styles.reviewHeader}>
        <p id={`${selectId}-intro`} className="muted">
          {t('intro')}
        </p>
        <WeeksAheadSelect weeks={weeks} onWeeks={onWeeks} />
      </div>
      {posts.length ? (
        <ul className="entry-list">
          {posts.map((post) => (
            <ReviewCard key={post.id} post={post} channels={channels} withIdentity={withIdentity} />
          ))}
        </ul>
      ) : (
        <p className="empty">{t('nothing', { count: weeks })}</p>
      )}
      {prompt}
    </section>
  );
}
