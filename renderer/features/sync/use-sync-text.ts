import { formatDistanceToNowStrict } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/settings';
import { useSettings, useVolunteers } from '../../api/settings-queries';
import { useFormatters } from '../../components/use-formatters';
import { monthInSentence } from '../../entities/month-words';
import { dateLocales } from '../../i18n/i18n';

interface Written {
  author: { name: string } | null;
  at: string | null;
}

/** How the sync feature words people, times, fields and values in the UI language. */
export function useSyncText() {
  const { t, i18n } = useTranslation('sync');
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const volunteers = new Map((useVolunteers().data ?? []).map((volunteer) => [volunteer.id, volunteer.name]));
  const locale = dateLocales[(i18n.resolvedLanguage ?? 'en') as Language];
  const name = (written: Written) => written.author?.name || t('status.someone');
  const ago = (at: string) => formatDistanceToNowStrict(new Date(at), { addSuffix: true, locale });
  const field = (key: string) => t(`fields.${key}`, { defaultValue: key });
  /** A value as a person reads it: text as it is, a volunteer by name, a list by its length. */
  const value = (key: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return t('twoVersions.empty');
    if (key === 'volunteerId' && typeof raw === 'string') return volunteers.get(raw) ?? raw;
    if (Array.isArray(raw)) return t('twoVersions.items', { count: raw.length });
    if (typeof raw === 'string') return raw;
    return JSON.stringify(raw);
  };
  /** Where a post is: "January 2027", or "without a date". */
  const month = (bucket: string) => monthInSentence(bucket, (i18n.resolvedLanguage ?? 'en') as Language) ?? t('twoVersions.undated');
  const writtenBy = (written: Written) => (written.at ? t('twoVersions.writtenBy', { name: name(written), at: format.stamp(written.at, timeZone) }) : name(written));
  /** "Title: “A” (Anna), “B” (Ben)": a conflict in one line, for a flag's detail. */
  const line = (conflict: { field: string; values: ({ value: unknown } & Written)[] }) =>
    t('twoVersions.detail', { field: field(conflict.field), values: conflict.values.map((entry) => t('twoVersions.value', { value: value(conflict.field, entry.value), name: name(entry) })).join(', ') });
  return { t, name, ago, field, value, month, writtenBy, line };
}
