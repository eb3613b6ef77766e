import { useTranslation } from 'react-i18next';
import { DEFAULT_ALBUM_PATTERN, followsAlbumPattern, proposeAlbumName } from '../../../shared/checklist/album-name-rule';
import type { LocalDate } from '../../../shared/domain/local-time';
import { useSettings } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import styles from './checklist-editor.module.css';

/** The album name, with the name the association's pattern proposes and a note when a name breaks it. */
export function AlbumNameField({ value, title, date, error, onChange }: { value: string; title: string; date: LocalDate | null; error?: string; onChange: (name: string) => void }) {
  const { t } = useTranslation('checklist');
  const { t: tEditor } = useTranslation('postEditor');
  const pattern = useSettings().data?.albumPattern ?? DEFAULT_ALBUM_PATTERN;
  const proposal = proposeAlbumName(pattern, { title, date });
  const breaks = value.trim() !== '' && !followsAlbumPattern(pattern, value);
  return (
    <div className={breaks ? `${styles.albumField} ${styles.breaksPattern}` : styles.albumField}>
      <Field label={tEditor('albumName')} error={error} hint={breaks ? `⚠ ${t('album.breaksPattern', { pattern })}` : t('album.hint', { pattern })}>
        {(props) => <input {...props} type="text" data-fix="album-name" value={value} onChange={(event) => onChange(event.target.value)} />}
      </Field>
      {proposal && proposal !== value.trim() ? (
        <button type="button" className="ghost small" onClick={() => onChange(proposal)}>
          {t('album.useProposal', { name: proposal })}
        </button>
      ) : null}
    </div>
  );
}
