import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PostFlagsScope } from '../../entities/post-flags';
import { useDayDrop } from './calendar-dnd';
import { useCalendarUi } from './calendar-ui-store';
import type { ChipContext } from './PostChip';
import { PostChip } from './PostChip';
import { useUnscheduledPosts } from './use-calendar-posts';
import styles from './calendar.module.css';

/**
 * Posts without a date, beside the month and week: drop a post here to unschedule it, or drag one onto a day.
 * Reads them itself, so that it renders again only when they change, not with every step to another month. Their
 * badges are not of any range's days (a checklist or duty badge is of a dated post).
 */
export const UnscheduledDrawer = memo(function UnscheduledDrawer({ context }: { context: ChipContext }) {
  const { t } = useTranslation('calendar');
  const { undated: posts, allUndated } = useUnscheduledPosts();
  const total = allUndated.length;
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
          <PostFlagsScope posts={posts} range={null}>
            <ul className={styles.drawerPosts}>
              {posts.map((post) => (
                <li key={post.id}>
                  <PostChip post={post} context={context} />
                </li>
              ))}
            </ul>
          </PostFlagsScope>
        ) : (
          <p className="empty">{t('unscheduledEmpty')}</p>
        )}
      </div>
    </section>
  );
});
