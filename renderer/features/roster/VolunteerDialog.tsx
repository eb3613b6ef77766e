import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plusDays } from '../../../shared/calendar/calendar-dates';
import { volunteerRoles } from '../../../shared/domain/volunteer';
import { upcomingDutiesOf } from '../../../shared/roster/duty-rules';
import { ApiCallError } from '../../api/api-context';
import { useDutiesBetween, useVolunteerMutations } from '../../api/roster-queries';
import { useChannels, useVolunteers } from '../../api/settings-queries';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useFormatters } from '../../components/use-formatters';
import { useValidationText } from '../../components/use-validation-text';
import { useUiStore } from '../../state/ui-store';
import { AwayPeriodsEditor } from './AwayPeriodsEditor';
import { useRosterStore } from './roster-store';
import { useRosterPeriod } from './use-roster-period';
import type { VolunteerErrors, VolunteerForm } from './volunteer-form-model';
import { errorsFromIssues } from '../../components/forms/use-contract-form';
import { emptyVolunteerForm, fieldsFromVolunteerForm, formFromVolunteer, volunteerIssues } from './volunteer-form-model';
import { SubmitForm } from '../../components/SubmitForm';
import { CheckboxList } from '../../components/CheckboxList';
import { DialogActions } from '../../components/DialogActions';
import styles from './roster.module.css';

/** Add or edit a volunteer. Someone with history is deactivated rather than deleted; the dialog says what that leaves open. */
export function VolunteerDialog({ volunteerId }: { volunteerId: string | null }) {
  const { t } = useTranslation('roster');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const validationText = useValidationText();
  const close = useRosterStore((state) => state.close);
  const notify = useUiStore((state) => state.notify);
  const channels = useChannels().data ?? [];
  const volunteer = (useVolunteers().data ?? []).find((candidate) => candidate.id === volunteerId);
  const { today } = useRosterPeriod();
  const upcoming = useDutiesBetween(today, plusDays(today, 366)).data ?? [];
  const { create, update, remove } = useVolunteerMutations();
  const [form, setForm] = useState<VolunteerForm>(() => (volunteer ? formFromVolunteer(volunteer, format.language) : emptyVolunteerForm()));
  const [errors, setErrors] = useState<VolunteerErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const error = (path: string) => (errors[path] ? validationText(errors[path]) : undefined);
  const set = (changes: Partial<VolunteerForm>) => setForm({ ...form, ...changes });

  const failed = (failure: Error) => {
    if (failure instanceof ApiCallError && failure.error.issues.some((issue) => issue.path)) setErrors(errorsFromIssues(failure.error.issues, volunteerIssues));
    else if (failure instanceof ApiCallError && failure.error.issues.length) setGeneral(validationText(failure.error.issues[0].message));
    else setGeneral(tCommon('errors.generic', { message: failure.message }));
  };

  const save = (form: VolunteerForm) => {
    setGeneral(null);
    const result = fieldsFromVolunteerForm(form);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    const left = volunteer && volunteer.active && !result.fields.active ? upcomingDutiesOf(volunteer.id, upcoming, today).length : 0;
    const done = (saved: { name: string }) => {
      notify(left ? t('volunteer.deactivated', { name: saved.name, count: left }) : t(volunteer ? 'volunteer.saved' : 'volunteer.added', { name: saved.name }));
      close();
    };
    if (volunteer) update.mutate({ id: volunteer.id, changes: result.fields }, { onSuccess: done, onError: failed });
    else create.mutate(result.fields, { onSuccess: done, onError: failed });
  };

  return (
    <Dialog title={volunteer ? t('volunteer.editTitle', { name: volunteer.name }) : t('volunteer.newTitle')} onDismiss={close} className={styles.volunteerDialog}>
      <SubmitForm
        onSubmit={() => {
          save(form);
        }}
      >
        {Object.keys(errors).length ? (
          <p className="form-alert" role="alert">
            {t('volunteer.fixErrors', { count: Object.keys(errors).length })}
          </p>
        ) : null}
        {general ? (
          <div className="form-alert" role="alert">
            <p>{general}</p>
            {volunteer?.active ? (
              <button type="button" onClick={() => save({ ...form, active: false })}>
                {t('volunteer.deactivate')}
              </button>
            ) : null}
          </div>
        ) : null}
        <div className="form-grid">
          <Field label={t('volunteer.name')} error={error('name')} className="span-2">
            {(props) => <input {...props} type="text" value={form.name} autoFocus maxLength={200} onChange={(event) => set({ name: event.target.value })} />}
          </Field>
          <Field label={t('volunteer.email')} error={error('email')}>
            {(props) => <input {...props} type="email" value={form.email} onChange={(event) => set({ email: event.target.value })} />}
          </Field>
          <Field label={t('volunteer.phone')} error={error('phone')}>
            {(props) => <input {...props} type="text" inputMode="tel" value={form.phone} onChange={(event) => set({ phone: event.target.value })} />}
          </Field>
          <fieldset className="span-2">
            <legend>{t('volunteer.roles')}</legend>
            <CheckboxList options={volunteerRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} chosen={form.roles} onChange={(roles) => set({ roles })} />
          </fieldset>
          {channels.length ? (
            <fieldset className="span-2">
              <legend>{t('volunteer.channels')}</legend>
              <CheckboxList options={channels.map((channel) => ({ value: channel.id, label: channel.name }))} chosen={form.channelIds} onChange={(channelIds) => set({ channelIds })} />
              <p className={`field-hint ${styles.spanAll}`}>{t('volunteer.channelsHint')}</p>
            </fieldset>
          ) : null}
          <Field label={t('volunteer.limit')} hint={t('volunteer.limitHint')} error={error('limit')}>
            {(props) => <input {...props} type="number" min={0} max={31} value={form.limit} onChange={(event) => set({ limit: event.target.value })} />}
          </Field>
          <div className={`field ${styles.activeField}`}>
            <label className="checkbox">
              <input type="checkbox" checked={form.active} aria-describedby="active-hint" onChange={(event) => set({ active: event.target.checked })} />
              {t('volunteer.active')}
            </label>
            <p className="field-hint" id="active-hint">
              {t('volunteer.activeHint')}
            </p>
          </div>
          <AwayPeriodsEditor rows={form.away} errors={error} onChange={(away) => set({ away })} />
        </div>
        <DialogActions onCancel={close} confirm={tCommon('actions.save')} disabled={create.isPending || update.isPending}>
          {volunteer ? (
            <button
              type="button"
              className="danger left"
              onClick={() =>
                remove.mutate(volunteer.id, {
                  onSuccess: () => {
                    notify(t('volunteer.deleted', { name: volunteer.name }));
                    close();
                  },
                  onError: failed,
                })
              }
            >
              {t('volunteer.delete')}
            </button>
          ) : null}
        </DialogActions>
      </SubmitForm>
    </Dialog>
  );
}
