import type { MenuItemConstructorOptions } from 'electron';
import { APP_LANGUAGES, type AppLanguage, type MenuCommand } from '../contract/menu-commands';
import { LANGUAGE_NAMES, MENU_LABELS, type MenuLabels } from './menu-labels';

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
  const labels = MENU_LABELS[options.language];
  const mac = options.platform === 'darwin';
  return [
    ...(mac ? [appMenu(labels)] : []),
    fileMenu(labels, options, mac),
    editMenu(labels),
    viewMenu(labels, options),
    windowMenu(labels, mac),
    {
      label: labels.help,
      role: 'help',
      submenu: [
        {
          id: 'documentation',
          label: labels.documentation,
          accelerator: APP_ACCELERATORS.documentation,
          click: () => options.openDocumentation(),
        },
      ],
    },
  ];
}

function appMenu(labels: MenuLabels): MenuItemConstructorOptions {
  return {
    label: 'SocketScope',
    submenu: [
      { role: 'about', label: labels.about },
      { type: 'separator' },
      { role: 'services', label: labels.services },
      { type: 'separator' },
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      { type: 'separator' },
      { role: 'quit', label: labels.quit },
    ],
  };
}

function fileMenu(
  labels: MenuLabels,
  options: AppMenuTemplateOptions,
  mac: boolean,
): MenuItemConstructorOptions {
  const command = (id: string, label: string, accelerator: string, sent: MenuCommand) => ({
    id,
    label,
    accelerator,
    click: () => options.sendCommand(sent),
  });
  return {
    label: labels.file,
    submenu: [
      command('start-server', labels.startServer, APP_ACCELERATORS.startServer, { type: 'start-server' }),
      command('stop-server', labels.stopServer, APP_ACCELERATORS.stopServer, { type: 'stop-server' }),
      { type: 'separator' },
      command('new-client', labels.newClient, APP_ACCELERATORS.newClient, { type: 'new-client' }),
      { type: 'separator' },
      // On macOS quitting lives in the app menu; elsewhere File ends with it.
      mac ? { role: 'close', label: labels.closeWindow } : { role: 'quit', label: labels.quit },
    ],
  };
}

function editMenu(labels: MenuLabels): MenuItemConstructorOptions {
  // The roles are what make copy and paste work in the page's text fields on macOS.
  return {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
    ],
  };
}

function viewMenu(labels: MenuLabels, options: AppMenuTemplateOptions): MenuItemConstructorOptions {
  const languages: MenuItemConstructorOptions[] = APP_LANGUAGES.map((language) => ({
    id: `language-${language}`,
    label: LANGUAGE_NAMES[language],
    type: 'radio',
    checked: language === options.language,
    click: () => options.chooseLanguage(language),
  }));
  return {
    label: labels.view,
    submenu: [
      {
        id: 'show-lab',
        label: labels.showLab,
        accelerator: APP_ACCELERATORS.showLab,
        click: () => options.sendCommand({ type: 'show-view', view: 'lab' }),
      },
      {
        id: 'show-sockets',
        label: labels.showSockets,
        accelerator: APP_ACCELERATORS.showSockets,
        click: () => options.sendCommand({ type: 'show-view', view: 'sockets' }),
      },
      { type: 'separator' },
      { id: 'language', label: labels.language, submenu: languages },
      { type: 'separator' },
      { role: 'reload', label: labels.reload },
      ...(options.developerTools ? [{ role: 'toggleDevTools', label: labels.toggleDevTools } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  };
}

function windowMenu(labels: MenuLabels, mac: boolean): MenuItemConstructorOptions {
  return {
    label: labels.window,
    role: 'window',
    submenu: mac
      ? [
          { role: 'minimize', label: labels.minimize },
          { role: 'zoom', label: labels.zoom },
          { type: 'separator' },
          { role: 'front', label: labels.front },
        ]
      : [
          { role: 'minimize', label: labels.minimize },
          { role: 'close', label: labels.closeWindow },
        ],
  };
}
