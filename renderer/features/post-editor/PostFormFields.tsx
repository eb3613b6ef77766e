import { useTranslation } from 'react-i18next';
import { useFeatureSlots } from '../../entities/feature-slots';
import { dateInputHint, parseDateInput } from '../../../shared/calendar/date-input';
import { contentTypes, ContentType, PostStatus, postStatuses } from '../../../shared/domain/post';
import { channelTextLimits, titleCutIn, titleFits } from '../../../shared/domain/channel-limits';
import { LONG_TEXT_MAX, NAME_MAX } from '../../../shared/domain/text';
import { ChannelTextCounters } from '../../entities/ChannelTextCounters';
import { useChannels, useVolunteers } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { useFormatters } from '../../components/use-formatters';
import type { PostForm } from '../../entities/post-form-model';
import { CheckboxList } from '../../components/CheckboxList';
import { VolunteerField } from '../../entities/VolunteerField';

export function PostFormFields({
  form,
  error,
  onChange,
  savedStatus,
}: {
  form: PostForm;
  /** The field's message in the UI language, or undefined. */
  error: (field: keyof PostForm) => string | undefined;
  onChange: (changes: Partial<PostForm>) => void;
  /** The status on disk: only posts:approve (the Approve button) makes a post approved. */
  savedStatus?: PostStatus;
}) {
  const { AlbumNameField, ChannelGoals, ChannelTextsField, CoverImageField } = useFeatureSlots();
  const { t } = useTranslation('postEditor');
  const { t: tDomain } = useTranslation('domain');
  const { language } = useFormatters();
  const channels = useChannels().data ?? [];
  const volunteers = (useVolunteers().data ?? []).filter((volunteer) => volunteer.active);
  const dateExample = language === 'en' ? '30/3/2026' : '30.3.2026';
  const timeExample = language === 'en' ? '09:30' : '9.30';
  const chosen = channels.filter((channel) => form.channelIds.includes(channel.id));
  const parsedDate = parseDateInput(form.date);
  const titleCut = titleCutIn(form.title, chosen.map((channel) => channel.kind));
  const titleHint = titleCut.subjectLine ? t('titleCutSubject', { chip: titleFits.chip, subject: titleFits.subjectLine }) : titleCut.chip ? t('titleCut', { chip: titleFits.chip }) : undefined;
  // A channel with its own text is counted under that text.
  const usingMainText = chosen.filter((channel) => !form.variants[channel.id]?.trim());
  const linksCountFixed = chosen.some((channel) => channelTextLimits[channel.kind]?.linkCounts !== undefined);

  const volunteerSelect = (field: 'authorId' | 'responderId') => (
    <VolunteerField label={t(field === 'authorId' ? 'author' : 'responder')} nobody={t('nobody')} value={form[field]} volunteers={volunteers} onChange={(id) => onChange({ [field]: id ?? '' })} error={error(field)} hint={volunteers.length ? undefined : t('noVolunteers')} fix={field === 'responderId' ? 'response-duty' : undefined} />
  );

  return (
    <div className="form-grid">
      <Field label={t('title')} error={error('title')} hint={titleHint} counter={{ length: form.title.length, max: NAME_MAX }} className="span-2">
        {(props) => <input {...props} type="text" value={form.title} autoFocus required onChange={(event) => onChange({ title: event.target.value })} />}
      </Field>
      <Field label={t('date')} error={error('date')} hint={t('dateHint', { example: dateExample })}>
        {(props) => <input {...props} type="text" inputMode="numeric" placeholder={dateInputHint(language)} value={form.date} onChange={(event) => onChange({ date: event.target.value })} />}
      </Field>
      <Field label={t('time')} error={error('time')} hint={t('timeHint', { example: timeExample })}>
        {(props) => <input {...props} type="text" inputMode="numeric" value={form.time} onChange={(event) => onChange({ time: event.target.value })} />}
      </Field>
      <Field label={t('status')} error={error('status')} hint={form.status === 'in-review' && savedStatus !== 'approved' ? t('approveHint') : undefined}>
        {(props) => (
          <select {...props} value={form.status} onChange={(event) => onChange({ status: PostStatus.parse(event.target.value) })}>
            {postStatuses.map((status) => (
              <option key={status} value={status} disabled={status === 'approved' && savedStatus !== 'approved'}>
                {tDomain(`status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('contentType')} error={error('contentType')}>
        {(props) => (
          <select {...props} value={form.contentType} onChange={(event) => onChange({ contentType: ContentType.parse(event.target.value) })}>
            {contentTypes.map((type) => (
              <option key={type} value={type}>
                {tDomain(`contentType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className={`span-2 channel-choices${error('channelIds') ? ' field-invalid' : ''}`}>
        <legend>{t('channels')}</legend>
        {channels.length === 0 ? <p className="field-hint">{t('noChannels')}</p> : null}
        <CheckboxList
          options={channels.map((channel) => ({ value: channel.id, label: <>{channel.name} <span className="muted">({tDomain(`channelKind.${channel.kind}`)})</span></> }))}
          chosen={form.channelIds}
          onChange={(channelIds) => onChange({ channelIds })}
        />
        {error('channelIds') ? <p className="field-error">{error('channelIds')}</p> : null}
      </fieldset>
      <ChannelGoals channels={chosen} />

      <Field label={t('text')} error={error('text')} hint={linksCountFixed ? t('linksCount') : undefined} counter={{ length: form.text.length, max: LONG_TEXT_MAX }} className="span-2">
        {(props) => <textarea {...props} rows={6} data-fix="contact-info nothing-unfinished" value={form.text} onChange={(event) => onChange({ text: event.target.value })} />}
      </Field>
      <div className="span-2">
        <ChannelTextCounters text={form.text} channels={usingMainText} />
      </div>
      <ChannelTextsField channels={chosen} variants={form.variants} mainText={form.text} onChange={(variants) => onChange({ variants })} />
      <CoverImageField image={form.coverImage} channels={chosen} error={error('coverImage')} onChange={(coverImage) => onChange({ coverImage })} />

      <div className="span-2 field">
        <label className="checkbox">
          <input type="checkbox" checked={form.marketing} aria-describedby="marketing-hint" onChange={(event) => onChange({ marketing: event.target.checked })} />
          {t('marketing')}
        </label>
        <p className="field-hint" id="marketing-hint">
          {t('marketingHint')}
        </p>
      </div>

      <Field label={t('tags')} error={error('tags')} hint={t('tagsHint')}>
        {(props) => <input {...props} type="text" value={form.tags} onChange={(event) => onChange({ tags: event.target.value })} />}
      </Field>
      <AlbumNameField value={form.albumName} title={form.title} date={parsedDate.ok ? parsedDate.value : null} error={error('albumName')} onChange={(albumName) => onChange({ albumName })} />
      {volunteerSelect('authorId')}
      {volunteerSelect('responderId')}
      {form.status === 'published' || form.publishedUrl ? (
        <Field label={t('publishedUrl')} error={error('publishedUrl')} hint={t('publishedUrlHint')} className="span-2">
          {(props) => <input {...props} type="url" value={form.publishedUrl} placeholder="https://" onChange={(event) => onChange({ publishedUrl: event.target.value })} />}
        </Field>
      ) : null}
    </div>
  );
}
