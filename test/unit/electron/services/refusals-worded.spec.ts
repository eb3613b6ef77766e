import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../../shared/api/contract-kit';
import { validationMessage } from '../../../../shared/i18n/validation-messages';
import { backendOn } from '../../../support/backend';
import { seedExportFolder } from '../../../support/export-seed';
import { tempDir } from '../../../support/temp-dir';

const march = { from: '2026-03-01', to: '2026-04-30', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };

/** What the screen shows of a refusal: its first issue's key, worded in the UI language (useFailureText). */
function shownIn(language: 'fi' | 'sv' | 'en', result: ApiResult<unknown>): string {
  if (result.ok) throw new Error('expected a refusal');
  const [issue] = result.error.issues;
  if (!issue) throw new Error(`a refusal with nothing to word: ${result.error.message}`);
  return validationMessage(issue.message, language, issue.params);
}

describe('refusals main makes without a field to blame', () => {
  it('reach the screen in the user’s language, not as main’s English', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const backend = await backendOn(dir, () => new Date('2026-03-05T10:00:00Z'));

    const missingPost = await backend.dispatch('posts:get', { id: randomUUID() });
    expect(shownIn('fi', missingPost)).toBe('Sitä ei enää ole: se on ehkä poistettu täällä tai toisella koneella. Mitään ei muutettu.');
    expect(shownIn('sv', missingPost)).toMatch(/^Den finns inte längre/);

    const noPdf = await backend.dispatch('export:create', { format: 'pdf', selection: march });
    expect(shownIn('fi', noPdf)).toBe('Tämä Somevuoro ei pysty tekemään PDF-tiedostoja; vie verkkosivu (HTML) ja tulosta se selaimesta.');

    const noUpload = await backend.dispatch('import:check', { uploadId: randomUUID() });
    expect(shownIn('sv', noUpload)).toBe('Filen väntar inte längre på att läsas; välj den igen.');
  });
});
