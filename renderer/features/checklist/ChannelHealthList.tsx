import { useTranslation } from 'react-i18next';
import type { ChannelHealth } from '../../../shared/api/checklist-contract';
import { openHealthItems } from '../../../shared/checklist/attention';
import type { ChannelCheckKey } from '../../../shared/checklist/channel-health';
import type { Channel } from '../../../shared/domain/channel';
import { useFailureText } from '../../components/forms/use-contract-form';
import { useChecklistMutations } from '../../api/checklist-queries';
import { useChannelMutations, useVolunteers } from '../../api/settings-queries';
import { useUiStore } from '../../state/ui-store';
import { useIdentityPrompt } from '../../entities/identity/use-identity-prompt';
import { useChecklistText } from './use-checklist-text';
import items from './checklist-items.module.css';
import screen from './checklist-screen.module.css';
import { VolunteerOptions } from '../../entities/VolunteerOptions';

/** One channel's open health items, each with what fixes it right here: a check stamped today, a person chosen, a post planned. */
function ChannelHealthCard({ channel, health, withIdentity }: { channel: Channel; health: ChannelHealth; withIdentity: (then: () => void) => void }) {
  const { t } = useTranslation('checklist');
  const { t: tDomain } = useTranslation('domain');
  const failureText = useFailureText();
  const text = useChecklistText();
  const { checkChannel } = useChecklistMutations();
  const { update } = useChannelMutations();
  const volunteers = (useVolunteers().data ?? []).filter((volunteer) => volunteer.active);
  const openNewPost = useUiStore((state) => state.openNewPost);
  const notify = useUiStore((state) => state.notify);
  const open = openHealthItems(health);
  const onError = (error: Error) => notify(failureText(error));
  const markChecked = (check: ChannelCheckKey) => withIdentity(() => checkChannel.mutate({ channelId: channel.id, check, done: true }, { onError }));

  return (
    <li className={open.length ? screen.healthCard : `${screen.healthCard} ${screen.inOrder}`} data-state={open.length ? 'open' : 'done'}>
      <h3>
        {channel.name} <span className="muted">{tDomain(`channelKind.${channel.kind}`)}</span>
      </h3>
      {channel.goal ? <p className={`muted ${screen.healthGoal}`}>{t('channelActions.goal', { goal: channel.goal })}</p> : null}
      {open.length === 0 ? <p className={screen.healthOk}>{t('state.done')}</p> : null}
      <ul className={`${items.checklistItems} ${items.compact} ${items.healthItems}`}>
        {open.map((item) => (
          <li key={item.key} className={items.checklistItem} data-state="open">
            <span className={items.checklistMark} aria-hidden="true">
              !
            </span>
            <div className={items.checklistBody}>
              <p className={items.checklistName}>
                <strong>{text.healthLabel(item.key)}</strong>
              </p>
              <ul className={items.checklistFindings}>
                {item.findings.map((finding, index) => (
                  <li key={index} className={items.finding} data-severity={finding.severity}>
                    {text.healthFindingText(finding)}
                  </li>
                ))}
              </ul>
            </div>
            {item.manual ? (
              <button type="button" className="small" disabled={checkChannel.isPending} aria-label={t('channelActions.markCheckedLabel', { item: text.healthLabel(item.key), channel: channel.name })} onClick={() => markChecked(item.key as ChannelCheckKey)}>
                {t('channelActions.markChecked')}
              </button>
            ) : null}
            {item.key === 'responsible' ? (
              <select
                className={screen.inlineSelect}
                aria-label={t('channelActions.responsibleLabel', { channel: channel.name })}
                value={channel.responsibleVolunteerId ?? ''}
                onChange={(event) => update.mutate({ id: channel.id, changes: { responsibleVolunteerId: event.target.value || null } }, { onError })}
              >
                <option value="">{t('channelActions.nobody')}</option>
                <VolunteerOptions volunteers={volunteers} />
              </select>
            ) : null}
            {item.key === 'staleness' ? (
              <button type="button" className="small" onClick={() => openNewPost(null)}>
                {t('channelActions.planPost')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ChannelHealthList({ channels, health }: { channels: Channel[]; health: ChannelHealth[] }) {
  const { t } = useTranslation('checklist');
  const { withIdentity, prompt } = useIdentityPrompt();
  const byId = new Map(health.map((entry) => [entry.channelId, entry]));
  const needs = (channelId: string) => {
    const entry = byId.get(channelId);
    return entry !== undefined && openHealthItems(entry).length > 0;
  };
  const needing = channels.filter((channel) => needs(channel.id)).length;
  // Channels that need something first; the rest stay listed, briefly, so nothing seems forgotten.
  const ordered = [...channels].sort((a, b) => Number(needs(b.id)) - Number(needs(a.id)));
  return (
    <section className={`panel ${screen.checklistPanel}`} aria-labelledby="checklist-channels-title">
      <h2 id="checklist-channels-title">{t('channelsTitle')}</h2>
      {channels.length === 0 || needing === 0 ? <p className="muted">{channels.length === 0 ? t('noChannels') : t('channelsAllDone')}</p> : null}
      <ul className={items.healthList}>
        {ordered.map((channel) => {
          const entry = byId.get(channel.id);
          return entry ? <ChannelHealthCard key={channel.id} channel={channel} health={entry} withIdentity={withIdentity} /> : null;
        })}
      </ul>
      {prompt}
    </section>
  );
}
