import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../shared/domain/channel';
import { channelKinds } from '../../../shared/domain/channel';
import { usePreferences, useUpdatePreferences } from '../../api/preferences-queries';
import { useAssociation, useChannels } from '../../api/settings-queries';
import { useSetupMutations } from '../../api/setup-queries';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { useUiStore } from '../../state/ui-store';
import styles from './welcome.module.css';
import { GuideSteps } from './GuideSteps';
import { useGuide } from './guide-store';
import { SubmitForm } from '../../components/SubmitForm';
import { useFailureText } from '../../components/forms/use-contract-form';

const offered = channelKinds.filter((kind) => kind !== 'other');

/**
 * First run: an empty data folder asks for the association's name and channels, or
 * offers the sample association. It sits on top of the calendar rather than in front
 * of it, so "later" leaves a working app.
 */
export function WelcomePanel() {
  const association = useAssociation().data;
  const channels = useChannels().data;
  const preferences = usePreferences().data;
  const guiding = useGuide((state) => state.step !== null);
  if (guiding) return <GuideSteps />;
  if (!association || !channels || !preferences) return null;
  if (association.name !== '' || channels.length > 0 || preferences.welcomeDismissed) return null;
  return <Welcome />;
}

function Welcome() {
  const { t } = useTranslation('firstRun');
  const failureText = useFailureText();
  const { t: tDomain } = useTranslation('domain');
  const { start, loadSample } = useSetupMutations();
  const dismiss = useUpdatePreferences();
  const notify = useUiStore((state) => state.notify);
  const [name, setName] = useState('');
  const [kinds, setKinds] = useState<ChannelKind[]>(['facebook-page']);
  const form = useContractForm('setup:start', { field: (path) => (path === 'associationName' ? 'name' : null) });
  const failed = (failure: Error) => notify(failureText(failure));
  const beginGuide = useGuide((state) => state.begin);

  const submit = () => {
    const input = form.parse({ associationName: name, channels: kinds.map((kind) => ({ kind, name: tDomain(`channelKind.${kind}`) })) });
    if (!input) return;
    // Promises, not mutate() callbacks: this panel is gone by the time the answer comes.
    start.mutateAsync(input).then(() => {
      notify(t('started', { name: input.associationName }));
      beginGuide();
    }, form.fail);
  };

  return (
    <section className={`panel ${styles.welcomePanel}`} aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('title')}</h2>
      <div className={styles.welcomeColumns}>
        <SubmitForm onSubmit={submit}>
          <p>{t('intro')}</p>
          <FormAlert form={form} />
          <Field label={t('name')} error={form.error('name')}>
            {(props) => <input {...props} type="text" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />}
          </Field>
          <fieldset className={styles.welcomeChannels}>
            <legend>{t('channels')}</legend>
            {offered.map((kind) => (
              <label key={kind} className="checkbox">
                <input type="checkbox" checked={kinds.includes(kind)} onChange={(event) => setKinds(event.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))} />
                {tDomain(`channelKind.${kind}`)}
              </label>
            ))}
            <p className="field-hint">{t('channelsHint')}</p>
          </fieldset>
          <div className="form-actions">
            <button type="button" className="ghost" onClick={() => dismiss.mutate({ welcomeDismissed: true })}>
              {t('later')}
            </button>
            <button type="submit" className="primary" disabled={start.isPending}>
              {t('start')}
            </button>
          </div>
        </SubmitForm>
        <aside className={styles.welcomeSample} aria-labelledby="welcome-sample-title">
          <h3 id="welcome-sample-title">{t('sampleTitle')}</h3>
          <p>{t('sampleText')}</p>
          <button type="button" onClick={() => loadSample.mutateAsync().then((loaded) => notify(t('sampleLoaded', { count: loaded.posts })), failed)} disabled={loadSample.isPending}>
            {t('sample')}
          </button>
        </aside>
      </div>
    </section>
  );
}
