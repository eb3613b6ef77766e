import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../shared/domain/issues';
import { useValidationText } from '../../components/use-validation-text';
import styles from './export.module.css';

/** "rivi 7 · channel: Kanavaa ei ole. (löytyi ”TikTok”)": where, what, and the value found. */
function where(path: string, rowLabel: (row: string) => string): string {
  const row = /^rows\.(\d+)\.?(.*)$/.exec(path);
  if (row) return row[2] ? `${rowLabel(row[1])} · ${row[2]}` : rowLabel(row[1]);
  return path;
}

export function ProblemList({ issues }: { issues: ApiIssue[] }) {
  const { t } = useTranslation('export');
  const text = useValidationText();
  return (
    <>
      <p>{t('problems')}</p>
      <ul className={styles.problemList}>
        {issues.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            {issue.path ? <code>{where(issue.path, (row) => t('row', { row }))}</code> : null} {text(issue.message)}
            {issue.received ? ` (${t('got', { value: issue.received })})` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
