import { useState } from 'react';
import type { ChannelName, ParsedInputOf } from '../../../shared/api/contract';
import { contract } from '../../../shared/api/contract';
import { ApiCallError } from '../../api/api-context';
import { useValidationText } from '../use-validation-text';

/** A message key (or zod's sentence) per form field. */
export type FieldErrors = Record<string, string>;

interface Issue {
  /** Dotted ("changes.name") from main, or zod's path array. */
  path: string | readonly PropertyKey[];
  message: string;
}

interface IssueMapping {
  /** The payload's prefix around the form's fields ("changes." for an update). */
  under?: string;
  /** Where an issue about the payload as a whole is shown. */
  general?: string;
  /** Payload paths whose form field has another name (maxDutiesPerMonth → limit). */
  rename?: Record<string, string>;
}

/** Issues (from zod on the client, or from main) on the form's fields, by dotted path ("away.0.from"). */
export function errorsFromIssues(issues: readonly Issue[], { under = '', general = '', rename = {} }: IssueMapping = {}): FieldErrors {
  return Object.fromEntries(
    issues.map((issue) => {
      const dotted = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
      const inside = dotted.startsWith(under) ? dotted.slice(under.length) : dotted;
      return [rename[inside] ?? (inside || general), issue.message];
    }),
  );
}

/**
 * A form that sends one contract channel: it parses on the client with the channel's
 * own schema (the same rules main applies), puts main's refusals on their fields, and
 * shows a refusal that names no field (storage, a lost connection) on `general`.
 */
export function useContractForm<K extends ChannelName>(channel: K, options: IssueMapping & { general: string }) {
  const validationText = useValidationText();
  const [errors, setErrors] = useState<FieldErrors>({});
  return {
    errors,
    setErrors,
    /** The field's message in the UI language, or undefined. */
    error: (field: string) => (errors[field] ? validationText(errors[field]) : undefined),
    /** The payload as the contract reads it, or null with the issues shown on their fields. */
    parse: (input: unknown): ParsedInputOf<K> | null => {
      const parsed = contract[channel].input.safeParse(input);
      setErrors(parsed.success ? {} : errorsFromIssues(parsed.error.issues, options));
      return parsed.success ? (parsed.data as ParsedInputOf<K>) : null;
    },
    /** main refused: its issues on their fields, or the message on the general field. */
    fail: (failure: Error) =>
      setErrors(failure instanceof ApiCallError && failure.error.issues.length ? errorsFromIssues(failure.error.issues, options) : { [options.general]: failure.message }),
  };
}
