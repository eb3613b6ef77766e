import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekDays } from '../../../shared/calendar/calendar-range';
import type { LocalDate, LocalTime } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import { Icon } from '../../components/Icon';
import { filled, kept } from '../../i18n/kept-words';
import { useUiStore } from '../../state/ui-store';
import { rowOf, useDayDrop } from './calendar-dnd';
import type { ChipContext } from './PostChip';
import { PostChip } from './PostChip';
import styles from './calendar-grids.module.css';

const openNewPost = (day: LocalDate) => useUiStore.getState().openNewPost(day);

// Rendered again only when its own posts change; the store's action is read when used (a subscription a cell was part of mounting a week).
const WeekCell = memo(function WeekCell({ date, posts, today, context }: { date: LocalDate; posts: Post[]; today: LocalDate; context: ChipContext }) {
  return (
    <td
      className={date === today ? `${styles.weekCell} ${styles.today}` : styles.weekCell}
      data-date={date}
      onClick={(event) => {
        if (event.target === event.currentTarget || (event.target as HTMLElement).classList.contains(styles.dayPosts)) openNewPost(date);
      }}
    >
      {/* An empty cell has no list: most cells of a busy week are empty (a row for each time some day has), a list each was a third of the week's elements. */}
      {posts.length ? (
        <ul className={styles.dayPosts}>
          {posts.map((post) => (
            <li key={post.id}>
              <PostChip post={post} context={context} showTime={false} />
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
});

/**
 * A day's whole column as one drop target, laid over the grid (it takes no clicks): a post dropped
 * on a day keeps its time, so the row it lands in does not matter. A target per cell (a day for each
 * time of the week, 350 at 50,000 posts) registered one by one with dnd-kit, which copies its list
 * for each and then renders every chip again, most of the cost of showing a busy week.
 */
const DayColumn = memo(function DayColumn({ date }: { date: LocalDate }) {
  const { setNodeRef, isOver } = useDayDrop(date);
  return <div ref={setNodeRef} className={isOver ? `${styles.dayColumn} ${styles.dropOver}` : styles.dayColumn} />;
});

/** A day's heading: weekday, date and "Add a post on …" (worded once per language and filled in, kept-words.ts). */
const DayHead = memo(function DayHead({ day, today, context }: { day: LocalDate; today: LocalDate; context: ChipContext }) {
  const t = context.words.calendar;
  const addLabel = filled(t, 'addOnDay', { day: context.format.dayLabel(day) }, (values) => t('addOnDay', values));
  return (
    <th scope="col" className={day === today ? styles.today : undefined} aria-current={day === today ? 'date' : undefined}>
      <div className={styles.weekDayHead}>
        <span className={styles.weekday}>{context.format.weekdayShort(day)}</span>
        <span className={styles.dayDate}>{context.format.dayMonth(day)}</span>
        <button type="button" className={`icon-button ${styles.addOnDay}`} aria-label={addLabel} title={addLabel} onClick={() => openNewPost(day)}>
          <Icon name="plus" size={14} />
        </button>
      </div>
    </th>
  );
});

const noPosts: Post[] = [];

const samePosts = (a: Post[], b: Post[]) => a.length === b.length && a.every((post, index) => post === b[index]);

/**
 * The week's posts by day and row ("day row"), in the order given: one pass instead of a filter over the week for each
 * cell. A cell holding the same posts as before keeps its list, so that only the cells whose posts changed render again:
 * a saved edit, a request starting or ending or a filter give the week a new list of posts, and re-rendered every cell.
 */
function postsByCell(posts: Post[], before: Map<string, Post[]>): Map<string, Post[]> {
  const cells = new Map<string, Post[]>();
  for (const post of posts) {
    const key = `${post.date} ${rowOf(post)}`;
    const cell = cells.get(key);
    if (cell) cell.push(post);
    else cells.set(key, [post]);
  }
  for (const [key, cell] of cells) {
    const kept = before.get(key);
    if (kept && samePosts(kept, cell)) cells.set(key, kept);
  }
  return cells;
}

/** The cells' posts, worked out again when the week's posts change (adjusting state while rendering, React's pattern for state derived from props). */
function useCells(posts: Post[]): Map<string, Post[]> {
  const [known, setKnown] = useState(() => ({ posts, cells: postsByCell(posts, new Map()) }));
  if (known.posts === posts) return known.cells;
  const cells = postsByCell(posts, known.cells);
  setKnown({ posts, cells });
  return cells;
}

/**
 * The week: seven days side by side, posts without a time on top, then one row per
 * time of day that some post of the week has, so that posts line up by time.
 */
export function WeekView({ date, today, posts, context, label }: { date: LocalDate; today: LocalDate; posts: Post[]; context: ChipContext; label: string }) {
  const { t } = useTranslation('calendar');
  const days = weekDays(date);
  const first = days[0];
  const last = days[6];
  // The week's own posts: while a week not asked for ahead loads, the range shown before stands in (keepPreviousData), and its other days' times made empty rows.
  const shown = useMemo(() => posts.filter((post) => post.date !== null && first <= post.date && post.date <= last), [posts, first, last]);
  const rows = useMemo(() => ['any', ...[...new Set(shown.map((post) => post.time).filter((time): time is LocalTime => time !== null))].sort()], [shown]);
  const byCell = useCells(shown);
  const cell = (day: LocalDate, row: string) => byCell.get(`${day} ${row}`) ?? noPosts;
  return (
    <div className={styles.weekFrame}>
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
              <DayHead key={day} day={day} today={today} context={context} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row} className={row === 'any' ? styles.anyTimeRow : undefined}>
              <th scope="row" className={styles.timeLabel}>
                {row === 'any' ? kept(t, 'anyTime', () => t('anyTime')) : context.format.time(row as LocalTime)}
              </th>
              {days.map((day) => (
                <WeekCell key={day} date={day} posts={cell(day, row)} today={today} context={context} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.dayColumns}>
        {days.map((day) => (
          <DayColumn key={day} date={day} />
        ))}
      </div>
    </div>
  );
}
