import { useTranslation } from 'react-i18next';
import { parseOccurrenceId } from '../../shared/recurrence/occurrence-id';

/** Whether a post is one of a series' (its id names the series and the day). */
export function isOccurrence(postId: string): boolean {
  return parseOccurrenceId(postId) !== null;
}

/** ↻ on a post of a recurring series, named for screen readers; nothing on a one-off post. */
export function SeriesMark({ postId, className }: { postId: string; className?: string }) {
  // Most posts are one-offs: they mount no translation hook (a month has a hundred chips or more).
  return isOccurrence(postId) ? <Mark className={className} /> : null;
}

function Mark({ className }: { className?: string }) {
  const { t } = useTranslation('recurrence');
  return (
    <span className={className} title={t('mark')}>
      <span aria-hidden="true">↻</span>
      <span className="visually-hidden">{t('mark')}</span>
    </span>
  );
}
