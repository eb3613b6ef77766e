import { useState } from 'react';

/*
 * What a polite live region says: the message as it was when `state` last changed, so
 * a screen reader hears "12 too many" once when the text goes over its limit and once
 * when it fits again, not the count after every keystroke. Nothing is said at first.
 */
export function useAnnounceOnChange(state: string, message: () => string): string {
  const [announced, setAnnounced] = useState({ state, text: '' });
  // Adjusting state while rendering (React's "storing information from previous renders"), not in an effect.
  if (announced.state !== state) {
    const next = { state, text: message() };
    setAnnounced(next);
    return next.text;
  }
  return announced.text;
}
