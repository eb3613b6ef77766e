import type { ComponentProps } from 'react';

/** A form whose submit (button or Enter) runs onSubmit in the page: validation is ours, not the browser's bubbles. */
export function SubmitForm({ onSubmit, ...props }: Omit<ComponentProps<'form'>, 'onSubmit' | 'noValidate'> & { onSubmit: () => void }) {
  return (
    <form
      {...props}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    />
  );
}
