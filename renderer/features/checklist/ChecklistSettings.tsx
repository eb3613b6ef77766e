import { useTranslation } from 'react-i18next';
import { albumPatternProblem, proposeAlbumName } from '../../../shared/checklist/album-name-rule';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import { useSettings, useUpdateSettings } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { useDraft } from '../../components/forms/use-draft';
import { useUiStore } from '../../state/ui-store';
import { TemplateEditor } from './TemplateEditor';
import { SubmitForm } from '../../components/SubmitForm';

/** The checklist's part of Settings: the album pattern, the thresholds, and the templates. */
export function ChecklistSettings() {
  const { t } = useTranslation('checklist');
  const settings = useSettings().data;
  const update = useUpdateSettings();
  const notify = useUiStore((state) => state.notify);
  // Numbers are text while typed.
  const draft = useDraft(settings && { albumPattern: settings.albumPattern, staleAfterDays: String(settings.staleAfterDays), channelCheckMonths: String(settings.channelCheckMonths) });
  const form = useContractForm('settings:update');
  if (!settings || !draft.value) return null;
  const values = draft.value;
  const set = (changes: Partial<typeof values>) => draft.set({ ...values, ...changes });

  const pattern = values.albumPattern;
  const example = albumPatternProblem(pattern) === null ? (proposeAlbumName(pattern, { title: 'Kesäjuhla', date: todayIn(settings.timeZone, new Date()) }) ?? '') : '';
  const save = () => {
    const changes = form.parse({ albumPattern: pattern, staleAfterDays: Number(values.staleAfterDays), channelCheckMonths: Number(values.channelCheckMonths) });
    if (changes)
      update.mutate(changes, {
        onSuccess: () => {
          draft.reset();
          notify(t('settings.savedSettings'));
        },
        onError: form.fail,
      });
  };
  const { error } = form;

  return (
    <section className="panel" aria-labelledby="checklist-settings-title">
      <h2 id="checklist-settings-title">{t('settings.title')}</h2>
      <SubmitForm
        className="form-grid"
        onSubmit={save}
      >
        <FormAlert form={form} className="span-2" />
        <Field label={t('settings.albumPattern')} hint={t('settings.albumPatternHint', { example })} error={error('albumPattern')} className="span-2">
          {(props) => <input {...props} type="text" value={pattern} onChange={(event) => set({ albumPattern: event.target.value })} />}
        </Field>
        <Field label={t('settings.staleDays')} error={error('staleAfterDays')}>
          {(props) => <input {...props} type="number" min={1} max={365} value={values.staleAfterDays} onChange={(event) => set({ staleAfterDays: event.target.value })} />}
        </Field>
        <Field label={t('settings.checkMonths')} error={error('channelCheckMonths')}>
          {(props) => <input {...props} type="number" min={1} max={36} value={values.channelCheckMonths} onChange={(event) => set({ channelCheckMonths: event.target.value })} />}
        </Field>
        <div className="form-actions span-2">
          <button type="submit" disabled={update.isPending}>
            {t('settings.saveSettings')}
          </button>
        </div>
      </SubmitForm>
      <TemplateEditor />
    </section>
  );
}
