import { useEffect, useState } from 'react';

/** The value as it was `ms` after it last changed: the editor's preview asks main once a pause, not once a key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
