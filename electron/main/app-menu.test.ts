import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppLanguage } from '../contract/menu-commands';
import { installAppMenu } from './app-menu';

function setup(language: AppLanguage = 'en') {
  const installed: MenuItemConstructorOptions[][] = [];
  const sendCommand = vi.fn();
  const menu = installAppMenu({
    platform: 'linux',
    language,
    developerTools: false,
    install: (template) => installed.push(template),
    sendCommand,
    openDocumentation: vi.fn(),
  });
  const current = () => installed.at(-1) ?? [];
  const languageItem = (code: AppLanguage) =>
    (current()[2]?.submenu as MenuItemConstructorOptions[])
      .flatMap((entry) => (Array.isArray(entry.submenu) ? entry.submenu : []) as MenuItemConstructorOptions[])
      .find((entry) => entry.id === `language-${code}`);
  return { menu, installed, current, sendCommand, languageItem };
}

describe('installAppMenu', () => {
  it('installs the menu at once, in the language it starts with', () => {
    const { installed, current, menu } = setup('es');
    expect(installed).toHaveLength(1);
    expect(current()[0]?.label).toBe('Archivo');
    expect(menu.language).toBe('es');
  });

  it('rebuilds when the page reports another language, and only then', () => {
    const { installed, current, menu } = setup('en');
    menu.setLanguage('en');
    expect(installed).toHaveLength(1);
    menu.setLanguage('es');
    expect(installed).toHaveLength(2);
    expect(current()[0]?.label).toBe('Archivo');
  });

  it('switches itself and the page when a language is chosen in the menu', () => {
    const { installed, current, sendCommand, languageItem, menu } = setup('en');
    (languageItem('es')?.click as () => void)();
    expect(installed).toHaveLength(2);
    expect(current()[0]?.label).toBe('Archivo');
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith({ type: 'set-language', language: 'es' });
    // The page's own report that follows changes nothing more.
    menu.setLanguage('es');
    expect(installed).toHaveLength(2);
  });
});
