import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents } from './contents-guard';

const APP = 'app://socketscope/index.html';

function guarded() {
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(new EventEmitter(), {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  const openExternal = vi.fn(async () => undefined);
  guardWebContents(contents as unknown as WebContents, { appUrl: APP, openExternal });
  const navigate = (event: string, url: string) => {
    const details = { url, preventDefault: vi.fn() };
    contents.emit(event, details);
    return details.preventDefault.mock.calls.length > 0;
  };
  return { contents, openExternal, navigate, open: (url: string) => openHandler?.({ url }) };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: refuses leaving the app',
    (event) => {
      const { navigate } = guarded();
      expect(navigate(event, 'http://evil.com/')).toBe(true);
      expect(navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(navigate(event, 'javascript:alert(1)')).toBe(true);
      expect(navigate(event, `${APP}#/sockets`)).toBe(false);
    },
  );

  it('denies every new window, handing only https links to the system browser', () => {
    const { open, openExternal } = guarded();
    expect(open('https://example.com/docs')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(open(APP)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/docs']]);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
