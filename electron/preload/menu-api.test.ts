import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../contract/menu-commands';
import { createListenerHub } from '../contract/listener-hub';
import { buildMenuApi } from './menu-api';

describe('buildMenuApi', () => {
  it('gives the page every menu command until it unsubscribes', () => {
    const hub = createListenerHub<MenuCommand>();
    const api = buildMenuApi(hub, vi.fn());
    const listener = vi.fn();
    const stop = api.onMenuCommand(listener);
    hub.deliver({ type: 'show-view', view: 'sockets' });
    stop();
    hub.deliver({ type: 'new-client' });
    expect(listener.mock.calls).toEqual([[{ type: 'show-view', view: 'sockets' }]]);
  });

  it('passes exactly the language on and resolves with what main answered', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    const api = buildMenuApi(createListenerHub<MenuCommand>(), send);
    const setMenuLanguage = api.setMenuLanguage as (...args: unknown[]) => Promise<unknown>;
    await expect(setMenuLanguage('es', 'extra')).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledExactlyOnceWith('es');
  });
});
