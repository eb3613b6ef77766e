import { useTranslation } from 'react-i18next';
import styles from './shell.module.css';

export function NoConnection({ reason }: { reason: 'noToken' | 'offlineBridge' }) {
  const { t } = useTranslation();
  return (
    <main className={styles.noConnection}>
      <h1>{t('appName')}</h1>
      <p role="alert">{t(`errors.${reason}`)}</p>
    </main>
  );
}
