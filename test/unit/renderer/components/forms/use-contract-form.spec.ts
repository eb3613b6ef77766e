import { describe, expect, it } from 'vitest';
import { errorsFromIssues } from '../../../../../renderer/components/forms/use-contract-form';
import { Association } from '../../../../../shared/domain/association';

describe('errorsFromIssues', () => {
  it('puts main’s dotted paths on the form’s fields, under a prefix and renamed', () => {
    const issues = [
      { path: 'changes.name', message: 'v.required' },
      { path: 'changes.maxDutiesPerMonth', message: 'v.tooSmall' },
      { path: 'changes.away.0.to', message: 'v.dateInvalid' },
      { path: '', message: 'v.rejected' },
    ];
    expect(errorsFromIssues(issues, { under: 'changes.', general: 'form', rename: { maxDutiesPerMonth: 'limit' } })).toEqual({
      name: 'v.required',
      limit: 'v.tooSmall',
      'away.0.to': 'v.dateInvalid',
      form: 'v.rejected',
    });
  });

  it('reads zod’s own issues (path arrays) the same way', () => {
    const parsed = Association.safeParse({ name: '', description: '', website: 'not a link', email: 'x', phone: '' });
    expect(parsed.success).toBe(false);
    const errors = errorsFromIssues(parsed.error?.issues ?? []);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['website', 'email']));
  });
});
