import type { Session } from 'electron';

/**
 * Puts the renderer's Content-Security-Policy on every response the session loads: the dev
 * server's, and the app: scheme's (whose handler sets the same policy itself, in case this hook
 * does not see them). Refuses every permission a page can ask for: the app needs none.
 */
export function applySessionSecurity(session: Session, contentSecurityPolicy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } }); // eng-disable CSP_GLOBAL_CHECK -- the shared policy, tested
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
