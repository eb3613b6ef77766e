import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imageMimeTypes, MAX_IMAGE_BYTES, minimumImageSize, recommendedImageSizes } from '../../../shared/checklist/cover-image-rule';
import type { Channel } from '../../../shared/domain/channel';
import type { CoverImage } from '../../../shared/domain/post';
import { useImportImage } from '../../api/media-queries';
import { Field } from '../../components/Field';
import { StoredImage } from '../../entities/StoredImage';
import { useFailureText } from '../../components/forms/use-contract-form';
import editor from './checklist-editor.module.css';
import items from './checklist-items.module.css';

function sizeText(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : language;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/**
 * The post's cover image: picked from disk (type and size checked here and again in
 * main), copied into the data folder, shown as a thumbnail with its size, the best
 * size for each chosen channel and a warning where it is too small; and its alt text.
 */
export function CoverImageField({
  image,
  channels,
  error,
  onChange,
}: {
  image: CoverImage | null;
  /** The channels the post goes to. */
  channels: Channel[];
  error?: string;
  onChange: (image: CoverImage | null) => void;
}) {
  const { t, i18n } = useTranslation('checklist');
  const failureText = useFailureText();
  const importImage = useImportImage();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);

  const pick = (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    if (!(imageMimeTypes as readonly string[]).includes(file.type)) return setProblem(t('image.wrongType', { name: file.name }));
    if (file.size > MAX_IMAGE_BYTES) return setProblem(t('image.tooLarge', { name: file.name }));
    importImage.mutate(file, {
      onSuccess: (copied) => onChange({ ...copied, alt: image?.alt ?? '' }),
      onError: (failure) => setProblem(failureText(failure)),
    });
  };

  const sized = channels.filter((channel) => recommendedImageSizes[channel.kind]);
  return (
    <fieldset className={`span-2 ${editor.coverImage}`} aria-describedby={problem ? `${id}-problem` : undefined}>
      <legend>{t('image.legend')}</legend>
      <div className={editor.coverImageRow}>
        {image ? <StoredImage key={image.file} image={image} className={editor.coverThumbnail} width={160} height={Math.round((160 * image.height) / image.width)} /> : null}
        <div className={editor.coverImageDetails}>
          {image ? <p className={editor.coverImageInfo}>{t('image.info', { width: image.width, height: image.height, size: sizeText(image.bytes, i18n.language) })}</p> : <p className="field-hint">{t('image.none')}</p>}
          {sized.length ? (
            <ul className={editor.coverImageSizes}>
              {sized.map((channel) => {
                const recommended = recommendedImageSizes[channel.kind];
                const minimum = minimumImageSize(channel.kind);
                const tooSmall = image && minimum && (image.width < minimum.width || image.height < minimum.height);
                return (
                  <li key={channel.id} className={tooSmall ? items.finding : 'field-hint'} data-severity={tooSmall ? 'warning' : undefined}>
                    {tooSmall ? t('image.tooSmall', { channel: channel.name, width: minimum.width, height: minimum.height }) : t('image.recommended', { channel: channel.name, width: recommended?.width, height: recommended?.height })}
                  </li>
                );
              })}
            </ul>
          ) : null}
          <div className={editor.coverImageActions}>
            <input ref={input} id={id} className="visually-hidden" type="file" accept={imageMimeTypes.join(',')} tabIndex={-1} aria-hidden="true" onChange={(event) => { pick(event.target.files?.[0]); event.target.value = ''; }} />
            <button type="button" data-fix="cover-image" onClick={() => input.current?.click()} disabled={importImage.isPending}>
              {importImage.isPending ? t('image.copying') : image ? t('image.replace') : t('image.choose')}
            </button>
            {image ? (
              <button type="button" className="ghost" onClick={() => onChange(null)}>
                {t('image.remove')}
              </button>
            ) : null}
          </div>
          {problem ? (
            <p className="field-error" id={`${id}-problem`} role="alert">
              {problem}
            </p>
          ) : null}
        </div>
      </div>
      {image ? (
        <Field label={t('image.alt')} hint={t('image.altHint')} error={error} className={editor.coverAlt}>
          {(props) => <input {...props} type="text" maxLength={500} value={image.alt} onChange={(event) => onChange({ ...image, alt: event.target.value })} />}
        </Field>
      ) : null}
    </fieldset>
  );
}
