import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFailureText } from '../../components/forms/use-contract-form';
import { useFormatters } from '../../components/use-formatters';
import { useSettings } from '../../api/settings-queries';
import { useRemoveOldCopy, useShareState } from '../../api/sharing-queries';
import { useUiStore } from '../../state/ui-store';
import { SharePlanDialog } from './SharePlanDialog';
import { SyncServerSettings } from './SyncServerSettings';
import styles from './share-plan.module.css';

/**
 * Settings › Share this plan (issue 13 item 1): where the plan is, moving it into a folder a
 * sync service shares, opening a plan shared that way, and removing the copy left behind
 * once the shared plan works (a step of its own: nothing is deleted by the move).
 */
export function SharePlanSettings() {
  const { t } = useTranslation('sharePlan');
  const { t: tCommon } = useTranslation();
  const failureText = useFailureText();
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const state = useShareState();
  const remove = useRemoveOldCopy();
  const notify = useUiStore((ui) => ui.notify);
  const [dialog, setDialog] = useState<'move' | 'open' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!state.data) return null;
  const { planDir, canPick, canSwitch, oldCopies } = state.data;
  return (
    <section className="panel" aria-labelledby="share-plan-title">
      <h2 id="share-plan-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <p>
        {t('here')} <code className={styles.path}>{planDir}</code>
      </p>
      {canSwitch ? (
        <div className={styles.actions}>
          <button type="button" onClick={() => setDialog('move')}>
            {t('share')}
          </button>
          <button type="button" onClick={() => setDialog('open')}>
            {t('open')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('cannotSwitch')}</p>
      )}
      {oldCopies.map((copy) =>
        copy.present ? (
          <div key={copy.planDir} className={styles.oldCopy}>
            <p>{t('oldCopy', { path: copy.planDir, when: format.stamp(copy.movedAt, timeZone) })}</p>
            {confirming === copy.planDir ? (
              <div className={styles.actions}>
                <span>{t('confirmRemove', { path: copy.planDir })}</span>
                <button type="button" onClick={() => setConfirming(null)}>
                  {tCommon('actions.cancel')}
                </button>
                <button
                  type="button"
                  className="danger"
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate(copy.planDir, {
                      onSuccess: () => notify(t('removed')),
                      onError: (failure) => notify(failureText(failure)),
                      onSettled: () => setConfirming(null),
                    })
                  }
                >
                  {t('removeOldCopy')}
                </button>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming(copy.planDir)}>
                {t('removeOldCopy')}
              </button>
            )}
          </div>
        ) : (
          <p key={copy.planDir} className="muted">
            {t('oldCopyGone', { path: copy.planDir })}
          </p>
        ),
      )}
      <SyncServerSettings />
      {dialog ? <SharePlanDialog mode={dialog} canPick={canPick} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
