import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncServerState } from '../../../shared/api/syncserver-contract';
import { useConnectSyncServer, useDisconnectSyncServer, useSyncServerState } from '../../api/sharing-queries';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { SubmitForm } from '../../components/SubmitForm';
import styles from './share-plan.module.css';

const STATUS_KEYS = {
  off: 'server.statusOff',
  connecting: 'server.statusConnecting',
  connected: 'server.statusConnected',
  unreachable: 'server.statusUnreachable',
  refused: 'server.statusRefused',
} as const satisfies Record<SyncServerState['status'], string>;

/**
 * Settings › Share this plan › Sync server (issue 13 item 5): the server's address and the
 * plan's secret, kept on this laptop; the secret is typed, saved and never shown again.
 */
export function SyncServerSettings() {
  const { t } = useTranslation('sharePlan');
  const state = useSyncServerState();
  const connect = useConnectSyncServer();
  const disconnect = useDisconnectSyncServer();
  const form = useContractForm('syncserver:connect');
  const [address, setAddress] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  if (!state.data) return null;
  const { status, secretSaved, secretEncrypted } = state.data;
  const shownAddress = address ?? state.data.address ?? '';
  const submit = () => {
    const input = form.parse({ address: shownAddress, secret });
    if (input) connect.mutateAsync(input).then(() => setSecret(''), form.fail);
  };
  return (
    <section className={styles.server} aria-labelledby="sync-server-title">
      <h3 id="sync-server-title">{t('server.title')}</h3>
      <p className="muted">{t('server.intro')}</p>
      <SubmitForm onSubmit={submit}>
        <FormAlert form={form} />
        <div className="form-grid">
          <Field label={t('server.address')} hint={t('server.addressHint')} error={form.error('address')}>
            {(props) => <input {...props} type="text" inputMode="url" autoComplete="off" spellCheck={false} value={shownAddress} onChange={(event) => setAddress(event.target.value)} />}
          </Field>
          <Field label={t('server.secret')} hint={secretSaved ? t('server.secretSaved') : t('server.secretHint')} error={form.error('secret')}>
            {(props) => <input {...props} type="password" autoComplete="new-password" value={secret} onChange={(event) => setSecret(event.target.value)} />}
          </Field>
        </div>
        {secretEncrypted ? null : <p className="muted">{t('server.secretPlain')}</p>}
        <p role="status" className={styles.serverStatus} data-status={status}>
          {t('server.status')} <strong>{t(STATUS_KEYS[status])}</strong>
        </p>
        <div className={styles.actions}>
          <button type="submit" className="primary" disabled={connect.isPending}>
            {t('server.connect')}
          </button>
          {status === 'off' ? null : (
            <button type="button" disabled={disconnect.isPending} onClick={() => disconnect.mutate(undefined, { onError: form.fail })}>
              {t('server.disconnect')}
            </button>
          )}
        </div>
      </SubmitForm>
    </section>
  );
}
