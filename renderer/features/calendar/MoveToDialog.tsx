import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput } from '../../../shared/calendar/date-input';
import type { Post } from '../../../shared/domain/post';
import { usePost } from '../../api/posts-queries';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useValidationText } from '../../components/use-validation-text';
import { useCalendarUi } from './calendar-ui-store';
import { useFormatters } from '../../components/use-formatters';
import { useMovePost } from './use-move-post';
import { SubmitForm } from '../../components/SubmitForm';
import { DialogActions } from '../../components/DialogActions';

/** "Move to…": a typed date (any day, also outside the view), or empty for Unscheduled. Keeps the time of day. */
function MoveToForm({ post }: { post: Post }) {
  const { t } = useTranslation('calendar');
  const format = useFormatters();
  const validationText = useValidationText();
  const close = () => useCalendarUi.getState().openMove(null);
  const move = useMovePost();
  const [text, setText] = useState(formatDateInput(post.date, format.language));
  const [error, setError] = useState<string | undefined>();
  const example = format.language === 'en' ? '30/3/2026' : '30.3.2026';
  return (
    <Dialog title={t('move.title', { title: post.title })} onDismiss={close} className="small-dialog">
      <SubmitForm
        onSubmit={() => {
          const parsed = parseDateInput(text);
          if (!parsed.ok) return setError(validationText(parsed.message));
          close();
          move(post, parsed.value);
        }}
      >
        <Field label={t('move.date')} error={error} hint={post.time ? t('move.hint', { example, time: format.time(post.time) }) : t('move.hintNoTime', { example })}>
          {(props) => <input {...props} type="text" inputMode="numeric" autoFocus value={text} onChange={(event) => setText(event.target.value)} />}
        </Field>
        <DialogActions onCancel={close} confirm={t('move.submit')} />
      </SubmitForm>
    </Dialog>
  );
}

export function MoveToDialog() {
  const post = usePost(useCalendarUi((state) => state.movingId));
  // The form starts from the post as stored, not from a copy read before a move.
  return post.data && !post.isFetching ? <MoveToForm key={post.data.id} post={post.data} /> : null;
}
