import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterKind, PostFilter } from '../../../shared/calendar/post-filter';
import { emptyFilter, filterKinds, isFilterEmpty, NOBODY, toggleFilterValue } from '../../../shared/calendar/post-filter';
import { postStatuses } from '../../../shared/domain/post';
import { useChannels, useVolunteers } from '../../api/settings-queries';
import { Icon } from '../../components/Icon';
import { useCalendarUi } from './calendar-ui-store';
import styles from './calendar.module.css';

interface Option {
  value: string;
  label: string;
}

/**
 * Filters by channel, status, author, responder, tag and text, combined; each active
 * value is a removable chip; counts say how many of the view's posts are showing.
 */
interface FilterBarProps {
  tags: string[];
  visible: number;
  total: number;
}

/**
 * The same bar while its tags say the same: a saved post writes a new list of the month's posts (and so a
 * new array of tags) even when no tag changed, and React sets a search field's name and type again on each
 * render, a change on the page after every save.
 */
const sameBar = (before: FilterBarProps, after: FilterBarProps) => before.visible === after.visible && before.total === after.total && before.tags.join('\n') === after.tags.join('\n');

// Memoised: the calendar renders whenever one of its requests starts or ends, and the bar's selects and search field need not.
export const FilterBar = memo(function FilterBar({ tags, visible, total }: FilterBarProps) {
  const { t } = useTranslation('calendar');
  const { t: tDomain } = useTranslation('domain');
  const filter = useCalendarUi((state) => state.filter);
  const setFilter = useCalendarUi((state) => state.setFilter);
  const channels = useChannels().data ?? [];
  const volunteers = useVolunteers().data ?? [];
  const people: Option[] = [{ value: NOBODY, label: t('filters.nobody') }, ...volunteers.map((volunteer) => ({ value: volunteer.id, label: volunteer.name }))];
  const options: Record<FilterKind, Option[]> = {
    channelIds: channels.map((channel) => ({ value: channel.id, label: channel.name })),
    statuses: postStatuses.map((status) => ({ value: status, label: tDomain(`status.${status}`) })),
    authorIds: people,
    responderIds: people,
    tags: [...new Set([...tags, ...filter.tags])].map((tag) => ({ value: tag, label: tag })),
  };
  const labelOf = (kind: FilterKind, value: string) => options[kind].find((option) => option.value === value)?.label ?? value;
  const chips = filterKinds.flatMap((kind) => (filter[kind] as string[]).map((value) => ({ kind, value, label: `${t(`filters.kinds.${kind}`)}: ${labelOf(kind, value)}` })));
  const update = (next: PostFilter) => setFilter(next);

  return (
    <section className={styles.filterBar} aria-label={t('filters.label')}>
      <div className={styles.filterControls}>
        <input
          type="search"
          className={styles.filterSearch}
          aria-label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          value={filter.text}
          onChange={(event) => update({ ...filter, text: event.target.value })}
        />
        {filterKinds.map((kind) => (
          <select
            key={kind}
            className={styles.filterSelect}
            aria-label={t(`filters.add.${kind}`)}
            value=""
            disabled={options[kind].length === 0}
            onChange={(event) => event.target.value && update(toggleFilterValue(filter, kind, event.target.value))}
          >
            <option value="">{t(`filters.kinds.${kind}`)}</option>
            {options[kind]
              .filter((option) => !(filter[kind] as string[]).includes(option.value))
              .map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
          </select>
        ))}
        <span className={styles.filterCount} aria-live="polite">
          {isFilterEmpty(filter) ? t('filters.countAll', { count: total }) : t('filters.count', { visible, count: total })}
        </span>
      </div>
      {isFilterEmpty(filter) ? null : (
        <ul className={styles.filterChips}>
          {filter.text.trim() ? (
            <li>
              <button type="button" className={styles.filterChip} aria-label={t('filters.remove', { label: t('filters.text', { text: filter.text.trim() }) })} onClick={() => update({ ...filter, text: '' })}>
                {t('filters.text', { text: filter.text.trim() })} <Icon name="close" size={14} />
              </button>
            </li>
          ) : null}
          {chips.map((chip) => (
            <li key={`${chip.kind}-${chip.value}`}>
              <button type="button" className={styles.filterChip} aria-label={t('filters.remove', { label: chip.label })} onClick={() => update(toggleFilterValue(filter, chip.kind, chip.value))}>
                {chip.label} <Icon name="close" size={14} />
              </button>
            </li>
          ))}
          <li>
            <button type="button" className={`ghost ${styles.filterClear}`} onClick={() => update(emptyFilter)}>
              {t('filters.clear')}
            </button>
          </li>
        </ul>
      )}
    </section>
  );
}, sameBar);
