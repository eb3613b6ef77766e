import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import { ChannelTextCounters } from '../../entities/ChannelTextCounters';
import styles from './checklist-editor.module.css';

/**
 * Different content for different channels (seed 004): a text of its own for each
 * chosen channel, blank meaning the main text. Shown once the post has two channels.
 */
export function ChannelTextsField({ channels, variants, mainText, onChange }: { channels: Channel[]; variants: Record<string, string>; mainText: string; onChange: (variants: Record<string, string>) => void }) {
  const { t } = useTranslation('checklist');
  if (channels.length < 2) return null;
  const written = channels.filter((channel) => variants[channel.id]?.trim()).length;
  return (
    <details className={`span-2 ${styles.channelTexts}`} open={written > 0} data-fix="adapted-per-channel">
      <summary>
        {t('texts.legend')} ({written}/{channels.length})
      </summary>
      <p className="field-hint">{t('texts.hint')}</p>
      {channels.map((channel) => (
        <div key={channel.id} className="field">
          <label htmlFor={`variant-${channel.id}`}>{t('texts.textFor', { channel: channel.name })}</label>
          <textarea id={`variant-${channel.id}`} rows={3} value={variants[channel.id] ?? ''} placeholder={mainText} onChange={(event) => onChange({ ...variants, [channel.id]: event.target.value })} />
          {variants[channel.id]?.trim() ? <ChannelTextCounters text={variants[channel.id]} channels={[channel]} /> : null}
        </div>
      ))}
    </details>
  );
}

/** Each channel's own goal (seed 004), shown while choosing where the post goes. */
export function ChannelGoals({ channels }: { channels: Channel[] }) {
  const { t } = useTranslation('checklist');
  const withGoal = channels.filter((channel) => channel.goal.trim());
  if (withGoal.length === 0) return null;
  return (
    <ul className={`span-2 ${styles.channelGoals}`}>
      {withGoal.map((channel) => (
        <li key={channel.id}>{t('goals', { channel: channel.name, goal: channel.goal })}</li>
      ))}
    </ul>
  );
}
