import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rendererUrl } from './app-location';

const indexHtmlPath = '/opt/Socket Scope/out/renderer/index.html';
const builtUrl = pathToFileURL(indexHtmlPath).href;

describe('rendererUrl', () => {
  it('loads the built page when there is no dev server', () => {
    expect(rendererUrl({ isPackaged: false, devServerUrl: undefined, indexHtmlPath })).toBe(builtUrl);
    expect(builtUrl).toBe('file:///opt/Socket%20Scope/out/renderer/index.html');
  });

  it('loads the dev server while developing', () => {
    expect(rendererUrl({ isPackaged: false, devServerUrl: 'http://localhost:5173', indexHtmlPath })).toBe(
      'http://localhost:5173/',
    );
  });

  it('never loads a dev server once packaged', () => {
    expect(rendererUrl({ isPackaged: true, devServerUrl: 'http://localhost:5173', indexHtmlPath })).toBe(
      builtUrl,
    );
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,x',
    'http://u:p@localhost:5173/',
    'nonsense',
  ])('ignores a dev server URL of %s', (devServerUrl) => {
    expect(rendererUrl({ isPackaged: false, devServerUrl, indexHtmlPath })).toBe(builtUrl);
  });
});
