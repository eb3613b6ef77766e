/** Text into HTML: every user-written string passes through here. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}

/**
 * Text into a CSS string literal inside <style> (the page header in @page margin
 * boxes): quotes and backslashes escaped, and < > & as CSS hex escapes, so no name
 * can close the style element.
 */
export function cssString(value: string): string {
  const escaped = value
    .replace(/[\\"]/g, '\\$&')
    .replace(/[<>&]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)
    .replace(/[\r\n]+/g, ' ');
  return `"${escaped}"`;
}
