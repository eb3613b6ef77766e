import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { weekDays } from '../../../shared/calendar/calendar-range';
import type { LocalDate, LocalTime } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import { Icon } from '../../components/Icon';
import { useUiStore } from '../../state/ui-store';
import { rowOf, useDayDrop } from './calendar-dnd';
import type { ChipContext } from './PostChip';
import { PostChip } from './PostChip';
import styles from './calendar-grids.module.css';

// Rendered again only when its own posts change; the store's action is read when used (a subscription a cell was part of mounting a week).
const WeekCell = memo(function WeekCell({ date, row, posts, today, context }: { date: LocalDate; row: string; posts: Post[]; today: LocalDate; context: ChipContext }) {
  const openNewPost = (day: LocalDate) => useUiStore.getState().openNewPost(day);
  const { setNodeRef, isOver } = useDayDrop(date, row);
  return (
    <td
      ref={setNodeRef}
      className={[styles.weekCell, date === today && styles.today, isOver && styles.dropOver].filter(Boolean).join(' ')}
      data-date={date}
      onClick={(event) => {
        if (event.target === event.currentTarget || (event.target as HTMLElement).classList.contains(styles.dayPosts)) openNewPost(date);
      }}
    >
      <ul className={styles.dayPosts}>
        {posts.map((post) => (
          <li key={post.id}>
            <PostChip post={post} context={context} showTime={false} />
          </li>
        ))}
      </ul>
    </td>
  );
});

const noPosts: Post[] = [];

/** The week's posts by day and row ("day row"), in the order given: one pass instead of a filter over the week for each cell. */
function postsByCell(posts: Post[]): Map<string, Post[]> {
  const cells = new Map<string, Post[]>();
  for (const post of posts) {
    const key = `${post.date} ${rowOf(post)}`;
    const cell = cells.get(key);
    if (cell) cell.push(post);
    else cells.set(key, [post]);
  }
  return cells;
}

/**
 * The week: seven days side by side, posts without a time on top, then one row per
 * time of day that some post of the week has, so that posts line up by time.
 */
export function WeekView({ date, today, posts, context, label }: { date: LocalDate; today: LocalDate; posts: Post[]; context: ChipContext; label: string }) {
  const { t } = useTranslation('calendar');
  const openNewPost = (day: LocalDate) => useUiStore.getState().openNewPost(day);
  const days = weekDays(date);
  const rows = useMemo(() => ['any', ...[...new Set(posts.map((post) => post.time).filter((time): time is LocalTime => time !== null))].sort()], [posts]);
  const byCell = useMemo(() => postsByCell(posts), [posts]);
  const cell = (day: LocalDate, row: string) => byCell.get(`${day} ${row}`) ?? noPosts;
  return (
    <table className={styles.weekGrid} aria-label={label}>
      <colgroup>
        <col className={styles.timeCol} />
        {days.map((day) => (
          <col key={day} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={styles.timeHead}>
            {t('time')}
          </th>
          {days.map((day) => (
            <th scope="col" key={day} className={day === today ? styles.today : undefined} aria-current={day === today ? 'date' : undefined}>
              <div className={styles.weekDayHead}>
                <span className={styles.weekday}>{context.format.weekdayShort(day)}</span>
                <span className={styles.dayDate}>{context.format.dayMonth(day)}</span>
                <button type="button" className={`icon-button ${styles.addOnDay}`} aria-label={t('addOnDay', { day: context.format.dayLabel(day) })} title={t('addOnDay', { day: context.format.dayLabel(day) })} onClick={() => openNewPost(day)}>
                  <Icon name="plus" size={14} />
                </button>
              </div>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row} className={row === 'any' ? styles.anyTimeRow : undefined}>
            <th scope="row" className={styles.timeLabel}>
              {row === 'any' ? t('anyTime') : context.format.time(row as LocalTime)}
            </th>
            {days.map((day) => (
              <WeekCell key={day} date={day} row={row} posts={cell(day, row)} today={today} context={context} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
