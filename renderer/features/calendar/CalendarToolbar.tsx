import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputHint, parseDateInput } from '../../../shared/calendar/date-input';
import type { LocalDate } from '../../../shared/domain/local-time';
import { Icon } from '../../components/Icon';
import { useValidationText } from '../../components/use-validation-text';
import { useFormatters } from '../../components/use-formatters';
import { useCalendarPosition } from './use-calendar-position';
import { SubmitForm } from '../../components/SubmitForm';
import styles from './calendar.module.css';

// Rendered again only when its own state changes: React writes a text input's type and name on every render of it,
// and the calendar renders whenever a request of the screen starts or ends.
const JumpToDate = memo(function JumpToDate({ onJump }: { onJump: (date: LocalDate) => void }) {
  const { t } = useTranslation('calendar');
  const { i18n } = useTranslation();
  const validationText = useValidationText();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const language = (i18n.resolvedLanguage ?? 'en') as 'fi' | 'sv' | 'en';
  return (
    <SubmitForm
      className={styles.jumpToDate}
      onSubmit={() => {
        const parsed = parseDateInput(text);
        if (!parsed.ok) return setError(validationText(parsed.message));
        setError(null);
        if (parsed.value) {
          onJump(parsed.value);
          setText('');
        }
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('jumpLabel')}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder={dateInputHint(language)}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">{t('jumpButton')}</button>
      {error ? (
        <p className={`field-error ${styles.jumpError}`} id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </SubmitForm>
  );
});

/**
 * Previous / today / next, the period shown, and "go to date". The review view always starts today. Reads the
 * position itself: a step renders the toolbar and what shows the day, not the screen around them.
 */
export const CalendarToolbar = memo(function CalendarToolbar() {
  const { t } = useTranslation('calendar');
  const format = useFormatters();
  const position = useCalendarPosition();
  const { view } = position;
  const title = format.period(view, position.date, position.today, position.reviewWeeks);
  // One function for the toolbar's life, calling the position's latest: the date field need not render with the calendar.
  const goTo = useRef(position.goTo);
  useEffect(() => {
    goTo.current = position.goTo;
  });
  const onJump = useCallback((date: LocalDate) => goTo.current(date), []);
  return (
    <div className="toolbar">
      {view === 'review' ? null : (
        <div className={styles.periodNav}>
          <button type="button" onClick={() => position.step(-1)} aria-label={t(`previous.${view}`)} title={t(`previous.${view}`)}>
            <Icon name="left" size={16} />
          </button>
          <button type="button" onClick={position.goToday} disabled={position.showsToday}>
            {t('today')}
          </button>
          <button type="button" onClick={() => position.step(1)} aria-label={t(`next.${view}`)} title={t(`next.${view}`)}>
            <Icon name="right" size={16} />
          </button>
        </div>
      )}
      <h2 className={styles.periodTitle} aria-live="polite">
        {title}
      </h2>
      {view === 'review' ? null : <JumpToDate onJump={onJump} />}
    </div>
  );
});
