import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_COMMAND_CHANNEL, IPC_STREAM_CHANNEL } from '../contract/api';
import type { StreamEnvelope } from '../contract/streams';
import { MENU_LANGUAGE_CHANNEL } from '../contract/menu-channels';
import { createDrivenBackend } from '../test-support/driven-backend';
import { registerCommandHandler, UntrustedSenderError, type CommandHandlerOptions } from './ipc-handler';

const APP = 'app://socketscope/index.html';
type Listener = (event: unknown, ...args: unknown[]) => unknown;

/** Stands in for Electron's ipcMain, webContents and window: just enough to drive the handler. */
function setup() {
  const handlers = new Map<string, Listener>();
  const listeners = new Map<string, Set<Listener>>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
    on: (channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
      return ipcMain;
    },
    removeListener: (channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcMain;
    },
  };
  const contents = Object.assign(new EventEmitter(), {
    id: 3,
    sent: [] as unknown[][],
    destroyed: false,
    send(...args: unknown[]) {
      this.sent.push(args);
    },
    isDestroyed() {
      return this.destroyed;
    },
  });
  const window = Object.assign(new EventEmitter(), { webContents: contents });
  const driven = createDrivenBackend(vi.fn(async () => ({ ok: true as const, result: { bytes: 52 } })));
  const { backend, listenerCount } = driven;
  const setMenuLanguage = vi.fn();
  const dispose = registerCommandHandler({
    ipcMain: ipcMain as unknown as CommandHandlerOptions['ipcMain'],
    window: window as unknown as BrowserWindow,
    backend,
    appUrl: APP,
    setMenuLanguage,
  });
  const fromApp = { sender: { id: 3 }, senderFrame: { url: APP, parent: null } };
  const emitBatch = (envelope: StreamEnvelope) => driven.emit(envelope.stream, envelope.batch);
  const sendOnEvents = (event: unknown) => listeners.get(IPC_STREAM_CHANNEL)?.forEach((l) => l(event));
  return {
    handlers,
    listeners,
    contents,
    window,
    backend,
    listenerCount,
    setMenuLanguage,
    dispose,
    fromApp,
    emitBatch,
    sendOnEvents,
  };
}

const batch: StreamEnvelope = {
  stream: 'lab',
  batch: { events: [{ type: 'end-sent', seq: 1, at: 1, socketId: 'client-1' }] },
};
const tableBatch: StreamEnvelope = {
  stream: 'socket-table',
  batch: { scanError: { kind: 'scan-failed', detail: 'x' } },
};

describe('registerCommandHandler', () => {
  it('listens on the three contract channels only', () => {
    const { handlers, listeners } = setup();
    expect([...handlers.keys()]).toEqual([IPC_COMMAND_CHANNEL, MENU_LANGUAGE_CHANNEL]);
    expect([...listeners.keys()]).toEqual([IPC_STREAM_CHANNEL]);
  });

  it('passes the untrusted command and payload from our page to the back end', async () => {
    const { handlers, backend, fromApp } = setup();
    const payload = { socketId: 'client-1', message: { encoding: 'text', text: 'hi' } };
    const response = await handlers.get(IPC_COMMAND_CHANNEL)?.(fromApp, 'send', payload, 'extra');
    expect(backend.handle).toHaveBeenCalledWith('send', payload);
    expect(response).toEqual({ ok: true, result: { bytes: 52 } });
  });

  it.each([
    ['another web contents', { sender: { id: 4 }, senderFrame: { url: APP, parent: null } }],
    ['a subframe', { sender: { id: 3 }, senderFrame: { url: APP, parent: {} } }],
    ['a destroyed frame', { sender: { id: 3 }, senderFrame: null }],
    ['a foreign page', { sender: { id: 3 }, senderFrame: { url: 'http://evil.com/', parent: null } }],
    ['a data: page', { sender: { id: 3 }, senderFrame: { url: 'data:text/html,x', parent: null } }],
  ])('refuses commands from %s without reaching the back end', async (_what, event) => {
    const { handlers, backend } = setup();
    await expect(handlers.get(IPC_COMMAND_CHANNEL)?.(event, 'stopServer', {})).rejects.toBeInstanceOf(
      UntrustedSenderError,
    );
    expect(backend.handle).not.toHaveBeenCalled();
  });

  it('passes a valid language from our page to the menu', async () => {
    const { handlers, setMenuLanguage, fromApp } = setup();
    await expect(handlers.get(MENU_LANGUAGE_CHANNEL)?.(fromApp, 'es', 'extra')).resolves.toEqual({
      ok: true,
    });
    expect(setMenuLanguage).toHaveBeenCalledExactlyOnceWith('es');
  });

  it.each([undefined, null, 'fr', 'ES', 'es-419', '', 42, { language: 'es' }, ['es'], '__proto__'])(
    'answers %j with a typed invalid-payload error and leaves the menu alone',
    async (language) => {
      const { handlers, setMenuLanguage, fromApp } = setup();
      await expect(handlers.get(MENU_LANGUAGE_CHANNEL)?.(fromApp, language)).resolves.toMatchObject({
        ok: false,
        error: { kind: 'invalid-payload' },
      });
      expect(setMenuLanguage).not.toHaveBeenCalled();
    },
  );

  it('refuses a language from anything but our page', async () => {
    const { handlers, setMenuLanguage } = setup();
    const foreign = { sender: { id: 3 }, senderFrame: { url: 'http://evil.com/', parent: null } };
    await expect(handlers.get(MENU_LANGUAGE_CHANNEL)?.(foreign, 'es')).rejects.toBeInstanceOf(
      UntrustedSenderError,
    );
    expect(setMenuLanguage).not.toHaveBeenCalled();
  });

  it('streams batches only after a trusted ready signal', () => {
    const { contents, emitBatch, sendOnEvents, fromApp } = setup();
    emitBatch(batch);
    sendOnEvents({ sender: { id: 3 }, senderFrame: { url: 'http://evil.com/', parent: null } });
    emitBatch(batch);
    expect(contents.sent).toEqual([]);
    sendOnEvents(fromApp);
    sendOnEvents(fromApp);
    emitBatch(batch);
    emitBatch(tableBatch);
    expect(contents.sent).toEqual([
      [IPC_STREAM_CHANNEL, batch],
      [IPC_STREAM_CHANNEL, tableBatch],
    ]);
  });

  it('stops streaming and unregisters when the window closes', () => {
    const { handlers, listeners, contents, window, listenerCount, emitBatch, sendOnEvents, fromApp } =
      setup();
    sendOnEvents(fromApp);
    window.emit('closed');
    emitBatch(batch);
    expect(contents.sent).toEqual([]);
    expect(listenerCount()).toBe(0);
    expect(handlers.size).toBe(0);
    expect(listeners.get(IPC_STREAM_CHANNEL)?.size).toBe(0);
  });

  it('pauses when the renderer process is gone and resumes on the next ready signal', () => {
    const { contents, emitBatch, sendOnEvents, fromApp } = setup();
    sendOnEvents(fromApp);
    contents.emit('render-process-gone');
    emitBatch(batch);
    expect(contents.sent).toEqual([]);
    sendOnEvents(fromApp);
    emitBatch(batch);
    expect(contents.sent).toHaveLength(1);
  });

  it('sends nothing to web contents that are already destroyed', () => {
    const { contents, emitBatch, sendOnEvents, fromApp } = setup();
    sendOnEvents(fromApp);
    contents.destroyed = true;
    emitBatch(batch);
    expect(contents.sent).toEqual([]);
  });
});
