import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignEntry } from '../../../shared/api/campaigns-contract';
import { dateInputHint, formatDateInput, parseDateInput } from '../../../shared/calendar/date-input';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import type { CampaignTemplate } from '../../../shared/domain/campaign';
import { useCampaignMutations, useCampaigns, useCampaignTemplates } from '../../api/ideas-queries';
import { useSettings } from '../../api/settings-queries';
import { useFailureText } from '../../components/forms/use-contract-form';
import { Icon } from '../../components/Icon';
import { useFormatters } from '../../components/use-formatters';
import { useValidationText } from '../../components/use-validation-text';
import { NewCampaignDialog } from '../../entities/NewCampaignDialog';
import { StatusIcon } from '../../entities/StatusIcon';
import { useUiStore } from '../../state/ui-store';
import { TemplateDialog } from './TemplateDialog';
import { OneFieldForm } from './OneFieldForm';
import styles from './campaigns.module.css';

/** Issue 16 item 3: campaigns around a key date, their posts and progress, and the team's templates. */
export function CampaignsScreen() {
  const { t } = useTranslation('campaigns');
  const { t: tCommon } = useTranslation();
  const campaigns = useCampaigns();
  const templates = useCampaignTemplates().data ?? [];
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<CampaignTemplate | null>(null);
  const entries = campaigns.data ?? [];

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{tCommon('nav.campaigns')}</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          <Icon name="plus" /> {t('new')}
        </button>
      </header>
      <p className="muted">{t('intro')}</p>
      {campaigns.isSuccess && entries.length === 0 ? <p className="empty">{t('empty')}</p> : null}
      {entries.map((entry) => (
        <CampaignPanel key={entry.campaign.id} entry={entry} />
      ))}
      <section className="panel" aria-labelledby="campaign-templates">
        <h2 id="campaign-templates">{t('templates')}</h2>
        <ul className={styles.templates}>
          {templates.map((template) => (
            <li key={template.id}>
              <span>
                <strong>{template.name}</strong> <span className="muted">{template.steps.map((step) => `${step.offsetDays > 0 ? '+' : ''}${step.offsetDays} ${step.title}`).join(' · ')}</span>
              </span>
              <button type="button" onClick={() => setEditing(template)}>
                {t('editTemplate')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {creating ? <NewCampaignDialog defaultDate={todayIn(timeZone, new Date())} onClose={() => setCreating(false)} /> : null}
      {editing ? <TemplateDialog template={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

function CampaignPanel({ entry: { campaign, posts, progress, ideaTitle } }: { entry: CampaignEntry }) {
  const { t } = useTranslation('campaigns');
  const { t: tDomain } = useTranslation('domain');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const { moveKeyDate, update, remove, restore } = useCampaignMutations();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const drafts = posts.filter(({ post }) => post && (post.status === 'draft' || post.status === 'idea')).length;
  const notify = useUiStore((state) => state.notify);
  const openPost = useUiStore((state) => state.openPost);
  const failureText = useFailureText();
  const validationText = useValidationText();
  const failed = (error: Error) => notify(failureText(error));
  const [keyDate, setKeyDate] = useState(formatDateInput(campaign.keyDate, format.language));
  const [raised, setRaised] = useState(campaign.raisedAmount === null ? '' : String(campaign.raisedAmount));
  const headingId = `campaign-${campaign.id}`;
  const number = new Intl.NumberFormat(format.language);

  const offsetText = (days: number) => (days < 0 ? t('offsetBefore', { count: -days }) : days > 0 ? t('offsetAfter', { count: days }) : t('offsetOn'));

  const move = () => {
    const parsed = parseDateInput(keyDate);
    if (!parsed.ok || parsed.value === null) return void notify(validationText('v.dateInvalid'));
    moveKeyDate.mutateAsync({ id: campaign.id, keyDate: parsed.value }).then(({ previousKeyDate, moved, campaign: next }) => {
      notify(t('moved', { date: format.date(next.keyDate), count: moved }), {
        label: t('undo'),
        run: () => {
          setKeyDate(formatDateInput(previousKeyDate, format.language));
          moveKeyDate.mutateAsync({ id: campaign.id, keyDate: previousKeyDate }).catch(failed);
        },
      });
    }, failed);
  };

  const saveRaised = () => {
    const amount = raised.trim() === '' ? null : Number(raised);
    if (amount !== null && (!Number.isInteger(amount) || amount < 0)) return void notify(validationText('v.amountInvalid'));
    update.mutateAsync({ id: campaign.id, changes: { raisedAmount: amount } }).catch(failed);
  };

  const rename = () => {
    if (renaming === null) return;
    update.mutateAsync({ id: campaign.id, changes: { name: renaming.trim() } }).then((next) => {
      setRenaming(null);
      notify(t('renamed', { name: next.name }));
    }, failed);
  };
  // Deleting goes at once with an undo; the drafts go to the trash only when asked to.
  const removeCampaign = (drafts: 'keep' | 'delete') => {
    setAsking(false);
    remove.mutateAsync({ id: campaign.id, drafts }).then((deleted) => {
      notify(t('deleted', { name: campaign.name }), { label: t('undo'), run: () => void restore.mutateAsync(deleted).then(() => notify(t('restored', { name: campaign.name })), failed) });
    }, failed);
  };

  return (
    <section className={`panel ${styles.campaign}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {campaign.name} <span className="chip">{t(`kinds.${campaign.kind}`)}</span>
      </h2>
      <p className={styles.keyDate}>{t('keyDate', { date: format.dayLabel(campaign.keyDate) })}</p>
      {campaign.goal ? <p>{campaign.goal}</p> : null}
      {ideaTitle ? <p className="muted">{t('fromIdea', { title: ideaTitle })}</p> : null}
      <div className={styles.progress}>
        <p>{t('progress', progress)}</p>
        <progress max={Math.max(progress.total, 1)} value={progress.published + progress.ready} aria-label={t('progress', progress)} />
        {campaign.kind === 'fundraiser' && campaign.targetAmount ? (
          <>
            <p>{t('raised', { raised: number.format(campaign.raisedAmount ?? 0), target: number.format(campaign.targetAmount) })}</p>
            <progress max={campaign.targetAmount} value={Math.min(campaign.raisedAmount ?? 0, campaign.targetAmount)} aria-label={t('fields.raisedAmount')} />
          </>
        ) : null}
      </div>
      <ol className={styles.posts} aria-label={t('posts')}>
        {posts.map(({ stepId, offsetDays, post }) => (
          <li key={stepId}>
            <span className={styles.offset}>{offsetText(offsetDays)}</span>
            {post ? (
              <>
                <span>{post.date ? `${format.dayHeader(post.date)} ${format.time(post.time)}` : ''}</span>
                <button type="button" className={styles.postLink} onClick={() => openPost(post.id)}>
                  <StatusIcon status={post.status} /> {post.title}
                </button>
                <span className="muted">{tDomain(`status.${post.status}`)}</span>
              </>
            ) : (
              <span className="muted">{t('postGone')}</span>
            )}
          </li>
        ))}
      </ol>
      <div className={styles.controls}>
        {renaming === null ? (
          <button type="button" onClick={() => setRenaming(campaign.name)}>
            {t('rename')}
          </button>
        ) : (
          <OneFieldForm label={t('nameLabel')} value={renaming} onChange={setRenaming} onSubmit={rename} submitLabel={t('save')} pending={update.isPending} input={{ autoFocus: true }} />
        )}
        {asking ? (
          <span className="confirm-discard" role="alertdialog" aria-labelledby={`${headingId}-delete`}>
            <span id={`${headingId}-delete`}>{t('deleteAsk', { name: campaign.name })}</span>
            <button type="button" className="danger" onClick={() => removeCampaign('keep')}>
              {t('deleteKeep')}
            </button>
            {drafts ? (
              <button type="button" className="danger" onClick={() => removeCampaign('delete')}>
                {t('deleteDrafts', { count: drafts })}
              </button>
            ) : null}
            <button type="button" autoFocus onClick={() => setAsking(false)}>
              {tCommon('actions.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="danger" onClick={() => setAsking(true)}>
            {t('delete')}
          </button>
        )}
        <OneFieldForm label={t('moveKeyDate')} value={keyDate} onChange={setKeyDate} onSubmit={move} submitLabel={t('move')} pending={moveKeyDate.isPending} input={{ title: dateInputHint(format.language) }} />
        {campaign.kind === 'fundraiser' ? (
          <OneFieldForm label={t('fields.raisedAmount')} value={raised} onChange={setRaised} onSubmit={saveRaised} submitLabel={t('save')} pending={update.isPending} input={{ inputMode: 'numeric' }} />
        ) : null}
      </div>
    </section>
  );
}
