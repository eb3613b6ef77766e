import { useTranslation } from 'react-i18next';

export function NoConnection({ reason }: { reason: 'noToken' | 'offlineBridge' }) {
  const { t } = useTranslation();
  return (
    <main className="no-connection">
      <h1>{t('appName')}</h1>
      <p role="alert">{t(`errors.${reason}`)}</p>
    </main>
  );
}
