import type { Session } from 'electron';
import { isTrustedSender } from './trusted-sender';

/** The one permission the app's page may use: writing text to the clipboard (the Copy buttons). */
const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

/**
 * Puts the renderer's Content-Security-Policy on every response the session loads: the dev
 * server's, and the app: scheme's (whose handler sets the same policy itself, in case this hook
 * does not see them). Refuses every permission a page can ask for, except clipboard writes by
 * the app's own page.
 */
export function applySessionSecurity(session: Session, contentSecurityPolicy: string, appUrl: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } }); // eng-disable CSP_GLOBAL_CHECK -- the shared policy, tested
  });
  const appOrigin = originOf(appUrl);
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === CLIPBOARD_WRITE && isTrustedSender(details.requestingUrl, appUrl)),
  );
  // Chromium passes the origin as a URL (app://socketscope/, with a slash), and writeText asks
  // only this check, never the request handler: compare origins, not strings.
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      permission === CLIPBOARD_WRITE && originOf(requestingOrigin) === appOrigin,
  );
  session.setDevicePermissionHandler(() => false);
}

/**
 * scheme://host of a URL, or undefined for one that does not parse. Spelled out: WHATWG URLs
 * give custom schemes such as app: a null origin.
 */
function originOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
}
