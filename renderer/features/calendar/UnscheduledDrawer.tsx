import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { useDayDrop } from './calendar-dnd';
import { useCalendarUi } from './calendar-ui-store';
import type { ChipContext } from './PostChip';
import { PostChip } from './PostChip';
import styles from './calendar.module.css';

/**
 * Posts without a date, beside the month and week: drop a post here to unschedule it, or drag one onto a day.
 * Rendered again only when they change, not with every step to another month.
 */
export const UnscheduledDrawer = memo(function UnscheduledDrawer({ posts, total, context }: { posts: Post[]; total: number; context: ChipContext }) {
  const { t } = useTranslation('calendar');
  const open = useCalendarUi((state) => state.drawerOpen);
  const toggle = useCalendarUi((state) => state.toggleDrawer);
  const { setNodeRef, isOver } = useDayDrop(null);
  return (
    <section ref={setNodeRef} className={isOver ? `${styles.unscheduledDrawer} ${styles.dropOver}` : styles.unscheduledDrawer} aria-labelledby="unscheduled-title">
      <header className={styles.drawerHeader}>
        <h2 id="unscheduled-title">
          {t('unscheduled')} <span className={styles.drawerCount}>({posts.length === total ? total : `${posts.length}/${total}`})</span>
        </h2>
        <p className={styles.drawerHint}>{t('unscheduledHint')}</p>
        <button type="button" className={`ghost ${styles.drawerToggle}`} aria-expanded={open} aria-controls="unscheduled-posts" onClick={toggle}>
          {open ? t('hide') : t('show')}
        </button>
      </header>
      <div id="unscheduled-posts" hidden={!open}>
        {posts.length ? (
          <ul className={styles.drawerPosts}>
            {posts.map((post) => (
              <li key={post.id}>
                <PostChip post={post} context={context} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('unscheduledEmpty')}</p>
        )}
      </div>
    </section>
  );
});
