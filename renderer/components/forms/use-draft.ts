import { useState } from 'react';

/**
 * A form's copy of something stored: the stored value itself until the user changes it,
 * then their draft until it is saved or discarded (reset). An untouched form shows a
 * refetch at once and a refetch never overwrites typing, with no effect copying a query
 * result into state.
 */
export function useDraft<T>(stored: T | undefined) {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  return {
    value: draft ? draft.value : stored,
    set: (value: T) => setDraft({ value }),
    /** Back to the stored value: after a save (the refreshed value shows) or to discard. */
    reset: () => setDraft(null),
    edited: draft !== null,
  };
}
