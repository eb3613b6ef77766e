import { useTranslation } from 'react-i18next';
import type { HealthItemKey } from '../../../shared/checklist/channel-health';
import type { ChecklistItemResult, Finding } from '../../../shared/checklist/checklist-result';
import type { LocalDate } from '../../../shared/domain/local-time';
import { isLocalDate } from '../../../shared/domain/local-time';
import { useFormatters } from '../../components/use-formatters';
import { kept } from '../../i18n/kept-words';
import type checklistEn from '../../../shared/locales/en/checklist.json';

// The loaded words say which names exist (every language has the same keys); an unknown key (a newer rule) shows as itself.
type ItemName = keyof (typeof checklistEn)['items'];
type FindingName = keyof (typeof checklistEn)['findings'];
type HealthFindingName = keyof (typeof checklistEn)['health']['findings'];

type Params = Record<string, string | number>;

/** Item names and findings in the UI language; dates in findings formatted the user's way. */
export function useChecklistText() {
  const { t, i18n } = useTranslation('checklist');
  const named = (key: string) => i18n.exists(key, { ns: 'checklist' });
  const format = useFormatters();
  const date = (value: string | number) => (typeof value === 'string' && isLocalDate(value) ? format.date(value as LocalDate) : String(value));

  const itemLabel = (item: Pick<ChecklistItemResult, 'id' | 'label' | 'rule'>): string => {
    if (item.label.trim()) return item.label;
    const key = item.rule ?? item.id;
    // Once per language: the calendar's checklist flags name the open items of every post a view shows.
    return kept(t, `items.${key}`, () => (named(`items.${key}`) ? t(`items.${key as ItemName}`) : item.id));
  };

  const findingText = (finding: Finding): string => {
    const p: Params = finding.params;
    switch (finding.key) {
      case 'noAlbum':
        return p.proposal ? t('findings.noAlbumProposal', { proposal: p.proposal }) : t('findings.noAlbum');
      case 'albumDuplicate':
        return t('findings.albumDuplicate', { title: p.title, date: p.date ? date(p.date) : '–' });
      case 'uncovered': {
        const days = String(p.days).split(',').filter(Boolean).map((day) => format.dayMonth(day as LocalDate)).join(', ');
        return p.channel ? t('findings.uncovered', { channel: p.channel, days }) : t('findings.uncoveredAny', { days });
      }
      case 'contactFound':
        return t('findings.contactFound', { kinds: String(p.kinds).split(',').filter(Boolean).map((kind) => t(`contactKinds.${kind as 'website'}`)).join(', ') });
      case 'placeholder':
        return t('findings.placeholder', { marker: p.marker, where: t(`where.${p.where as 'title'}`, { channel: p.channel }) });
      default:
        return named(`findings.${finding.key}`) ? t(`findings.${finding.key as FindingName}`, p) : finding.key;
    }
  };

  const healthLabel = (key: HealthItemKey): string => t(`health.items.${key}`);

  const healthFindingText = (finding: Finding): string => {
    const p: Params = { ...finding.params };
    for (const name of ['date', 'due', 'last', 'next']) if (p[name]) p[name] = date(p[name]);
    if (finding.key === 'checkedOn' && p.due) return t('health.findings.checkedOnDue', p);
    return named(`health.findings.${finding.key}`) ? t(`health.findings.${finding.key as HealthFindingName}`, p) : finding.key;
  };

  return { itemLabel, findingText, healthLabel, healthFindingText };
}
