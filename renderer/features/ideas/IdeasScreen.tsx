import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaEntry } from '../../../shared/api/ideas-contract';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import type { Idea } from '../../../shared/domain/idea';
import type { LocalDate } from '../../../shared/domain/local-time';
import { occurrenceId } from '../../../shared/recurrence/occurrence-id';
import { useIdeaMutations, useIdeas } from '../../api/ideas-queries';
import { useSettings } from '../../api/settings-queries';
import { useFailureText } from '../../components/forms/use-contract-form';
import { Icon } from '../../components/Icon';
import { NewCampaignDialog } from '../../entities/NewCampaignDialog';
import { useUiStore } from '../../state/ui-store';
import { IdeaDialog } from './IdeaDialog';
import styles from './ideas.module.css';

const goneKey = { post: 'postGone', series: 'seriesGone', campaign: 'campaignGone' } as const;
const becameKey = { post: 'becamePost', series: 'becameSeries', campaign: 'becameCampaign' } as const;
const badge: Record<Idea['status'], string> = { new: 'status-idea', planned: 'status-draft', done: 'status-published', dropped: 'status-cancelled' };

/** Issue 16 item 2: ideas from members and residents, most supported first, and what became of each. */
export function IdeasScreen() {
  const { t } = useTranslation('ideas');
  const { t: tCommon } = useTranslation();
  const ideas = useIdeas();
  const [editing, setEditing] = useState<Idea | 'new' | null>(null);
  const [toCampaign, setToCampaign] = useState<Idea | null>(null);
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const entries = ideas.data ?? [];

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{tCommon('nav.ideas')}</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          <Icon name="plus" /> {t('new')}
        </button>
      </header>
      <p className="muted">{t('intro')}</p>
      {ideas.isSuccess && entries.length === 0 ? <p className="empty">{t('empty')}</p> : null}
      <ul className={styles.ideaList} aria-label={tCommon('nav.ideas')}>
        {entries.map((entry) => (
          <IdeaCard key={entry.idea.id} entry={entry} today={todayIn(timeZone, new Date())} onEdit={() => setEditing(entry.idea)} onCampaign={() => setToCampaign(entry.idea)} />
        ))}
      </ul>
      {editing ? <IdeaDialog idea={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {toCampaign ? <NewCampaignDialog idea={toCampaign} defaultDate={todayIn(timeZone, new Date())} onClose={() => setToCampaign(null)} /> : null}
    </div>
  );
}

function IdeaCard({ entry: { idea, became }, today, onEdit, onCampaign }: { entry: IdeaEntry; today: LocalDate; onEdit: () => void; onCampaign: () => void }) {
  const { t } = useTranslation('ideas');
  const { support, toPost, toSeries, remove } = useIdeaMutations();
  const notify = useUiStore((state) => state.notify);
  const openPost = useUiStore((state) => state.openPost);
  const showScreen = useUiStore((state) => state.showScreen);
  const failureText = useFailureText();
  const [name, setName] = useState('');
  const failed = (error: Error) => notify(failureText(error));
  const supporters = idea.supporters.map((supporter) => supporter.name).filter(Boolean);
  const open = idea.status !== 'done' && idea.status !== 'dropped';

  const plusOne = () => support.mutateAsync({ id: idea.id, name: name.trim() }).then(() => setName(''), failed);
  const makePost = () =>
    toPost.mutateAsync(idea.id).then(({ post }) => {
      notify(t('postCreated', { title: post.title }));
      openPost(post.id);
    }, failed);
  // From today on today's weekday; the series' editor is where its days and end are chosen.
  const makeSeries = () =>
    toSeries.mutateAsync({ id: idea.id, date: today }).then(({ series }) => {
      notify(t('seriesCreated', { title: series.fields.title }));
      openPost(occurrenceId(series.id, series.start));
    }, failed);

  return (
    <li className={`panel ${styles.idea}`}>
      <div className={styles.support}>
        <span className={styles.count} aria-label={t('supporters', { count: idea.supporters.length })}>
          {idea.supporters.length}
        </span>
        <form
          className={styles.supportForm}
          onSubmit={(event) => {
            event.preventDefault();
            void plusOne();
          }}
        >
          <input aria-label={t('supporterName')} placeholder={t('supporterName')} value={name} onChange={(event) => setName(event.target.value)} disabled={!open} />
          <button type="submit" aria-label={t('supportLabel', { title: idea.title })} disabled={!open || support.isPending}>
            {t('support')}
          </button>
        </form>
      </div>
      <div className={styles.body}>
        <h2 className={styles.title}>
          {idea.title} <span className={`status-badge ${badge[idea.status]}`}>{t(`status.${idea.status}`)}</span>
        </h2>
        {idea.description ? <p>{idea.description}</p> : null}
        <p className="muted">
          {[idea.proposer ? t('proposedBy', { name: idea.proposer }) : '', t('supporters', { count: idea.supporters.length }) + (supporters.length ? `: ${supporters.join(', ')}` : '')]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {idea.tags.length ? (
          <p className={styles.tags}>
            {idea.tags.map((tag) => (
              <span className="chip" key={tag}>
                {tag}
              </span>
            ))}
          </p>
        ) : null}
        {idea.status === 'dropped' ? <p className={styles.reason}>{t('droppedBecause', { reason: idea.statusReason })}</p> : null}
        {became.length ? (
          <ul className={styles.became}>
            {became.map((outcome) => (
              <li key={`${outcome.kind}-${outcome.id}`}>
                {outcome.title === null ? (
                  <span className="muted">{t(goneKey[outcome.kind])}</span>
                ) : (
                  <button type="button" className={styles.linkButton} onClick={() => (outcome.kind === 'campaign' ? showScreen('campaigns') : openPost(outcome.opens ?? outcome.id))}>
                    <Icon name="link" size={14} /> {t(becameKey[outcome.kind], { title: outcome.title, name: outcome.title })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        <div className={styles.actions}>
          <button type="button" onClick={() => void makePost()} disabled={toPost.isPending}>
            {t('toPost')}
          </button>
          <button type="button" onClick={() => void makeSeries()} disabled={toSeries.isPending}>
            {t('toSeries')}
          </button>
          <button type="button" onClick={onCampaign}>
            {t('toCampaign')}
          </button>
          <button type="button" onClick={onEdit}>
            {t('edit')}
          </button>
          <button type="button" onClick={() => remove.mutateAsync(idea.id).then(() => notify(t('deleted', { title: idea.title })), failed)}>
            {t('delete')}
          </button>
        </div>
      </div>
    </li>
  );
}
