import { APP_INDEX_URL, APP_SCHEME } from './app-scheme';

export interface RendererLocationInput {
  /** app.isPackaged: a packaged app never loads a development server. */
  isPackaged: boolean;
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServerUrl: string | undefined;
}

/**
 * Where the renderer page comes from: the dev server while developing, otherwise the built page
 * served through the app's own scheme (see app-protocol-handler.ts).
 */
export function rendererUrl({ isPackaged, devServerUrl }: RendererLocationInput): string {
  if (!isPackaged && devServerUrl !== undefined) {
    const parsed = parseUrl(devServerUrl);
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !hasCredentials(parsed)) {
      return parsed.href;
    }
  }
  return APP_INDEX_URL;
}

export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

export interface SameDocumentOptions {
  /** A different query string reloads the page, but it is still the app's document. */
  ignoreSearch: boolean;
}

/**
 * True when `candidate` is the app's own page: same scheme, host, port and path as `appUrl`,
 * compared after the URL parser has resolved any `..`, `%2e` or backslash tricks. Only the
 * fragment (and, when asked, the query) may differ. Only the app's scheme and the dev server's
 * http(s) can be the app: a file: page is never trusted.
 */
export function isAppDocument(candidate: string, appUrl: string, options: SameDocumentOptions): boolean {
  const url = parseUrl(candidate);
  const app = parseUrl(appUrl);
  if (!url || !app || hasCredentials(url)) return false;
  if (![`${APP_SCHEME}:`, 'http:', 'https:'].includes(app.protocol)) return false;
  return (
    url.protocol === app.protocol &&
    url.host === app.host &&
    url.pathname === app.pathname &&
    (options.ignoreSearch || url.search === app.search)
  );
}
