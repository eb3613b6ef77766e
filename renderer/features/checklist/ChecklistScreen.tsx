import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFailureText } from '../../components/forms/use-contract-form';
import { useChannels } from '../../api/settings-queries';
import { ChannelHealthList } from './ChannelHealthList';
import { WeeksAheadSelect } from '../../components/WeeksAheadSelect';
import { useChecklistUiStore } from './checklist-ui-store';
import { MarketingTable } from './MarketingTable';
import { PostAttentionList } from './PostAttentionList';
import { useComingWeeksOverview } from './use-checklist-overview';
import styles from './checklist-screen.module.css';

/** Everything that needs attention in the coming weeks: posts by post, channels by channel, the marketing share. */
export function ChecklistScreen() {
  const { t } = useTranslation('checklist');
  const { t: tCommon } = useTranslation();
  const failureText = useFailureText();
  const setWeeks = useChecklistUiStore((state) => state.setWeeks);
  const { weeks, overview } = useComingWeeksOverview();
  const channelList = useChannels().data;
  const channels = useMemo(() => new Map((channelList ?? []).map((channel) => [channel.id, channel])), [channelList]);
  const data = overview.data;
  return (
    <div className="screen checklist-screen">
      <header className="screen-header">
        <h1>{tCommon('nav.checklist')}</h1>
        <WeeksAheadSelect weeks={weeks} onWeeks={setWeeks} />
      </header>
      <p className={`muted ${styles.checklistIntro}`}>{t('intro')}</p>
      {data ? (
        <div className={styles.checklistColumns} aria-busy={overview.isFetching}>
          <PostAttentionList posts={data.posts} channels={channels} />
          <div className="checklist-side">
            <ChannelHealthList channels={channelList ?? []} health={data.channels} />
            <MarketingTable shares={data.marketing} channels={channels} />
          </div>
        </div>
      ) : (
        <p className="muted" role={overview.error ? 'alert' : undefined}>
          {overview.error ? failureText(overview.error) : tCommon('loading')}
        </p>
      )}
    </div>
  );
}
