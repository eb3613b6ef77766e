import { useIsFetching, useMutationState, useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { stepDate, visibleRange } from '../../../shared/calendar/calendar-range';
import type { DateRange } from '../../../shared/domain/date-range';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import type { CalendarView } from '../../../shared/domain/preferences';
import { calendarViews } from '../../../shared/domain/preferences';
import { filterPosts } from '../../../shared/calendar/post-filter';
import type { Move } from '../../../shared/calendar/reschedule';
import { withPendingMoves } from '../../../shared/calendar/reschedule';
import { useApi } from '../../api/api-context';
import { checklistBetweenQuery } from '../../api/checklist-queries';
import { postsBetweenQuery, usePostsBetween, useUndatedPosts } from '../../api/posts-queries';
import { coverageBetweenQuery } from '../../api/roster-queries';
import { useCalendarUi } from './calendar-ui-store';

const noPosts: Post[] = [];
import { MOVE_KEY } from './use-move-post';

/** The posts without a date, with moves on their way applied, and those the filters show: the same for every range. */
export function useUnscheduledPosts() {
  const undated = useUndatedPosts();
  const filter = useCalendarUi((state) => state.filter);
  const moves = usePendingMoves();
  return useMemo(() => {
    const allUndated = withPendingMoves(undated.data ?? [], moves, 'undated');
    return { allUndated, undated: filterPosts(allUndated, filter), error: undated.error };
  }, [undated.data, undated.error, moves, filter]);
}

const usePendingMoves = () => useMutationState({ filters: { mutationKey: MOVE_KEY, status: 'pending' }, select: (mutation) => mutation.state.variables as Move });

/**
 * The posts of the visible range (only those are asked for) and the unscheduled
 * ones, with moves on their way already applied and the filters on top. Counts are
 * of what the view shows: visible after filtering, of the total. A range of null asks
 * for nothing (a part with nothing to show in the current view).
 */
export function useCalendarPosts(range: DateRange | null) {
  const dated = usePostsBetween(range?.from ?? '', range?.to ?? '', range !== null);
  const filter = useCalendarUi((state) => state.filter);
  const moves = usePendingMoves();
  // The unscheduled posts apart: a step to another month leaves them (and the drawer) as they were.
  const undatedPosts = useUnscheduledPosts();
  return useMemo(() => {
    const allDated = range ? withPendingMoves(dated.data ?? [], moves, range) : noPosts;
    return {
      loading: dated.isLoading,
      /** The previous range is still shown while this one loads. */
      placeholder: dated.isPlaceholderData,
      error: dated.error ?? undatedPosts.error,
      allDated,
      dated: range ? filterPosts(allDated, filter) : noPosts,
      allUndated: undatedPosts.allUndated,
      undated: undatedPosts.undated,
    };
  }, [dated.data, dated.isLoading, dated.isPlaceholderData, dated.error, undatedPosts, moves, range, filter]);
}

/**
 * Asking ahead starts as soon as everything on screen has arrived (after the frame that shows it): a step taken
 * at once finds its month already asked for (the same request, not a second one), and "Next" right after opening
 * paints from the cache (issue 14: prefetch the neighbouring months).
 */
const ASK_AHEAD_AFTER_MS = 0;
/**
 * After a switch to another view (month to week or agenda, and back), its neighbours are asked for once it has been
 * looked at this long: what it shows was asked ahead with the month (the other views of the same day, below), and
 * stepping on from a view just switched to is not what a user does first. Asked at once, a switch sent six reads
 * (posts, checklist flags and coverage of the range before and after) to main while the new view was painting, and the
 * screen rendered again for them in the task after its first frame (16-25 ms at 10,000 posts).
 */
const ASK_AHEAD_AFTER_SWITCH_MS = 1500;

/** What the screen waits for before asking ahead: not the status line's reads of the plan (plan:conflicts took 139 s at 50,000 posts under load, and Next found nothing asked for). */
const screenQueries = { predicate: (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== 'plan' };

/** A neighbouring range's posts, and its days while they are being asked for (its flags are asked for with them). */
export interface Neighbour {
  posts: Post[];
  range: DateRange | null;
}

/**
 * The posts one step back and one ahead (month, week or six weeks), asked for shortly
 * after everything the shown range needs has arrived (main answers reads side by side,
 * but they share two cores: what is on screen goes first), so that Previous and Next paint
 * from the cache. Filtered as the view is. Their flags are asked for over their days
 * until everything has arrived, then left in the cache: a save refreshes what is on
 * screen at once, and the neighbours' flags when they are shown.
 */
export function useNeighbourPosts(view: CalendarView, date: LocalDate, reviewWeeks: number, shownHasArrived: boolean): [Neighbour, Neighbour] {
  const api = useApi();
  const client = useQueryClient();
  const filter = useCalendarUi((state) => state.filter);
  const position = `${view} ${date} ${reviewWeeks}`;
  const [progress, setProgress] = useState<{ position: string; done: boolean } | null>(null);
  // Whether the view shown was switched to (rather than stepped to): adjusted while rendering, React's pattern for state derived from props.
  const [shown, setShown] = useState({ position, view, switched: false });
  const switched = shown.position === position ? shown.switched : shown.view !== view;
  if (shown.position !== position) setShown({ position, view, switched });
  const screenFetching = useIsFetching(screenQueries) > 0;
  const idle = shownHasArrived && !screenFetching;
  useEffect(() => {
    if (!idle) return;
    const timer = window.setTimeout(
      () => setProgress((known) => (known?.position === position ? known : { position, done: false })),
      switched ? ASK_AHEAD_AFTER_SWITCH_MS : ASK_AHEAD_AFTER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [idle, position, switched]);
  const asked = progress?.position === position;
  const asking = asked && !progress.done;
  useEffect(() => {
    if (!asking || screenFetching) return;
    // After the commit that asked: the requests it started are in flight by then, or nothing was needed.
    const timer = window.setTimeout(() => {
      if (client.isFetching(screenQueries) === 0) setProgress({ position, done: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [asking, screenFetching, position, client]);
  const ranges = useMemo(() => (view === 'review' ? [] : ([-1, 1] as const).map((direction) => visibleRange(view, stepDate(view, date, direction), reviewWeeks))), [view, date, reviewWeeks]);
  // The other views of the same day too (posts and the badges' data, as main.tsx asks for the first screen), so that
  // switching from the month to the week or the agenda paints from the cache instead of waiting on three requests.
  useEffect(() => {
    if (!asked || view === 'review') return;
    for (const other of calendarViews) {
      if (other === view || other === 'review') continue;
      const { from, to } = visibleRange(other, date, reviewWeeks);
      void client.prefetchQuery(postsBetweenQuery(api, from, to));
      void client.prefetchQuery(checklistBetweenQuery(api, from, to));
      void client.prefetchQuery(coverageBetweenQuery(api, from, to));
    }
  }, [asked, view, date, reviewWeeks, client, api]);
  const [before, after] = useQueries({ queries: ranges.map(({ from, to }) => ({ ...postsBetweenQuery(api, from, to), enabled: asked })) });
  const beforePosts = before?.data;
  const afterPosts = after?.data;
  return useMemo(
    () => [
      { posts: beforePosts ? filterPosts(beforePosts, filter) : noPosts, range: asking ? (ranges[0] ?? null) : null },
      { posts: afterPosts ? filterPosts(afterPosts, filter) : noPosts, range: asking ? (ranges[1] ?? null) : null },
    ],
    [beforePosts, afterPosts, filter, asking, ranges],
  );
}
