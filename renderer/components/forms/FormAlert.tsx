import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormState } from './use-contract-form';

/**
 * Above a form: how many fields need fixing, and what no field shows. `children` follow
 * the general message (an offer such as "make inactive instead"); `className` places the
 * alert in a grid form (span-2).
 */
export function FormAlert({ form, children, className }: { form: FormState; children?: ReactNode; className?: string }) {
  const { t } = useTranslation();
  const classes = className ? `form-alert ${className}` : 'form-alert';
  return (
    <>
      {form.count ? (
        <p className={classes} role="alert">
          {t('errors.fixFields', { count: form.count })}
        </p>
      ) : null}
      {form.general.length ? (
        <div className={classes} role="alert">
          {form.general.map((message, index) => (
            <p key={index}>{message}</p>
          ))}
          {children}
        </div>
      ) : null}
    </>
  );
}
