import type { MenuItemConstructorOptions } from 'electron';
import type { AppLanguage, MenuCommand } from '../contract/menu-commands';
import { buildAppMenuTemplate } from './app-menu-template';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** At start, from app.getLocale(); afterwards whatever the page reports. */
  language: AppLanguage;
  developerTools: boolean;
  /** Menu.setApplicationMenu(Menu.buildFromTemplate(template)). */
  install(template: MenuItemConstructorOptions[]): void;
  sendCommand(command: MenuCommand): void;
  openDocumentation(): void;
}

export interface AppMenu {
  readonly language: AppLanguage;
  /** Rebuilds the menu in `language`, if that is not already its language. */
  setLanguage(language: AppLanguage): void;
}

/**
 * Installs the application menu and rebuilds it whenever the language changes. Choosing a
 * language in the menu switches the menu at once and tells the page to switch too; a switch made
 * in the page comes back through setLanguage.
 */
export function installAppMenu(options: AppMenuOptions): AppMenu {
  let language = options.language;

  const install = () =>
    options.install(
      buildAppMenuTemplate({
        platform: options.platform,
        language,
        developerTools: options.developerTools,
        sendCommand: options.sendCommand,
        chooseLanguage: (chosen) => {
          setLanguage(chosen);
          options.sendCommand({ type: 'set-language', language: chosen });
        },
        openDocumentation: options.openDocumentation,
      }),
    );

  function setLanguage(next: AppLanguage): void {
    if (next === language) return;
    language = next;
    install();
  }

  install();
  return {
    get language() {
      return language;
    },
    setLanguage,
  };
}
