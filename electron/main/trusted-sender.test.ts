import { describe, expect, it } from 'vitest';
import { isFromAppMainFrame, isTrustedSender, type IpcSenderEvent } from './trusted-sender';

const APP = 'app://socketscope/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('isTrustedSender for the built app', () => {
  it.each([
    APP,
    `${APP}#/sockets`,
    `${APP}?lang=es`,
    'app://socketscope/./index.html',
    'app://socketscope/assets/../index.html',
  ])('trusts %s', (url) => expect(isTrustedSender(url, APP)).toBe(true));

  it.each([
    'file:///etc/passwd',
    'file:///opt/SocketScope/out/renderer/index.html',
    'app://socketscope/other.html',
    'app://socketscope/',
    'app://socketscope/index.html/../../../../etc/passwd',
    'app://socketscope/%2e%2e/%2e%2e/evil/index.html',
    'app://socketscope/index.html.evil',
    'app://socketscope/INDEX.HTML',
    'app://evil.com/index.html',
    'app://socketscope.evil.com/index.html',
    'app://evil.com@socketscope/index.html',
    'app://socketscope:1/index.html',
    'app:socketscope/index.html',
    'app:/index.html',
    'http://socketscope/index.html',
    'https://socketscope/index.html',
    'http://evil.com/',
    'https://localhost:5173/',
    "javascript:alert('pwned')",
    'javascript:/*app://socketscope/index.html*/',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'about:srcdoc',
    'blob:app://socketscope/0b6e1a4c-5a1d-4d2e-9a0a-3f0e0e0e0e0e',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'view-source:app://socketscope/index.html',
    '',
    'not a url',
    'index.html',
  ])('refuses %s', (url) => expect(isTrustedSender(url, APP)).toBe(false));
});

describe('isTrustedSender for the dev server', () => {
  it.each([DEV_APP, 'http://localhost:5173', 'http://localhost:5173/#/lab', 'http://LOCALHOST:5173/?x=1'])(
    'trusts %s',
    (url) => expect(isTrustedSender(url, DEV_APP)).toBe(true),
  );

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost.evil.com:5173/',
    'http://localhost:5173.evil.com/',
    'http://evil.com/?http://localhost:5173/',
    'http://user:pass@localhost:5173/',
    'http://evil.com@localhost:5173/',
    'http://localhost:5173/other.html',
    'ws://localhost:5173/',
    'blob:http://localhost:5173/0b6e1a4c-5a1d-4d2e-9a0a-3f0e0e0e0e0e',
    'file:///etc/passwd',
    'about:blank',
    'data:text/html,hi',
  ])('refuses %s', (url) => expect(isTrustedSender(url, DEV_APP)).toBe(false));
});

describe('isTrustedSender with an app URL it cannot vouch for', () => {
  it.each(['about:blank', 'data:text/html,x', 'javascript:1', ''])(
    'trusts nothing when the app is %j',
    (app) => {
      expect(isTrustedSender(app, app)).toBe(false);
    },
  );
});

describe('isFromAppMainFrame', () => {
  const event = (overrides: Partial<IpcSenderEvent> = {}): IpcSenderEvent => ({
    sender: { id: 7 },
    senderFrame: { url: APP, parent: null },
    ...overrides,
  });

  it('accepts the top frame of our window showing the app', () => {
    expect(isFromAppMainFrame(event(), 7, APP)).toBe(true);
  });

  it('refuses another web contents, a subframe, a gone frame and a foreign page', () => {
    expect(isFromAppMainFrame(event({ sender: { id: 8 } }), 7, APP)).toBe(false);
    expect(isFromAppMainFrame(event({ senderFrame: { url: APP, parent: {} } }), 7, APP)).toBe(false);
    expect(isFromAppMainFrame(event({ senderFrame: null }), 7, APP)).toBe(false);
    expect(
      isFromAppMainFrame(event({ senderFrame: { url: 'http://evil.com/', parent: null } }), 7, APP),
    ).toBe(false);
  });
});
