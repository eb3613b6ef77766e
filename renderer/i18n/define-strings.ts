import type { Language } from '../../shared/domain/settings';

/** The same keys as the English table, each a string: a missing translation fails to compile. */
export type Translated<T> = { [K in keyof T]: T[K] extends string ? string : Translated<T[K]> };

export type StringTable<T> = { en: T } & Record<Exclude<Language, 'en'>, Translated<T>>;

/** A feature's UI strings in every language, side by side in the feature's folder. */
export function defineStrings<T extends Record<string, unknown>>(table: StringTable<T>): StringTable<T> {
  return table;
}
