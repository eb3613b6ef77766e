import type { InputOf, ParsedInputOf } from '../../shared/api/contract';
import { contract } from '../../shared/api/contract';

type PreferenceChanges = InputOf<'preferences:update'>;

/*
 * Changes shown but not yet saved (where the calendar was moved to, saved once the moving pauses), kept in the tab's
 * sessionStorage until main has them: a reload shows them although their save, sent as the page was left, reached main
 * after the reload's page had read the preferences, or was cancelled with the page (the web bridge).
 */
const KEY = 'somevuoro.unsavedPreferences';

export function keepUnsaved(changes: PreferenceChanges | null): void {
  try {
    if (changes) sessionStorage.setItem(KEY, JSON.stringify(changes));
    else sessionStorage.removeItem(KEY);
  } catch {
    // No storage (a sandboxed or full one): a reload may show the position before, as without this.
  }
}

/** What an earlier page of this tab left unsaved, checked as main checks it; null when nothing (or nothing valid) is there. */
export function unsavedChanges(): ParsedInputOf<'preferences:update'> | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = contract['preferences:update'].input.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
