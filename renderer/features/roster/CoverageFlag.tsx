import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { useChannels } from '../../api/settings-queries';
import { useFormatters } from '../../components/use-formatters';
import { RosterIcon } from './RosterIcon';
import { usePostCoverage } from './use-post-coverage';
import './roster.css';

/**
 * A red "nobody on response duty" flag for a post that goes out uncovered; nothing
 * otherwise. Self-contained (fetches its own data), so any calendar view can place
 * it next to a post: <CoverageFlag post={post} />.
 */
export function CoverageFlag({ post }: { post: Pick<Post, 'id' | 'date' | 'status'> }) {
  const { t } = useTranslation('roster');
  const format = useFormatters();
  const channels = new Map((useChannels().data ?? []).map((channel) => [channel.id, channel.name]));
  const coverage = usePostCoverage(post);
  if (!coverage || coverage.covered) return null;
  const detail = coverage.uncovered
    .map((gap) => t('coverage.missing', { channel: gap.channelId ? (channels.get(gap.channelId) ?? '?') : t('coverage.anyChannel'), days: gap.days.map((day) => format.dayMonth(day)).join(', ') }))
    .join('; ');
  return (
    <span className="chip chip-uncovered" title={detail}>
      <RosterIcon name="alert" size={13} /> {t('coverage.flag')}
      <span className="visually-hidden">: {detail}</span>
    </span>
  );
}
