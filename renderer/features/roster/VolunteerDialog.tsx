import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plusDays } from '../../../shared/calendar/calendar-dates';
import { volunteerRoles } from '../../../shared/domain/volunteer';
import { upcomingDutiesOf } from '../../../shared/roster/duty-rules';
import { useDutiesBetween, useVolunteerMutations } from '../../api/roster-queries';
import { useChannels, useVolunteers } from '../../api/settings-queries';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import { AwayPeriodsEditor } from './AwayPeriodsEditor';
import { useRosterStore } from './roster-store';
import { useRosterPeriod } from './use-roster-period';
import type { VolunteerForm } from './volunteer-form-model';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { emptyVolunteerForm, formFromVolunteer, volunteerInputFromForm, volunteerIssues } from './volunteer-form-model';
import { SubmitForm } from '../../components/SubmitForm';
import { CheckboxList } from '../../components/CheckboxList';
import { DialogActions } from '../../components/DialogActions';
import styles from './roster.module.css';

/** Add or edit a volunteer. Someone with history is deactivated rather than deleted; the dialog says what that leaves open. */
export function VolunteerDialog({ volunteerId }: { volunteerId: string | null }) {
  const { t } = useTranslation('roster');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const close = useRosterStore((state) => state.close);
  const notify = useUiStore((state) => state.notify);
  const channels = useChannels().data ?? [];
  const volunteer = (useVolunteers().data ?? []).find((candidate) => candidate.id === volunteerId);
  const { today } = useRosterPeriod();
  const upcoming = useDutiesBetween(today, plusDays(today, 366)).data ?? [];
  const { create, update, remove } = useVolunteerMutations();
  const [form, setForm] = useState<VolunteerForm>(() => (volunteer ? formFromVolunteer(volunteer, format.language) : emptyVolunteerForm()));
  // Create and update take the same fields; an update's sit under "changes.".
  const issues = useContractForm('volunteers:create', volunteerIssues);
  const { error } = issues;
  const set = (changes: Partial<VolunteerForm>) => setForm({ ...form, ...changes });

  const save = (form: VolunteerForm) => {
    const { input, found } = volunteerInputFromForm(form);
    const fields = issues.parse(input, found);
    if (!fields) return;
    const left = volunteer && volunteer.active && !fields.active ? upcomingDutiesOf(volunteer.id, upcoming, today).length : 0;
    const done = (saved: { name: string }) => {
      notify(left ? t('volunteer.deactivated', { name: saved.name, count: left }) : t(volunteer ? 'volunteer.saved' : 'volunteer.added', { name: saved.name }));
      close();
    };
    if (volunteer) update.mutate({ id: volunteer.id, changes: fields }, { onSuccess: done, onError: issues.fail });
    else create.mutate(fields, { onSuccess: done, onError: issues.fail });
  };

  return (
    <Dialog title={volunteer ? t('volunteer.editTitle', { name: volunteer.name }) : t('volunteer.newTitle')} onDismiss={close} className={styles.volunteerDialog}>
      <SubmitForm
        onSubmit={() => {
          save(form);
        }}
      >
        <FormAlert form={issues}>
          {volunteer?.active ? (
            <button type="button" onClick={() => save({ ...form, active: false })}>
              {t('volunteer.deactivate')}
            </button>
          ) : null}
        </FormAlert>
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
                  onError: issues.fail,
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
