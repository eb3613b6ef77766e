/**
 * Words that repeat over a list with only a value changing ("Edit “X”", "Week 49", "3 posts"), worded
 * by i18next once per language and then filled in: i18next's `t` costs 20–100 µs a call (more under load),
 * and an agenda's rows and week headings asked it a hundred and fifty times when the view was switched to
 * (the week's day headings and the calendar's flags likewise, for each post a view shows).
 */

/** The words of one message with a value's place marked: text, value name, text, value name, …, text. */
type Parts = string[];

const partsByOwner = new WeakMap<object, Map<string, Parts>>();

/** Private-use characters, one per value: no translation or title contains them. */
const FIRST_MARK = 0xe000;
const MARKS = /([\uE000-\uE0FF])/;

/**
 * `word(values)`, with the message worded once per `owner` (the language's `t`) and `id`: later calls only
 * put the values in. For string values that the message says as they are (no plural forms, no formatting);
 * a count picks a plural form, so it belongs in `id` with no values (then this is only a cache).
 */
export function filled<V extends Record<string, string>>(owner: object, id: string, values: V, word: (values: V) => string): string {
  let known = partsByOwner.get(owner);
  if (!known) partsByOwner.set(owner, (known = new Map()));
  let parts = known.get(id);
  if (parts === undefined) {
    const names = Object.keys(values);
    const marks = Object.fromEntries(names.map((name, index) => [name, String.fromCharCode(FIRST_MARK + index)])) as V;
    parts = word(marks)
      .split(MARKS)
      .map((part, index) => (index % 2 === 1 ? (names[part.charCodeAt(0) - FIRST_MARK] ?? part) : part));
    known.set(id, parts);
  }
  if (parts.length === 1) return parts[0];
  let text = '';
  for (let index = 0; index < parts.length; index++) text += index % 2 === 1 ? (values[parts[index]] ?? '') : parts[index];
  return text;
}

/** `word()`, worded once per `owner` (the language's `t`, or words made from it) and `key`: a message with no value to fill in. */
export function kept(owner: object, key: string, word: () => string): string {
  return filled(owner, key, {}, word);
}
