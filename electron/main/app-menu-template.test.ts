import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommandSchema, type AppLanguage } from '../contract/menu-commands';
import { APP_ACCELERATORS, buildAppMenuTemplate, type AppMenuTemplateOptions } from './app-menu-template';
import { en } from '../locales/en';
import { es } from '../locales/es';

const MENU_LABELS = { en: en.menu, es: es.menu };

function build(overrides: Partial<AppMenuTemplateOptions> = {}) {
  const options = {
    platform: 'linux' as NodeJS.Platform,
    language: 'en' as AppLanguage,
    developerTools: false,
    sendCommand: vi.fn(),
    chooseLanguage: vi.fn(),
    openDocumentation: vi.fn(),
    ...overrides,
  };
  return { options, template: buildAppMenuTemplate(options) };
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function item(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = allItems(template).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

/** What the roles used in the menu are bound to by default, on some platform. */
const ROLE_ACCELERATORS = [
  'CmdOrCtrl+Q',
  'CmdOrCtrl+W',
  'CmdOrCtrl+M',
  'CmdOrCtrl+H',
  'Alt+CmdOrCtrl+H',
  'CmdOrCtrl+Z',
  'Shift+CmdOrCtrl+Z',
  'CmdOrCtrl+Y',
  'CmdOrCtrl+X',
  'CmdOrCtrl+C',
  'CmdOrCtrl+V',
  'CmdOrCtrl+A',
  'CmdOrCtrl+R',
  'CmdOrCtrl+Shift+I',
  'Alt+CmdOrCtrl+I',
  'CmdOrCtrl+0',
  'CmdOrCtrl+Plus',
  'CmdOrCtrl+-',
  'F11',
  'Ctrl+Cmd+F',
];

describe('buildAppMenuTemplate', () => {
  it.each([
    ['darwin', ['SocketScope', 'File', 'Edit', 'View', 'Window', 'Help']],
    ['linux', ['File', 'Edit', 'View', 'Window', 'Help']],
    ['win32', ['File', 'Edit', 'View', 'Window', 'Help']],
  ] as const)('has the usual menus on %s', (platform, menus) => {
    const { template } = build({ platform });
    expect(template.map((menu) => menu.label)).toEqual(menus);
  });

  it('has the app menu with about, hide and quit on macOS only, and quit in File elsewhere', () => {
    const roles = (platform: NodeJS.Platform) => allItems(build({ platform }).template).map((i) => i.role);
    expect(roles('darwin')).toEqual(
      expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    expect(roles('linux')).not.toContain('about');
    const linuxFile = build({ platform: 'linux' }).template[0]?.submenu as MenuItemConstructorOptions[];
    expect(linuxFile.at(-1)?.role).toBe('quit');
  });

  it.each([
    ['start-server', { type: 'start-server' }],
    ['stop-server', { type: 'stop-server' }],
    ['new-client', { type: 'new-client' }],
    ['show-lab', { type: 'show-view', view: 'lab' }],
    ['show-sockets', { type: 'show-view', view: 'sockets' }],
  ])('%s sends the page %j', (id, command) => {
    const { template, options } = build();
    click(item(template, id));
    expect(options.sendCommand).toHaveBeenCalledExactlyOnceWith(command);
    expect(menuCommandSchema.parse(command)).toEqual(command);
  });

  it('gives every action of the app its own shortcut, clashing with no role', () => {
    const { template } = build({ platform: 'darwin', developerTools: true });
    const ours = allItems(template).filter((entry) => entry.accelerator !== undefined);
    expect(Object.fromEntries(ours.map((entry) => [entry.id, entry.accelerator]))).toEqual({
      'start-server': APP_ACCELERATORS.startServer,
      'stop-server': APP_ACCELERATORS.stopServer,
      'new-client': APP_ACCELERATORS.newClient,
      'show-lab': APP_ACCELERATORS.showLab,
      'show-sockets': APP_ACCELERATORS.showSockets,
      documentation: APP_ACCELERATORS.documentation,
    });
    const accelerators = Object.values(APP_ACCELERATORS);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const accelerator of accelerators) expect(ROLE_ACCELERATORS).not.toContain(accelerator);
  });

  it('offers both languages, with the current one checked, and hands a choice over', () => {
    const { template, options } = build({ language: 'es' });
    expect(item(template, 'language-en')).toMatchObject({ type: 'radio', label: 'English', checked: false });
    expect(item(template, 'language-es')).toMatchObject({ type: 'radio', label: 'Español', checked: true });
    click(item(template, 'language-en'));
    expect(options.chooseLanguage).toHaveBeenCalledExactlyOnceWith('en');
    expect(options.sendCommand).not.toHaveBeenCalled();
  });

  it('opens the documentation from Help', () => {
    const { template, options } = build();
    click(item(template, 'documentation'));
    expect(options.openDocumentation).toHaveBeenCalledTimes(1);
  });

  it('offers the developer tools only while developing', () => {
    const roles = (developerTools: boolean) =>
      allItems(build({ developerTools }).template).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it.each(['darwin', 'linux', 'win32'] as const)(
    'labels every item on %s in the chosen language, roles included',
    (platform) => {
      for (const language of ['en', 'es'] as const) {
        const labels = new Set<string>([
          ...Object.values(MENU_LABELS[language]),
          'SocketScope',
          'English',
          'Español',
        ]);
        const items = allItems(build({ platform, language }).template).filter((i) => i.type !== 'separator');
        for (const entry of items) expect(labels).toContain(entry.label);
      }
      const spanish = build({ platform, language: 'es' }).template.map((menu) => menu.label);
      expect(spanish).toEqual(expect.arrayContaining(['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda']));
    },
  );
});

describe('MENU_LABELS', () => {
  it('has every label in English and Spanish', () => {
    expect(Object.keys(MENU_LABELS.es).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    for (const labels of Object.values(MENU_LABELS)) {
      for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
    }
  });
});
