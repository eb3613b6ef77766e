import { useTranslation } from 'react-i18next';
import { useExportMutations } from '../../api/export-queries';
import type { ExportStatus } from './use-export-file';
import { useAfterDelay } from './use-export-file';
import styles from './export.module.css';

/** Progress for slow exports, then where the file went (and a way to see it in the file manager). */
export function ExportProgress({ status }: { status: ExportStatus }) {
  const { t } = useTranslation('export');
  const { reveal } = useExportMutations();
  const slow = useAfterDelay(status.state === 'working');
  return (
    <div className={styles.exportStatus} role="status" aria-live="polite">
      {status.state === 'working' && slow ? (
        <div className={styles.exportProgress}>
          <progress aria-label={t('working', { format: t(`formats.${status.format}.name`) })} />
          <span>{t('working', { format: t(`formats.${status.format}.name`) })}</span>
        </div>
      ) : null}
      {status.state === 'saved' ? (
        <p className={styles.exportDone}>
          <span>{t('saved', { path: status.path })}</span>
          <button type="button" onClick={() => reveal.mutate(status.path)}>
            {t('reveal')}
          </button>
        </p>
      ) : null}
      {status.state === 'downloaded' ? <p className={styles.exportDone}>{t('downloaded', { file: status.fileName })}</p> : null}
      {status.state === 'cancelled' ? <p className="muted">{t('notSaved')}</p> : null}
      {status.state === 'failed' ? <p className="form-alert">{t('failed', { message: status.message })}</p> : null}
    </div>
  );
}
