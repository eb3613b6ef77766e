import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../shared/domain/post';
import { checklistFlagProvider } from '../features/checklist/checklist-flag-provider';
import { coverageFlagProvider } from '../features/roster/coverage-flag-provider';
import { conflictFlagProvider } from '../features/sync/conflict-flag-provider';
import type { PostFlag, PostFlagProvider } from '../entities/post-flags';

/*
 * Every badge shown on posts in the calendar, one provider per line. Another feature
 * (the roster's "nobody on response duty", the checklist's progress) adds its own
 * provider here, written in its own folder.
 */

const marketing: PostFlagProvider = {
  id: 'marketing',
  useFlags: () => {
    const { t } = useTranslation('calendar');
    return useMemo(() => (post: Post): PostFlag[] => (post.marketing ? [{ key: 'marketing', label: t('flags.marketing'), tone: 'warning', icon: 'megaphone' }] : []), [t]);
  },
};

const comments: PostFlagProvider = {
  id: 'comments',
  useFlags: () => {
    const { t } = useTranslation('calendar');
    return useMemo(
      () =>
        (post: Post): PostFlag[] =>
          post.comments.length ? [{ key: 'comments', label: t('flags.comments', { count: post.comments.length }), tone: 'info', icon: 'comment', count: post.comments.length }] : [],
      [t],
    );
  },
};

export const postFlagProviders: PostFlagProvider[] = [conflictFlagProvider, marketing, comments, coverageFlagProvider, checklistFlagProvider];
