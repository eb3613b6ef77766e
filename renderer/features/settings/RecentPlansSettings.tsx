import { useTranslation } from 'react-i18next';
import { useFailureText } from '../../components/forms/use-contract-form';
import { useOpenPlan, useRecentPlans } from '../../api/plans-queries';
import { useSettings } from '../../api/settings-queries';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import styles from './settings.module.css';

/**
 * Settings › Recent plans: the plans this laptop opened (kept on the laptop), each with
 * its association, folder and when it was last open; a folder no longer there says so.
 * Where this window cannot switch plans it says that instead of offering a button that
 * would fail. The browser version reopens its services on the plan and the page reloads.
 */
export function RecentPlansSettings() {
  const { t } = useTranslation('settings');
  const failureText = useFailureText();
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const recent = useRecentPlans();
  const open = useOpenPlan();
  const notify = useUiStore((state) => state.notify);
  if (!recent.data) return null;
  const { plans, canSwitch } = recent.data;
  return (
    <section className="panel" aria-labelledby="recent-plans-title">
      <h2 id="recent-plans-title">{t('recentPlans.title')}</h2>
      <p className="muted">{canSwitch ? t('recentPlans.hint') : t('recentPlans.cannotSwitch')}</p>
      <ul className="entry-list">
        {plans.map((plan) => (
          <li key={plan.planDir}>
            <span>
              <strong>{plan.name || t('recentPlans.unnamed')}</strong>{' '}
              {plan.current ? <span className={styles.planState}>{t('recentPlans.current')}</span> : null}
              {plan.missing ? <span className={styles.planMissing}>{t('recentPlans.missing')}</span> : null}
              <br />
              <code className={styles.path}>{plan.planDir}</code>{' '}
              {plan.openedAt ? <span className="muted">{t('recentPlans.openedAt', { when: format.stamp(plan.openedAt, timeZone) })}</span> : null}
            </span>
            {canSwitch && !plan.current && !plan.missing ? (
              <button
                type="button"
                aria-label={t('recentPlans.openNamed', { name: plan.name || plan.planDir })}
                disabled={open.isPending}
                onClick={() => open.mutate(plan.planDir, { onError: (failure) => notify(failureText(failure)), onSuccess: () => window.location.reload() })}
              >
                {t('recentPlans.open')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
