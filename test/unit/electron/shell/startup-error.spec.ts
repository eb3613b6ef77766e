import { describe, expect, it } from 'vitest';
import { DataFolderBusyError } from '../../../../electron/storage/data-lock';
import { startupErrorText } from '../../../../electron/shell/startup-error';
import { NewerSchemaError } from '../../../../shared/migrations/migrations';

describe('the message shown when the data folder cannot be opened', () => {
  it('names the newer file in Swedish', () => {
    expect(startupErrorText(new NewerSchemaError(3, 'posts/2026-03.json'), 'sv-FI')).toEqual({
      title: 'Somevuoro kunde inte öppna sina data',
      message: 'posts/2026-03.json sparades av en nyare Somevuoro (dataversion 3; den här versionen läser upp till 1). Uppdatera appen för att öppna den. Inget ändrades.',
    });
  });

  it('asks to wait while another process is opening the folder, in English for an unknown language', () => {
    expect(startupErrorText(new DataFolderBusyError('/data', null), 'de-DE').message).toBe('Another Somevuoro is opening the data folder right now. Try again in a moment.');
  });

  it('quotes any other failure as it is', () => {
    expect(startupErrorText(new Error('EACCES: permission denied'), 'fi-FI').message).toBe('EACCES: permission denied');
  });
});
