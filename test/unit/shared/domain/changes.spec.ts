import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changesOf } from '../../../../shared/domain/changes';

const Preferences = z.strictObject({ language: z.enum(['fi', 'en']), staleAfterDays: z.int().default(14), userName: z.string() });

describe('changesOf', () => {
  it('does not fill in defaults for fields a change leaves out', () => {
    expect(changesOf(Preferences).parse({ language: 'fi' })).toEqual({ language: 'fi' });
  });

  it('still validates the fields it is given, and refuses unknown ones', () => {
    expect(changesOf(Preferences).safeParse({ staleAfterDays: 'x' }).success).toBe(false);
    expect(changesOf(Preferences).safeParse({ colour: 'red' }).success).toBe(false);
  });
});
