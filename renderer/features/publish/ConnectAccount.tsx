import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import { usePublishAccounts, usePublishMutations } from '../../api/publish-queries';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { SubmitForm } from '../../components/SubmitForm';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import styles from './publish.module.css';

/** A Mastodon or Bluesky channel's account for direct posting, in its row of Settings › Channels; nothing for other kinds. */
export function ChannelAccount({ channel }: { channel: Channel }) {
  const { t } = useTranslation('publish');
  const [open, setOpen] = useState(false);
  const accounts = usePublishAccounts().data;
  if (channel.kind !== 'mastodon' && channel.kind !== 'bluesky') return null;
  const account = accounts?.accounts.find((candidate) => candidate.channelId === channel.id);
  return (
    <>
      {account ? <span className={styles.connected}>{t('connectedAs', { account: account.account })}</span> : null}
      <button type="button" onClick={() => setOpen(true)}>
        {account ? t('disconnect') : t('connectAccount')}
      </button>
      {open ? <ConnectAccountDialog channel={channel} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ConnectAccountDialog({ channel, onClose }: { channel: Channel; onClose: () => void }) {
  const { t } = useTranslation('publish');
  const [waiting, setWaiting] = useState(false);
  const accounts = usePublishAccounts(waiting).data;
  const { disconnect } = usePublishMutations();
  const account = accounts?.accounts.find((candidate) => candidate.channelId === channel.id);
  return (
    <Dialog title={t('connectTitle', { channel: channel.name })} onDismiss={onClose} className={styles.dialog}>
      {accounts && !accounts.encrypted ? <p className={`muted ${styles.warning}`}>{t('plainFileWarning')}</p> : null}
      {account ? (
        <p role="status">
          {t('connectedAs', { account: account.account })}{' '}
          <button type="button" onClick={() => disconnect.mutate(channel.id)} disabled={disconnect.isPending}>
            {t('disconnect')}
          </button>
        </p>
      ) : channel.kind === 'mastodon' ? (
        <MastodonSignIn channel={channel} onWaiting={setWaiting} />
      ) : (
        <BlueskySignIn channel={channel} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}

function instanceOf(channel: Channel): string {
  try {
    return channel.url ? new URL(channel.url).origin : '';
  } catch {
    return '';
  }
}

function MastodonSignIn({ channel, onWaiting }: { channel: Channel; onWaiting: (waiting: boolean) => void }) {
  const { t } = useTranslation('publish');
  const { mastodonBegin, mastodonFinish } = usePublishMutations();
  const [instance, setInstance] = useState(() => instanceOf(channel));
  const [code, setCode] = useState('');
  const begin = useContractForm('publish:mastodonBegin');
  const finish = useContractForm('publish:mastodonFinish');
  const pages = mastodonBegin.data;
  const start = () => {
    const input = begin.parse({ channelId: channel.id, instance });
    if (input) mastodonBegin.mutate(input, { onSuccess: () => onWaiting(true), onError: begin.fail });
  };
  const paste = () => {
    const input = finish.parse({ channelId: channel.id, code });
    if (input) mastodonFinish.mutate(input, { onSuccess: () => onWaiting(false), onError: finish.fail });
  };
  return (
    <>
      <SubmitForm className="form-grid" onSubmit={start}>
        <FormAlert form={begin} className="span-2" />
        <Field label={t('instance')} hint={t('instanceHint')} error={begin.error('instance')} className="span-2">
          {(props) => <input {...props} value={instance} onChange={(event) => setInstance(event.target.value)} inputMode="url" autoComplete="url" />}
        </Field>
        <div className="form-actions span-2">
          <button type="submit" className={pages ? undefined : 'primary'} disabled={mastodonBegin.isPending}>
            {t('begin')}
          </button>
        </div>
      </SubmitForm>
      {pages ? (
        <div className={styles.waiting}>
          <p role="status">{t('signInWaiting')}</p>
          <p>
            <a className={styles.signInLink} href={pages.signInUrl} target="_blank" rel="noreferrer">
              {t('openSignIn')} ↗
            </a>
          </p>
          <p className="muted">{t('pasteIntro')}</p>
          <p>
            <a href={pages.codePageUrl} target="_blank" rel="noreferrer">
              {t('openCodePage')} ↗
            </a>
          </p>
          <SubmitForm className="form-grid" onSubmit={paste}>
            <FormAlert form={finish} className="span-2" />
            <Field label={t('code')} error={finish.error('code')}>
              {(props) => <input {...props} value={code} onChange={(event) => setCode(event.target.value)} autoComplete="one-time-code" />}
            </Field>
            <div className="form-actions">
              <button type="submit" disabled={mastodonFinish.isPending}>
                {t('finish')}
              </button>
            </div>
          </SubmitForm>
        </div>
      ) : null}
    </>
  );
}

function BlueskySignIn({ channel }: { channel: Channel }) {
  const { t } = useTranslation('publish');
  const { blueskyConnect } = usePublishMutations();
  const [handle, setHandle] = useState('');
  const [appPassword, setAppPassword] = useState('');
  const [server, setServer] = useState('');
  const form = useContractForm('publish:blueskyConnect');
  const connect = () => {
    const input = form.parse({ channelId: channel.id, handle, appPassword, server: server.trim() });
    if (input) blueskyConnect.mutate(input, { onSuccess: () => setAppPassword(''), onError: form.fail });
  };
  return (
    <SubmitForm className="form-grid" onSubmit={connect}>
      <FormAlert form={form} className="span-2" />
      <Field label={t('handle')} hint={t('handleHint')} error={form.error('handle')} className="span-2">
        {(props) => <input {...props} value={handle} onChange={(event) => setHandle(event.target.value)} autoComplete="username" />}
      </Field>
      <Field label={t('appPassword')} hint={t('appPasswordHint')} error={form.error('appPassword')} className="span-2">
        {(props) => <input {...props} type="password" value={appPassword} onChange={(event) => setAppPassword(event.target.value)} autoComplete="off" />}
      </Field>
      {/* A self-hosted PDS; most accounts are on bsky.social, the default when it is left empty. */}
      <Field label={t('blueskyServer')} hint={t('blueskyServerHint')} error={form.error('server')} className="span-2">
        {(props) => <input {...props} value={server} onChange={(event) => setServer(event.target.value)} inputMode="url" autoComplete="url" placeholder="https://bsky.social" />}
      </Field>
      <div className="form-actions span-2">
        <button type="submit" className="primary" disabled={blueskyConnect.isPending}>
          {t('finish')}
        </button>
      </div>
    </SubmitForm>
  );
}
