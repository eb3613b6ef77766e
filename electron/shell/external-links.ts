/**
 * The only addresses the app hands to the system: https, with a host, to the browser;
 * and mailto: to the mail program (the share kit's newsletter), which opens a message to send.
 */
export function isSafeExternalUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'mailto:') return true;
    return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
