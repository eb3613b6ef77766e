import { useMutationState, useQueries } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { stepDate, visibleRange } from '../../../shared/calendar/calendar-range';
import type { DateRange } from '../../../shared/domain/date-range';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import type { CalendarView } from '../../../shared/domain/preferences';
import { filterPosts } from '../../../shared/calendar/post-filter';
import type { Move } from '../../../shared/calendar/reschedule';
import { withPendingMoves } from '../../../shared/calendar/reschedule';
import { useApi } from '../../api/api-context';
import { postsBetweenQuery, usePostsBetween, useUndatedPosts } from '../../api/posts-queries';
import { useCalendarUi } from './calendar-ui-store';
import { MOVE_KEY } from './use-move-post';

/**
 * The posts of the visible range (only those are asked for) and the unscheduled
 * ones, with moves on their way already applied and the filters on top. Counts are
 * of what the view shows: visible after filtering, of the total.
 */
export function useCalendarPosts(range: DateRange) {
  const dated = usePostsBetween(range.from, range.to);
  const undated = useUndatedPosts();
  const filter = useCalendarUi((state) => state.filter);
  const moves = useMutationState({ filters: { mutationKey: MOVE_KEY, status: 'pending' }, select: (mutation) => mutation.state.variables as Move });
  return useMemo(() => {
    const allDated = withPendingMoves(dated.data ?? [], moves, range);
    const allUndated = withPendingMoves(undated.data ?? [], moves, 'undated');
    return {
      loading: dated.isLoading,
      /** The previous range is still shown while this one loads. */
      placeholder: dated.isPlaceholderData,
      error: dated.error ?? undated.error,
      allDated,
      allUndated,
      dated: filterPosts(allDated, filter),
      undated: filterPosts(allUndated, filter),
    };
  }, [dated.data, dated.isLoading, dated.isPlaceholderData, dated.error, undated.data, undated.error, moves, range, filter]);
}

const noPosts: Post[] = [];

/** Asking ahead waits this long after the shown range has arrived: main answers one request at a time, and what the user asks for next must not queue behind it. */
const ASK_AHEAD_AFTER_MS = 250;

/**
 * The posts one step back and one ahead (month, week or six weeks), asked for shortly
 * after the shown range has arrived, so that Previous and Next paint from the cache.
 * Filtered as the view is, so that what the view's flags ask for about them is asked for too.
 */
export function useNeighbourPosts(view: CalendarView, date: LocalDate, reviewWeeks: number, shownHasArrived: boolean): [Post[], Post[]] {
  const api = useApi();
  const filter = useCalendarUi((state) => state.filter);
  const position = `${view} ${date} ${reviewWeeks}`;
  const [askedAheadOf, setAskedAheadOf] = useState<string | null>(null);
  useEffect(() => {
    if (!shownHasArrived) return;
    const timer = window.setTimeout(() => setAskedAheadOf(position), ASK_AHEAD_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [shownHasArrived, position]);
  const ranges = view === 'review' ? [] : ([-1, 1] as const).map((direction) => visibleRange(view, stepDate(view, date, direction), reviewWeeks));
  const [before, after] = useQueries({ queries: ranges.map(({ from, to }) => ({ ...postsBetweenQuery(api, from, to), enabled: askedAheadOf === position })) });
  const beforePosts = before?.data;
  const afterPosts = after?.data;
  return useMemo(() => [beforePosts ? filterPosts(beforePosts, filter) : noPosts, afterPosts ? filterPosts(afterPosts, filter) : noPosts], [beforePosts, afterPosts, filter]);
}
