import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssociation } from '../api/settings-queries';
import { Toasts } from '../components/Toasts';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { ChecklistScreen } from '../features/checklist/ChecklistScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { PostEditorDialog } from '../features/post-editor/PostEditorDialog';
import { RosterScreen } from '../features/roster/RosterScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { PlanStatusLine } from '../features/sync/PlanStatusLine';
import { useOutsideChangesRefresh } from '../api/plan-queries';
import type { Screen } from '../state/ui-store';
import { latestUndo, useUiStore } from '../state/ui-store';
import { LanguageSelect } from '../entities/LanguageSelect';
import { Navigation } from './Navigation';
import { ProblemsBanner } from './ProblemsBanner';
import { WhoAreYouPanel } from './WhoAreYouPanel';
import styles from './shell.module.css';

const screenComponents: Record<Screen, () => React.JSX.Element> = {
  calendar: CalendarScreen,
  checklist: ChecklistScreen,
  roster: RosterScreen,
  export: ExportScreen,
  settings: SettingsScreen,
};

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
  useUndoShortcut();
  useOutsideChangesRefresh();

  // A screen opens at its top, not where the previous one was scrolled to.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [screen]);

  useEffect(() => {
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
        <WhoAreYouPanel />
        <LanguageSelect className={styles.languageSelect} />
      </aside>
      <main className={styles.content} id="main" tabIndex={-1}>
        <ProblemsBanner />
        <ScreenComponent />
        <PlanStatusLine />
      </main>
      <PostEditorDialog />
      <Toasts />
    </div>
  );
}
