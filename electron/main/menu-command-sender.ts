import type { BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../contract/menu-channels';
import { menuCommandSchema, type MenuCommand } from '../contract/menu-commands';
import { isTrustedSender } from './trusted-sender';

export type MenuCommandTarget = Pick<BrowserWindow, 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'isDestroyed' | 'getURL' | 'send'>;
};

/**
 * Hands one menu command to the window's page, only while that page is the app's own (never to
 * a page it might have been pushed to) and only in the contract's shape. Returns whether it went.
 */
export function sendMenuCommand(
  window: MenuCommandTarget | undefined,
  command: MenuCommand,
  appUrl: string,
): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (contents.isDestroyed() || !isTrustedSender(contents.getURL(), appUrl)) return false;
  contents.send(MENU_COMMAND_CHANNEL, menuCommandSchema.parse(command));
  return true;
}
