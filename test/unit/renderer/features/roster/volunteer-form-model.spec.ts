import { describe, expect, it } from 'vitest';
import { checkInput, issuesOnFields } from '../../../../../renderer/components/forms/form-issues';
import { emptyVolunteerForm, formFromVolunteer, newAwayRow, volunteerInputFromForm, volunteerIssues } from '../../../../../renderer/features/roster/volunteer-form-model';
import type { VolunteerForm } from '../../../../../renderer/features/roster/volunteer-form-model';
import type { Language } from '../../../../../shared/domain/settings';
import { validationMessage } from '../../../../../shared/i18n/validation-messages';

/** What the dialog does on Save: the form's own checks, then the contract's, worded per field as the user reads them. */
function save(form: VolunteerForm, language: Language = 'en') {
  const { input, found } = volunteerInputFromForm(form);
  const { value, issues } = checkInput('volunteers:create', input, found, volunteerIssues);
  const fields = Object.fromEntries(Object.entries(issues.fields).map(([field, issue]) => [field, validationMessage(issue.message, language, issue.params)]));
  return { value, fields, general: issues.general.map((issue) => validationMessage(issue.message, language, issue.params)) };
}

describe('volunteer form model', () => {
  it('turns typed text into the fields the services take, and back', () => {
    const { value, fields } = save({ ...emptyVolunteerForm(), name: 'Anna Äijälä', limit: '3', away: [{ ...newAwayRow(), from: '1.7.2026', to: '31.7.2026' }] });
    expect(fields).toEqual({});
    expect(value).toMatchObject({ name: 'Anna Äijälä', maxDutiesPerMonth: 3, roles: ['responder'], away: [{ from: '2026-07-01', to: '2026-07-31' }] });
    const back = formFromVolunteer({ ...value!, id: 'v1' } as Parameters<typeof formFromVolunteer>[0], 'fi');
    expect(back).toMatchObject({ name: 'Anna Äijälä', limit: '3', away: [{ from: '1.7.2026', to: '31.7.2026' }] });
    expect(formFromVolunteer({ ...value!, id: 'v1', maxDutiesPerMonth: null } as Parameters<typeof formFromVolunteer>[0], 'en').limit).toBe('');
  });

  it('says what is wrong on each field, in the user’s language, and sends nothing', () => {
    const { value, fields } = save({ ...emptyVolunteerForm(), name: '', limit: '40', away: [{ ...newAwayRow(), from: '31.2.2026', to: '' }] }, 'fi');
    expect(value).toBeNull();
    expect(Object.keys(fields).sort()).toEqual(['away.0.from', 'away.0.to', 'limit', 'name']);
    expect(fields['away.0.from']).toBe(validationMessage('v.dateInvalid', 'fi'));
    expect(fields['away.0.to']).toBe(validationMessage('v.required', 'fi'));
    expect(fields['away.0.to']).not.toBe(validationMessage('v.required', 'en'));
  });

  it('puts main’s refusal of an update on the form’s own fields (maxDutiesPerMonth is the limit), and one about the whole above the form', () => {
    const issues = issuesOnFields(
      [
        { path: 'changes.maxDutiesPerMonth', message: 'v.tooSmall' },
        { path: 'changes.away.1.to', message: 'v.dateInvalid' },
        { path: 'id', message: 'v.notFound' },
        { path: '', message: 'v.volunteerHasHistory' },
      ],
      volunteerIssues,
    );
    expect(Object.keys(issues.fields)).toEqual(['limit', 'away.1.to']);
    expect(issues.general.map((issue) => issue.message)).toEqual(['v.notFound', 'v.volunteerHasHistory']);
  });
});
