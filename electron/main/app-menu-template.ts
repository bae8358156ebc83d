import type { MenuItemConstructorOptions } from 'electron';
import type { AppLanguage, MenuCommand } from '../contract/menu-commands';
import type { TFunction } from 'i18next';
import { LANGUAGES } from '../locales/languages';
import { translatorFor } from '../locales/translator';

export interface AppMenuTemplateOptions {
  platform: NodeJS.Platform;
  language: AppLanguage;
  /** Developer tools are offered only while developing, never in the packaged app. */
  developerTools: boolean;
  /** Hands an action to the page, which performs it as if its own control had been used. */
  sendCommand(command: MenuCommand): void;
  chooseLanguage(language: AppLanguage): void;
  openDocumentation(): void;
}

/** The shortcuts of the app's own actions; none is one that a role below already uses. */
export const APP_ACCELERATORS = {
  startServer: 'CmdOrCtrl+Shift+S',
  stopServer: 'CmdOrCtrl+Shift+X',
  newClient: 'CmdOrCtrl+N',
  showLab: 'CmdOrCtrl+1',
  showSockets: 'CmdOrCtrl+2',
  documentation: 'F1',
} as const;

/**
 * The application menu: the platform's usual roles (with the app menu on macOS) and the app's own
 * actions, every label in the chosen language.
 */
export function buildAppMenuTemplate(options: AppMenuTemplateOptions): MenuItemConstructorOptions[] {
  const t = translatorFor(options.language);
  const mac = options.platform === 'darwin';
  return [
    ...(mac ? [appMenu(t)] : []),
    fileMenu(t, options, mac),
    editMenu(t),
    viewMenu(t, options),
    windowMenu(t, mac),
    {
      label: t('menu.help'),
      role: 'help',
      submenu: [
        {
          id: 'documentation',
          label: t('menu.documentation'),
          accelerator: APP_ACCELERATORS.documentation,
          click: () => options.openDocumentation(),
        },
      ],
    },
  ];
}

function appMenu(t: TFunction): MenuItemConstructorOptions {
  return {
    label: 'SocketScope',
    submenu: [
      { role: 'about', label: t('menu.about') },
      { type: 'separator' },
      { role: 'services', label: t('menu.services') },
      { type: 'separator' },
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      { type: 'separator' },
      { role: 'quit', label: t('menu.quit') },
    ],
  };
}

function fileMenu(t: TFunction, options: AppMenuTemplateOptions, mac: boolean): MenuItemConstructorOptions {
  const command = (id: string, label: string, accelerator: string, sent: MenuCommand) => ({
    id,
    label,
    accelerator,
    click: () => options.sendCommand(sent),
  });
  return {
    label: t('menu.file'),
    submenu: [
      command('start-server', t('menu.startServer'), APP_ACCELERATORS.startServer, { type: 'start-server' }),
      command('stop-server', t('menu.stopServer'), APP_ACCELERATORS.stopServer, { type: 'stop-server' }),
      { type: 'separator' },
      command('new-client', t('menu.newClient'), APP_ACCELERATORS.newClient, { type: 'new-client' }),
      { type: 'separator' },
      // On macOS quitting lives in the app menu; elsewhere File ends with it.
      mac ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: t('menu.quit') },
    ],
  };
}

function editMenu(t: TFunction): MenuItemConstructorOptions {
  // The roles are what make copy and paste work in the page's text fields on macOS.
  return {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
}

function viewMenu(t: TFunction, options: AppMenuTemplateOptions): MenuItemConstructorOptions {
  const languages: MenuItemConstructorOptions[] = LANGUAGES.map(({ code, name }) => ({
    id: `language-${code}`,
    label: name,
    type: 'radio',
    checked: code === options.language,
    click: () => options.chooseLanguage(code),
  }));
  return {
    label: t('menu.view'),
    submenu: [
      {
        id: 'show-lab',
        label: t('menu.showLab'),
        accelerator: APP_ACCELERATORS.showLab,
        click: () => options.sendCommand({ type: 'show-view', view: 'lab' }),
      },
      {
        id: 'show-sockets',
        label: t('menu.showSockets'),
        accelerator: APP_ACCELERATORS.showSockets,
        click: () => options.sendCommand({ type: 'show-view', view: 'sockets' }),
      },
      { type: 'separator' },
      { id: 'language', label: t('menu.language'), submenu: languages },
      { type: 'separator' },
      { role: 'reload', label: t('menu.reload') },
      ...(options.developerTools
        ? [{ role: 'toggleDevTools', label: t('menu.toggleDevTools') } as const]
        : []),
      { type: 'separator' },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    ],
  };
}

function windowMenu(t: TFunction, mac: boolean): MenuItemConstructorOptions {
  return {
    label: t('menu.window'),
    role: 'window',
    submenu: mac
      ? [
          { role: 'minimize', label: t('menu.minimize') },
          { role: 'zoom', label: t('menu.zoom') },
          { type: 'separator' },
          { role: 'front', label: t('menu.front') },
        ]
      : [
          { role: 'minimize', label: t('menu.minimize') },
          { role: 'close', label: t('menu.closeWindow') },
        ],
  };
}
