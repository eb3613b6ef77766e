import { cssString } from './html-escape';

/*
 * The schedule's own stylesheet, inline so the file stands alone (no fonts or
 * scripts from anywhere). On screen it reads on a phone; in print it is A4 with
 * the association and page numbers in the margins, and everything still legible
 * in black and white: statuses are shapes and words, never colour alone.
 */
export function scheduleStyle(header: string, pageLabel: string): string {
  return `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #b7bec6; --soft: #f3f5f7; --outside: #e3e6ea; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
/* A word longer than its box breaks only where it must; never hyphenated by guess (mid-syllable) nor broken everywhere. */
body { overflow-wrap: anywhere; hyphens: manual; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 15px/1.45 "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.25rem; margin: 1.4rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
h4 { font-size: 1rem; margin: 0; }
p { margin: .2rem 0; }
.muted { color: var(--muted); font-weight: normal; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.doc-header { border-bottom: 2px solid var(--ink); padding-bottom: .5rem; margin-bottom: .8rem; }
.association { font-size: 1.05rem; font-weight: bold; margin: 0; }
.range { font-size: 1.05rem; }
.toc { display: flex; flex-wrap: wrap; gap: .3rem .9rem; margin: .4rem 0; padding: 0; list-style: none; }
.toc a { color: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: .2rem 1.1rem; margin: .3rem 0 0; padding: 0; list-style: none; font-size: .9rem; }
.legend .mark, .entry .mark, .status .mark { font-weight: bold; }
.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: .78rem; line-height: 1.25; }
.grid th, .grid td { border: 1px solid var(--line); vertical-align: top; padding: 2px 3px; }
.grid thead th { background: var(--soft); font-weight: bold; text-align: center; }
.grid .weeknum { width: 2.2rem; text-align: center; color: var(--muted); font-weight: normal; background: var(--soft); }
.grid td.day { height: 5.2rem; }
/* A plain tint: Chromium rasterises gradient hatching into the PDF (12 posts made megabytes). */
.grid td.outside { background: var(--outside); }
.grid td.out-of-range { color: var(--muted); background: var(--soft); }
.daynum { display: block; font-weight: bold; text-align: right; }
.grid ul { list-style: none; margin: 0; padding: 0; }
.entry { margin: 0 0 2px; overflow-wrap: anywhere; }
.entry .time { font-weight: bold; }
.duty-entry { font-style: italic; border-left: 2px solid var(--ink); padding-left: 2px; overflow-wrap: normal; }
.duty-type { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.away-entry { overflow-wrap: normal; }
.until { white-space: nowrap; }
.entry .codes { color: var(--muted); font-size: .9em; white-space: nowrap; }
.s-cancelled .title, .s-cancelled h4 { text-decoration: line-through; }
.week.empty h3 { border-bottom-style: dashed; }
.duties { list-style: none; margin: .2rem 0 .5rem; padding: .3rem .5rem; border-left: 3px double var(--ink); background: var(--soft); }
.duty.gap { font-style: italic; }
.away, .away-entry { font-weight: bold; font-style: normal; }
.post { display: grid; grid-template-columns: 7.5rem 1fr; gap: .6rem; padding: .45rem 0; border-bottom: 1px dotted var(--line); break-inside: avoid; }
.when { font-weight: bold; }
.meta { font-size: .88rem; color: var(--muted); }
.status { color: var(--ink); font-weight: bold; }
.text, .variant, .note { white-space: pre-wrap; overflow-wrap: anywhere; }
.variant { margin-top: .3rem; padding-left: .6rem; border-left: 2px solid var(--line); }
.variant-name { font-weight: bold; }
.s-approved .mark, .s-published .mark { color: #1a6b36; }
.s-in-review .mark { color: #8a5a00; }
.s-cancelled .mark { color: #a4262c; }
@media (max-width: 640px) {
  body { padding: .6rem; font-size: 14px; }
  .grid { font-size: .62rem; }
  .grid .weeknum { width: 1.4rem; }
  .grid td.day { height: 3rem; }
  .entry .title, .duty-entry { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .entry .codes { display: none; }
  .post { grid-template-columns: 1fr; gap: .1rem; }
}
@page {
  size: A4;
  margin: 16mm 12mm 16mm 12mm;
  @top-left { content: ${cssString(header)}; font: 8pt "DejaVu Sans", sans-serif; color: #333; }
  @bottom-right { content: ${cssString(`${pageLabel} `)} counter(page) " / " counter(pages); font: 8pt "DejaVu Sans", sans-serif; color: #333; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .toc { display: none; }
  a { color: inherit; text-decoration: none; }
  .month { break-after: page; }
  .month h2 { margin-top: 0; }
  .grid { font-size: 7.5pt; }
  .grid td.day { height: 21mm; }
  .grid tr { break-inside: avoid; }
  .agenda-title { margin-top: 0; }
  h3 { break-after: avoid; }
  .s-approved .mark, .s-published .mark, .s-in-review .mark, .s-cancelled .mark { color: inherit; }
}
`;
}
