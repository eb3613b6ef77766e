import { describe, expect, it } from 'vitest';
import { checkInput, issuesOnFields } from '../../../../renderer/components/forms/form-issues';
import type { PostForm } from '../../../../renderer/entities/post-form-model';
import { emptyForm, fieldsFromForm, formFromPost, postInputFromForm, postIssues, timeGapIssues } from '../../../../renderer/entities/post-form-model';
import type { Post } from '../../../../shared/domain/post';
import type { Language } from '../../../../shared/domain/settings';
import { validationMessage } from '../../../../shared/i18n/validation-messages';

/** What the editor does on Save: the text's own checks, then the contract's, worded per field as the user reads them. */
function save(form: PostForm, language: Language = 'en') {
  const { input, found } = postInputFromForm(form);
  const { value, issues } = checkInput('posts:create', input, found, postIssues);
  const fields = Object.fromEntries(Object.entries(issues.fields).map(([field, issue]) => [field, validationMessage(issue.message, language, issue.params)]));
  return { value, fields, general: issues.general.map((issue) => validationMessage(issue.message, language, issue.params)) };
}

const typed = (changes: Partial<PostForm>): PostForm => ({ ...emptyForm(null, 'fi'), title: 'Kesäjuhla', ...changes });

describe('post form model', () => {
  it('opens a new post on the clicked day, written as the user’s language writes dates', () => {
    expect(emptyForm('2026-03-30', 'fi')).toMatchObject({ date: '30.3.2026', time: '', title: '', status: 'idea', channelIds: [] });
    expect(emptyForm('2026-03-30', 'en').date).toBe('30/3/2026');
    expect(emptyForm(null, 'sv').date).toBe('');
  });

  it('turns the typed text into the fields main takes, and a stored post back into text', () => {
    const { value, fields } = save(typed({ date: '29.3.2026', time: '9.30', tags: ' kesä, juhla ,kesä,', channelIds: ['c1'], variants: { c1: 'Tervetuloa!', c2: 'Not chosen', c3: '' } }));
    expect(fields).toEqual({});
    expect(value).toMatchObject({ title: 'Kesäjuhla', date: '2026-03-29', time: '09:30', tags: ['kesä', 'juhla'], variants: { c1: 'Tervetuloa!' }, authorId: null });
    const post = { ...value, id: 'p1', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' } as unknown as Post;
    expect(formFromPost(post, 'fi')).toMatchObject({ date: '29.3.2026', time: '9.30', tags: 'kesä, juhla', authorId: '' });
    expect(formFromPost(post, 'en')).toMatchObject({ date: '29/3/2026', time: '09:30' });
  });

  it('says on the date and the time what is wrong with them, in the user’s language, and sends nothing', () => {
    const english = save(typed({ date: '30/2/2026', time: '25.00' }), 'en');
    expect(english.value).toBeNull();
    expect(english.fields).toEqual({ date: 'Not a real date.', time: 'Not a time of day (use 24-hour time such as 09:30).' });
    const finnish = save(typed({ date: '30.2.2026', time: '25.00' }), 'fi');
    expect(finnish.fields).toEqual({ date: 'Päivämäärää ei ole olemassa.', time: 'Ei kellonaika (käytä 24 tunnin aikaa, esim. 9.30).' });
  });

  it('puts the contract’s own refusals on the field they are about', () => {
    const { fields } = save(typed({ title: '', time: '10.00', publishedUrl: 'not a link' }), 'sv');
    expect(Object.keys(fields).sort()).toEqual(['publishedUrl', 'time', 'title']);
    expect(fields.time).toBe(validationMessage('v.timeWithoutDate', 'sv'));
    expect(fields.time).not.toBe(validationMessage('v.timeWithoutDate', 'en'));
  });

  it('shows main’s refusal of an update on the form’s fields, and what no field shows above the form', () => {
    const issues = issuesOnFields(
      [
        { path: 'changes.channelIds.0', message: 'v.unknownChannel' },
        { path: 'changes.date', message: 'v.dateInvalid' },
        { path: 'id', message: 'v.notFound' },
      ],
      postIssues,
    );
    expect(Object.keys(issues.fields)).toEqual(['channelIds', 'date']);
    expect(issues.general.map((issue) => issue.message)).toEqual(['v.notFound']);
  });

  it('gives the checklist preview the fields only while every one is valid', () => {
    expect(fieldsFromForm(typed({ date: '1.4.2026' }))).toMatchObject({ title: 'Kesäjuhla', date: '2026-04-01' });
    expect(fieldsFromForm(typed({ date: '31.4.2026' }))).toBeNull();
    expect(fieldsFromForm(typed({ title: '' }))).toBeNull();
  });

  it('refuses a time the clocks skip, naming the nearest one, unless the post already had it', () => {
    const fields = { date: '2026-03-29', time: '03:30' } as Pick<Post, 'date' | 'time'>;
    const [gap] = timeGapIssues(fields, undefined, 'Europe/Helsinki');
    expect(gap.path).toBe('time');
    expect(validationMessage(gap.message, 'fi', gap.params)).toBe('Kello 03.30 ei ole olemassa 29.3.2026 (kesäaikaan siirrytään); lähin mahdollinen aika on 04.00.');
    expect(timeGapIssues(fields, { ...fields } as Post, 'Europe/Helsinki')).toEqual([]);
    expect(timeGapIssues({ date: fields.date, time: '04:00' as Post['time'] }, undefined, 'Europe/Helsinki')).toEqual([]);
  });
});
