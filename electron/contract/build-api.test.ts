import { describe, expect, it, vi } from 'vitest';
import { COMMAND_NAMES } from './command-names';
import { buildSocketScopeApi, type DesktopMenuApi } from './build-api';

const menu = (): DesktopMenuApi => ({ onMenuCommand: vi.fn(), setMenuLanguage: vi.fn() });

describe('buildSocketScopeApi', () => {
  it('has exactly one function per command, plus subscribe and the two menu functions', () => {
    const api = buildSocketScopeApi(vi.fn(), vi.fn(), menu());
    expect(Object.keys(api).sort()).toEqual(
      [...COMMAND_NAMES, 'subscribe', 'onMenuCommand', 'setMenuLanguage'].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each(COMMAND_NAMES)('%s invokes its own command with exactly the payload', async (name) => {
    const invoke = vi.fn(async () => ({ ok: true as const, result: {} }));
    const api = buildSocketScopeApi(invoke, vi.fn(), menu());
    const payload = { any: 'thing' };
    const call = api[name] as (...args: unknown[]) => Promise<unknown>;
    await expect(call(payload, 'ignored extra argument')).resolves.toEqual({ ok: true, result: {} });
    expect(invoke).toHaveBeenCalledExactlyOnceWith(name, payload);
  });

  it('hands subscribe and the menu functions through and cannot be changed by the page', () => {
    const subscribe = vi.fn(() => () => undefined);
    const desktop = menu();
    const api = buildSocketScopeApi(vi.fn(), subscribe, desktop);
    expect(api.subscribe).toBe(subscribe);
    expect(api.onMenuCommand).toBe(desktop.onMenuCommand);
    expect(api.setMenuLanguage).toBe(desktop.setMenuLanguage);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('has no menu functions where there is no menu (browser mode)', () => {
    const api = buildSocketScopeApi(vi.fn(), vi.fn());
    expect(Object.keys(api).sort()).toEqual([...COMMAND_NAMES, 'subscribe'].sort());
  });
});
