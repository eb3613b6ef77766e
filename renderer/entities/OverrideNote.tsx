import { useTranslation } from 'react-i18next';
import type { ChecklistOverride } from '../../shared/domain/post';
import { useSettings } from '../api/settings-queries';
import { useFormatters } from '../components/use-formatters';
import styles from './override-note.module.css';

/** "Approved despite open items: “reason” — who, when": kept on the post and shown wherever it is. */
export function OverrideNote({ override }: { override: ChecklistOverride }) {
  const { t } = useTranslation('checklist');
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  return <p className={styles.overrideNote}>{t('overridden', { reason: override.reason, by: override.by, when: format.stamp(override.at, timeZone) })}</p>;
}
