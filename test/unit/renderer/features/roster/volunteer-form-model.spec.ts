import { describe, expect, it } from 'vitest';
import { emptyVolunteerForm, fieldsFromVolunteerForm, formFromVolunteer, newAwayRow } from '../../../../../renderer/features/roster/volunteer-form-model';

describe('volunteer form model', () => {
  it('turns typed text into the fields the services take, and back', () => {
    const form = { ...emptyVolunteerForm(), name: 'Anna Äijälä', limit: '3', away: [{ ...newAwayRow(), from: '1.7.2026', to: '31.7.2026' }] };
    const result = fieldsFromVolunteerForm(form);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.fields).toMatchObject({ name: 'Anna Äijälä', maxDutiesPerMonth: 3, roles: ['responder'], away: [{ from: '2026-07-01', to: '2026-07-31' }] });
    const back = formFromVolunteer({ ...result.fields, id: 'v1' } as Parameters<typeof formFromVolunteer>[0], 'fi');
    expect(back).toMatchObject({ name: 'Anna Äijälä', limit: '3', away: [{ from: '1.7.2026', to: '31.7.2026' }] });
  });

  it('names each wrong field by its form path', () => {
    const result = fieldsFromVolunteerForm({ ...emptyVolunteerForm(), name: '', away: [{ ...newAwayRow(), from: '31.2.2026', to: '' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(expect.arrayContaining(['name', 'away.0.from', 'away.0.to']));
    expect(result.errors['away.0.to']).toBe('v.required');
  });
});
