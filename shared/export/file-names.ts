import type { LocalDate } from '../domain/local-time';

export const exportFormats = ['ics', 'csv', 'html', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const mimeTypes: Record<ExportFormat, string> = {
  ics: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

/** "Kylä ry" → "kyla-ry": file names that travel safely by email and across systems. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export const BACKUP_MIME_TYPE = 'application/zip';

/** somevuoro-backup-kyla-ry-2026-11-25.zip */
export function backupFileName(association: string, today: LocalDate): string {
  const base = slug(association);
  return `somevuoro-backup-${base ? `${base}-` : ''}${today}.zip`;
}

/** kyla-ry-2026-03-01_2026-03-31.ics */
export function exportFileName(format: ExportFormat, names: { association: string; from: LocalDate; to: LocalDate; who?: string }): string {
  const base = slug(names.association) || 'somevuoro';
  const who = names.who ? `-${slug(names.who)}` : '';
  return `${base}${who}-${names.from}_${names.to}.${format}`;
}
