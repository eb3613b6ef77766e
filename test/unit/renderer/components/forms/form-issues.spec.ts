import { describe, expect, it } from 'vitest';
import { checkInput, issuesOnFields, topLevelField } from '../../../../../renderer/components/forms/form-issues';
import { validationMessage } from '../../../../../shared/i18n/validation-messages';

describe('issues on a form’s fields', () => {
  it('reads main’s dotted paths and zod’s path arrays alike, under the payload’s prefix', () => {
    const issues = issuesOnFields(
      [
        { path: 'changes.name', message: 'v.required' },
        { path: ['changes', 'away', 0, 'to'], message: 'v.dateInvalid' },
        { path: 'name', message: 'v.tooLong?max=200' },
      ],
      { under: 'changes.' },
    );
    // The first issue of a field is the one shown.
    expect(issues.fields).toEqual({ name: { message: 'v.required' }, 'away.0.to': { message: 'v.dateInvalid' } });
    expect(issues.general).toEqual([]);
  });

  it('says above the form what no field shows: the payload as a whole, or a part the form has no field for', () => {
    const issues = issuesOnFields(
      [
        { path: '', message: 'v.storageFailed' },
        { path: 'channelIds.1', message: 'v.unknownChannel' },
        { path: 'id', message: 'v.notFound' },
      ],
      { field: topLevelField(['title', 'channelIds']) },
    );
    expect(issues.fields).toEqual({ channelIds: { message: 'v.unknownChannel' } });
    expect(issues.general.map((issue) => issue.message)).toEqual(['v.storageFailed', 'v.notFound']);
  });

  it('keeps the values a message names, so it is worded in the user’s language when shown', () => {
    const { fields } = issuesOnFields([{ path: 'time', message: 'v.timeInGap', params: { date: '2026-03-29', time: '03:30', next: '04:00' } }]);
    expect(validationMessage(fields.time.message, 'fi', fields.time.params)).toBe('Kello 03.30 ei ole olemassa 29.3.2026 (kesäaikaan siirrytään); lähin mahdollinen aika on 04.00.');
  });

  it('checks a payload with its channel’s own schema, after what the form found itself', () => {
    const ok = checkInput('association:update', { name: 'Kylä ry' }, []);
    expect(ok).toEqual({ value: { name: 'Kylä ry' }, issues: { fields: {}, general: [] } });
    const wrong = checkInput('association:update', { name: 'Kylä ry', website: 'not a link' }, [{ path: 'name', message: 'v.required' }]);
    expect(wrong.value).toBeNull();
    expect(Object.keys(wrong.issues.fields)).toEqual(['name', 'website']);
    // A problem the form found is enough to send nothing, even when the schema accepts the payload.
    expect(checkInput('association:update', { name: 'Kylä ry' }, [{ path: 'name', message: 'v.required' }]).value).toBeNull();
  });
});
