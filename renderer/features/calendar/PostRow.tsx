import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Post } from '../../../shared/domain/post';
import { Icon } from '../../components/Icon';
import type { Formatters } from '../../components/use-formatters';
import { useFormatters } from '../../components/use-formatters';
import { isStandIn } from '../../api/posts-cache';
import { useUiStore } from '../../state/ui-store';
import { useCalendarUi } from './calendar-ui-store';
import { FlagIconSvg, PostFlags, usePostFlags } from '../../entities/post-flags';
import { StatusIcon } from '../../entities/StatusIcon';
import { SeriesMark } from '../../entities/SeriesMark';
import { filled, kept } from '../../i18n/kept-words';
import styles from './agenda.module.css';
import calendar from './calendar.module.css';

/** What every row needs besides its post, looked up once for the list: two translation hooks and the formatters a row were most of mounting one. */
export interface RowContext {
  channels: Map<string, Channel>;
  today: string;
  format: Formatters;
  t: ReturnType<typeof useTranslation<'calendar'>>['t'];
  tDomain: ReturnType<typeof useTranslation<'domain'>>['t'];
  /** Deleting with undo, made once by the list (a row mounts no mutation of its own). */
  onDelete: (post: Post) => void;
}

/** The same object while the language, the channels, today and the delete action stay. */
export function useRowContext(channels: Map<string, Channel>, today: string, onDelete: (post: Post) => void): RowContext {
  const { t } = useTranslation('calendar');
  const { t: tDomain } = useTranslation('domain');
  const format = useFormatters();
  return useMemo(() => ({ channels, today, format, t, tDomain, onDelete }), [channels, today, format, t, tDomain, onDelete]);
}

interface PostRowProps {
  post: Post;
  context: RowContext;
  /** Where the row is among the list's items, and the list's measuring of it (a windowed list). */
  index?: number;
  measure?: (row: HTMLLIElement | null) => void;
  /** Its place in its list (from 1, of `setSize`), said by screen readers also while rows around it are not mounted. */
  position?: number;
  setSize?: number;
}

// The stores' actions are read when used: a subscription a row was part of mounting the list.
const openPost = (id: string) => useUiStore.getState().openPost(id);
const openMove = (id: string) => useCalendarUi.getState().openMove(id);

/**
 * A post in the agenda: day and time, title, channels and flags, status, and its actions.
 * Memoised: the windowed list renders again as rows are scrolled in, and a row
 * already mounted has nothing new to draw (its props are the post, the list's context and numbers).
 */
export const PostRow = memo(function PostRow({ post, context, index, measure, position, setSize }: PostRowProps) {
  const { channels, today, format, t, tDomain, onDelete } = context;
  const flags = usePostFlags(post);
  const channelNames = post.channelIds.map((id) => channels.get(id)?.name).filter((name): name is string => Boolean(name));
  // Worded once for the list (kept-words.ts): a row's five labels were most of its translation calls.
  const title = { title: post.title };
  const moveLabel = filled(t, 'move.action', title, (values) => t('move.action', values));
  const deleteLabel = filled(t, 'deletePost', title, (values) => t('deletePost', values));
  // A new post main has not stored yet: its title opens it once stored (PostEditorDialog); it is not moved or deleted under an id main does not know.
  const saving = isStandIn(post.id);
  const publishedLabel = post.publishedUrl ? filled(t, 'openPublished', title, (values) => t('openPublished', values)) : '';
  return (
    <li className={styles.postRow} data-status={post.status} data-today={post.date === today ? 'true' : undefined} data-index={index} ref={measure} aria-posinset={position} aria-setsize={setSize}>
      <span className={styles.postWhen}>
        {post.date ? <span className={styles.postDay}>{format.dayHeader(post.date)}</span> : null}
        <span className={styles.postTime}>{post.time ? format.time(post.time) : '–'}</span>
      </span>
      <button type="button" className="post-title" onClick={() => openPost(post.id)} aria-label={filled(t, 'editPost', title, (values) => t('editPost', values))}>
        {post.title}
      </button>
      <span className={styles.postChannels}>
        <SeriesMark postId={post.id} />
        {channelNames.length ? channelNames.map((name) => <span className="chip" key={name}>{name}</span>) : <span className="muted">{kept(t, 'noChannel', () => t('noChannel'))}</span>}
        <PostFlags flags={flags} />
      </span>
      <span className={`status-badge status-${post.status}`}>
        <StatusIcon status={post.status} size={12} /> {kept(tDomain, post.status, () => tDomain(`status.${post.status}`))}
      </span>
      <span className={calendar.rowActions}>
        {post.publishedUrl ? (
          <a className="icon-button" href={post.publishedUrl} target="_blank" rel="noreferrer" aria-label={publishedLabel} title={publishedLabel}>
            <FlagIconSvg icon="link" />
          </a>
        ) : null}
        <button type="button" className="icon-button" onClick={() => openMove(post.id)} aria-label={moveLabel} title={moveLabel} disabled={saving}>
          <Icon name="calendar" size={16} />
        </button>
        <button type="button" className="icon-button" onClick={() => onDelete(post)} aria-label={deleteLabel} title={deleteLabel} disabled={saving}>
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
});
