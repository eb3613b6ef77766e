import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { useCoverageBetween } from '../../api/roster-queries';
import { useChannels } from '../../api/settings-queries';
import { useFormatters } from '../../components/use-formatters';
import type { PostFlag, PostFlagProvider } from '../../entities/post-flags';
import { useKeptFlags } from '../../entities/post-flags';
import { filled, kept } from '../../i18n/kept-words';

/** "Nobody on response duty": one coverage request for every post a calendar view shows. */
export const coverageFlagProvider: PostFlagProvider = {
  id: 'coverage',
  useFlags: (_posts, range, live) => {
    const { t } = useTranslation('roster');
    const format = useFormatters();
    const channels = useChannels().data;
    const channelNames = new Map((channels ?? []).map((channel) => [channel.id, channel.name]));
    const coverage = useCoverageBetween(range?.from ?? '', range?.to ?? '', range !== null && live);
    const byPost = new Map((coverage.data?.gaps ?? []).map((item) => [item.postId, item]));
    return useKeptFlags([coverage.data, channels, t, format], (post: Post): PostFlag[] => {
      const item = byPost.get(post.id);
      if (!item) return [];
      // Worded once per language and filled in (kept-words.ts): a view's flags are worded for each of its posts.
      const detail = item.uncovered
        .map((gap) =>
          filled(t, 'coverage.missing', { channel: gap.channelId ? (channelNames.get(gap.channelId) ?? '?') : kept(t, 'coverage.anyChannel', () => t('coverage.anyChannel')), days: gap.days.map((day) => format.dayMonth(day)).join(', ') }, (values) => t('coverage.missing', values)),
        )
        .join('; ');
      return [{ key: 'no-responder', label: kept(t, 'coverage.flag', () => t('coverage.flag')), detail, tone: 'danger', icon: 'person' }];
    });
  },
};
