import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounceOnChange } from './use-announce-on-change';

/** From this share of the limit on, the counter warns (a paste that would not fit shows before saving). */
const WARN_AT = 0.9;

/**
 * A labelled form control with its hint and error, wired for screen readers: the
 * control gets aria-describedby and aria-invalid through the render prop. A long
 * text passes `counter` to show how much of its limit is used.
 */
export function Field({
  label,
  hint,
  error,
  counter,
  children,
  className,
}: {
  label: string;
  hint?: string;
  error?: string;
  counter?: { length: number; max: number };
  className?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const id = useId();
  const { t, i18n } = useTranslation('common');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const counterId = counter ? `${id}-counter` : undefined;
  const describedBy = [errorId, hintId, counterId].filter(Boolean).join(' ') || undefined;
  const over = counter ? counter.length > counter.max : false;
  const near = counter ? counter.length >= counter.max * WARN_AT : false;
  const number = new Intl.NumberFormat(i18n.language);
  const counterText = counter ? t(over ? 'counter.over' : 'counter.used', { length: number.format(counter.length), max: number.format(counter.max), excess: number.format(counter.length - counter.max) }) : '';
  const announced = useAnnounceOnChange(over ? 'over' : near ? 'near' : 'fits', () => counterText);
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error || over ? true : undefined })}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {counter ? (
        <p className={`field-counter${over ? ' field-counter-over' : near ? ' field-counter-near' : ''}`} id={counterId}>
          {counterText}
        </p>
      ) : null}
      {counter ? (
        <span className="visually-hidden" aria-live="polite">
          {announced}
        </span>
      ) : null}
    </div>
  );
}
