import { useTranslation } from 'react-i18next';
import { useComingWeeksAttention } from './use-checklist-overview';
import styles from './checklist-screen.module.css';

/** The count next to "Checklist" in the navigation; its words are part of the button's name. */
export function ChecklistNavBadge() {
  const { t } = useTranslation('checklist');
  const count = useComingWeeksAttention();
  if (count === 0) return null;
  return (
    <span className={styles.navBadge}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">, {t('badge', { count })}</span>
    </span>
  );
}
