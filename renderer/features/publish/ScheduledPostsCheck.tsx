import { useEffect } from 'react';
import { usePublishMutations, useScheduledPosts } from '../../api/publish-queries';

/** How often the servers are asked while a post waits on one: a post goes out at most this late in the calendar. */
const CHECK_EVERY_MS = 5 * 60_000;

/**
 * Asks the Mastodon servers about the posts scheduled there from this laptop: once when the
 * app opens (if any waits), then every few minutes while one still waits, so the calendar shows a post as
 * published (with its address) soon after the server posted it.
 */
export function ScheduledPostsCheck() {
  const waiting = useScheduledPosts().data?.some((entry) => entry.state === 'waiting') ?? false;
  const { mutate } = usePublishMutations().checkScheduled;
  useEffect(() => {
    // Nothing waits: nothing to ask, and no refresh of the lists a check's answer brings.
    if (!waiting) return undefined;
    mutate({});
    const timer = window.setInterval(() => mutate({}), CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, mutate]);
  return null;
}
