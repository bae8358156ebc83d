import { describe, expect, it } from 'vitest';
import { externalLinkToOpen, isNavigationAllowed } from './navigation-policy';

const APP = 'app://socketscope/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('isNavigationAllowed', () => {
  it.each([
    [APP, APP],
    [`${APP}#/sockets`, APP],
    ['app://socketscope/assets/../index.html#/lab', APP],
    ['http://localhost:5173/#/lab', DEV_APP],
    [DEV_APP, DEV_APP],
  ])('lets %s stay on the app', (target, app) => expect(isNavigationAllowed(target, app)).toBe(true));

  it.each([
    'javascript:alert(document.cookie)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file:///opt/SocketScope/out/renderer/index.html',
    'file:///C:/Windows/System32/calc.exe',
    'file://evil.com/share/index.html',
    'app://socketscope/other.html',
    'app://socketscope/',
    'app://socketscope/index.html/../../main/index.js',
    'app://socketscope/%2e%2e/main/index.js',
    'app://evil/index.html',
    'app://socketscope.evil.com/index.html',
    'app://socketscope:8080/index.html',
    'app://user@socketscope/index.html',
    'apps://socketscope/index.html',
    `${APP}?next=http://evil.com`,
    'http://evil.com/',
    'https://evil.com/',
    'http://localhost:5173/',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'about:blank',
    'blob:null/1234',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    'mailto:someone@example.com',
    '',
  ])('refuses %j from the built app', (target) => expect(isNavigationAllowed(target, APP)).toBe(false));

  it.each(['file:///opt/SocketScope/out/renderer/index.html', 'about:blank', 'data:text/html,x'])(
    'trusts no page when the app itself is %s',
    (app) => expect(isNavigationAllowed(app, app)).toBe(false),
  );

  it.each([
    'http://localhost:5174/',
    'http://evil.com/',
    'http://localhost:5173/elsewhere',
    'about:blank',
    APP,
  ])('refuses %s from the dev server', (target) => expect(isNavigationAllowed(target, DEV_APP)).toBe(false));
});

describe('externalLinkToOpen', () => {
  it.each([
    [
      'https://developer.mozilla.org/en-US/docs/Web/API/WebSocket',
      'https://developer.mozilla.org/en-US/docs/Web/API/WebSocket',
    ],
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://EXAMPLE.COM/a b', 'https://example.com/a%20b'],
  ])('opens %s in the system browser as %s', (url, opened) => expect(externalLinkToOpen(url)).toBe(opened));

  it.each([
    'http://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/setup.exe',
    'data:text/html,hi',
    'about:blank',
    'smb://evil.com/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    'mailto:a@b.c',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'not a url',
    '',
  ])('keeps %j closed', (url) => expect(externalLinkToOpen(url)).toBeUndefined());
});
