import { Suspense, useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssociation } from '../api/settings-queries';
import { Toasts } from '../components/Toasts';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { PlanStatusLine } from '../features/sync/PlanStatusLine';
import { DuePostsPrompt } from '../features/publish/DuePostsPrompt';
import { ScheduledPostsCheck } from '../features/publish/ScheduledPostsCheck';
import { useOutsideChangesRefresh } from '../api/plan-queries';
import type { Screen } from '../state/ui-store';
import { latestUndo, useUiStore } from '../state/ui-store';
import { LanguageSelect } from '../entities/LanguageSelect';
import { FocusTooltip } from '../components/FocusTooltip';
import { iconSidebarQuery, useMediaQuery } from '../components/use-media-query';
import { Navigation } from './Navigation';
import { editorParts } from './feature-slots';
import { lazyPart, usePreloadSoon } from '../components/lazy-part';
import { ProblemsBanner } from './ProblemsBanner';
import { SaveFailureBanner } from '../features/storage-problems/SaveFailureBanner';
import { WhoAreYouPanel } from './WhoAreYouPanel';
import styles from './shell.module.css';

/* The calendar is the first screen; every other screen's code loads when it is first opened. */
const screenComponents: Record<Screen, React.ComponentType> = {
  calendar: CalendarScreen,
  checklist: lazyPart(() => import('../features/checklist/ChecklistScreen').then((module) => module.ChecklistScreen)),
  roster: lazyPart(() => import('../features/roster/RosterScreen').then((module) => module.RosterScreen)),
  ideas: lazyPart(() => import('../features/ideas/IdeasScreen').then((module) => module.IdeasScreen)),
  campaigns: lazyPart(() => import('../features/campaigns/CampaignsScreen').then((module) => module.CampaignsScreen)),
  results: lazyPart(() => import('../features/results/ResultsScreen').then((module) => module.ResultsScreen)),
  export: lazyPart(() => import('../features/export/ExportScreen').then((module) => module.ExportScreen)),
  settings: lazyPart(() => import('../features/settings/SettingsScreen').then((module) => module.SettingsScreen)),
};

const PostEditorDialog = lazyPart(() => import('../features/post-editor/PostEditorDialog').then((module) => module.PostEditorDialog));

/** The editor is what a user opens next. */
const editorCode = [PostEditorDialog, ...editorParts];

/** While a screen's code loads (a moment, from the app's own files), the content says so. */
function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('loading')}
    </p>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Ctrl+Z (⌘Z) outside a text field undoes the last action that offered an undo. */
function useUndoShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !isTyping(event.target)) {
        const toast = latestUndo();
        if (toast?.action) {
          event.preventDefault();
          useUiStore.getState().dismiss(toast.id);
          toast.action.run();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * The skip link lands on the screen's main part when it marks one (`data-skip-target`: the
 * month grid, on its one tab stop), else at the top of the content.
 */
function skipToContent(event: React.MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  const part = main.querySelector<HTMLElement>('[data-skip-target]');
  (part?.querySelector<HTMLElement>('[tabindex="0"]') ?? main).focus();
}

export function AppShell() {
  const { t } = useTranslation();
  const screen = useUiStore((state) => state.screen);
  const associationName = useAssociation().data?.name;
  const ScreenComponent = screenComponents[screen];
  const iconSidebar = useMediaQuery(iconSidebarQuery);
  const editorOpen = useUiStore((state) => state.editor.mode !== 'closed');
  useUndoShortcut();
  usePreloadSoon(editorCode);
  useOutsideChangesRefresh();

  // A screen opens at its top, not where the previous one was scrolled to.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [screen]);

  // Before the frame paints: the first screen's title is part of its first frame, not a change after it.
  useLayoutEffect(() => {
    document.title = associationName ? `${t(`nav.${screen}`)} · ${associationName} · Somevuoro` : `${t(`nav.${screen}`)} · Somevuoro`;
  }, [associationName, screen, t]);

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink} onClick={skipToContent}>
        {t('skipToContent')}
      </a>
      <aside className={styles.sidebar}>
        <div className={styles.brand}>
          <span className={styles.brandName}>{t('appName')}</span>
          <span className={styles.brandAssociation}>{associationName || t('tagline')}</span>
        </div>
        <Navigation />
        <WhoAreYouPanel compact={iconSidebar} />
        <LanguageSelect className={styles.languageSelect} short={iconSidebar} />
      </aside>
      <main className={styles.content} id="main" tabIndex={-1}>
        <ProblemsBanner />
        <SaveFailureBanner />
        <Suspense fallback={<ScreenLoading />}>
          <ScreenComponent />
        </Suspense>
        <PlanStatusLine />
      </main>
      {editorOpen ? (
        <Suspense fallback={null}>
          <PostEditorDialog />
        </Suspense>
      ) : null}
      <DuePostsPrompt />
      <ScheduledPostsCheck />
      <Toasts />
      <FocusTooltip />
    </div>
  );
}
