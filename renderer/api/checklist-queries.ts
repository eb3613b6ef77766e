import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RendererApi } from '../../shared/api/contract';
import type { Post, PostFields } from '../../shared/domain/post';
import type { PostChecklist } from '../../shared/checklist/checklist-result';
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
 * The checklist of the stored post as the calendar's badges read it, while the editor's fields are still
 * the stored ones: the editor opens with its checklist instead of waiting a round trip for the same answer.
 */
function storedChecklist(client: QueryClient, postId: string | null, fields: PostFields | null): { checklist: PostChecklist; readAt: number } | undefined {
  const post = postId === null ? undefined : client.getQueryData<Post>(queryKeys.posts.detail(postId));
  if (!post || !fields || Object.entries(fields).some(([key, value]) => JSON.stringify(value) !== JSON.stringify(post[key as keyof PostFields]))) return undefined;
  for (const query of client.getQueryCache().findAll({ queryKey: queryKeys.checklist.ranges })) {
    // A range marked stale by a change may be older than the post.
    if (query.state.isInvalidated) continue;
    const checklist = (query.state.data as PostChecklist[] | undefined)?.find((entry) => entry.postId === postId);
    if (checklist) return { checklist, readAt: query.state.dataUpdatedAt };
  }
  return undefined;
}

/** The checklist of the editor's fields as typed; the last answer stays while the next is computed. */
export function useChecklistPreview(postId: string | null, fields: PostFields | null) {
  const api = useApi();
  const client = useQueryClient();
  const key = JSON.stringify(fields);
  return useQuery({
    queryKey: queryKeys.checklist.preview(postId, key),
    queryFn: () => unwrap(api.checklistPreview({ postId, fields: fields as PostFields })),
    enabled: fields !== null,
    placeholderData: keepPreviousData,
    initialData: () => storedChecklist(client, postId, fields)?.checklist,
    initialDataUpdatedAt: () => storedChecklist(client, postId, fields)?.readAt,
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
