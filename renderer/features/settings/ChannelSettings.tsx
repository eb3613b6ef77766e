import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, ChannelFields } from '../../../shared/domain/channel';
import { ChannelKind, channelKinds } from '../../../shared/domain/channel';
import { useChannelMutations, useChannels, useVolunteers } from '../../api/settings-queries';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm, useFailureText } from '../../components/forms/use-contract-form';
import { useUiStore } from '../../state/ui-store';
import { SubmitForm } from '../../components/SubmitForm';
import styles from './settings.module.css';
import { VolunteerField } from '../../entities/VolunteerField';
import { useFeatureSlots } from '../../entities/feature-slots';

const blank: ChannelFields = { kind: 'facebook-page', name: '', url: '', goal: '', responsibleVolunteerId: null, postsPerWeek: null };

/** A channel's fields: kind, name, address, goal, target posts a week and the volunteer responsible for it. */
function ChannelFieldsInputs({ draft, onChange, error }: { draft: ChannelFields; onChange: (draft: ChannelFields) => void; error: (field: string) => string | undefined }) {
  const { t } = useTranslation('settings');
  const { t: tDomain } = useTranslation('domain');
  const { t: tResults } = useTranslation('results');
  const volunteers = (useVolunteers().data ?? []).filter((volunteer) => volunteer.active || volunteer.id === draft.responsibleVolunteerId);
  return (
    <>
      <Field label={t('channelKind')}>
        {(props) => (
          <select {...props} value={draft.kind} onChange={(event) => onChange({ ...draft, kind: ChannelKind.parse(event.target.value) })}>
            {channelKinds.map((kind) => (
              <option key={kind} value={kind}>
                {tDomain(`channelKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('channelName')} error={error('name')}>
        {(props) => <input {...props} type="text" value={draft.name} onChange={(event) => onChange({ ...draft, name: event.target.value })} />}
      </Field>
      <Field label={t('channelUrl')} error={error('url')} hint={t('channelUrlHint')}>
        {(props) => <input {...props} type="text" inputMode="url" value={draft.url} onChange={(event) => onChange({ ...draft, url: event.target.value })} />}
      </Field>
      <Field label={t('channelGoal')} error={error('goal')}>
        {(props) => <input {...props} type="text" value={draft.goal} onChange={(event) => onChange({ ...draft, goal: event.target.value })} />}
      </Field>
      <Field label={tResults('rhythm.cadence')} error={error('postsPerWeek')} hint={tResults('rhythm.cadenceHint')}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={1}
            max={21}
            value={draft.postsPerWeek ?? ''}
            onChange={(event) => onChange({ ...draft, postsPerWeek: event.target.value === '' ? null : Number(event.target.value) })}
          />
        )}
      </Field>
      <VolunteerField label={t('channelResponsible')} nobody={t('channelNobody')} value={draft.responsibleVolunteerId} volunteers={volunteers} onChange={(responsibleVolunteerId) => onChange({ ...draft, responsibleVolunteerId })} error={error('responsibleVolunteerId')} />
    </>
  );
}

function EditChannelDialog({ channel, onClose }: { channel: Channel; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { t: tCommon } = useTranslation();
  const { update } = useChannelMutations();
  const notify = useUiStore((state) => state.notify);
  const { id, ...fields } = channel;
  const [draft, setDraft] = useState<ChannelFields>(fields);
  const form = useContractForm('channels:update', { under: 'changes.' });
  const save = () => {
    const input = form.parse({ id, changes: draft });
    if (input)
      update.mutate(input, {
        onSuccess: () => {
          notify(t('saved'));
          onClose();
        },
        onError: form.fail,
      });
  };
  return (
    <Dialog title={t('editChannel', { name: channel.name })} onDismiss={onClose} className="small-dialog">
      <SubmitForm className="form-grid" onSubmit={save}>
        <FormAlert form={form} className="span-2" />
        <ChannelFieldsInputs draft={draft} onChange={setDraft} error={form.error} />
        <div className="span-2">
          <DialogActions onCancel={onClose} confirm={tCommon('actions.save')} disabled={update.isPending} />
        </div>
      </SubmitForm>
    </Dialog>
  );
}

/** The association's channels: edited in a dialog, removed after asking, with an undo that adds it back. */
export function ChannelSettings() {
  const { t } = useTranslation('settings');
  const { t: tCommon } = useTranslation();
  const { t: tDomain } = useTranslation('domain');
  const channels = useChannels().data ?? [];
  const { ChannelAccount } = useFeatureSlots();
  const { create, remove } = useChannelMutations();
  const notify = useUiStore((state) => state.notify);
  const failureText = useFailureText();
  const [draft, setDraft] = useState(blank);
  const [editing, setEditing] = useState<Channel | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const form = useContractForm('channels:create');

  const add = () => {
    const fields = form.parse(draft);
    if (fields) create.mutate(fields, { onSuccess: () => setDraft(blank), onError: form.fail });
  };
  const failed = (failure: Error) => notify(failureText(failure));
  // Promises: the row that asked is gone when the answer comes. Undo adds the channel back with the same fields.
  const removeNow = (channel: Channel) => {
    setRemoving(null);
    const { id, ...fields } = channel;
    void remove.mutateAsync(id).then(
      () =>
        notify(t('channelRemoved', { name: channel.name }), {
          label: tCommon('toast.undo'),
          run: () => void create.mutateAsync(fields).then(() => notify(t('channelRestored', { name: channel.name })), failed),
        }),
      failed,
    );
  };

  return (
    <section className="panel" aria-labelledby="channels-title">
      <h2 id="channels-title">{t('channels')}</h2>
      <p className="muted">{t('channelsHint')}</p>
      {channels.length === 0 ? <p className="empty">{t('noChannels')}</p> : null}
      <ul className={styles.channelList}>
        {channels.map((channel) => (
          <li key={channel.id}>
            <span className={styles.channelName}>{channel.name}</span>
            <span className="muted">{tDomain(`channelKind.${channel.kind}`)}</span>
            <span className="channel-goal">{channel.goal}</span>
            {removing === channel.id ? (
              <span className={`confirm-discard ${styles.confirmRemove}`} role="alertdialog" aria-labelledby={`remove-${channel.id}`}>
                <span id={`remove-${channel.id}`}>{t('removeChannelAsk', { name: channel.name })}</span>
                <button type="button" className="danger" onClick={() => removeNow(channel)}>
                  {t('removeChannelYes')}
                </button>
                <button type="button" autoFocus onClick={() => setRemoving(null)}>
                  {tCommon('actions.cancel')}
                </button>
              </span>
            ) : (
              <span className={styles.channelActions}>
                <ChannelAccount channel={channel} />
                <button type="button" className="icon-button" aria-label={t('editChannel', { name: channel.name })} title={t('editChannel', { name: channel.name })} onClick={() => setEditing(channel)}>
                  <Icon name="settings" />
                </button>
                <button type="button" className="icon-button" aria-label={t('removeChannel', { name: channel.name })} title={t('removeChannel', { name: channel.name })} onClick={() => setRemoving(channel.id)}>
                  <Icon name="trash" />
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {editing ? <EditChannelDialog key={editing.id} channel={editing} onClose={() => setEditing(null)} /> : null}
      <SubmitForm className={`form-grid ${styles.addChannel}`} onSubmit={add}>
        <FormAlert form={form} className="span-2" />
        <ChannelFieldsInputs draft={draft} onChange={setDraft} error={form.error} />
        <div className="form-actions span-2">
          <button type="submit" disabled={create.isPending}>
            + {t('addChannel')}
          </button>
        </div>
      </SubmitForm>
    </section>
  );
}
