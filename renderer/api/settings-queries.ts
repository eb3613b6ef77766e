import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api/contract';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';

export function useAppStatus() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.status, queryFn: () => unwrap(api.appStatus({})) });
}

export function useSettings() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => unwrap(api.settingsGet({})) });
}

export function useUpdateSettings() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: InputOf<'settings:update'>) => unwrap(api.settingsUpdate(changes)),
    onSuccess: (settings) => client.setQueryData(queryKeys.settings, settings),
  });
}

export function useAssociation() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.association, queryFn: () => unwrap(api.associationGet({})) });
}

export function useUpdateAssociation() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: InputOf<'association:update'>) => unwrap(api.associationUpdate(changes)),
    onSuccess: (association) => client.setQueryData(queryKeys.association, association),
  });
}

export function useChannels() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.channels, queryFn: () => unwrap(api.channelsList({})) });
}

export function useChannelMutations() {
  const api = useApi();
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: queryKeys.channels });
  return {
    create: useMutation({ mutationFn: (fields: InputOf<'channels:create'>) => unwrap(api.channelsCreate(fields)), onSuccess }),
    update: useMutation({ mutationFn: (input: InputOf<'channels:update'>) => unwrap(api.channelsUpdate(input)), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => unwrap(api.channelsDelete({ id })), onSuccess }),
  };
}

export function useVolunteers() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.volunteers, queryFn: () => unwrap(api.volunteersList({})) });
}
