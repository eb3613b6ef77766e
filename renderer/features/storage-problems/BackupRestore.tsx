import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf, RendererApi } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/contract-kit';
import type { DamagedPlanBackup } from '../../../shared/api/damaged-contract';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useValidationText } from '../../components/use-validation-text';
import styles from './damaged-plan.module.css';

/*
 * The damaged-plan screen's restore: this computer's safety copies (damaged:backups), one picked
 * and confirmed, restored into a new plan in the folder's place (damaged:restore), the damaged
 * folder kept aside under the name shown; then the restored plan is opened as a recent plan
 * (plans:open: the desktop app restarts on it, the web bridge opens it) and the page reloads.
 */

type Restored = OutputOf<'damaged:restore'>;
type Phase = { step: 'choosing' } | { step: 'restoring' } | { step: 'restored'; restored: Restored } | { step: 'opening'; restored: Restored };

/** English as written in Finland and Britain: day before month. */
const intlLocales: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function useFailureWords() {
  const { t } = useTranslation();
  const word = useValidationText();
  return (result: Extract<ApiResult<unknown>, { ok: false }>) => {
    const issue = result.error.issues[0];
    return issue ? word(issue.message, issue.params) : t('errors.generic', { message: result.error.message });
  };
}

/** `onRestored`: the screen's other ways out (another plan, waiting for a sync tool) no longer apply. */
export function BackupRestore({ api, folder, onRestored }: { api: RendererApi; folder: string; onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const failureWords = useFailureWords();
  const when = new Intl.DateTimeFormat(intlLocales[i18n.language] ?? 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const date = (copy: DamagedPlanBackup) => when.format(new Date(copy.takenAt));
  const [copies, setCopies] = useState<ApiResult<DamagedPlanBackup[]> | null>(null);
  const [asked, setAsked] = useState<DamagedPlanBackup | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'choosing' });
  const [failure, setFailure] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void api.damagedBackups({}).then(setCopies);
  }, [api]);
  useEffect(() => {
    if (phase.step === 'restored') openButton.current?.focus();
  }, [phase.step]);

  const restore = async (copy: DamagedPlanBackup) => {
    setPhase({ step: 'restoring' });
    setFailure(null);
    const result = await api.damagedRestore({ id: copy.id });
    if (!result.ok) {
      setPhase({ step: 'choosing' });
      setFailure(t('storage.damaged.restoreFailed', { message: failureWords(result) }));
      return;
    }
    setAsked(null);
    setPhase({ step: 'restored', restored: result.value });
    onRestored();
  };
  const open = async (restored: Restored) => {
    setPhase({ step: 'opening', restored });
    setFailure(null);
    const result = await api.plansOpen({ planDir: restored.planDir });
    if (result.ok) window.location.reload();
    else {
      setPhase({ step: 'restored', restored });
      setFailure(t('storage.damaged.openFailed', { message: failureWords(result) }));
    }
  };

  const dismiss = () => {
    // A restore under way is not called off by closing its dialog: it is waited for.
    if (phase.step === 'restoring') return;
    setAsked(null);
    setFailure(null);
  };

  if (phase.step === 'restored' || phase.step === 'opening') {
    const { restored } = phase;
    return (
      <section className={styles.restore} aria-labelledby="restore-title">
        <h2 id="restore-title">{t('storage.damaged.restoreTitle')}</h2>
        <p role="status">{t('storage.damaged.restored', { count: restored.posts })}</p>
        <p>{t('storage.damaged.keptAside')}</p>
        <code className={styles.folder}>{restored.keptAside}</code>
        {failure ? (
          <p className="form-alert" role="alert">
            {failure}
          </p>
        ) : null}
        <button ref={openButton} type="button" className="primary" disabled={phase.step === 'opening'} onClick={() => void open(restored)}>
          {phase.step === 'opening' ? t('storage.damaged.opening') : t('storage.damaged.openRestored')}
        </button>
      </section>
    );
  }
  return (
    <section className={styles.restore} aria-labelledby="restore-title">
      <h2 id="restore-title">{t('storage.damaged.restoreTitle')}</h2>
      <p>{t('storage.damaged.restoreHint')}</p>
      {copies === null ? (
        <p role="status">{t('storage.damaged.loadingBackups')}</p>
      ) : !copies.ok ? (
        <p className="form-alert" role="alert">
          {t('storage.damaged.backupsFailed', { message: failureWords(copies) })}
        </p>
      ) : copies.value.length === 0 ? (
        <p className="empty">{t('storage.damaged.noBackups')}</p>
      ) : (
        <table className={styles.copies}>
          <thead>
            <tr>
              <th scope="col">{t('storage.damaged.copyTaken')}</th>
              <th scope="col">{t('storage.damaged.copyPlan')}</th>
              <th scope="col" className={styles.number}>
                {t('storage.damaged.copyPosts')}
              </th>
              <td />
            </tr>
          </thead>
          <tbody>
            {copies.value.map((copy) => (
              <tr key={copy.id}>
                <th scope="row">{date(copy)}</th>
                <td>{copy.posts === null ? t('storage.damaged.unreadable') : copy.name || t('storage.damaged.unnamed')}</td>
                <td className={styles.number}>{copy.posts ?? '–'}</td>
                <td className={styles.actions}>
                  <button type="button" aria-label={t('storage.damaged.restoreOf', { date: date(copy) })} disabled={copy.posts === null} onClick={() => setAsked(copy)}>
                    {t('storage.damaged.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asked ? (
        <Dialog title={t('storage.damaged.confirmTitle', { date: date(asked) })} onDismiss={dismiss}>
          <p>{t('storage.damaged.confirmText', { count: asked.posts ?? 0, folder, date: date(asked) })}</p>
          <p>{t('storage.damaged.confirmKept')}</p>
          {phase.step === 'restoring' ? (
            <p role="status" className={styles.progress}>
              {t('storage.damaged.restoring')}
            </p>
          ) : null}
          {failure ? (
            <p className="form-alert" role="alert">
              {failure}
            </p>
          ) : null}
          <DialogActions
            onCancel={dismiss}
            confirm={t('storage.damaged.confirm')}
            disabled={phase.step === 'restoring'}
            onConfirm={() => void restore(asked)}
          />
        </Dialog>
      ) : null}
    </section>
  );
}
