import { externalLinkToOpen } from './navigation-policy';

/** The README on the project page. */
export const DOCUMENTATION_URL = 'https://github.com/socketscope/socketscope#readme';

/** The only pages the Help menu may hand to the system browser. */
const ALLOWED_DOCUMENTATION_URLS: ReadonlySet<string> = new Set([DOCUMENTATION_URL]);

/**
 * Opens the documentation in the system browser, if `url` is on the allowlist (and a plain https
 * link, as every external link must be). Returns whether it asked the browser to open it.
 */
export function openDocumentation(
  openExternal: (url: string) => Promise<void>,
  url: string = DOCUMENTATION_URL,
  log = console.error,
): boolean {
  const link = externalLinkToOpen(url);
  if (link === undefined || !ALLOWED_DOCUMENTATION_URLS.has(link)) return false;
  openExternal(link).catch((error: unknown) => log('SocketScope: could not open the documentation', error));
  return true;
}
