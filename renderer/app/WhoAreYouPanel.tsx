import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../api/identity-queries';
import { useAssociation, useChannels } from '../api/settings-queries';
import { Dialog } from '../components/Dialog';
import { Icon } from '../components/Icon';
import { WhoAreYouForm } from '../entities/identity/WhoAreYouForm';
import styles from './shell.module.css';

/**
 * On opening a plan (once first run has set it up) whose user at this laptop has not
 * said who they are: ask in the sidebar rather than in front of the screen (and without
 * moving it as the answer loads), so that a look around needs nothing. Approving, commenting and ticking ask again if still unsaid.
 */
export function WhoAreYouPanel({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const association = useAssociation().data;
  const channels = useChannels().data;
  const identity = useIdentity().data;
  const [lookingOnly, setLookingOnly] = useState(false);
  const [choosing, setChoosing] = useState(false);
  if (!association || !channels || !identity || identity.me || lookingOnly) return null;
  if (association.name === '' && channels.length === 0) return null;
  const dialog = choosing ? (
    <Dialog title={t('identity.title')} onDismiss={() => setChoosing(false)} className="small-dialog">
      <WhoAreYouForm onDone={() => setChoosing(false)} onCancel={() => setChoosing(false)} />
    </Dialog>
  ) : null;
  // The icon sidebar has no room for the card: a person icon asks the same question.
  if (compact)
    return (
      <div className={styles.whoAreYouCompact}>
        <button type="button" className={styles.navItem} title={t('identity.title')} aria-label={t('identity.title')} onClick={() => setChoosing(true)}>
          <Icon name="person" />
        </button>
        {dialog}
      </div>
    );
  return (
    <section className={`panel ${styles.whoAreYou}`} aria-labelledby="who-are-you-title">
      <h2 id="who-are-you-title">{t('identity.title')}</h2>
      <p>{t('identity.panel')}</p>
      <div className={`form-actions ${styles.whoAreYouActions}`}>
        <button type="button" className="primary" onClick={() => setChoosing(true)}>
          {t('identity.choose')}
        </button>
        <button type="button" onClick={() => setLookingOnly(true)}>
          {t('identity.justLooking')}
        </button>
      </div>
      {dialog}
    </section>
  );
}
