import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../shared/domain/issues';
import type { ImportSummary } from '../../../shared/backup/import-plan';
import { ApiCallError, useApi } from '../../api/api-context';
import { useExportMutations } from '../../api/export-queries';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { ProblemList } from './ProblemList';
import { formatBytes, uploadFile } from './upload-file';
import styles from './export.module.css';

type Picked = { fileName: string; uploadId: string | null; sent: number; total: number };

/** Save a backup; pick a file to restore or import, which is checked before anything changes. */
export function BackupPanel({ busy, onBackup }: { busy: boolean; onBackup: () => void }) {
  const { t } = useTranslation('export');
  const { check, apply } = useExportMutations();
  const api = useApi();
  const { language } = useFormatters();
  const notify = useUiStore((state) => state.notify);
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [refusal, setRefusal] = useState<{ fileName: string; message: string; issues: ApiIssue[] } | null>(null);

  const refuse = (fileName: string, error: Error) => setRefusal({ fileName, message: error.message, issues: error instanceof ApiCallError ? error.error.issues : [] });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    setRefusal(null);
    setSummary(null);
    setPicked({ fileName: file.name, uploadId: null, sent: 0, total: file.size });
    let uploadId: string;
    try {
      uploadId = await uploadFile(api, file, (sent) => setPicked((current) => current && { ...current, sent }));
    } catch (error) {
      setPicked(null);
      return refuse(file.name, error as Error);
    }
    setPicked((current) => current && { ...current, uploadId });
    check.mutate({ uploadId }, { onSuccess: setSummary, onError: (error) => refuse(file.name, error) });
  };

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup')}</h2>
      <p className="field-hint">{t('backupHint')}</p>
      <div className={styles.inlineForm}>
        <button type="button" disabled={busy} onClick={onBackup}>
          {t('formats.backup.action')}
        </button>
      </div>
      <div className={`field ${styles.restoreField}`}>
        <span className={styles.fieldLabel} id="restore-label">
          {t('restore')}
        </span>
        {/* The browser's own file button speaks the browser's language; this one speaks the app's. */}
        <div className={styles.filePicker}>
          <input
            id="restore-file"
            className={styles.fileInput}
            ref={input}
            type="file"
            accept=".zip,.json,.csv,application/zip,application/json,text/csv"
            aria-labelledby="restore-label"
            aria-describedby="restore-hint"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          <label htmlFor="restore-file" className={styles.buttonLike}>
            {t('chooseFile')}
          </label>
        </div>
        <p className="field-hint" id="restore-hint">
          {t('restoreHint')}
        </p>
      </div>
      {picked && picked.uploadId === null ? (
        <div className={styles.uploadProgress} role="status">
          <progress max={picked.total} value={picked.sent} aria-label={t('uploading', { file: picked.fileName, sent: formatBytes(picked.sent, language), total: formatBytes(picked.total, language) })} />
          <span>{t('uploading', { file: picked.fileName, sent: formatBytes(picked.sent, language), total: formatBytes(picked.total, language) })}</span>
        </div>
      ) : null}
      {check.isPending && picked ? <p role="status">{t('checking', { file: picked.fileName })}</p> : null}
      {refusal ? (
        <div className={`form-alert ${styles.importRefused}`} role="alert">
          <p>{t('refused', { file: refusal.fileName })}</p>
          {refusal.issues.length ? <ProblemList issues={refusal.issues} /> : <p>{refusal.message}</p>}
        </div>
      ) : null}
      {summary && picked?.uploadId ? (
        <ImportPreviewDialog
          summary={summary}
          pending={apply.isPending}
          error={apply.error?.message ?? null}
          onCancel={() => {
            setSummary(null);
            apply.reset();
          }}
          onImport={(mode, conflicts) =>
            apply.mutate(
              { uploadId: picked.uploadId as string, mode, conflicts },
              {
                onSuccess: (result) => {
                  setSummary(null);
                  notify(t('imported', { file: picked.fileName, path: result.backupDir }));
                },
              },
            )
          }
        />
      ) : null}
    </section>
  );
}
