import { memo, useEffect, useState } from 'react';
import type { CalendarView } from '../../../shared/domain/preferences';
import { PostFlagsScope } from '../../entities/post-flags';
import { useShownRange } from './use-calendar-position';
import type { Neighbour } from './use-calendar-posts';
import { useCalendarPosts, useNeighbourPosts } from './use-calendar-posts';

/** Runs `then` once the browser has painted the next frame; returns what cancels it. */
function afterNextPaint(then: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * The neighbouring ranges' posts and flags, asked for once the screen's own have arrived: stepping there paints
 * from the cache. A component of its own because it watches every request starting and ending (useIsFetching):
 * in the screen, a request started by a month change's own effects rendered the whole calendar a second time
 * in the same task, before the new month could paint. After a step it asks around the new day once the step has
 * painted: the click's task only shows the month (its new queries' requests went out in it, 5–20 ms at 10,000 posts),
 * and a user stepping on quickly does not wait for the asking around every month passed.
 */
export const AskAhead = memo(function AskAhead({ view }: { view: CalendarView }) {
  const { date, reviewWeeks, range } = useShownRange();
  const shown = useCalendarPosts(range);
  const [around, setAround] = useState(date);
  useEffect(() => (around === date ? undefined : afterNextPaint(() => setAround(date))), [around, date]);
  const [before, after] = useNeighbourPosts(view, around, reviewWeeks, around === date && !shown.loading && !shown.placeholder);
  return (
    <>
      <NeighbourFlags posts={before.posts} range={before.range} />
      <NeighbourFlags posts={after.posts} range={after.range} />
    </>
  );
});

/** The flags' own requests for a neighbouring range, made with its posts'; rendered again only when those change. */
const NeighbourFlags = memo(function NeighbourFlags({ posts, range }: Neighbour) {
  return (
    <PostFlagsScope posts={posts} range={range}>
      {null}
    </PostFlagsScope>
  );
});
