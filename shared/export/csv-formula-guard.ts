/*
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with =, +,
 * -, @, TAB or CR may be run as a formula by Excel or LibreOffice, so the export
 * puts an apostrophe in front of it, which also makes "+358 40 123 4567" show as
 * text. The app's own CSV import takes exactly that apostrophe off again, so that
 * export → spreadsheet → import gives back the same text. A value that already
 * starts with apostrophes before such a character gets one more, so that the
 * import's removal of one is always the inverse of the export's addition.
 */

const GUARDED = /^'*[=+\-@\t\r]/;
const WITH_GUARD = /^'+[=+\-@\t\r]/;

/** The cell as the export writes it. */
export function guardFormula(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** The cell as the import reads it: the export's apostrophe removed, nothing else. */
export function unguardFormula(cell: string): string {
  return WITH_GUARD.test(cell) ? cell.slice(1) : cell;
}
