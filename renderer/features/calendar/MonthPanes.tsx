import { useIsFetching, useIsMutating, useQueries } from '@tanstack/react-query';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { firstOfMonth, monthGrid, stepDate, visibleRange } from '../../../shared/calendar/calendar-range';
import type { Channel } from '../../../shared/domain/channel';
import type { LocalDate } from '../../../shared/domain/local-time';
import { weeksBelowCadence } from '../../../shared/rhythm/cadence-weeks';
import { useApi } from '../../api/api-context';
import { postsBetweenQuery } from '../../api/posts-queries';
import { PostFlagsScope } from '../../entities/post-flags';
import { SAVE_POSITION_AFTER_MS } from './calendar-moves';
import { MonthView } from './MonthView';
import type { ChipContext } from './PostChip';
import { useShownRange } from './use-calendar-position';
import { useCalendarPosts } from './use-calendar-posts';
import styles from './calendar-grids.module.css';

/*
 * Issue 14, a month change in one frame: the months before and after the shown one are rendered and laid out
 * before the click, beside it in the same grid cell, and kept with `content-visibility: hidden` (Chromium keeps
 * a hidden subtree's layout, and leaves it out of the accessibility tree, the tab order and painting). Next and
 * Previous then show a kept month: a class and two attributes change, and nothing of the month is rendered or
 * laid out again (what is left is painting it: see rehearseShowing).
 *
 * A neighbour is prepared as soon as the page is quiet (nothing asked for or saved, nothing changed on screen for a
 * few frames), the next month first: a user may step on a moment after the calendar has opened. It is prepared in
 * idle time and in small steps (two weeks of the grid, then the layout, rehearsed), each of which waits for quiet again, so that
 * a click meanwhile waits for one small step at most and nothing of the preparing changes the page after a click.
 */

/**
 * How long nothing must have been asked for before a step of preparing (at least this many frames and milliseconds):
 * the page has settled well before (painted, then a whole frame without a change: test/bench/ui/settle.ts, which also
 * waits a little after each answer, and sees frames 30-50 ms apart on a loaded machine), so that preparing never draws
 * out what the user waits to see. With 400 ms, the bench's opening at 1,000 posts took 1.7 s against 1.0 s (FullCalendar
 * 0.5 s in both runs, load 3-4): its harness, slow to look on a busy page, took the steps of preparing for the opening's
 * own; a user's first click rarely comes sooner than 1.5 s.
 */
const QUIET_FRAMES = 4;
const QUIET_MS = 1_500;

/**
 * After the month shown changes (or the month view opens: a switch from the week is a step too), preparing also waits
 * for where the calendar is to be written (calendar-moves.tsx) and that request to start.
 */
const PREPARE_AFTER_STEP_MS = SAVE_POSITION_AFTER_MS + 50;

/** Weeks of a kept month rendered in one idle step: a whole month was a task of 30–60 ms at 10,000 posts on a busy machine. */
const WEEKS_PER_STEP = 2;

const monthRange = (month: LocalDate) => visibleRange('month', month, 0);

/** The months to keep beside the shown one, the next first (stepping ahead is what planning does most). */
const neighboursOf = (shown: LocalDate): LocalDate[] => [stepDate('month', shown, 1), stepDate('month', shown, -1)];

/**
 * The months to keep next, in one commit: those no longer beside the shown one go, the neighbours whose posts are
 * in the cache come (or stay); undefined when that is what is kept already.
 */
function nextPanes(panes: readonly LocalDate[], shown: LocalDate, inCache: (month: LocalDate) => boolean): LocalDate[] | undefined {
  const next = [shown, ...neighboursOf(shown).filter((month) => panes.includes(month) || inCache(month))].sort();
  return next.join() === panes.join() ? undefined : next;
}

/**
 * Whether the page has been quiet since `shown` was shown: the position written, then no request or save in flight for
 * QUIET_FRAMES frames and QUIET_MS. False again, in the same render, when a request starts or the month changes.
 */
function useQuiet(shown: LocalDate): boolean {
  const busy = useIsFetching() + useIsMutating() > 0;
  const [quietOn, setQuietOn] = useState<LocalDate | null>(null);
  const shownSince = useRef<{ month: LocalDate; at: number } | null>(null);
  useEffect(() => {
    if (shownSince.current?.month !== shown) shownSince.current = { month: shown, at: performance.now() };
  }, [shown]);
  useEffect(() => {
    if (busy) return;
    const since = shownSince.current;
    const wait = since ? Math.max(0, since.at + PREPARE_AFTER_STEP_MS - performance.now()) : PREPARE_AFTER_STEP_MS;
    let frames = 0;
    let frame = 0;
    let quietFrom = 0;
    const countFrames = () => {
      frame = requestAnimationFrame(() => (++frames >= QUIET_FRAMES && performance.now() - quietFrom >= QUIET_MS ? setQuietOn(shown) : countFrames()));
    };
    const timer = window.setTimeout(() => {
      quietFrom = performance.now();
      countFrames();
    }, wait);
    return () => {
      window.clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [busy, shown]);
  return !busy && quietOn === shown;
}

/** Runs `step` in the browser's next idle period; returns what cancels it. */
function whenIdle(step: () => void): () => void {
  const idle = requestIdleCallback(step, { timeout: 500 });
  return () => cancelIdleCallback(idle);
}

/**
 * Lays a kept month out as if shown, and puts it back, in one task (nothing is painted in between). A month laid
 * out only while hidden (reading a box inside it) still cost a layout of 5–10 ms at 10,000 posts when first shown,
 * against 1.5 ms for one shown before: Chromium keeps the layout a month had in the page's flow, not the one forced
 * under `content-visibility: hidden` (measured in Chromium 156 by swapping the classes by hand). The page keeps its
 * height meanwhile, so that a shorter month cannot pull the scroll position up.
 */
function rehearseShowing(kept: HTMLElement) {
  const panes = kept.parentElement;
  const shown = panes?.querySelector<HTMLElement>(`:scope > .${styles.monthShown}`);
  if (!panes || !shown) return;
  const holder = panes.parentElement ?? panes;
  const minHeight = holder.style.minHeight;
  holder.style.minHeight = `${holder.getBoundingClientRect().height}px`;
  const swap = () => {
    [kept.className, shown.className] = [shown.className, kept.className];
    kept.getBoundingClientRect();
  };
  swap();
  swap();
  holder.style.minHeight = minHeight;
}

interface PaneProps {
  /** The first day of the pane's month. */
  month: LocalDate;
  shown: boolean;
  /** A kept month not yet prepared may take its next step of preparing now (the page is quiet). */
  prepare: boolean;
  /** Called once a kept month is rendered and laid out. */
  onPrepared: (month: LocalDate) => void;
  today: LocalDate;
  context: ChipContext;
  channels: readonly Channel[];
}

/**
 * A month, shown or kept. Its posts and flags come from the same query cache whether it is shown or not (an edit
 * or another laptop's change reaches a kept month too); a kept month takes them a moment later than the shown one
 * (deferred), so that a filter or an edit paints on screen first. A kept month's flags are not asked for again
 * when a save makes them stale (two more checklist reads a save): it asks once it is shown.
 */
const MonthPane = memo(function MonthPane({ month, shown, prepare, onPrepared, today, context, channels }: PaneProps) {
  const range = useMemo(() => monthRange(month), [month]);
  const weeks = monthGrid(month).length;
  const current = useCalendarPosts(range);
  const lagging = useDeferredValue(current);
  const posts = shown ? current : lagging;
  const belowCadence = useMemo(() => weeksBelowCadence(monthGrid(month), channels, posts.allDated, today), [month, channels, posts.allDated, today]);
  const element = useRef<HTMLDivElement>(null);
  // A kept month comes a few weeks at a time; a month shown has all its weeks from then on.
  const [rows, setRows] = useState(shown ? weeks : 0);
  if (shown && rows < weeks) setRows(weeks);
  useEffect(() => {
    if (!prepare) return;
    if (rows < weeks) return whenIdle(() => setRows((before) => before + WEEKS_PER_STEP));
    return whenIdle(() => {
      if (element.current) rehearseShowing(element.current);
      onPrepared(month);
    });
  }, [prepare, rows, weeks, month, onPrepared]);
  return (
    <div
      ref={element}
      className={shown ? styles.monthShown : styles.monthKept}
      data-month={month}
      // Only the shown month is the calendar's busy region and the skip link's target.
      aria-busy={shown ? current.loading : undefined}
      data-skip-target={shown ? '' : undefined}
    >
      <PostFlagsScope posts={posts.dated} range={range} live={shown}>
        <MonthView date={month} today={today} posts={posts.dated} context={context} belowCadence={belowCadence} rows={rows} />
      </PostFlagsScope>
    </div>
  );
});

/** The month view: the shown month, and its neighbours kept ready beside it. Reads the day itself (the screen does not). */
export const MonthPanes = memo(function MonthPanes({ context, channels }: { context: ChipContext; channels: readonly Channel[] }) {
  const api = useApi();
  const { date, today } = useShownRange();
  const shown = firstOfMonth(date);
  const [panes, setPanes] = useState<LocalDate[]>(() => [shown]);
  // Months rendered whole and laid out: each month shown, and each kept one once prepared.
  const [prepared, setPrepared] = useState<LocalDate[]>(() => [shown]);
  // A month shown that is not kept comes at once; the one left stays, as a neighbour (adjusting state while rendering).
  if (!panes.includes(shown)) setPanes([...panes, shown].sort());
  // The shown month counts as prepared from then on; a month no longer kept is prepared again if it comes back.
  const stillPrepared = [shown, ...prepared.filter((month) => month !== shown && panes.includes(month))].sort();
  if (stillPrepared.join() !== prepared.join()) setPrepared(stillPrepared);
  const neighbours = useMemo(() => neighboursOf(shown), [shown]);
  // Which neighbours' posts are in the cache (asked for by AskAhead): this renders again when they arrive.
  const cached = useQueries({
    queries: neighbours.map((month) => {
      const { from, to } = monthRange(month);
      return { ...postsBetweenQuery(api, from, to), enabled: false };
    }),
    // An array keeps its identity while unchanged: react-query shares the combined result structurally.
    combine: (results) => results.map((result) => result.data !== undefined),
  });
  const quiet = useQuiet(shown);
  useEffect(() => {
    const next = quiet && nextPanes(panes, shown, (month) => cached[neighbours.indexOf(month)] === true);
    return next ? whenIdle(() => setPanes(next)) : undefined;
  }, [quiet, panes, shown, neighbours, cached]);
  // One month prepared at a time, the next one first.
  const preparing = quiet ? neighbours.find((month) => panes.includes(month) && !prepared.includes(month)) : undefined;
  const onPrepared = useCallback((month: LocalDate) => setPrepared((before) => (before.includes(month) ? before : [...before, month])), []);
  return (
    <div className={styles.monthPanes}>
      {panes.map((month) => (
        <MonthPane key={month} month={month} shown={month === shown} prepare={month === preparing} onPrepared={onPrepared} today={today} context={context} channels={channels} />
      ))}
    </div>
  );
});
