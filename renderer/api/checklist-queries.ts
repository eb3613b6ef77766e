import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RendererApi } from '../../shared/api/contract';
import type { PostFields } from '../../shared/domain/post';
import { unwrap, useApi } from './api-context';
import { CALENDAR_STALE_MS, queryKeys } from './query-keys';
import { noInput, useChannelMutation } from './use-channel-mutation';

export function useChecklistTemplates() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.checklist.templates, queryFn: () => unwrap(api.checklistTemplates({})) });
}

export function useTemplateMutations() {
  return {
    save: useChannelMutation('checklist:saveTemplates'),
    reset: useChannelMutation('checklist:resetTemplates', { toInput: noInput }),
  };
}

export function usePostChecklist(postId: string | null) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.checklist.post(postId ?? ''), queryFn: () => unwrap(api.checklistPost({ id: postId ?? '' })), enabled: postId !== null });
}

/**
 * The checklist of the editor's fields as typed; the last answer stays while the next is computed. Its own
 * request for the one post: the calendar's badges carry only the open items' names (ChecklistBadge).
 */
export function useChecklistPreview(postId: string | null, fields: PostFields | null) {
  const api = useApi();
  const key = JSON.stringify(fields);
  return useQuery({
    queryKey: queryKeys.checklist.preview(postId, key),
    queryFn: () => unwrap(api.checklistPreview({ postId, fields: fields as PostFields })),
    enabled: fields !== null,
    placeholderData: keepPreviousData,
  });
}

/** The checklists of a range's posts (the calendar's badges): also asked for at start-up, beside the range's posts. */
export function checklistBetweenQuery(api: RendererApi, from: string, to: string) {
  return queryOptions({ queryKey: queryKeys.checklist.range(from, to), staleTime: CALENDAR_STALE_MS, queryFn: () => unwrap(api.checklistRange({ from, to })) });
}

export function useChecklistBetween(from: string, to: string, enabled: boolean) {
  const api = useApi();
  return useQuery({ ...checklistBetweenQuery(api, from, to), enabled, placeholderData: keepPreviousData });
}

export function useChecklistOverview(from: string, to: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.checklist.overview(from, to), queryFn: () => unwrap(api.checklistOverview({ from, to })), placeholderData: keepPreviousData });
}

/** The navigation's count of what needs attention: a number, not the overview it is counted from. */
export const checklistAttentionQuery = (api: RendererApi, from: string, to: string) =>
  queryOptions({ queryKey: queryKeys.checklist.attention(from, to), queryFn: () => unwrap(api.checklistAttention({ from, to })) });

export function useChecklistAttention(from: string, to: string) {
  const api = useApi();
  return useQuery({ ...checklistAttentionQuery(api, from, to), placeholderData: keepPreviousData });
}

export function useChecklistMutations() {
  return {
    tick: useChannelMutation('checklist:tick'),
    checkChannel: useChannelMutation('checklist:checkChannel'),
    approveAnyway: useChannelMutation('posts:approve', { toInput: (input: { id: string; overrideReason: string }) => input }),
  };
}
