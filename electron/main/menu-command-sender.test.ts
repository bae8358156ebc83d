import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_CHANNEL } from '../contract/menu-channels';
import type { MenuCommand } from '../contract/menu-commands';
import { sendMenuCommand } from './menu-command-sender';

const APP = 'app://socketscope/index.html';

function fakeWindow(url = `${APP}#/lab`) {
  const sent: unknown[][] = [];
  const window = {
    destroyed: false,
    isDestroyed: () => window.destroyed,
    webContents: {
      destroyed: false,
      url,
      isDestroyed: () => window.webContents.destroyed,
      getURL: () => window.webContents.url,
      send: (...args: unknown[]) => sent.push(args),
    },
  };
  return { window, sent };
}

describe('sendMenuCommand', () => {
  it('sends the command on the menu channel to the app page', () => {
    const { window, sent } = fakeWindow();
    expect(sendMenuCommand(window, { type: 'show-view', view: 'sockets' }, APP)).toBe(true);
    expect(sent).toEqual([[MENU_COMMAND_CHANNEL, { type: 'show-view', view: 'sockets' }]]);
  });

  it('sends nothing to a missing or closed window, or to a page that is not the app', () => {
    expect(sendMenuCommand(undefined, { type: 'new-client' }, APP)).toBe(false);
    const closed = fakeWindow();
    closed.window.destroyed = true;
    const crashed = fakeWindow();
    crashed.window.webContents.destroyed = true;
    const elsewhere = fakeWindow('https://evil.com/');
    for (const { window, sent } of [closed, crashed, elsewhere]) {
      expect(sendMenuCommand(window, { type: 'new-client' }, APP)).toBe(false);
      expect(sent).toEqual([]);
    }
  });

  it('refuses a command outside the contract', () => {
    const { window, sent } = fakeWindow();
    const bogus = { type: 'show-view', view: 'settings' } as unknown as MenuCommand;
    expect(() => sendMenuCommand(window, bogus, APP)).toThrow();
    expect(sent).toEqual([]);
  });
});
