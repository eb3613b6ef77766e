import type { UseQueryResult } from '@tanstack/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { InputOf } from '../../shared/api/contract';
import type { Preferences } from '../../shared/domain/preferences';
import type { Language } from '../../shared/domain/settings';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { useSettings } from './settings-queries';
import { keepUnsaved, unsavedChanges } from './unsaved-preferences';

type PreferenceChanges = InputOf<'preferences:update'>;

const LEAVING = ['beforeunload', 'pagehide'] as const;

/**
 * With `select` (a function that stays the same, e.g. a module constant), the caller renders again only when what it
 * selects changes: a month change writes the preferences, and most readers want one field that stayed.
 */
export function usePreferences(): UseQueryResult<Preferences>;
export function usePreferences<T>(select: (preferences: Preferences) => T): UseQueryResult<T>;
export function usePreferences<T>(select?: (preferences: Preferences) => T) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.preferences, queryFn: () => unwrap(api.preferencesGet({})), select });
}

/**
 * Applied on screen at once (navigating must feel instant), saved on disk behind it.
 * With `saveAfterMs`, changes made in a quick run (stepping through months) are saved
 * once, when the run pauses: main answers requests one at a time, so a save per step
 * would queue ahead of the next month's posts. Still unsaved ones are sent when the
 * page is left, or when the caller goes away, and kept in the tab until main has them (unsaved-preferences.ts).
 */
export function useUpdatePreferences({ saveAfterMs = 0 } = {}) {
  const api = useApi();
  const client = useQueryClient();
  const waiting = useRef<{ changes: PreferenceChanges; before: Preferences | undefined; timer: number } | null>(null);
  const show = useCallback(
    (changes: PreferenceChanges) => {
      const previous = client.getQueryData<Preferences>(queryKeys.preferences);
      if (previous) client.setQueryData<Preferences>(queryKeys.preferences, { ...previous, ...changes } as Preferences);
      return previous;
    },
    [client],
  );
  const save = useMutation({
    mutationKey: ['preferences', 'update'],
    mutationFn: (changes: PreferenceChanges) => unwrap(api.preferencesUpdate(changes)),
    onMutate: async (changes) => {
      await client.cancelQueries({ queryKey: queryKeys.preferences });
      return { previous: show(changes) };
    },
    onError: (_error, _changes, context) => {
      if (context?.previous) client.setQueryData(queryKeys.preferences, context.previous);
    },
    // What main stored is the truth (also when a click came before the first read finished),
    // unless another change is on its way and already on screen.
    onSuccess: (stored) => {
      if (client.isMutating({ mutationKey: ['preferences', 'update'] }) <= 1 && waiting.current === null) client.setQueryData(queryKeys.preferences, stored);
    },
  });
  const send = save.mutate;
  const flush = useCallback(() => {
    const run = waiting.current;
    if (!run) return;
    window.clearTimeout(run.timer);
    waiting.current = null;
    send(run.changes, {
      onError: () => run.before && client.setQueryData(queryKeys.preferences, run.before),
      // Kept after a failure: a request the page's leaving cut off fails too, and the next page of the tab sends it again.
      onSuccess: () => waiting.current === null && keepUnsaved(null),
    });
  }, [send, client]);
  useEffect(() => {
    // A reload asks main for its page, and the page for the saved preferences, before the leaving page's pagehide:
    // beforeunload comes first. pagehide still covers a page put away without it.
    for (const type of LEAVING) window.addEventListener(type, flush);
    return () => {
      for (const type of LEAVING) window.removeEventListener(type, flush);
      flush();
    };
  }, [flush]);
  // The same function for the caller's life: parts of a screen that only write (the calendar's toolbar) need not render with it.
  const mutate = useCallback(
    (changes: PreferenceChanges) => {
      if (saveAfterMs <= 0) return send(changes);
      void client.cancelQueries({ queryKey: queryKeys.preferences });
      const before = show(changes);
      const run = waiting.current;
      if (run) window.clearTimeout(run.timer);
      waiting.current = {
        changes: { ...run?.changes, ...changes },
        before: run ? run.before : before,
        timer: window.setTimeout(flush, saveAfterMs),
      };
      keepUnsaved(waiting.current.changes);
    },
    [saveAfterMs, send, client, show, flush],
  );
  // What this tab's page before left unsaved (shown already: the first screen reads it too) is saved again.
  useEffect(() => {
    if (saveAfterMs <= 0) return;
    const unsaved = unsavedChanges();
    if (unsaved) mutate(unsaved);
  }, [saveAfterMs, mutate]);
  return { mutate };
}

const languageOf = (preferences: Preferences) => preferences.language;

/** The UI language: this laptop's preference, else (a plan not yet opened by this version) the plan's. */
export function useUiLanguage(): { language: Language | undefined; choose: (language: Language) => void } {
  const preferred = usePreferences(languageOf).data;
  const planLanguage = useSettings().data?.language;
  const update = useUpdatePreferences();
  return { language: preferred ?? planLanguage, choose: (language) => update.mutate({ language }) };
}
