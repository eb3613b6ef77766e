import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { zipEntries } from '../support/backup-files';
import { seedExportFolder } from '../support/export-seed';
import { snapshotFolder, tempDir } from '../support/temp-dir';

const root = path.resolve(import.meta.dirname, '../..');

/** Exactly what the README tells a secretary to type, from the project folder. */
// The messages follow the system's language: these cases read English whatever the developer's locale.
const english = { ...process.env, LC_ALL: 'en_GB.UTF-8' };

function somevuoro(args: string[]) {
  const result = spawnSync('npx', ['--no-install', 'somevuoro', ...args], { cwd: root, encoding: 'utf8', env: english });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same bin without npx's start-up, for the many small cases. */
function bin(args: string[], env: NodeJS.ProcessEnv = english) {
  const result = spawnSync(process.execPath, [path.join(root, 'electron/cli/bin.js'), ...args], { cwd: root, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npx somevuoro export (the command line)', () => {
  it('is the package’s own bin, runnable after npm install / npm ci', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ somevuoro: 'electron/cli/bin.js' });
    // The bin runs the compiled JavaScript in out/cli (made by `npm run build` and by `prepare`
    // on `npm install` / `npm ci`), never TypeScript through a loader.
    expect(pkg.scripts.prepare).toBe('npm run build:cli');
    expect(pkg.scripts.build).toContain('npm run build:cli');
    expect(fs.readFileSync(path.join(root, 'electron/cli/bin.js'), 'utf8')).not.toMatch(/tsx|\.ts'/);
    expect(fs.existsSync(path.join(root, 'out/cli/somevuoro.js'))).toBe(true);
    expect(fs.statSync(path.join(root, 'electron/cli/bin.js')).mode & 0o111).not.toBe(0);
    expect(execFileSync('git', ['ls-files', '-s', 'electron/cli/bin.js'], { cwd: root, encoding: 'utf8' })).toMatch(/^100755 /);
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('npx somevuoro export --format ics --from 2026-03-01 --to 2026-03-31 --data ./my-data --out kevat.ics');
  });

  it('writes a calendar, a spreadsheet, a web page, a backup and a PDF of the chosen range', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const out = tempDir();
    const range = ['--from', '2026-03-01', '--to', '31.3.2026', '--data', dir];

    const ics = somevuoro(['export', '--format', 'ics', ...range, '--out', path.join(out, 'm.ics')]);
    expect(ics.stderr).toBe('');
    expect(ics).toMatchObject({ code: 0, stdout: expect.stringContaining('Wrote 1 post and 2 duties, 2026-03-01 – 2026-03-31') });
    const events = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(out, 'm.ics'), 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((event) => new ICAL.Event(event).summary)).toEqual(['Kokouskutsu (Facebook-sivu)', 'Kuvaus: Bo Åström', 'Vastauspäivystys: Anna Äijälä']);

    expect(bin(['export', '--format', 'csv', ...range, '--separator', ',', '--lang', 'en', '--out', path.join(out, 'm.csv')]).code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(out, 'm.csv'), 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => [row.Type, row.Title])).toEqual([['Post', 'Kokouskutsu'], ['Duty', 'Photography'], ['Duty', 'Response duty']]);

    expect(bin(['export', '--format', 'html', ...range, '--out', path.join(out, 'm.html')]).code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'm.html'), 'utf8')).toContain('<h2 id="month-2026-03-title">Maaliskuu 2026</h2>');

    const backup = bin(['export', '--format', 'backup', '--data', dir, '--out', path.join(out, 'b.zip')]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Wrote a backup of everything to .*b\.zip \(\d+ bytes\)\.$/m);
    const entries = await zipEntries(path.join(out, 'b.zip'));
    expect(JSON.parse(entries.get('backup.json')?.bytes.toString('utf8') ?? '').data.posts).toHaveLength(3);
    // Nothing is left in the data folder's temporary area.
    expect(fs.readdirSync(path.join(dir, '.tmp', 'exports'))).toEqual([]);

    const pdf = bin(['export', '--format', 'pdf', ...range, '--out', path.join(out, 'm.pdf')]);
    expect(pdf.code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'm.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('exports one volunteer’s duty calendar', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const result = bin(['export', '--format', 'ics', '--from', '2026-03-01', '--to', '2026-04-30', '--data', dir, '--duties-only', '--people', 'Anna Äijälä', '--out', '-']);
    expect(result.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(result.stdout)).getAllSubcomponents('vevent');
    expect(events.map((event) => new ICAL.Event(event).summary)).toEqual(['Vastauspäivystys: Anna Äijälä']);
  });

  // Every argument check is in test/unit/electron/cli/cli-args.spec.ts; these go through the real process.
  it('refuses bad arguments with a clear message and a non-zero exit; an export, refused or not, leaves the data folder as it found it', async () => {
    const dir = tempDir();
    await (await seedExportFolder(dir)).backend.close();
    // As a killed app leaves it: its plan-open marker and a chunk temp, for the next session that writes to clear (an export only reads).
    fs.writeFileSync(path.join(dir, 'plan-open'), '999999');
    const snapshots = fs.readdirSync(path.join(dir, 'plan', 'automerge'), { recursive: true, withFileTypes: true }).find((entry) => entry.isFile() && path.basename(entry.parentPath) === 'snapshot')!.parentPath;
    fs.writeFileSync(path.join(snapshots, `.${'a'.repeat(64)}.${os.hostname().replace(/[^A-Za-z0-9-]/g, '_')}-999999.0123abcd.tmp`), 'half a chunk');
    const before = snapshotFolder(dir);
    expect(bin(['export', '--format', 'ics', '--data', dir, '--from', '2026-03-01', '--to', '2026-03-31', '--out', path.join(tempDir(), 'm.ics')]).code).toBe(0);
    const cases: [string[], RegExp][] = [
      [['export', '--format', 'docx', '--out', 'x'], /--format must be one of ics, csv, html, pdf, backup, got "docx"/],
      [['export', '--format', 'ics', '--out', 'x', '--from', '30.2.2026'], /--from must be a date/],
      [['export', '--format', 'ics', '--out', 'x', '--data', dir, '--channels', 'TikTok'], /No channel called "TikTok"\. Known: Facebook-sivu, Instagram/],
      [['export', '--format', 'ics', '--out', 'x', '--data', path.join(dir, 'nothing-here')], /There is no Somevuoro data in/],
    ];
    for (const [args, message] of cases) {
      const result = bin(args);
      expect(result.code, args.join(' ')).toBe(/no Somevuoro data/.test(message.source) ? 1 : 2);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
    // In a Finnish terminal, in Finnish: the refusal and the help after it.
    const finnish = bin(['export', '--format', 'ics', '--out', 'x', '--data', dir, '--people', 'Cecilia'], { ...process.env, LC_ALL: '', LANG: 'fi_FI.UTF-8' });
    expect(finnish).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Vapaaehtoista "Cecilia" ei ole\. Vapaaehtoiset: Anna Äijälä, Bo Åström\./) });
    expect(bin(['--help'], { ...process.env, LC_ALL: '', LANG: 'fi_FI.UTF-8' }).stdout).toMatch(/^Käyttö: npx somevuoro export/);
    expect(snapshotFolder(dir)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'nothing-here'))).toBe(false);
  }, 120_000);

  it('shares the data folder lock with the app and the web bridge', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    // The test runner's own pid stands in for a running app.
    fs.writeFileSync(path.join(dir, 'somevuoro.lock'), String(process.pid));
    const result = bin(['export', '--format', 'ics', '--data', dir, '--out', path.join(tempDir(), 'x.ics')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/The data folder is in use by another Somevuoro \(process \d+/);
    const finnish = bin(['export', '--format', 'ics', '--data', dir, '--out', path.join(tempDir(), 'x.ics'), '--lang', 'fi']);
    expect(finnish.stderr).toMatch(/Tietokansio on toisen Somevuoron käytössä/);
  });
});
