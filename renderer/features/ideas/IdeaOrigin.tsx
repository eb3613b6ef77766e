import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { ideaBehind } from '../../../shared/ideas/idea-backlog';
import { parseOccurrenceId } from '../../../shared/recurrence/occurrence-id';
import { useIdeas } from '../../api/ideas-queries';
import { Icon } from '../../components/Icon';
import { useUiStore } from '../../state/ui-store';

/** In the post editor: "From the idea …", when an idea became this post (the link is kept on the idea). */
export function IdeaOrigin({ post }: { post: Post }) {
  const { t } = useTranslation('ideas');
  const ideas = useIdeas().data ?? [];
  const showScreen = useUiStore((state) => state.showScreen);
  const closeEditor = useUiStore((state) => state.closeEditor);
  // A post of a series came from the idea the series came from.
  const series = parseOccurrenceId(post.id);
  const idea = ideaBehind(
    ideas.map((entry) => entry.idea),
    series ? { kind: 'series', id: series.seriesId } : { kind: 'post', id: post.id },
  );
  if (!idea) return null;
  return (
    <p className="muted">
      <Icon name="link" size={14} />{' '}
      <a
        href="#ideas"
        onClick={(event) => {
          event.preventDefault();
          closeEditor();
          showScreen('ideas');
        }}
      >
        {t('fromIdea', { title: idea.title })}
      </a>
    </p>
  );
}
