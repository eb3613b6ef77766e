import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverImage } from '../../shared/domain/post';
import { mediaUrl } from '../api/media-queries';
import styles from './stored-image.module.css';

/** How often an image not yet arrived is asked for again: the sync tool brings it in its own time. */
const RETRY_MS = 2000;

/**
 * A post's stored image. In a shared plan another laptop's sync tool may not have brought
 * the file yet, or only part of it (main answers "not found" until the file is whole): the
 * box says so, in place of a broken image, and the image appears once it has arrived.
 */
export function StoredImage({ image, className, width, height, draggable }: { image: CoverImage; className?: string; width: number; height: number; draggable?: boolean }) {
  const { t } = useTranslation('common');
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!missing) return;
    const timer = setTimeout(() => setAttempt((count) => count + 1), RETRY_MS);
    return () => clearTimeout(timer);
  }, [missing, attempt]);
  const src = `${mediaUrl(image.file, image.bytes)}${attempt ? `&attempt=${attempt}` : ''}`;
  return (
    <>
      <img className={className} src={src} alt={image.alt} width={width} height={height} draggable={draggable} decoding="async" hidden={missing} onLoad={() => setMissing(false)} onError={() => setMissing(true)} />
      {missing ? (
        <span className={`${className ?? ''} ${styles.notArrived}`} role="img" aria-label={t('image.notArrived')} style={{ width, aspectRatio: `${image.width} / ${image.height}` }}>
          {t('image.notArrived')}
        </span>
      ) : null}
    </>
  );
}
