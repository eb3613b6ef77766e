import { formatDateInput } from '../calendar/date-input';
import { isLocalDate, isLocalTime, localDate } from '../domain/local-time';
import type { Language } from '../domain/settings';

/*
 * How a validation message (v.dateInvalid…, see validation-messages.ts) is worded from its
 * language's template, without importing any language's words: the renderer passes the
 * templates of the one language it has loaded, main and the CLI every language's.
 */

const PREFIX = 'v.';

/**
 * Values a message names: numbers carried in the key itself ("v.tooLong?max=20000&count=200000",
 * see shared/domain/limits.ts, since a schema's message is a string) and dates and times
 * passed beside it as ApiIssue.params ({{time}}).
 */
export type MessageParams = Record<string, string | number>;

/** A message key and its numbers: "v.tooLong?max=20000&count=200000". */
function parseMessage(message: string): { key: string; params: Record<string, number> } {
  const [key, query = ''] = message.split('?', 2);
  const params = Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [name, value = ''] = pair.split('=');
        return [name, Number(value)];
      }),
  );
  return { key, params };
}

const intlLocales: Record<Language, string> = { en: 'en-GB', fi: 'fi-FI', sv: 'sv-FI' };

/** Numbers grouped as the language writes them (20,000 / 20 000); times with two-digit hours ("04.00" in Finnish and Swedish, "04:00" in English); dates as the language writes them. */
function formatParam(value: string | number, language: Language): string {
  if (typeof value === 'number') return new Intl.NumberFormat(intlLocales[language]).format(value);
  const time = (text: string) => (language === 'en' ? text : text.replace(':', '.'));
  if (isLocalTime(value)) return time(value);
  if (isLocalDate(value)) return formatDateInput(localDate(value), language);
  const [date, clock] = value.split('T');
  if (clock !== undefined && isLocalDate(date) && isLocalTime(clock)) return `${formatDateInput(localDate(date), language)} ${time(clock)}`;
  return value;
}

/** Fills {{name}} with its value, written the way the language writes it. */
function fillMessage(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? formatParam(params[name], language) : whole));
}

/**
 * The message for a schema error from the `v` templates of its language, naming its values; zod's own messages and unknown keys pass through.
 * A key written in plural forms (`_one`, `_other`, as i18next names them) takes the form `count` needs in the language's plural rules.
 */
export function wordValidationMessage(message: string, language: Language, templates: Readonly<Record<string, string>>, params: MessageParams = {}): string {
  if (!message.startsWith(PREFIX)) return message;
  const parsed = parseMessage(message.slice(PREFIX.length));
  const values = { ...parsed.params, ...params };
  const plural = typeof values.count === 'number' ? `${parsed.key}_${new Intl.PluralRules(intlLocales[language]).select(values.count)}` : '';
  const key = Object.hasOwn(templates, plural) ? plural : parsed.key;
  if (!Object.hasOwn(templates, key)) return message;
  return fillMessage(templates[key], values, language);
}
