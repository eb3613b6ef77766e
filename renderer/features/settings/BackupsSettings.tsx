import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFailureText } from '../../components/forms/use-contract-form';
import type { SafetyCopy } from '../../../shared/api/backups-contract';
import { useRestoreSafetyCopy, useSafetyCopies } from '../../api/backups-queries';
import { useSettings } from '../../api/settings-queries';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import styles from './backups-settings.module.css';

/** English as written in Finland and Britain: day before month. */
const intlLocales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

function useCopyFormat() {
  const language = intlLocales[useFormatters().language];
  const timeZone = useSettings().data?.timeZone;
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return {
    date: (copy: SafetyCopy) => when.format(new Date(copy.takenAt)),
    size: (bytes: number) =>
      bytes >= 1_000_000
        ? new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000)
        : new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000)),
  };
}

/** The safety copies in backups/, newest first; restoring one asks first and keeps the current data as a copy. */
export function BackupsSettings() {
  const { t } = useTranslation('settings');
  const failureText = useFailureText();
  const copies = useSafetyCopies().data;
  const restore = useRestoreSafetyCopy();
  const notify = useUiStore((state) => state.notify);
  const format = useCopyFormat();
  const [asked, setAsked] = useState<SafetyCopy | null>(null);
  if (!copies) return null;
  const close = () => {
    setAsked(null);
    restore.reset();
  };
  return (
    <section className="panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups')}</h2>
      <p className="muted">{t('backupsHint')}</p>
      {copies.length === 0 ? (
        <p className="empty">{t('backupsEmpty')}</p>
      ) : (
        <table className={styles.backupsTable}>
          <thead>
            <tr>
              <th scope="col">{t('backupTaken')}</th>
              <th scope="col">{t('backupKind')}</th>
              <th scope="col" className={styles.number}>
                {t('backupSize')}
              </th>
              <td />
            </tr>
          </thead>
          <tbody>
            {copies.map((copy) => (
              <tr key={copy.id}>
                <th scope="row">{format.date(copy)}</th>
                <td>{t(`backupKinds.${copy.kind}`)}</td>
                <td className={styles.number}>{format.size(copy.size)}</td>
                <td className={styles.actions}>
                  <button type="button" aria-label={t('restoreBackupOf', { date: format.date(copy) })} onClick={() => setAsked(copy)}>
                    {t('restoreBackup')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asked ? (
        <Dialog title={t('restoreConfirmTitle', { date: format.date(asked) })} onDismiss={close}>
          <p>{t('restoreConfirmText')}</p>
          {restore.error ? (
            <p className="form-alert" role="alert">
              {t('restoreFailed', { message: failureText(restore.error) })}
            </p>
          ) : null}
          <DialogActions
            onCancel={close}
            confirm={t('restoreConfirm')}
            disabled={restore.isPending}
            onConfirm={() =>
              restore.mutate(asked.id, {
                onSuccess: () => {
                  notify(t('restored', { date: format.date(asked) }));
                  close();
                },
              })
            }
          />
        </Dialog>
      ) : null}
    </section>
  );
}
