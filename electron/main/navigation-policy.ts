import { isAppDocument, parseUrl } from './app-location';

/**
 * A page may only "navigate" to the document it already shows (a fragment change); anything else,
 * including a reload with another query string, a different file or any other scheme, is refused.
 */
export function isNavigationAllowed(targetUrl: string, appUrl: string): boolean {
  return isAppDocument(targetUrl, appUrl, { ignoreSearch: false });
}

/**
 * The link to hand to the system browser for a window.open or target=_blank, if any: only plain
 * https URLs, without credentials. Every other scheme (file:, javascript:, custom protocol
 * handlers that could launch programs) stays closed.
 */
export function externalLinkToOpen(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:') return undefined;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return undefined;
  return parsed.href;
}
