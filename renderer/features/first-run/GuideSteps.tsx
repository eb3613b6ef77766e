import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import { useVolunteerMutations } from '../../api/roster-queries';
import { useAssociation, useChannelMutations, useChannels, useUpdateAssociation, useVolunteers } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/forms/FormAlert';
import { useContractForm } from '../../components/forms/use-contract-form';
import { SubmitForm } from '../../components/SubmitForm';
import { guideSteps, useGuide } from './guide-store';
import styles from './welcome.module.css';
import { VolunteerField } from '../../entities/VolunteerField';

function StepActions({ pending, done }: { pending: boolean; done?: boolean }) {
  const { t } = useTranslation('firstRun');
  const next = useGuide((state) => state.next);
  return (
    <div className="form-actions">
      <button type="button" className="ghost" onClick={next}>
        {t('guide.skip')}
      </button>
      <button type="submit" className="primary" disabled={pending}>
        {done ? t('guide.done') : t('guide.next')}
      </button>
    </div>
  );
}

function ContactStep() {
  const { t } = useTranslation('firstRun');
  const { t: tSettings } = useTranslation('settings');
  const saved = useAssociation().data;
  const update = useUpdateAssociation();
  const next = useGuide((state) => state.next);
  const [draft, setDraft] = useState({ email: saved?.email ?? '', phone: saved?.phone ?? '', website: saved?.website ?? '' });
  const form = useContractForm('association:update');
  const submit = () => {
    const changes = form.parse(draft);
    if (changes) update.mutateAsync(changes).then(next, form.fail);
  };
  return (
    <SubmitForm onSubmit={submit}>
      <p>{t('guide.contactIntro')}</p>
      <FormAlert form={form} />
      <div className="form-grid">
        <Field label={tSettings('email')} error={form.error('email')}>
          {(props) => <input {...props} type="email" value={draft.email} onChange={(event) => setDraft({ ...draft, email: event.target.value })} />}
        </Field>
        <Field label={tSettings('phone')} error={form.error('phone')}>
          {(props) => <input {...props} type="tel" value={draft.phone} onChange={(event) => setDraft({ ...draft, phone: event.target.value })} />}
        </Field>
        <Field label={tSettings('website')} error={form.error('website')} hint={t('guide.websiteHint')}>
          {(props) => <input {...props} type="text" inputMode="url" value={draft.website} onChange={(event) => setDraft({ ...draft, website: event.target.value })} />}
        </Field>
      </div>
      <StepActions pending={update.isPending} />
    </SubmitForm>
  );
}

function VolunteersStep() {
  const { t } = useTranslation('firstRun');
  const volunteers = useVolunteers().data ?? [];
  const { create } = useVolunteerMutations();
  const next = useGuide((state) => state.next);
  const [name, setName] = useState('');
  const form = useContractForm('volunteers:create');
  const add = () => {
    const input = form.parse({ name, email: '', phone: '', roles: [], channelIds: [], away: [], maxDutiesPerMonth: null, active: true });
    if (input) create.mutateAsync(input).then(() => setName(''), form.fail);
  };
  return (
    <div>
      <p>{t('guide.volunteersIntro')}</p>
      {volunteers.length ? (
        <ul className={styles.guideList} aria-label={t('guide.volunteersAdded')}>
          {volunteers.map((volunteer) => (
            <li key={volunteer.id}>{volunteer.name}</li>
          ))}
        </ul>
      ) : null}
      <SubmitForm onSubmit={add} className={styles.guideAdd}>
        <FormAlert form={form} />
        <Field label={t('guide.volunteerName')} error={form.error('name')}>
          {(props) => <input {...props} type="text" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <button type="submit" disabled={create.isPending}>
          + {t('guide.addVolunteer')}
        </button>
      </SubmitForm>
      <SubmitForm onSubmit={next}>
        <StepActions pending={false} />
      </SubmitForm>
    </div>
  );
}

function ChannelStep({ channel }: { channel: Channel }) {
  const { t } = useTranslation('firstRun');
  const { t: tSettings } = useTranslation('settings');
  const volunteers = useVolunteers().data ?? [];
  const { update } = useChannelMutations();
  const [draft, setDraft] = useState({ name: channel.name, url: channel.url, goal: channel.goal, responsibleVolunteerId: channel.responsibleVolunteerId });
  const [saved, setSaved] = useState(false);
  const form = useContractForm('channels:update', { under: 'changes.' });
  const save = () => {
    const input = form.parse({ id: channel.id, changes: draft });
    if (input) update.mutateAsync(input).then(() => setSaved(true), form.fail);
  };
  return (
    <SubmitForm onSubmit={save} className={styles.guideChannel} aria-label={channel.name}>
      <FormAlert form={form} />
      <div className="form-grid">
        <Field label={tSettings('channelName')} error={form.error('name')}>
          {(props) => <input {...props} type="text" value={draft.name} onChange={(event) => (setSaved(false), setDraft({ ...draft, name: event.target.value }))} />}
        </Field>
        <Field label={tSettings('channelUrl')} error={form.error('url')}>
          {(props) => <input {...props} type="text" inputMode="url" value={draft.url} onChange={(event) => (setSaved(false), setDraft({ ...draft, url: event.target.value }))} />}
        </Field>
        <Field label={tSettings('channelGoal')} error={form.error('goal')}>
          {(props) => <input {...props} type="text" value={draft.goal} onChange={(event) => (setSaved(false), setDraft({ ...draft, goal: event.target.value }))} />}
        </Field>
        <VolunteerField label={tSettings('channelResponsible')} nobody={tSettings('channelNobody')} value={draft.responsibleVolunteerId} volunteers={volunteers} onChange={(responsibleVolunteerId) => (setSaved(false), setDraft({ ...draft, responsibleVolunteerId }))} error={form.error('responsibleVolunteerId')} />
      </div>
      <div className="form-actions">
        {saved ? <span role="status">{tSettings('saved')}</span> : null}
        <button type="submit" disabled={update.isPending}>
          {t('guide.saveChannel', { name: channel.name })}
        </button>
      </div>
    </SubmitForm>
  );
}

function ChannelsStep() {
  const { t } = useTranslation('firstRun');
  const channels = useChannels().data ?? [];
  const next = useGuide((state) => state.next);
  return (
    <div>
      <p>{t('guide.channelsIntro')}</p>
      {channels.map((channel) => (
        <ChannelStep key={channel.id} channel={channel} />
      ))}
      <SubmitForm onSubmit={next}>
        <StepActions pending={false} done />
      </SubmitForm>
    </div>
  );
}

const stepComponents = { contact: ContactStep, volunteers: VolunteersStep, channels: ChannelsStep };

/** After the name and channels: contact details, volunteers, then each channel's details; any step can be skipped. */
export function GuideSteps() {
  const { t } = useTranslation('firstRun');
  const step = useGuide((state) => state.step);
  if (!step) return null;
  const Step = stepComponents[step];
  return (
    <section className={`panel ${styles.welcomePanel}`} aria-labelledby="guide-title">
      <h2 id="guide-title">
        {t(`guide.${step}Title`)} <span className="muted">({t('guide.stepOf', { step: guideSteps.indexOf(step) + 1, total: guideSteps.length })})</span>
      </h2>
      <Step />
    </section>
  );
}
