import type { AppLanguage, MenuCommand, MenuLanguageResponse } from '../contract/menu-commands';
import type { DesktopMenuApi } from '../contract/build-api';
import type { ListenerHub } from '../contract/listener-hub';

/**
 * The page's side of the application menu: onMenuCommand hands over the commands main sends;
 * setMenuLanguage passes on exactly one argument, which main validates.
 */
export function buildMenuApi(
  commands: ListenerHub<MenuCommand>,
  sendLanguage: (language: unknown) => Promise<unknown>,
): DesktopMenuApi {
  return {
    onMenuCommand: (listener) => commands.add(listener),
    setMenuLanguage: (language: AppLanguage) => sendLanguage(language) as Promise<MenuLanguageResponse>,
  };
}
