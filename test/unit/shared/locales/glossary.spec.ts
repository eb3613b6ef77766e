import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * shared/locales/GLOSSARY.md: the person who answers comments had five names in Finnish
 * (Vastuuhenkilö, päivystäjä, Vastaaja, Vastausvuoro, Päivystys) and others in the exports.
 * Every locale file (the exports' labels included) uses the glossary's word.
 */

const root = path.resolve(__dirname, '../../../..');
const languages = ['fi', 'sv', 'en'] as const;
type Language = (typeof languages)[number];

function strings(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => strings(value, prefix ? `${prefix}.${key}` : key));
}

/** Every string of a language, keyed `namespace:path`. */
function locale(language: Language): Map<string, string> {
  const dir = path.join(root, 'shared/locales', language);
  return new Map(
    fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => strings(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))).map(([key, value]) => [`${file.replace(/\.json$/, '')}:${key}`, value] as const)),
  );
}

/** The words that once named the responder or the response duty. */
const banned: Record<Language, RegExp[]> = {
  fi: [/vastaaja/iu, /vastausvuoro/iu, /vastauspäivystäjä/iu, /(?<!\p{L})päivystys/iu],
  sv: [/^svarar$/iu, /svarare/iu, /^jour:/iu, /skicka på granskning/iu],
  en: [/person on response duty/iu, /^on response duty$/iu],
};

/** Labels of the responder and of the response duty, in the words of the glossary. */
const labels: Record<string, Record<Language, string>> = {
  'postEditor:responder': { fi: 'Päivystäjä', sv: 'Jourhavande', en: 'Responder' },
  'calendar:filters.kinds.responderIds': { fi: 'Päivystäjä', sv: 'Jourhavande', en: 'Responder' },
  'roster:roles.responder': { fi: 'Päivystäjä', sv: 'Jourhavande', en: 'Responder' },
  'exportFile:responder': { fi: 'Päivystäjä', sv: 'Jourhavande', en: 'Responder' },
  'exportFile:columns.responder': { fi: 'Päivystäjä', sv: 'Jourhavande', en: 'Responder' },
  'domain:dutyType.response': { fi: 'Vastauspäivystys', sv: 'Svarsjour', en: 'Response duty' },
};

describe('one word for the person who answers comments', () => {
  it.each(languages)('no %s string uses a word the glossary replaced', (language) => {
    const offenders = [...locale(language)].filter(([, text]) => banned[language].some((word) => word.test(text))).map(([key, text]) => `${key}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it.each(languages)('the %s labels of the responder and the response duty are the glossary’s', (language) => {
    const strings = locale(language);
    expect(Object.fromEntries(Object.keys(labels).map((key) => [key, strings.get(key)]))).toEqual(Object.fromEntries(Object.entries(labels).map(([key, words]) => [key, words[language]])));
  });

  it('keeps “vastuuhenkilö” for a channel’s person only', () => {
    const offenders = [...locale('fi')].filter(([key, text]) => /vastuuhenkilö/iu.test(text) && !/responsible/i.test(key)).map(([key]) => key);
    expect(offenders).toEqual([]);
  });

  it('is written down in the repository, naming each word it asks for', () => {
    const glossary = fs.readFileSync(path.join(root, 'shared/locales/GLOSSARY.md'), 'utf8').toLowerCase();
    for (const words of Object.values(labels)) for (const word of Object.values(words)) expect(glossary).toContain(word.toLowerCase());
  });
});
