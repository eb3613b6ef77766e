import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Move } from '../../../shared/calendar/reschedule';
import { moveChanges, placementOf, restoreChanges } from '../../../shared/calendar/reschedule';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post, PostChanges } from '../../../shared/domain/post';
import { unwrap, useApi } from '../../api/api-context';
import { isStandIn } from '../../api/posts-cache';
import { useFailureText } from '../../components/forms/use-contract-form';
import { invalidateAfter } from '../../api/invalidation-map';
import { useUiStore } from '../../state/ui-store';
import { useCalendarUi } from './calendar-ui-store';
import { useFormatters } from '../../components/use-formatters';

/** Moves in flight are shown at once by every view (use-calendar-posts.ts reads them by this key). */
export const MOVE_KEY = ['posts', 'move'] as const;

type MoveInput = Move & { changes: PostChanges };

/**
 * Moves a post to another day (or to Unscheduled) and offers an undo, by button or
 * Ctrl+Z. Only the date changes, so the post keeps its wall-clock time. The mutation
 * stays pending until the lists have been read again, so the post never jumps back.
 */
export function useMovePost(): (post: Post, to: LocalDate | null) => void {
  const { t } = useTranslation('calendar');
  const { t: tCommon } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const notify = useUiStore((state) => state.notify);
  const setFocusTarget = useCalendarUi((state) => state.setFocusTarget);
  const format = useFormatters();
  const failureText = useFailureText();
  const mutation = useMutation({
    mutationKey: MOVE_KEY,
    mutationFn: ({ post, changes }: MoveInput) => unwrap(api.postsUpdate({ id: post.id, changes })),
    onSettled: () => invalidateAfter(client, 'posts:update'),
  });
  // A refusal naming values (a time the zone skips: "the nearest possible time is 04.00") is said in full.
  const failed = (error: Error) => notify(failureText(error));
  const where = (title: string, to: LocalDate | null) => (to ? t('move.moved', { title, day: format.dayHeader(to) }) : t('move.unscheduled', { title }));

  return (post, to) => {
    const changes = moveChanges(post, to);
    // A new post main has not stored yet has an id main does not know: the chip is not picked up (PostChip), and nothing is sent.
    if (!changes || isStandIn(post.id)) return;
    const before = placementOf(post);
    if (document.activeElement instanceof HTMLElement && document.activeElement.dataset.postId === post.id) setFocusTarget({ postId: post.id, date: to });
    mutation.mutateAsync({ post, to, changes }).then((moved) => {
      const undo = () =>
        mutation
          .mutateAsync({ post: moved, to: before.date, time: before.time, changes: restoreChanges(before) })
          .then(() => notify(t('move.undone', { title: post.title })), failed);
      notify(where(post.title, to), { label: tCommon('toast.undo'), run: () => void undo() });
    }, failed);
  };
}
