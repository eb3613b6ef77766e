import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { ChecklistNavBadge } from '../features/checklist/ChecklistNavBadge';
import { screens, useUiStore } from '../state/ui-store';
import styles from './shell.module.css';

export function Navigation() {
  const { t } = useTranslation();
  const current = useUiStore((state) => state.screen);
  const showScreen = useUiStore((state) => state.showScreen);
  return (
    <nav aria-label={t('nav.label')} className={styles.nav}>
      <ul>
        {screens.map((screen) => (
          <li key={screen}>
            <button type="button" className={styles.navItem} aria-current={screen === current ? 'page' : undefined} title={t(`nav.${screen}`)} onClick={() => showScreen(screen)}>
              <Icon name={screen} />
              <span className={styles.navLabel}>{t(`nav.${screen}`)}</span>
              {screen === 'checklist' ? <ChecklistNavBadge /> : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
