import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { useFailureText } from '../../components/forms/use-contract-form';
import { useMovePlan, useOpenSharedPlan, usePickFolder } from '../../api/sharing-queries';
import { SyncServiceTips } from './SyncServiceTips';
import styles from './share-plan.module.css';

/**
 * Share this plan (`move`) or Open a shared plan (`open`): a folder, typed or picked with the
 * system's dialog; main checks it, and a refusal is shown here in the UI language. On success
 * the window switches to the plan (the desktop app restarts on it; the browser reloads).
 */
export function SharePlanDialog({ mode, canPick, onClose }: { mode: 'move' | 'open'; canPick: boolean; onClose: () => void }) {
  const { t } = useTranslation('sharePlan');
  const failureText = useFailureText();
  const [folder, setFolder] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const pick = usePickFolder();
  const move = useMovePlan();
  const open = useOpenSharedPlan();
  const action = mode === 'move' ? move : open;
  const busy = action.isPending || action.isSuccess;
  const submit = () => {
    setFailure(null);
    action.mutate(folder.trim(), {
      onError: (error) => setFailure(failureText(error)),
      onSuccess: () => window.location.reload(),
    });
  };
  return (
    <Dialog title={t(mode === 'move' ? 'dialog.moveTitle' : 'dialog.openTitle')} onDismiss={() => (busy ? undefined : onClose())} className={styles.dialog}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p>{t(mode === 'move' ? 'dialog.moveIntro' : 'dialog.openIntro')}</p>
        {failure ? (
          <p className="form-alert" role="alert">
            {failure}
          </p>
        ) : null}
        <div className={styles.folderRow}>
          <Field label={t('dialog.folder')} hint={t('dialog.folderHint')} className={styles.folderField}>
            {(props) => <input {...props} type="text" value={folder} spellCheck={false} required onChange={(event) => setFolder(event.target.value)} />}
          </Field>
          {canPick ? (
            <button
              type="button"
              disabled={busy || pick.isPending}
              onClick={() => pick.mutate(undefined, { onSuccess: ({ folder: picked }) => (picked ? setFolder(picked) : undefined) })}
            >
              {t('dialog.choose')}
            </button>
          ) : null}
        </div>
        {mode === 'move' ? <SyncServiceTips /> : null}
        {busy ? <p role="status">{t(mode === 'move' ? 'dialog.working' : 'dialog.opening')}</p> : null}
        <DialogActions onCancel={onClose} confirm={t(mode === 'move' ? 'dialog.move' : 'dialog.openButton')} disabled={busy || folder.trim() === ''} />
      </form>
    </Dialog>
  );
}
