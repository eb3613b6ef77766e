import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { useCoverageBetween } from '../../api/roster-queries';
import { useChannels } from '../../api/settings-queries';
import { useFormatters } from '../../components/use-formatters';
import type { PostFlag, PostFlagProvider } from '../../entities/post-flags';
import { flagWords, useKeptFlags } from '../../entities/post-flags';

/** "Nobody on response duty": one coverage request for every post a calendar view shows. */
export const coverageFlagProvider: PostFlagProvider = {
  id: 'coverage',
  useFlags: (_posts, range) => {
    const { t } = useTranslation('roster');
    const format = useFormatters();
    const channels = useChannels().data;
    const channelNames = new Map((channels ?? []).map((channel) => [channel.id, channel.name]));
    const coverage = useCoverageBetween(range?.from ?? '', range?.to ?? '', range !== null);
    const byPost = new Map((coverage.data ?? []).map((item) => [item.postId, item]));
    return useKeptFlags([coverage.data, channels, t, format], (post: Post): PostFlag[] => {
      const item = byPost.get(post.id);
      if (!item || item.covered) return [];
      const detail = item.uncovered
        .map((gap) => {
          const channel = gap.channelId ? (channelNames.get(gap.channelId) ?? '?') : flagWords(t, 'coverage.anyChannel', () => t('coverage.anyChannel'));
          return flagWords(t, `missing ${channel} ${gap.days.join(' ')}`, () => t('coverage.missing', { channel, days: gap.days.map((day) => format.dayMonth(day)).join(', ') }));
        })
        .join('; ');
      return [{ key: 'no-responder', label: flagWords(t, 'coverage.flag', () => t('coverage.flag')), detail, tone: 'danger', icon: 'person' }];
    });
  },
};
