import fs from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { filled } from '../../../../renderer/i18n/kept-words';

const languages = ['fi', 'sv', 'en'] as const;
const words = (language: string) => JSON.parse(fs.readFileSync(`shared/locales/${language}/calendar.json`, 'utf8')) as Record<string, unknown>;

describe('words filled in once worded', () => {
  it('say what i18next says in every language, for any title, also once the language changes', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: Object.fromEntries(languages.map((language) => [language, { calendar: words(language) }])), lng: 'fi', interpolation: { escapeValue: false } });
    const titles = ['Kevätkokous', 'Price $& {{title}} “quoted”', ''];
    for (const language of languages) {
      const t = i18n.getFixedT(language, 'calendar');
      for (const title of titles) {
        expect(filled(t, 'editPost', { title }, (values) => t('editPost', values))).toBe(t('editPost', { title }));
        expect(filled(t, 'weekRange', { from: '30.11.', to: title }, (values) => t('weekRange', values))).toBe(t('weekRange', { from: '30.11.', to: title }));
      }
      expect(filled(t, 'week', { week: '49' }, (values) => t('week', values))).toBe(t('week', { week: 49 }));
      for (const count of [0, 1, 2]) expect(filled(t, `postCount ${count}`, {}, () => t('postCount', { count }))).toBe(t('postCount', { count }));
    }
    // Worded once per language: a second language's words are its own, and i18next is not asked again.
    const sv = i18n.getFixedT('sv', 'calendar');
    const en = i18n.getFixedT('en', 'calendar');
    let asked = 0;
    const edit = (t: typeof sv, title: string) => filled(t, 'editPost', { title }, (values) => (asked++, t('editPost', values)));
    expect([edit(sv, 'A'), edit(en, 'A'), edit(sv, 'B'), edit(en, 'B')]).toEqual([sv('editPost', { title: 'A' }), en('editPost', { title: 'A' }), sv('editPost', { title: 'B' }), en('editPost', { title: 'B' })]);
    expect(asked).toBe(2);
  });
});
