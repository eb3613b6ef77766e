import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import { localDate } from '../../../shared/domain/local-time';
import type { MonthNumbers } from '../../../shared/results/channel-results';
import { hasNumbers, resultMetrics } from '../../../shared/results/channel-results';
import { useSaveResults } from '../../api/results-queries';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { SubmitForm } from '../../components/SubmitForm';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import styles from './results.module.css';

type Draft = Record<keyof MonthNumbers, string>;

export const draftOf = (numbers: MonthNumbers | undefined): Draft => Object.fromEntries(resultMetrics.map((metric) => [metric, numbers?.[metric] == null ? '' : String(numbers[metric])])) as Draft;

/** Text as typed: empty is "not known"; anything else goes to the contract's check as a number (text becomes NaN and is refused there). */
const numberOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim().replace(/\s/g, '')));

/** One channel's numbers for one month, typed as text so that a wrong entry is answered with a message rather than swallowed by the browser. */
export function MonthResultForm({ channel, month, onMonth, draft, onDraft }: { channel: Channel; month: string; onMonth: (month: string) => void; draft: Draft; onDraft: (draft: Draft) => void }) {
  const { t } = useTranslation('results');
  const { t: tDomain } = useTranslation('domain');
  const format = useFormatters();
  const notify = useUiStore((state) => state.notify);
  const save = useSaveResults();
  const form = useContractForm('results:save');
  const submit = () => {
    const numbers = Object.fromEntries(resultMetrics.map((metric) => [metric, numberOf(draft[metric])]));
    const input = form.parse({ channelId: channel.id, month, numbers });
    if (!input) return;
    const name = format.monthTitle(localDate(`${input.month}-01`));
    save.mutate(input, {
      onSuccess: () => notify(t(hasNumbers(input.numbers) ? 'form.saved' : 'form.removed', { channel: channel.name, month: name })),
      onError: form.fail,
    });
  };
  return (
    <SubmitForm className={`form-grid ${styles.form}`} onSubmit={submit}>
      <h2 className="span-2">{t('form.title')}</h2>
      <p className="muted span-2">{t('form.hint')}</p>
      <FormAlert form={form} className="span-2" />
      <Field label={t('form.month')} error={form.error('month')}>
        {(props) => <input {...props} type="month" value={month} onChange={(event) => onMonth(event.target.value)} />}
      </Field>
      {resultMetrics.map((metric) => (
        <Field key={metric} label={tDomain(`resultMetric.${metric}`)} error={form.error(`numbers.${metric}`)}>
          {(props) => <input {...props} type="text" inputMode="numeric" value={draft[metric]} onChange={(event) => onDraft({ ...draft, [metric]: event.target.value })} />}
        </Field>
      ))}
      <div className="form-actions span-2">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('form.save')}
        </button>
      </div>
    </SubmitForm>
  );
}
