import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../electron/api/dispatch';
import type { Handlers } from '../../../../electron/api/dispatch';
import { StorageError, writeFailureKey } from '../../../../electron/storage/storage-error';
import { validationMessage } from '../../../../shared/i18n/validation-messages';

/*
 * Main's storage errors reach the user in their language: the refusal carries a key and the
 * folder (the English message stays for logs and the CLI), worded by the renderer as any issue.
 */

const systemError = (code: string) => Object.assign(new Error(`${code}: failed, open '/x'`), { code, syscall: 'open' });

async function refusalOf(error: Error) {
  const dispatch = createDispatch({ 'posts:update': () => Promise.reject(error) } as unknown as Handlers, () => {});
  const result = await dispatch('posts:update', { id: 'p1', changes: { title: 'Uusi' } });
  if (result.ok) throw new Error('not refused');
  return result.error;
}

describe('a refused write', () => {
  it('names what failed and the folder in Finnish, Swedish and English, with no English system detail in the words shown', async () => {
    const folder = '/home/yhdistys/Somevuoro';
    const error = await refusalOf(new StorageError(`Could not save the plan in ${folder}: EACCES: permission denied`, writeFailureKey(systemError('EACCES')), { folder }));
    expect(error.code).toBe('storage');
    expect(error.message).toContain('EACCES');
    const [issue] = error.issues;
    expect(validationMessage(issue.message, 'fi', issue.params)).toBe(`Suunnitelmaa ei voitu tallentaa: tällä tietokoneella ei ole oikeutta kirjoittaa kansioon ${folder}. Mitään ei muutettu.`);
    expect(validationMessage(issue.message, 'sv', issue.params)).toContain(`behörighet att skriva i ${folder}`);
    expect(validationMessage(issue.message, 'en', issue.params)).toContain(`no permission to write in ${folder}`);
    // Each system failure its own words.
    expect(['ENOSPC', 'EROFS', 'EEXIST'].map((code) => writeFailureKey(systemError(code)))).toEqual(['v.storageDiskFull', 'v.storageReadOnly', 'v.storageWriteFailed']);
  });
});
