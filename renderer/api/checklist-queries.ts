import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api/contract';
import type { PostFields } from '../../shared/domain/post';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';

export function useChecklistTemplates() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.checklist.templates, queryFn: () => unwrap(api.checklistTemplates({})) });
}

/** Templates change every post's checklist: the templates and every checklist refresh. */
export function useTemplateMutations() {
  const api = useApi();
  const client = useQueryClient();
  const onSuccess = async () => {
    await client.invalidateQueries({ queryKey: queryKeys.checklist.templates });
    await client.invalidateQueries({ queryKey: queryKeys.checklist.all });
  };
  return {
    save: useMutation({ mutationFn: (input: InputOf<'checklist:saveTemplates'>) => unwrap(api.checklistSaveTemplates(input)), onSuccess }),
    reset: useMutation({ mutationFn: () => unwrap(api.checklistResetTemplates({})), onSuccess }),
  };
}

export function usePostChecklist(postId: string | null) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.checklist.post(postId ?? ''), queryFn: () => unwrap(api.checklistPost({ id: postId ?? '' })), enabled: postId !== null });
}

/** The checklist of the editor's fields as typed; the last answer stays while the next is computed. */
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

export function useChecklistBetween(from: string, to: string, enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.checklist.range(from, to), queryFn: () => unwrap(api.checklistRange({ from, to })), enabled, placeholderData: keepPreviousData });
}

export function useChecklistOverview(from: string, to: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.checklist.overview(from, to), queryFn: () => unwrap(api.checklistOverview({ from, to })), placeholderData: keepPreviousData });
}

/** Ticks and approvals change posts; channel checks change the overview: both refresh under 'posts'. */
export function useChecklistMutations() {
  const api = useApi();
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: queryKeys.posts.all });
  return {
    tick: useMutation({ mutationFn: (input: InputOf<'checklist:tick'>) => unwrap(api.checklistTick(input)), onSuccess }),
    checkChannel: useMutation({ mutationFn: (input: InputOf<'checklist:checkChannel'>) => unwrap(api.checklistCheckChannel(input)), onSuccess }),
    approveAnyway: useMutation({ mutationFn: (input: { id: string; overrideReason: string }) => unwrap(api.postsApprove(input)), onSuccess }),
  };
}
