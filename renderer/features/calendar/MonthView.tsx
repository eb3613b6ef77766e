import { useDndContext } from '@dnd-kit/core';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstOfMonth, monthGrid } from '../../../shared/calendar/calendar-range';
import { isArrowKey } from '../../../shared/calendar/reschedule';
import { dayInDirection } from '../../../shared/calendar/reschedule';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import { useUiStore } from '../../state/ui-store';
import { useDayDrop } from './calendar-dnd';
import { useCalendarUi } from './calendar-ui-store';
import type { CadenceShortfall } from '../../../shared/rhythm/cadence-weeks';
import type { ChipContext } from './PostChip';
import { PostChip } from './PostChip';
import { filled, kept } from '../../i18n/kept-words';
import styles from './calendar-grids.module.css';

/** A day shows this many chips; more become "+N more" (the last chip's place goes to the button). */
const CHIPS_PER_DAY = 3;

interface DayProps {
  date: LocalDate;
  /** Its place in the grid (0–41): with the month's first day, its drop target's name. */
  place: number;
  posts: Post[];
  /** The first day of the grid's month. */
  first: LocalDate;
  today: LocalDate;
  /** The grid's one tab stop (a day's button, a chip or a "+N more"), by its data-grid-key. */
  tabStop: string;
  context: ChipContext;
}

// A day renders again only when its own posts, the tab stop or the context change (the month's other days keep theirs).
const MonthDay = memo(function MonthDay({ date, place, posts, first, today, tabStop, context }: DayProps) {
  const { words } = context;
  const { setNodeRef, isOver } = useDayDrop(date, { month: first, index: place });
  const month = first.slice(0, 7);
  const shown = posts.length > CHIPS_PER_DAY ? posts.slice(0, CHIPS_PER_DAY - 1) : posts;
  const hidden = posts.length - shown.length;
  const dayLabel = context.format.dayLabel(date);
  // Worded once per language and filled in: keyed by date, a month not seen yet asked i18next 42 times.
  const addLabel = filled(words.calendar, 'addOnDay', { day: dayLabel }, (values) => words.calendar('addOnDay', values));
  // The store's actions are read when used: a subscription a day was part of mounting a month.
  const openNewPost = () => useUiStore.getState().openNewPost(date);
  const classes = [styles.day, !date.startsWith(month) && styles.outsideMonth, date === today && styles.today, isOver && styles.dropOver].filter(Boolean).join(' ');
  return (
    <td
      ref={setNodeRef}
      className={classes}
      data-date={date}
      aria-current={date === today ? 'date' : undefined}
      // Clicking the empty part of a day adds a post on it (the day's button does the same for the keyboard).
      onClick={(event) => {
        if (event.target === event.currentTarget || (event.target as HTMLElement).classList.contains(styles.dayPosts)) openNewPost();
      }}
    >
      <div className={styles.dayHead}>
        <button type="button" className={styles.dayNumber} tabIndex={tabStop === `day:${date}` ? 0 : -1} data-day={date} data-grid-key={`day:${date}`} aria-label={addLabel} onClick={openNewPost}>
          {context.format.dayNumber(date)}
        </button>
      </div>
      <ul className={styles.dayPosts}>
        {/* By post, not by place: a focused chip must never come to show another post when a day's posts change. */}
        {shown.map((post) => (
          <li key={post.id}>
            <PostChip post={post} context={context} tabbable={tabStop === `post:${post.id}`} />
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" className={styles.morePosts} tabIndex={tabStop === `more:${date}` ? 0 : -1} data-grid-key={`more:${date}`} onClick={() => useCalendarUi.getState().openDay(date)}>
          {kept(words, `more ${hidden}`, () => words.calendar('more', { count: hidden }))}
          <span className="visually-hidden"> ({dayLabel})</span>
        </button>
      ) : null}
    </td>
  );
});

const noPosts: Post[] = [];

/** The posts of each day, in the order given. */
function postsByDay(posts: Post[]): Map<string, Post[]> {
  const byDay = new Map<string, Post[]>();
  for (const post of posts) {
    if (!post.date) continue;
    const day = byDay.get(post.date);
    if (day) day.push(post);
    else byDay.set(post.date, [post]);
  }
  return byDay;
}

/** Where an arrow key takes the focus from a part of the grid, if anywhere. */
function arrowTarget(grid: HTMLTableElement, event: KeyboardEvent, days: LocalDate[]): HTMLElement | undefined {
  if (!isArrowKey(event.key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const item = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-grid-key]') : null;
  const cell = item?.closest<HTMLElement>('td[data-date]');
  if (!item || !cell) return undefined;
  const items = [...cell.querySelectorAll<HTMLElement>('[data-grid-key]')];
  const index = items.indexOf(item);
  if (event.key === 'ArrowUp' && index > 0) return items[index - 1];
  if (event.key === 'ArrowDown' && index < items.length - 1) return items[index + 1];
  const day = dayInDirection(cell.dataset.date as LocalDate, event.key, 'month');
  if (!days.includes(day)) return undefined;
  const there = [...grid.querySelectorAll<HTMLElement>(`td[data-date="${day}"] [data-grid-key]`)];
  return event.key === 'ArrowUp' ? there.at(-1) : event.key === 'ArrowDown' ? there[0] : there[Math.min(index, there.length - 1)];
}

/** Every part of the grid that can hold its tab stop. */
function gridKeys(days: LocalDate[], byDay: Map<string, Post[]>): Set<string> {
  const keys = new Set<string>();
  for (const day of days) {
    keys.add(`day:${day}`);
    const posts = byDay.get(day) ?? [];
    const shown = posts.length > CHIPS_PER_DAY ? posts.slice(0, CHIPS_PER_DAY - 1) : posts;
    for (const post of shown) keys.add(`post:${post.id}`);
    if (shown.length < posts.length) keys.add(`more:${day}`);
  }
  return keys;
}

/** Where Tab enters the grid: the first post from today on (else the first shown), else today, else the month's first day. */
function defaultTabStop(days: LocalDate[], byDay: Map<string, Post[]>, today: LocalDate, date: LocalDate): string {
  const withPosts = days.filter((day) => byDay.has(day));
  const day = withPosts.find((candidate) => candidate >= today) ?? withPosts[0];
  if (day) return `post:${byDay.get(day)![0].id}`;
  return days.includes(today) ? `day:${today}` : `day:${firstOfMonth(date)}`;
}

/**
 * The month: whole ISO weeks, Monday first, week numbers in the margin, today
 * marked. The grid is one tab stop (the first post from today on, until another
 * part of it had the focus); the arrow keys move inside it: up and down through a
 * day's button, posts and "+N more", then to the week above or below, left and right
 * to the neighbouring day. While a post is picked up, the arrows move it (dnd-kit).
 */
/** A mark in the week-number column: channels whose posts that week fall below their target (shared/rhythm/cadence-weeks.ts). */
function CadenceMark({ week, shortfalls }: { week: number; shortfalls: readonly CadenceShortfall[] }) {
  const { t } = useTranslation('results');
  const text = `${t('rhythm.belowTarget', { week })}: ${shortfalls.map((entry) => t('rhythm.shortfall', { channel: entry.channelName, posts: entry.count, target: entry.target })).join('; ')}`;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the keyboard reaches the mark so that FocusTooltip shows its text
    <span className={styles.cadenceMark} role="img" tabIndex={0} aria-label={text} title={text} data-tooltip={text}>
      !
    </span>
  );
}

/** Rendered again only when its own props change: the neighbouring months' grids are kept beside it (MonthPanes.tsx). */
export const MonthView = memo(function MonthView({
  date,
  today,
  posts,
  context,
  belowCadence,
  rows,
}: {
  date: LocalDate;
  today: LocalDate;
  posts: Post[];
  context: ChipContext;
  belowCadence?: ReadonlyMap<LocalDate, CadenceShortfall[]>;
  /** How many of the grid's weeks to render (a kept month is prepared a few weeks at a time: MonthPanes.tsx); all by default. */
  rows?: number;
}) {
  const { t } = useTranslation('calendar');
  const dragging = useDndContext().active !== null;
  const weeks = monthGrid(date);
  const first = firstOfMonth(date);
  const days = weeks.flatMap((week) => week.days);
  const table = useRef<HTMLTableElement>(null);
  const byDay = useMemo(() => postsByDay(posts), [posts]);
  // Monday to Sunday whatever the month: formatted once per language, not on every month change.
  const weekdays = useMemo(() => weeks[0].days.map((day) => ({ long: context.format.weekdayLong(day), short: context.format.weekdayShort(day) })), [context.format]); // eslint-disable-line react-hooks/exhaustive-deps -- any week has the same weekdays
  const [focused, setFocused] = useState<string | null>(null);
  const tabStop = focused && gridKeys(days, byDay).has(focused) ? focused : defaultTabStop(days, byDay, today, date);

  const latest = useRef({ dragging, days });
  useEffect(() => {
    latest.current = { dragging, days };
  });

  // Listeners on the table itself: its buttons are what the keys act on (jsx-a11y wants no handlers on a table).
  useEffect(() => {
    const grid = table.current;
    if (!grid) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const next = arrowTarget(grid, event, latest.current.days);
      if (!next || latest.current.dragging) return;
      event.preventDefault();
      next.focus();
    };
    const onFocusIn = (event: FocusEvent) => {
      const key = event.target instanceof HTMLElement ? event.target.getAttribute('data-grid-key') : null;
      if (key) setFocused(key);
    };
    grid.addEventListener('keydown', onKeyDown);
    grid.addEventListener('focusin', onFocusIn);
    return () => {
      grid.removeEventListener('keydown', onKeyDown);
      grid.removeEventListener('focusin', onFocusIn);
    };
  }, []);

  return (
    <div className={styles.monthFrame}>
      <table
        className={styles.monthGrid}
        ref={table}
        aria-label={context.format.monthTitle(date)}
      >
        <colgroup>
          <col className={styles.weekNumberCol} />
          {/* Columns and their heads by place: the weekdays stay where they are when the month changes. */}
          {days.slice(0, 7).map((_day, column) => (
            <col key={column} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={styles.weekNumber}>
              <abbr title={t('week', { week: '' }).trim()}>{t('weekAbbr')}</abbr>
            </th>
            {weekdays.map(({ long, short }, column) => (
              <th scope="col" key={column}>
                <abbr title={long}>{short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* Rows and days keyed by their place in the grid, not their dates: a month change updates the cells it has instead of building new ones. */}
          {weeks.slice(0, rows).map((week, row) => (
            <tr key={row} className={week.start <= today && today <= week.end ? styles.currentWeek : undefined}>
              <th scope="row" className={styles.weekNumber}>
                <span className="visually-hidden">{filled(t, 'week', { week: String(week.week) }, (values) => t('week', values))}</span>
                <span aria-hidden="true">{week.week}</span>
                {belowCadence?.has(week.start) ? <CadenceMark week={week.week} shortfalls={belowCadence.get(week.start)!} /> : null}
              </th>
              {week.days.map((day, column) => (
                <MonthDay key={column} date={day} place={row * 7 + column} posts={byDay.get(day) ?? noPosts} first={first} today={today} tabStop={tabStop} context={context} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
