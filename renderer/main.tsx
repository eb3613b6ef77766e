import { notifyManager, QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
// The layers in cascade order, before any feature's styles: tokens → base → components (→ features, imported by their screens).
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import { rangeOfPreferences } from '../shared/calendar/calendar-range';
import { todayIn } from '../shared/calendar/calendar-dates';
import { comingWeeks } from '../shared/checklist/attention';
import { languageFromLocale } from '../shared/domain/settings';
import { connectApi } from './api/connect';
import { checklistAttentionQuery, checklistBetweenQuery } from './api/checklist-queries';
import { postsBetweenQuery, undatedPostsQuery } from './api/posts-queries';
import { coverageBetweenQuery } from './api/roster-queries';
import { identityQuery } from './api/identity-queries';
import { planConflictsQuery, planStatusQuery } from './api/plan-queries';
import { duePostsQuery, scheduledPostsQuery } from './api/publish-queries';
import { appStatusQuery, associationQuery, channelsQuery, volunteersQuery } from './api/settings-queries';
import { queryKeys } from './api/query-keys';
import { unsavedChanges } from './api/unsaved-preferences';
import { App } from './app/App';
import { useChecklistUiStore } from './features/checklist/checklist-ui-store';
import { pageParsed, withFirstScreenAnswers } from './app/first-screen-answers';
import { NoConnection } from './app/NoConnection';
import { lazyPart } from './components/lazy-part';
import { initI18n } from './i18n/i18n';

const DamagedPlanScreen = lazyPart(() => import('./features/storage-problems/DamagedPlanScreen').then((part) => part.DamagedPlanScreen));

await pageParsed();
const root = createRoot(document.getElementById('root') as HTMLElement);
const connected = connectApi();
// The page (app:// in Electron, or the web bridge's) carries the first screen's answers: the calls below are answered from them, not asked.
const api = connected && withFirstScreenAnswers(connected);

if (!api) {
  await initI18n(languageFromLocale(navigator.language));
  root.render(<NoConnection reason="noToken" />);
} else {
  // The language is known before the first paint, so the UI never flashes in another one; the saved
  // view is asked for in the same round, so the calendar's first request is for the range it shows.
  const [settings, preferences] = await Promise.all([api.settingsGet({}), api.preferencesGet({})]);
  // A cache change reaches the screen in the task that made it (React Query's default waits a macrotask): a saved
  // edit written into the lists paints in the click's frame, and an answer renders as it arrives (issue 14).
  notifyManager.setScheduler(queueMicrotask);
  const queryClient = new QueryClient({
    defaultOptions: {
      // The services are local: "offline" in the browser's sense never stops them.
      queries: { networkMode: 'always', retry: 1, staleTime: 10_000 },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  if (settings.ok) queryClient.setQueryData(queryKeys.settings, settings.value);
  if (settings.ok && preferences.ok) {
    // Where this tab's page before moved the calendar, if main did not have it yet when this page read the preferences.
    const shown = { ...preferences.value, ...unsavedChanges() };
    queryClient.setQueryData(queryKeys.preferences, shown);
    const { from, to } = rangeOfPreferences(shown, todayIn(settings.value.timeZone, new Date()));
    // What the calendar's first screen shows is asked for now, side by side, not after the language has loaded and the first render.
    void queryClient.prefetchQuery(postsBetweenQuery(api, from, to));
    void queryClient.prefetchQuery(checklistBetweenQuery(api, from, to));
    void queryClient.prefetchQuery(coverageBetweenQuery(api, from, to));
    void queryClient.prefetchQuery(channelsQuery(api));
    void queryClient.prefetchQuery(undatedPostsQuery(api));
  }
  if (settings.ok) {
    // What the shell around the calendar asks for on its first render (the association's name, who is at the laptop, the
    // plan's state and problems): asked now, beside the rest, not a round later once the language has loaded and rendered.
    void queryClient.prefetchQuery(associationQuery(api));
    void queryClient.prefetchQuery(identityQuery(api));
    void queryClient.prefetchQuery(appStatusQuery(api));
    void queryClient.prefetchQuery(volunteersQuery(api));
    void queryClient.prefetchQuery(planStatusQuery(api));
    void queryClient.prefetchQuery(planConflictsQuery(api));
    void queryClient.prefetchQuery(scheduledPostsQuery(api));
    // The navigation's checklist badge (today through the checklist screen's weeks): in the first frame, not a round later.
    const { from: today, to: weeksEnd } = comingWeeks(todayIn(settings.value.timeZone, new Date()), useChecklistUiStore.getState().weeks);
    void queryClient.prefetchQuery(checklistAttentionQuery(api, today, weeksEnd));
    // What the page does not carry (it is not held for it) is asked now too, not a round after the first render: the posts-due prompt.
    void queryClient.prefetchQuery(duePostsQuery(api));
  }
  await initI18n((preferences.ok ? preferences.value.language : null) ?? (settings.ok ? settings.value.language : languageFromLocale(navigator.language)));
  // Rendered in one task (the first render is not sliced anyway): a synchronous render's effects run before the frame
  // paints, so what they change (the title, the state they set) is in the first screen's frame, not in frames after it.
  // A damaged plan's screen (main refused the first answer with v.storagePlanInvalid) loads its code only then: never on a
  // plan in use's first screen. Rendered lazily, not awaited here: that chunk imports this one, still evaluating.
  const damaged = settings.ok ? undefined : settings.error.issues.find((issue) => issue.message === 'v.storagePlanInvalid');
  flushSync(() =>
    root.render(
      settings.ok ? (
        <App api={api} queryClient={queryClient} />
      ) : damaged ? (
        <Suspense fallback={null}>
          <DamagedPlanScreen api={api} params={damaged.params ?? {}} />
        </Suspense>
      ) : (
        <NoConnection reason="offlineBridge" />
      ),
    ),
  );
}
