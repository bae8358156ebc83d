import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { applySessionSecurity } from './session-security';

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

function fakeSession() {
  const installed: {
    headers?: HeadersListener;
    request?: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    check?: (contents: unknown, permission: string, requestingOrigin: string) => boolean;
    device?: () => boolean;
  } = {};
  const session = {
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (installed.headers = listener) },
    setPermissionRequestHandler: (handler: typeof installed.request) => (installed.request = handler),
    setPermissionCheckHandler: (handler: typeof installed.check) => (installed.check = handler),
    setDevicePermissionHandler: (handler: typeof installed.device) => (installed.device = handler),
  };
  return { session: session as unknown as Session, installed };
}

const APP_URL = 'app://socketscope/index.html';

describe('applySessionSecurity', () => {
  it('replaces any policy a response brings with ours, keeping the other headers', () => {
    const { session, installed } = fakeSession();
    applySessionSecurity(session, "default-src 'none'", APP_URL);
    let headers: Record<string, string[]> | undefined;
    installed.headers?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"],
    });
  });

  it('refuses every permission request and check, but clipboard writes by the app itself', () => {
    const { session, installed } = fakeSession();
    applySessionSecurity(session, "default-src 'none'", APP_URL);
    const answer = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      installed.request?.({}, permission, (given) => (granted = given), { requestingUrl });
      return granted;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(answer(permission, APP_URL), permission).toBe(false);
      expect(installed.check?.({}, permission, 'app://socketscope'), permission).toBe(false);
    }
    expect(answer('clipboard-sanitized-write', APP_URL)).toBe(true);
    // Chromium passes the requesting origin with a trailing slash; the bare form is accepted too.
    expect(installed.check?.({}, 'clipboard-sanitized-write', 'app://socketscope/')).toBe(true);
    expect(installed.check?.({}, 'clipboard-sanitized-write', 'app://socketscope')).toBe(true);
    for (const hostile of ['app://socketscope.evil/', 'app://evil/', 'not a url', '', 'null']) {
      expect(installed.check?.({}, 'clipboard-sanitized-write', hostile), hostile).toBe(false);
    }
    for (const hostile of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://socketscope.evil/index.html',
    ]) {
      expect(answer('clipboard-sanitized-write', hostile), hostile).toBe(false);
    }
    expect(installed.check?.({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(installed.device?.()).toBe(false);
  });
});
