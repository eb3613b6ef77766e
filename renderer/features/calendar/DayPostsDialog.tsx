import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import { Dialog } from '../../components/Dialog';
import { useUiStore } from '../../state/ui-store';
import { useCalendarUi } from './calendar-ui-store';
import type { ChipContext } from './PostChip';
import { chipLabel } from './PostChip';
import { flagsTooltip, PostFlags, PostFlagsScope, usePostFlags } from '../../entities/post-flags';
import { StatusIcon } from '../../entities/StatusIcon';
import { useCalendarPosts } from './use-calendar-posts';
import { useShownRange } from './use-calendar-position';
import styles from './calendar.module.css';
import grids from './calendar-grids.module.css';

function DayPost({ post, context }: { post: Post; context: ChipContext }) {
  const { t } = useTranslation('calendar');
  const { t: tDomain } = useTranslation('domain');
  const openPost = useUiStore((state) => state.openPost);
  const openMove = useCalendarUi((state) => state.openMove);
  const flags = usePostFlags(post);
  const label = chipLabel(post, context, flags);
  const close = () => useCalendarUi.getState().openDay(null);
  return (
    <li className={styles.dayPost} data-status={post.status}>
      <span className={grids.chipTime}>{post.time ? context.format.time(post.time) : '–'}</span>
      <button
        type="button"
        className="post-title"
        aria-label={label}
        data-tooltip={flagsTooltip(flags)}
        onClick={() => {
          close();
          openPost(post.id);
        }}
      >
        {post.title}
      </button>
      <span className={`status-badge status-${post.status}`}>
        <StatusIcon status={post.status} size={12} /> {tDomain(`status.${post.status}`)}
      </span>
      <PostFlags flags={flags} />
      <button
        type="button"
        className="ghost"
        onClick={() => {
          close();
          openMove(post.id);
        }}
      >
        {t('move.submit')}…
      </button>
    </li>
  );
}

/** Every post of one day, for a day with more than fits in the month grid. Reads nothing while closed. */
export function DayPostsDialog({ context }: { context: ChipContext }) {
  const date = useCalendarUi((state) => state.dayOpen) as LocalDate | null;
  return date ? <DayPosts date={date} context={context} /> : null;
}

function DayPosts({ date, context }: { date: LocalDate; context: ChipContext }) {
  const { t } = useTranslation('calendar');
  const { t: tCommon } = useTranslation();
  const openNewPost = useUiStore((state) => state.openNewPost);
  // The day is one the view shows: its posts are of the view's range, as asked for (and filtered) for the view.
  const { range } = useShownRange();
  const dated = useCalendarPosts(range).dated;
  const posts = useMemo(() => dated.filter((post) => post.date === date), [dated, date]);
  const close = () => useCalendarUi.getState().openDay(null);
  return (
    <Dialog title={t('dayPosts', { day: context.format.dayLabel(date) })} onDismiss={close}>
      <PostFlagsScope posts={posts} range={range}>
        <ul className={styles.dayPostList}>
          {posts.map((post) => (
            <DayPost key={post.id} post={post} context={context} />
          ))}
        </ul>
      </PostFlagsScope>
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            close();
            openNewPost(date);
          }}
        >
          {t('newPost')}
        </button>
        <button type="button" className="primary" onClick={close}>
          {tCommon('actions.close')}
        </button>
      </div>
    </Dialog>
  );
}
