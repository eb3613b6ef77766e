import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf, RendererApi } from '../../../shared/api/contract';
import { useValidationText } from '../../components/use-validation-text';
import { BackupRestore } from './BackupRestore';
import styles from './damaged-plan.module.css';

/*
 * A plan folder main would not open (its main document does not validate: a foreign Automerge
 * document, garbage bytes). Main answers every request with v.storagePlanInvalid, the folder and
 * this computer's safety copies (electron/api/damaged-plan.ts); this screen says what is wrong,
 * where, and what to do, with the actions the app has: the recent plans (Settings) and the safety
 * copies, one of which can be restored in the folder's place (BackupRestore: the damaged folder is
 * kept aside, renamed). Nothing else here writes into the folder.
 */

type RecentPlans = OutputOf<'plans:recent'>;

/** The screen, when the app's first answer (settings:get) was refused because the plan is damaged (renderer/main.tsx). */
export function DamagedPlanScreen({ api, params }: { api: RendererApi; params: Record<string, string | number> }) {
  const { t } = useTranslation();
  const word = useValidationText();
  const [recent, setRecent] = useState<RecentPlans | null>(null);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    document.title = `${t('storage.damaged.title')} · Somevuoro`;
    void api.plansRecent({}).then((result) => setRecent(result.ok ? result.value : null));
  }, [api, t]);
  const others = recent?.canSwitch ? recent.plans.filter((plan) => !plan.current && !plan.missing) : [];
  return (
    <main className={styles.screen} aria-labelledby="damaged-title">
      <h1 id="damaged-title">{t('storage.damaged.title')}</h1>
      <p role="alert">{word('v.storagePlanInvalid', params)}</p>
      <code className={styles.folder}>{String(params.folder ?? '')}</code>
      {restored ? null : (
        <>
          <p>{t('storage.damaged.untouched')}</p>
          <h2>{t('storage.damaged.whatToDo')}</h2>
          <ul className={styles.steps}>
            {recent?.canSwitch ? (
              <li>
                {others.length ? t('storage.damaged.otherPlan') : t('storage.damaged.noOtherPlan')}
                <div className={styles.plans}>
                  {others.map((plan) => (
                    <button key={plan.planDir} type="button" title={plan.planDir} onClick={() => void api.plansOpen({ planDir: plan.planDir }).then((result) => result.ok && window.location.reload())}>
                      {t('storage.damaged.open', { name: plan.name || plan.planDir })}
                    </button>
                  ))}
                </div>
              </li>
            ) : null}
            <li>{t('storage.damaged.backup', { backups: String(params.backups ?? '') })}</li>
            <li>{t('storage.damaged.syncing')}</li>
          </ul>
        </>
      )}
      <BackupRestore api={api} folder={String(params.folder ?? '')} onRestored={() => setRestored(true)} />
    </main>
  );
}
