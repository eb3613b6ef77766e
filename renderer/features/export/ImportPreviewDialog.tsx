import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice, ImportMode, ImportSummary, RecordKind } from '../../../shared/backup/import-plan';
import { recordKinds } from '../../../shared/backup/import-plan';
import { Dialog } from '../../components/Dialog';
import { useFormatters } from '../../components/use-formatters';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import { DialogActions } from '../../components/DialogActions';
import styles from './export.module.css';

const countKeys = ['new', 'updated', 'unchanged', 'conflicting', 'onlyHere'] as const;

/** What the import would change, and how: replace or merge, and who wins a conflict. Nothing is written before "Import". */
export function ImportPreviewDialog({
  summary,
  pending,
  error,
  onCancel,
  onImport,
}: {
  summary: ImportSummary;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onImport: (mode: ImportMode, conflicts: ConflictChoice) => void;
}) {
  const { t } = useTranslation('export');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [conflicts, setConflicts] = useState<ConflictChoice>('keep');
  const kinds: RecordKind[] = summary.source === 'csv' ? ['posts'] : [...recordKinds];
  const anyConflict = summary.conflicts.length > 0 || summary.association === 'conflicting' || summary.settings === 'conflicting';

  return (
    <Dialog title={t('preview.title', { file: summary.fileName })} onDismiss={onCancel} className="import-dialog">
      {summary.exportedAt ? <p>{t('preview.madeOn', { date: format.date(todayIn('UTC', new Date(summary.exportedAt))) })}</p> : <p>{t('preview.spreadsheet')}</p>}
      {summary.source === 'backup' && summary.associationName ? <p>{t('preview.association', { name: summary.associationName })}</p> : null}
      <table className={styles.importCounts}>
        <thead>
          <tr>
            <th scope="col">{t('preview.kind')}</th>
            {countKeys.map((key) => (
              <th scope="col" key={key}>
                {t(`preview.counts.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`preview.kinds.${kind}`)}</th>
              {countKeys.map((key) => (
                <td key={key} className={key === 'conflicting' && summary.counts[kind][key] ? styles.hasConflicts : undefined}>
                  {summary.counts[kind][key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {summary.source === 'backup' && summary.association === 'conflicting' ? <p>{t('preview.associationDiffers')}</p> : null}
      {summary.source === 'backup' && summary.settings === 'conflicting' ? <p>{t('preview.settingsDiffer')}</p> : null}
      {summary.skippedRows ? <p className="muted">{t('preview.skipped', { count: summary.skippedRows })}</p> : null}
      {summary.conflicts.length ? (
        <>
          <p>{t('preview.conflicts')}</p>
          <ul className={styles.conflictList}>
            {summary.conflicts.map((conflict) => (
              <li key={`${conflict.kind}-${conflict.id}`}>
                {t(`preview.kinds.${conflict.kind as RecordKind}`)}: {conflict.label}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <fieldset className={styles.importChoice}>
        <legend>{t('preview.mode')}</legend>
        {(['merge', 'replace'] as const)
          .filter((choice) => summary.modes.includes(choice))
          .map((choice) => (
            <label className={`checkbox ${styles.choice}`} key={choice}>
              <input type="radio" name="import-mode" checked={mode === choice} onChange={() => setMode(choice)} aria-describedby={`mode-${choice}-hint`} />
              <span>
                {t(`preview.${choice}`)}
                <span className="field-hint" id={`mode-${choice}-hint`}>
                  {t(`preview.${choice}Hint`)}
                </span>
              </span>
            </label>
          ))}
      </fieldset>
      {mode === 'merge' && anyConflict ? (
        <fieldset className={styles.importChoice}>
          <legend>{t('preview.conflictChoice')}</legend>
          {(['keep', 'overwrite'] as const).map((choice) => (
            <label className="checkbox" key={choice}>
              <input type="radio" name="import-conflicts" checked={conflicts === choice} onChange={() => setConflicts(choice)} />
              {t(`preview.${choice}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="field-hint">{t('preview.backupNote')}</p>
      {error ? (
        <p className="form-alert" role="alert">
          {tCommon('errors.generic', { message: error })}
        </p>
      ) : null}
      <DialogActions onCancel={onCancel} confirm={t('preview.apply')} disabled={pending} onConfirm={() => onImport(mode, conflicts)} />
    </Dialog>
  );
}
