import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstOfMonth, monthGrid } from '../../../shared/calendar/calendar-range';
import { isArrowKey } from '../../../shared/calendar/reschedule';
import { dayInDirection } from '../../../shared/calendar/reschedule';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import { useUiStore } from '../../state/ui-store';
import { useDayDrop } from './calendar-dnd';
import { useCalendarUi } from './calendar-ui-store';
import type { ChipContext } from './PostChip';
import { PostChip } from './PostChip';
import styles from './calendar-grids.module.css';

/** A day shows this many chips; more become "+N more" (the last chip's place goes to the button). */
const CHIPS_PER_DAY = 3;

interface DayProps {
  date: LocalDate;
  posts: Post[];
  month: string;
  today: LocalDate;
  focusDay: LocalDate;
  context: ChipContext;
  onDayKey: (date: LocalDate, event: React.KeyboardEvent<HTMLButtonElement>) => void;
}

function MonthDay({ date, posts, month, today, focusDay, context, onDayKey }: DayProps) {
  const { t } = useTranslation('calendar');
  const openNewPost = useUiStore((state) => state.openNewPost);
  const openDay = useCalendarUi((state) => state.openDay);
  const { setNodeRef, isOver } = useDayDrop(date);
  const shown = posts.length > CHIPS_PER_DAY ? posts.slice(0, CHIPS_PER_DAY - 1) : posts;
  const hidden = posts.length - shown.length;
  const dayLabel = context.format.dayLabel(date);
  const classes = [styles.day, !date.startsWith(month) && styles.outsideMonth, date === today && styles.today, isOver && styles.dropOver].filter(Boolean).join(' ');
  return (
    <td
      ref={setNodeRef}
      className={classes}
      data-date={date}
      aria-current={date === today ? 'date' : undefined}
      // Clicking the empty part of a day adds a post on it (the day's button does the same for the keyboard).
      onClick={(event) => {
        if (event.target === event.currentTarget || (event.target as HTMLElement).classList.contains(styles.dayPosts)) openNewPost(date);
      }}
    >
      <div className={styles.dayHead}>
        <button type="button" className={styles.dayNumber} tabIndex={date === focusDay ? 0 : -1} data-day={date} aria-label={t('addOnDay', { day: dayLabel })} onClick={() => openNewPost(date)} onKeyDown={(event) => onDayKey(date, event)}>
          {context.format.dayNumber(date)}
        </button>
      </div>
      <ul className={styles.dayPosts}>
        {shown.map((post) => (
          <li key={post.id}>
            <PostChip post={post} context={context} />
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" className={styles.morePosts} onClick={() => openDay(date)}>
          {t('more', { count: hidden })}
          <span className="visually-hidden"> ({dayLabel})</span>
        </button>
      ) : null}
    </td>
  );
}

/**
 * The month: whole ISO weeks, Monday first, week numbers in the margin, today
 * marked. Arrow keys move between days (one day button is in the tab order); every
 * post chip is in the tab order too.
 */
export function MonthView({ date, today, posts, context }: { date: LocalDate; today: LocalDate; posts: Post[]; context: ChipContext }) {
  const { t } = useTranslation('calendar');
  const weeks = monthGrid(date);
  const month = firstOfMonth(date).slice(0, 7);
  const days = weeks.flatMap((week) => week.days);
  const [focusDay, setFocusDay] = useState<LocalDate | null>(null);
  const activeDay = focusDay && days.includes(focusDay) ? focusDay : days.includes(today) ? today : firstOfMonth(date);
  const table = useRef<HTMLTableElement>(null);
  const byDay = new Map<string, Post[]>();
  for (const post of posts) if (post.date) byDay.set(post.date, [...(byDay.get(post.date) ?? []), post]);

  const onDayKey = (day: LocalDate, event: React.KeyboardEvent<HTMLButtonElement>) => {
    if (!isArrowKey(event.key)) return;
    event.preventDefault();
    const next = dayInDirection(day, event.key, 'month');
    if (!days.includes(next)) return;
    setFocusDay(next);
    table.current?.querySelector<HTMLButtonElement>(`button[data-day="${next}"]`)?.focus();
  };

  return (
    <table className={styles.monthGrid} ref={table} aria-label={context.format.monthTitle(date)}>
      <colgroup>
        <col className={styles.weekNumberCol} />
        {days.slice(0, 7).map((day) => (
          <col key={day} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={styles.weekNumber}>
            <abbr title={t('week', { week: '' }).trim()}>{t('weekAbbr')}</abbr>
          </th>
          {weeks[0].days.map((day) => (
            <th scope="col" key={day}>
              <abbr title={context.format.weekdayLong(day)}>{context.format.weekdayShort(day)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.start} className={week.start <= today && today <= week.end ? styles.currentWeek : undefined}>
            <th scope="row" className={styles.weekNumber}>
              <span className="visually-hidden">{t('week', { week: week.week })}</span>
              <span aria-hidden="true">{week.week}</span>
            </th>
            {week.days.map((day) => (
              <MonthDay key={day} date={day} posts={byDay.get(day) ?? []} month={month} today={today} focusDay={activeDay} context={context} onDayKey={onDayKey} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
