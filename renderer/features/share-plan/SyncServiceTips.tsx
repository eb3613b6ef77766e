import { useTranslation } from 'react-i18next';
import styles from './share-plan.module.css';

const services = ['nextcloud', 'dropbox', 'onedrive', 'googleDrive', 'syncthing'] as const;

/** What each sync service needs so that the plan's files are on this laptop's disk, not only in the cloud. */
export function SyncServiceTips() {
  const { t } = useTranslation('sharePlan');
  return (
    <div className={styles.tips}>
      <h3>{t('services.title')}</h3>
      <p>{t('services.intro')}</p>
      <ul>
        {services.map((service) => (
          <li key={service}>{t(`services.${service}`)}</li>
        ))}
      </ul>
    </div>
  );
}
