import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelName, ParsedInputOf } from '../../../shared/api/contract';
import { ApiCallError } from '../../api/api-context';
import { useValidationText } from '../use-validation-text';
import type { FormIssues, IssueMapping, PathIssue } from './form-issues';
import { checkInput, issuesOnFields, noIssues } from './form-issues';

/**
 * A refusal or a lost connection as one sentence in the UI language, where there is no form
 * to mark (a toast, a line in a small dialog): main's first issue, naming its values, else the error.
 */
export function useFailureText(): (error: Error) => string {
  const { t } = useTranslation();
  const validationText = useValidationText();
  return (error) => {
    const issue = error instanceof ApiCallError ? error.error.issues[0] : undefined;
    return issue ? validationText(issue.message, issue.params) : t('errors.generic', { message: error.message });
  };
}

/**
 * The one way a form shows what is wrong: issues from the client's own checks or from main
 * on their fields, and what names no field (a refusal of the whole, storage, a lost
 * connection) above the form through <FormAlert>. Messages are kept as keys and worded in
 * the UI language when shown, so a language switch rewords them.
 */
function useForm(mapping: IssueMapping) {
  const failureText = useFailureText();
  const validationText = useValidationText();
  const [issues, setIssues] = useState<FormIssues>(noIssues);
  const [failure, setFailure] = useState<string | null>(null);
  const showChecked = (next: FormIssues) => {
    setFailure(null);
    setIssues(next);
  };
  const show = (next: readonly PathIssue[]): boolean => {
    showChecked(issuesOnFields(next, mapping));
    return next.length === 0;
  };
  return {
    /** What is shown now; a new value each time the form is checked (to focus the first wrong field after a save). */
    shown: issues,
    /** The field's message in the UI language, or undefined. */
    error: (field: string) => {
      const issue = issues.fields[field];
      return issue ? validationText(issue.message, issue.params) : undefined;
    },
    /** How many fields have a message (the "check the N fields" line). */
    count: Object.keys(issues.fields).length,
    /** What no field shows, in the UI language. */
    general: [...issues.general.map((issue) => validationText(issue.message, issue.params)), ...(failure === null ? [] : [failure])],
    /** Shows these issues (and nothing else); true when there are none. */
    show,
    showChecked,
    clear: () => show([]),
    /** main refused or could not be reached: its issues on their fields, or the failure above the form. */
    fail: (error: Error) => {
      if (error instanceof ApiCallError && error.error.issues.length) return void show(error.error.issues);
      setIssues(noIssues);
      setFailure(failureText(error));
    },
  };
}

export type FormState = ReturnType<typeof useForm>;

/** A form that sends one contract channel, parsed on the client with that channel's schema (see checkInput). */
export function useContractForm<K extends ChannelName>(channel: K, mapping: IssueMapping = {}) {
  const form = useForm(mapping);
  return {
    ...form,
    /** The payload as the contract reads it, or null with the issues shown. */
    parse: (input: unknown, found: readonly PathIssue[] = []): ParsedInputOf<K> | null => {
      const { value, issues } = checkInput(channel, input, found, mapping);
      form.showChecked(issues);
      return value;
    },
  };
}
