import type { Session } from 'electron';

/**
 * Puts the renderer's Content-Security-Policy on every HTTP response the session loads (the dev
 * server's). A file: page gets no headers from this hook, so the built renderer/index.html must
 * carry the same policy in a <meta> tag. Refuses every permission a page can ask for: the app
 * needs none.
 */
export function applySessionSecurity(session: Session, contentSecurityPolicy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
