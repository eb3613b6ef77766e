import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../shared/api/contract-kit';
import type { ImportSummary } from '../../../shared/backup/import-plan';
import { ApiCallError } from '../../api/api-context';
import { useExportMutations } from '../../api/export-queries';
import { useUiStore } from '../../state/ui-store';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { ProblemList } from './ProblemList';

type Picked = { fileName: string; content: string };

/** Save a backup; pick a file to restore or import, which is checked before anything changes. */
export function BackupPanel({ busy, onBackup }: { busy: boolean; onBackup: () => void }) {
  const { t } = useTranslation('export');
  const { check, apply } = useExportMutations();
  const notify = useUiStore((state) => state.notify);
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [refusal, setRefusal] = useState<{ fileName: string; message: string; issues: ApiIssue[] } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setRefusal(null);
    setSummary(null);
    const chosen = { fileName: file.name, content: await file.text() };
    setPicked(chosen);
    check.mutate(chosen, {
      onSuccess: setSummary,
      onError: (error) => setRefusal({ fileName: chosen.fileName, message: error.message, issues: error instanceof ApiCallError ? error.error.issues : [] }),
    });
    if (input.current) input.current.value = '';
  };

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup')}</h2>
      <p className="field-hint">{t('backupHint')}</p>
      <div className="inline-form">
        <button type="button" disabled={busy} onClick={onBackup}>
          {t('formats.json.action')}
        </button>
      </div>
      <div className="field restore-field">
        <span className="field-label" id="restore-label">
          {t('restore')}
        </span>
        {/* The browser's own file button speaks the browser's language; this one speaks the app's. */}
        <div className="file-picker">
          <input
            id="restore-file"
            className="file-input"
            ref={input}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-labelledby="restore-label"
            aria-describedby="restore-hint"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          <label htmlFor="restore-file" className="button-like">
            {t('chooseFile')}
          </label>
        </div>
        <p className="field-hint" id="restore-hint">
          {t('restoreHint')}
        </p>
      </div>
      {check.isPending && picked ? <p role="status">{t('checking', { file: picked.fileName })}</p> : null}
      {refusal ? (
        <div className="form-alert import-refused" role="alert">
          <p>{t('refused', { file: refusal.fileName })}</p>
          {refusal.issues.length ? <ProblemList issues={refusal.issues} /> : <p>{refusal.message}</p>}
        </div>
      ) : null}
      {summary && picked ? (
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
              { ...picked, mode, conflicts },
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
