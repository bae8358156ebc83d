import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_COMMAND_CHANNEL, IPC_STREAM_CHANNEL } from '../contract/api';
import { COMMAND_NAMES } from '../contract/command-names';
import { MENU_COMMAND_CHANNEL, MENU_LANGUAGE_CHANNEL } from '../contract/menu-channels';

/** Stands in for Electron: records what the real preload (electron/preload/index.ts) does with it. */
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    on: vi.fn((_channel: string, _listener: unknown) => undefined),
    once: vi.fn((_channel: string, _listener: unknown) => undefined),
    send: vi.fn((_channel: string, ..._args: unknown[]) => undefined),
    sendSync: vi.fn((_channel: string, ..._args: unknown[]) => undefined),
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => ({ ok: true })),
    postMessage: vi.fn((_channel: string, _message: unknown) => undefined),
  },
}));
vi.mock('electron', () => electron);

const ALLOWED_NAMES = [...COMMAND_NAMES, 'subscribe', 'onMenuCommand', 'setMenuLanguage'].sort();

describe('the preload (electron/preload/index.ts)', () => {
  let exposed: Record<string, unknown> = {};

  beforeAll(async () => {
    await import('../preload/index');
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
    expect(name).toBe('socketscope');
    exposed = api as Record<string, unknown>;
  });

  it('exposes one object, window.socketscope, and nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  });

  it('gives it exactly the allowed names, all functions, frozen', () => {
    expect(Object.keys(exposed).sort()).toEqual(ALLOWED_NAMES);
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it("hands the page none of ipcRenderer's own functions", () => {
    const ipcFunctions = new Set<unknown>(Object.values(electron.ipcRenderer));
    for (const value of Object.values(exposed)) expect(ipcFunctions.has(value)).toBe(false);
  });

  it("listens only on the app's stream and menu channels", () => {
    const channels = electron.ipcRenderer.on.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual([IPC_STREAM_CHANNEL, MENU_COMMAND_CHANNEL].sort());
    expect(electron.ipcRenderer.once).not.toHaveBeenCalled();
  });

  it('sends a command on the command channel, with its name and payload only', async () => {
    const [command] = COMMAND_NAMES;
    const call = exposed[command] as (...args: unknown[]) => Promise<unknown>;
    await call({ port: 5346 }, 'extra');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_COMMAND_CHANNEL, command, {
      port: 5346,
    });
  });

  it("talks to the main process on the app's channels only", async () => {
    await (exposed.setMenuLanguage as (language: string) => Promise<unknown>)('es');
    (exposed.subscribe as (stream: string, listener: () => void) => unknown)('lab', () => undefined);
    const invoked = electron.ipcRenderer.invoke.mock.calls.map(([channel]) => channel);
    const sent = electron.ipcRenderer.send.mock.calls.map(([channel]) => channel);
    expect(new Set(invoked)).toEqual(new Set([IPC_COMMAND_CHANNEL, MENU_LANGUAGE_CHANNEL]));
    expect(new Set(sent)).toEqual(new Set([IPC_STREAM_CHANNEL]));
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.postMessage).not.toHaveBeenCalled();
  });

  it('refuses a stream the contract does not have', () => {
    const subscribe = exposed.subscribe as (stream: unknown, listener: () => void) => unknown;
    expect(() => subscribe('__proto__', () => undefined)).toThrow(TypeError);
    expect(() => subscribe('lab', 'not a function' as never)).toThrow(TypeError);
  });
});
