import { describe, expect, it } from 'vitest';
import { rendererUrl } from './app-location';

const builtUrl = 'app://socketscope/index.html';

describe('rendererUrl', () => {
  it('loads the built page through the app scheme when there is no dev server', () => {
    expect(rendererUrl({ isPackaged: false, devServerUrl: undefined })).toBe(builtUrl);
  });

  it('loads the dev server while developing', () => {
    expect(rendererUrl({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toBe(
      'http://localhost:5173/',
    );
  });

  it('never loads a dev server once packaged', () => {
    expect(rendererUrl({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toBe(builtUrl);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,x',
    'app://evil/index.html',
    'http://u:p@localhost:5173/',
    'nonsense',
  ])('ignores a dev server URL of %s', (devServerUrl) => {
    expect(rendererUrl({ isPackaged: false, devServerUrl })).toBe(builtUrl);
  });
});
