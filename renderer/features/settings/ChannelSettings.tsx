import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelKind, channelKinds } from '../../../shared/domain/channel';
import { useChannelMutations, useChannels } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm, useFailureText } from '../../components/forms/use-contract-form';
import { useUiStore } from '../../state/ui-store';
import { SubmitForm } from '../../components/SubmitForm';
import styles from './settings.module.css';

const blank = { kind: 'facebook-page' as ChannelKind, name: '', url: '', goal: '' };

export function ChannelSettings() {
  const { t } = useTranslation('settings');
  const { t: tDomain } = useTranslation('domain');
  const channels = useChannels().data ?? [];
  const { create, remove } = useChannelMutations();
  const notify = useUiStore((state) => state.notify);
  const failureText = useFailureText();
  const [draft, setDraft] = useState(blank);
  const form = useContractForm('channels:create');

  const add = () => {
    const fields = form.parse({ ...draft, responsibleVolunteerId: null });
    if (fields) create.mutate(fields, { onSuccess: () => setDraft(blank), onError: form.fail });
  };
  const { error } = form;

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
            <button
              type="button"
              className="icon-button"
              aria-label={t('removeChannel', { name: channel.name })}
              title={t('removeChannel', { name: channel.name })}
              onClick={() =>
                remove.mutate(channel.id, {
                  onError: (failure) => notify(failureText(failure)),
                })
              }
            >
              <Icon name="close" />
            </button>
          </li>
        ))}
      </ul>
      <SubmitForm
        className={`form-grid ${styles.addChannel}`}
        onSubmit={add}
      >
        <FormAlert form={form} className="span-2" />
        <Field label={t('channelKind')}>
          {(props) => (
            <select {...props} value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: ChannelKind.parse(event.target.value) })}>
              {channelKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {tDomain(`channelKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('channelName')} error={error('name')}>
          {(props) => <input {...props} type="text" value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />}
        </Field>
        <Field label={t('channelUrl')} error={error('url')}>
          {(props) => <input {...props} type="url" value={draft.url} onChange={(event) => setDraft({ ...draft, url: event.target.value })} />}
        </Field>
        <Field label={t('channelGoal')} error={error('goal')}>
          {(props) => <input {...props} type="text" value={draft.goal} onChange={(event) => setDraft({ ...draft, goal: event.target.value })} />}
        </Field>
        <div className="form-actions span-2">
          <button type="submit" disabled={create.isPending}>
            + {t('addChannel')}
          </button>
        </div>
      </SubmitForm>
    </section>
  );
}
