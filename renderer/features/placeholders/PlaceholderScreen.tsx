import { useTranslation } from 'react-i18next';

/** Screens that later work fills in; labelled as such so nobody mistakes them for broken. */
export function PlaceholderScreen({ screen }: { screen: 'checklist' | 'roster' | 'export' }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t(`nav.${screen}`)}</h1>
        <span className="coming-soon">{t('placeholder.title')}</span>
      </header>
      <p className="placeholder-text">{t(`placeholder.${screen}`)}</p>
    </div>
  );
}
