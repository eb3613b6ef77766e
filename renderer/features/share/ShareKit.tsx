import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Post } from '../../../shared/domain/post';
import { channelTexts } from '../../../shared/checklist/channel-texts';
import { composeLink, overLimit, shareText } from '../../../shared/share/share-links';
import { canShare, publicationOf } from '../../../shared/share/publications';
import { mediaUrl } from '../../api/media-queries';
import { useScheduledPosts } from '../../api/publish-queries';
import { useChannels, useSettings } from '../../api/settings-queries';
import { useShareMutations, useShowImage } from '../../api/share-queries';
import { Field } from '../../components/Field';
import { SubmitForm } from '../../components/SubmitForm';
import { useFailureText } from '../../components/forms/use-contract-form';
import { useFormatters } from '../../components/use-formatters';
import { useFeatureSlots } from '../../entities/feature-slots';
import { StoredImage } from '../../entities/StoredImage';
import { useIdentityPrompt } from '../../entities/identity/use-identity-prompt';
import { useUiStore } from '../../state/ui-store';
import styles from './share-kit.module.css';

/**
 * The share kit (issue 17 item 1): on an approved post, for each of its channels, what a
 * volunteer needs to publish it by hand (the channel's text to copy, its compose page
 * opened prefilled, the cover image and the album), then "Mark as published" with the
 * link. Copying uses the page's own clipboard API (a click may write, never read; the
 * desktop window allows exactly that, electron/shell/window.ts), the same in both hosts.
 * Links leave through the window's external-link rule (https, and mailto: for a newsletter).
 */
export function ShareKit({ post }: { post: Post }) {
  const { t } = useTranslation('share');
  const channels = useChannels().data ?? [];
  const { withIdentity, prompt } = useIdentityPrompt();
  if (!canShare(post)) return null;
  const byId = new Map(channels.map((channel) => [channel.id, channel]));
  const texts = channelTexts(post, channels).filter((entry) => entry.channelId !== null && byId.has(entry.channelId));
  const done = texts.filter((entry) => entry.channelId && publicationOf(post, entry.channelId)).length;
  return (
    <section className={styles.shareKit} aria-labelledby={`share-kit-${post.id}`}>
      <h3 id={`share-kit-${post.id}`}>{t('title')}</h3>
      <p className="muted">{texts.length ? `${t('intro')} ${t('progress', { count: done, total: texts.length })}` : t('noChannels')}</p>
      <SharedMedia post={post} />
      <ul className="entry-list">
        {texts.map((entry) => {
          const channel = byId.get(entry.channelId ?? '');
          return channel ? <ChannelShare key={channel.id} post={post} channel={channel} text={shareText(entry.text)} withIdentity={withIdentity} /> : null;
        })}
      </ul>
      {prompt}
    </section>
  );
}

/** The cover image to drag (or show in its folder) and the album name to create, once for all channels. */
function SharedMedia({ post }: { post: Post }) {
  const { t } = useTranslation('share');
  const notify = useUiStore((state) => state.notify);
  const showImage = useShowImage();
  const failureText = useFailureText();
  const image = post.coverImage;
  const album = post.albumName.trim();
  if (!image && !album) return null;
  return (
    <div className={styles.media}>
      {image ? (
        <figure className={styles.cover}>
          <StoredImage key={image.file} image={image} draggable width={120} height={Math.round((120 * image.height) / image.width)} />
          <figcaption>
            <strong>{t('image.title')}</strong> <span className="muted">{t('image.hint')}</span>
            <span className={styles.actions}>
              <button type="button" onClick={() => showImage.mutate(post.id, { onSuccess: ({ shown }) => (shown ? undefined : notify(t('image.notShown'))), onError: (error) => notify(failureText(error)) })}>
                {t('image.showInFolder')}
              </button>
              <a className={styles.linkButton} href={mediaUrl(image.file, image.bytes)} download={`${album || post.title}.${image.file.split('.').pop() ?? 'jpg'}`}>
                {t('image.download')}
              </a>
            </span>
          </figcaption>
        </figure>
      ) : null}
      {album ? (
        <p className={styles.album}>
          <strong>{t('album.title')}</strong> <span className={styles.albumName}>{album}</span>{' '}
          <button type="button" onClick={() => void copyText(album).then((ok) => notify(t(ok ? 'channel.albumCopied' : 'channel.copyFailed')))}>
            {t('album.copy')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

function ChannelShare({ post, channel, text, withIdentity }: { post: Post; channel: Channel; text: string; withIdentity: (then: () => void) => void }) {
  const { t } = useTranslation('share');
  const { t: tDomain } = useTranslation('domain');
  const { ShareDirectAction } = useFeatureSlots();
  const notify = useUiStore((state) => state.notify);
  const failureText = useFailureText();
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const { markPublished, unmarkPublished } = useShareMutations();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  const name = channel.name;
  const published = publicationOf(post, channel.id);
  // Waiting on the Mastodon server (the direct action says so): marking it by hand now would call it published before it is.
  const waitsOnServer = useScheduledPosts().data?.some((entry) => entry.postId === post.id && entry.channelId === channel.id && entry.state === 'waiting') ?? false;
  const link = composeLink({ kind: channel.kind, text, channelUrl: channel.url, title: post.title });
  const over = overLimit(text, channel.kind);

  const copy = async () => {
    if (await copyText(text)) notify(t('channel.copied', { channel: name }));
    else {
      textRef.current?.select();
      notify(t('channel.copyFailed'));
    }
  };
  const undo = () =>
    unmarkPublished.mutate({ id: post.id, channelId: channel.id }, { onSuccess: () => notify(t('channel.unmarked', { channel: name })), onError: (failure) => notify(failureText(failure)) });
  const mark = () =>
    withIdentity(() =>
      markPublished.mutate(
        { id: post.id, channelId: channel.id, url },
        {
          onSuccess: (saved) => {
            setUrl('');
            setError(undefined);
            // No undo in the notice: notices sit under the modal editor, out of reach; the card's own button undoes.
            notify(saved.status === 'published' ? t('channel.allPublished', { title: post.title }) : t('channel.marked', { channel: name }));
          },
          onError: (failure) => setError(failureText(failure)),
        },
      ),
    );

  return (
    <li className={styles.channel} aria-labelledby={`share-${post.id}-${channel.id}`} data-state={published ? 'published' : 'open'}>
      <h4 id={`share-${post.id}-${channel.id}`}>
        {name} {tDomain(`channelKind.${channel.kind}`) === name ? null : <span className="muted">{tDomain(`channelKind.${channel.kind}`)}</span>}
      </h4>
      <textarea ref={textRef} readOnly rows={Math.min(8, text.split('\n').length + 1)} value={text} aria-label={t('channel.textLabel', { channel: name })} />
      {over ? <p className={styles.warning} data-severity="warning">{t('channel.overLimit', { ...over, channel: name })}</p> : null}
      <div className={styles.actions}>
        <button type="button" onClick={() => void copy()} aria-label={t('channel.copyNamed', { channel: name })}>
          {t('channel.copy')}
        </button>
        {link.ok ? (
          <a className={styles.linkButton} href={link.url} target="_blank" rel="noopener noreferrer" aria-label={link.carries === 'text' ? t('channel.openNamed', { channel: name }) : undefined}>
            {link.carries === 'text' ? t('channel.open', { channel: name }) : link.carries === 'link' ? t('channel.openLink', { channel: name }) : t('channel.openMail')}
          </a>
        ) : null}
        {/* Where direct posting (Mastodon, Bluesky) offers its "post now" for this channel. */}
        <ShareDirectAction post={post} channel={channel} />
      </div>
      {link.ok ? null : <p className="muted">{t(`channel.${link.reason === 'none' ? 'noCompose' : link.reason}`, { channel: name })}</p>}
      {published ? (
        <div className={styles.published}>
          <p>
            {t('channel.publishedBy', { name: published.by, when: format.stamp(published.at, timeZone) })}
            {published.url ? (
              <>
                {' · '}
                <a href={published.url} target="_blank" rel="noopener noreferrer">
                  {t('channel.publishedLink')}
                </a>
              </>
            ) : null}
          </p>
          <button type="button" onClick={undo} disabled={unmarkPublished.isPending}>
            {t('channel.unmark')}
          </button>
        </div>
      ) : waitsOnServer ? null : (
        <SubmitForm className={styles.markForm} onSubmit={mark}>
          <Field label={t('channel.urlLabel', { channel: name })} hint={t('channel.urlHint')} error={error}>
            {(props) => <input {...props} type="url" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} placeholder="https://" />}
          </Field>
          <button type="submit" className="primary" disabled={markPublished.isPending}>
            {t('channel.markPublished')}
          </button>
        </SubmitForm>
      )}
    </li>
  );
}

/** Writes text on a click; false where the page may not (the caller selects the text to copy by hand). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
