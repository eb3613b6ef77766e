/**
 * Turns the schedule's HTML into an A4 PDF. The desktop app passes one built on
 * Electron's printToPDF (electron/shell/electron-pdf.ts); the web bridge and the CLI
 * pass headless Chromium's page.pdf() (chromium-pdf.ts). Both print the same view.
 */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

/** Where no way to print is available: the message says what would make it work. */
export class PdfUnavailableError extends Error {}
