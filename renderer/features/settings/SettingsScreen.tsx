import { useTranslation } from 'react-i18next';
import { useAppStatus } from '../../api/settings-queries';
import { AssociationSettings } from './AssociationSettings';
import { BackupsSettings } from './BackupsSettings';
import { useFeatureSlots } from '../../entities/feature-slots';
import { ChannelSettings } from './ChannelSettings';
import { GeneralSettings } from './GeneralSettings';
import { IdentitySettings } from './IdentitySettings';
import { RecentPlansSettings } from './RecentPlansSettings';
import { TrashSettings } from './TrashSettings';
import styles from './settings.module.css';

export function SettingsScreen() {
  const { ChecklistSettings, SharePlanSettings } = useFeatureSlots();
  const { t } = useTranslation('settings');
  const dataDir = useAppStatus().data?.dataDir;
  return (
    <div className="screen settings-screen">
      <header className="screen-header">
        <h1>{t('title')}</h1>
      </header>
      <GeneralSettings />
      <IdentitySettings />
      <AssociationSettings />
      <ChannelSettings />
      <ChecklistSettings />
      <section className="panel" aria-labelledby="data-folder-title">
        <h2 id="data-folder-title">{t('dataFolder')}</h2>
        <p className="muted">{t('dataFolderHint')}</p>
        <code className={styles.path}>{dataDir}</code>
      </section>
      <SharePlanSettings />
      <RecentPlansSettings />
      <TrashSettings />
      <BackupsSettings />
    </div>
  );
}
