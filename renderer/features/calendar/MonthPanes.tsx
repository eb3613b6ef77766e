import { useIsFetching, useQueries } from '@tanstack/react-query';
import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { firstOfMonth, monthGrid, stepDate, visibleRange } from '../../../shared/calendar/calendar-range';
import type { Channel } from '../../../shared/domain/channel';
import type { LocalDate } from '../../../shared/domain/local-time';
import { weeksBelowCadence } from '../../../shared/rhythm/cadence-weeks';
import { useApi } from '../../api/api-context';
import { postsBetweenQuery } from '../../api/posts-queries';
import { PostFlagsScope } from '../../entities/post-flags';
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
 * laid out again. The new neighbour is prepared once the page has been quiet a while, one month per step.
 */

/**
 * How long the page must have asked for nothing before the neighbours are prepared (their mount is a long task
 * and a layout of its own): what the click or the opening changed has painted and settled well before
 * (test/bench/ui/settle.ts: two quiet frames, nothing in flight), and quick repeated clicks are not slowed by it.
 * After 300 ms, opening still settled 0.5–0.7 s later in the bench (1,000 posts: 1,232 against 659 ms; after 3 s,
 * 561): the page is not quiet by then (the bench also counts requests React Query does not make), and a user looks
 * at a month for longer than this before stepping on.
 */
const PREPARE_AFTER_MS = 1500;

const monthRange = (month: LocalDate) => visibleRange('month', month, 0);

/** The months to keep beside the shown one. */
const neighboursOf = (shown: LocalDate): LocalDate[] => [stepDate('month', shown, -1), stepDate('month', shown, 1)];

/**
 * The months to keep next, in one commit: those no longer beside the shown one go, the neighbours whose posts are
 * in the cache come (or stay); undefined when that is what is kept already.
 */
function nextPanes(panes: readonly LocalDate[], shown: LocalDate, inCache: (month: LocalDate) => boolean): LocalDate[] | undefined {
  const next = [shown, ...neighboursOf(shown).filter((month) => panes.includes(month) || inCache(month))].sort();
  return next.join() === panes.join() ? undefined : next;
}

interface PaneProps {
  /** The first day of the pane's month. */
  month: LocalDate;
  shown: boolean;
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
const MonthPane = memo(function MonthPane({ month, shown, today, context, channels }: PaneProps) {
  const range = useMemo(() => monthRange(month), [month]);
  const current = useCalendarPosts(range);
  const lagging = useDeferredValue(current);
  const posts = shown ? current : lagging;
  const belowCadence = useMemo(() => weeksBelowCadence(monthGrid(month), channels, posts.allDated, today), [month, channels, posts.allDated, today]);
  // Laid out once as an invisible box of the same width (the frame after its mount), then kept with its layout.
  const [laidOut, setLaidOut] = useState(shown);
  useEffect(() => {
    if (laidOut) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setLaidOut(true));
    });
    return () => cancelAnimationFrame(frame);
  }, [laidOut]);
  return (
    <div
      className={shown ? styles.monthShown : laidOut ? styles.monthKept : styles.monthPreparing}
      data-month={month}
      // Only the shown month is the calendar's busy region and the skip link's target.
      aria-busy={shown ? current.loading : undefined}
      data-skip-target={shown ? '' : undefined}
    >
      <PostFlagsScope posts={posts.dated} range={range} live={shown}>
        <MonthView date={month} today={today} posts={posts.dated} context={context} belowCadence={belowCadence} />
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
  // A month shown that is not kept comes at once; the one left stays, as a neighbour (adjusting state while rendering).
  if (!panes.includes(shown)) setPanes([...panes, shown].sort());
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
  const busy = useIsFetching() > 0;
  useEffect(() => {
    const inCache = (month: LocalDate) => cached[neighbours.indexOf(month)] === true;
    const next = nextPanes(panes, shown, inCache);
    if (!next || busy) return;
    let idle = 0;
    const timer = window.setTimeout(() => {
      idle = requestIdleCallback(() => setPanes(next), { timeout: 1000 });
    }, PREPARE_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  }, [panes, shown, neighbours, cached, busy]);
  return (
    <div className={styles.monthPanes}>
      {panes.map((month) => (
        <MonthPane key={month} month={month} shown={month === shown} today={today} context={context} channels={channels} />
      ))}
    </div>
  );
});
