import type { ChannelName, ParsedInputOf } from '../../../shared/api/contract';
import { contract } from '../../../shared/api/contract';
import type { MessageParams } from '../../../shared/i18n/validation-wording';

/** What is wrong, as a message key (v.dateInvalid…) or zod's sentence, and the values it names. */
interface FormIssue {
  message: string;
  params?: MessageParams;
}

/** Field (a dotted path as the form names it: "title", "away.0.to") → its first issue. */
type FieldErrors = Record<string, FormIssue>;

/** An issue from zod on the client (path array) or from main (dotted path, "" for the payload as a whole). */
export interface PathIssue extends FormIssue {
  path: string | readonly PropertyKey[];
}

export interface IssueMapping {
  /** The payload's prefix around the form's fields: "changes." for an update. */
  under?: string;
  /** The form field that shows an issue at this path, or null when no field shows it (it is then said above the form). Default: the path itself. */
  field?: (path: string) => string | null;
}

/** The fields' issues, and those no field shows (about the payload as a whole, or a part the form has no field for). */
export interface FormIssues {
  fields: FieldErrors;
  general: FormIssue[];
}

export const noIssues: FormIssues = { fields: {}, general: [] };

/** The one mapping from issues (zod's or main's) to the form's fields; the first issue of a field is the one shown. */
export function issuesOnFields(issues: readonly PathIssue[], { under = '', field = (path) => path }: IssueMapping = {}): FormIssues {
  const result: FormIssues = { fields: {}, general: [] };
  for (const { path, message, params } of issues) {
    const dotted = typeof path === 'string' ? path : path.map(String).join('.');
    const inside = dotted.startsWith(under) ? dotted.slice(under.length) : dotted;
    const shown = inside ? field(inside) : null;
    const issue = params ? { message, params } : { message };
    if (shown === null) result.general.push(issue);
    else result.fields[shown] ??= issue;
  }
  return result;
}

/** A field that shows the issues at and under its own name ("channelIds.0" on channelIds), for forms whose fields are the payload's top-level keys. */
export function topLevelField(fields: readonly string[]): (path: string) => string | null {
  return (path) => {
    const first = path.split('.')[0];
    return fields.includes(first) ? first : null;
  };
}

/**
 * A form's payload checked with its channel's own schema (the rules main applies), after
 * the issues the form found itself (a date typed wrong), so every problem shows at once:
 * the payload as the contract reads it, or null.
 */
export function checkInput<K extends ChannelName>(channel: K, input: unknown, found: readonly PathIssue[], mapping: IssueMapping = {}): { value: ParsedInputOf<K> | null; issues: FormIssues } {
  const parsed = contract[channel].input.safeParse(input);
  const all = [...found, ...(parsed.success ? [] : parsed.error.issues)];
  return { value: all.length === 0 && parsed.success ? (parsed.data as ParsedInputOf<K>) : null, issues: issuesOnFields(all, mapping) };
}
