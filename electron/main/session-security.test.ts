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
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: () => boolean;
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

describe('applySessionSecurity', () => {
  it('replaces any policy a response brings with ours, keeping the other headers', () => {
    const { session, installed } = fakeSession();
    applySessionSecurity(session, "default-src 'none'");
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

  it('refuses every permission request and check', () => {
    const { session, installed } = fakeSession();
    applySessionSecurity(session, "default-src 'none'");
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      installed.request?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(installed.check?.()).toBe(false);
    expect(installed.device?.()).toBe(false);
  });
});
