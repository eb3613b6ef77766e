import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { albumPatternProblem, proposeAlbumName } from '../../../shared/checklist/album-name-rule';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import { ApiCallError } from '../../api/api-context';
import { useSettings, useUpdateSettings } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { errorsFromIssues } from '../../components/forms/use-contract-form';
import { useValidationText } from '../../components/use-validation-text';
import { useUiStore } from '../../state/ui-store';
import { TemplateEditor } from './TemplateEditor';
import { SubmitForm } from '../../components/SubmitForm';

/** The checklist's part of Settings: the album pattern, the thresholds, and the templates. */
export function ChecklistSettings() {
  const { t } = useTranslation('checklist');
  const validationText = useValidationText();
  const settings = useSettings().data;
  const update = useUpdateSettings();
  const notify = useUiStore((state) => state.notify);
  const [pattern, setPattern] = useState('');
  const [staleDays, setStaleDays] = useState('');
  const [checkMonths, setCheckMonths] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!settings) return;
    setPattern(settings.albumPattern);
    setStaleDays(String(settings.staleAfterDays));
    setCheckMonths(String(settings.channelCheckMonths));
  }, [settings]);
  if (!settings) return null;

  const example = albumPatternProblem(pattern) === null ? (proposeAlbumName(pattern, { title: 'Kesäjuhla', date: todayIn(settings.timeZone, new Date()) }) ?? '') : '';
  const save = () => {
    const local: Record<string, string> = {};
    if (!pattern.trim()) local.albumPattern = 'v.required';
    else if (albumPatternProblem(pattern) !== null) local.albumPattern = 'v.albumPatternInvalid';
    setErrors(local);
    if (Object.keys(local).length) return;
    update.mutate(
      { albumPattern: pattern.trim(), staleAfterDays: Number(staleDays), channelCheckMonths: Number(checkMonths) },
      {
        onSuccess: () => notify(t('settings.savedSettings')),
        onError: (failure) => setErrors(failure instanceof ApiCallError ? errorsFromIssues(failure.error.issues) : { albumPattern: failure.message }),
      },
    );
  };
  const error = (field: string) => (errors[field] ? validationText(errors[field]) : undefined);

  return (
    <section className="panel" aria-labelledby="checklist-settings-title">
      <h2 id="checklist-settings-title">{t('settings.title')}</h2>
      <SubmitForm
        className="form-grid"
        onSubmit={save}
      >
        <Field label={t('settings.albumPattern')} hint={t('settings.albumPatternHint', { example })} error={error('albumPattern')} className="span-2">
          {(props) => <input {...props} type="text" value={pattern} onChange={(event) => setPattern(event.target.value)} />}
        </Field>
        <Field label={t('settings.staleDays')} error={error('staleAfterDays')}>
          {(props) => <input {...props} type="number" min={1} max={365} value={staleDays} onChange={(event) => setStaleDays(event.target.value)} />}
        </Field>
        <Field label={t('settings.checkMonths')} error={error('channelCheckMonths')}>
          {(props) => <input {...props} type="number" min={1} max={36} value={checkMonths} onChange={(event) => setCheckMonths(event.target.value)} />}
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
