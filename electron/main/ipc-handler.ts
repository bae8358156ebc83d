import type { BrowserWindow, IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { BackendApi } from '../backend/backend-api';
import { IPC_COMMAND_CHANNEL, IPC_STREAM_CHANNEL } from '../contract/api';
import type { CommandName } from '../contract/command-names';
import { MENU_LANGUAGE_CHANNEL } from '../contract/menu-channels';
import { appLanguageSchema, type AppLanguage, type MenuLanguageResponse } from '../contract/menu-commands';
import { invalidPayload, type CommandResponse } from '../contract/responses';
import { subscribeToEveryStream } from '../backend/every-stream';
import { createStreamForwarder } from './stream-forwarder';
import { isFromAppMainFrame } from './trusted-sender';

export interface CommandHandlerOptions {
  /** Electron's ipcMain; passed in so this file is the only one that registers IPC. */
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>;
  window: BrowserWindow;
  backend: BackendApi;
  /** The URL the window loaded: only its top frame showing that page may call. */
  appUrl: string;
  /** The page switched language: the application menu follows. */
  setMenuLanguage: (language: AppLanguage) => void;
}

export class UntrustedSenderError extends Error {
  constructor() {
    super('SocketScope refused an IPC message that did not come from its own window.');
    this.name = 'UntrustedSenderError';
  }
}

/**
 * The app's whole IPC surface, for one window: commands in on IPC_COMMAND_CHANNEL (sender
 * checked here, payload validated by the back end), the page's language in on
 * MENU_LANGUAGE_CHANNEL (sender checked and payload validated here), and every stream's batches
 * out on IPC_STREAM_CHANNEL once the renderer has sent its ready signal on that channel. Nothing else is
 * listened to. Everything is removed when the window closes; the returned function removes it
 * sooner. (Menu commands go out through menu-command-sender.ts: sending needs no handler.)
 */
export function registerCommandHandler({
  ipcMain,
  window,
  backend,
  appUrl,
  setMenuLanguage,
}: CommandHandlerOptions): () => void {
  // Captured now: once the window is closed its webContents can no longer be read.
  const contents = window.webContents;
  const contentsId = contents.id;
  const isTrusted = (event: IpcMainEvent | IpcMainInvokeEvent) =>
    isFromAppMainFrame(event, contentsId, appUrl);

  const stream = createStreamForwarder(
    (listener) => subscribeToEveryStream(backend, listener),
    (envelope) => {
      if (!contents.isDestroyed()) contents.send(IPC_STREAM_CHANNEL, envelope);
    },
  );

  /** Every invoke handler: nothing reaches `handler` unless the sender is the app's own page. */
  const handleTrusted = <R>(channel: string, handler: (...args: unknown[]) => Promise<R>) => {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
      isTrusted(event) ? handler(...args) : Promise.reject(new UntrustedSenderError()),
    );
  };

  handleTrusted(IPC_COMMAND_CHANNEL, (command, payload): Promise<CommandResponse<CommandName>> =>
    backend.handle(command, payload),
  );

  handleTrusted(MENU_LANGUAGE_CHANNEL, async (language): Promise<MenuLanguageResponse> => {
    const parsed = appLanguageSchema.safeParse(language);
    if (!parsed.success) return { ok: false, error: invalidPayload(parsed.error) };
    setMenuLanguage(parsed.data);
    return { ok: true };
  });

  const onReady = (event: IpcMainEvent) => {
    if (isTrusted(event)) stream.start();
  };
  ipcMain.on(IPC_STREAM_CHANNEL, onReady);

  // A crashed page takes nothing; a reloaded one sends its ready signal again. A plain reload
  // keeps the stream (start is idempotent): pausing on navigation would race the new page's signal.
  contents.on('render-process-gone', () => stream.pause());

  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    stream.stop();
    ipcMain.removeHandler(IPC_COMMAND_CHANNEL);
    ipcMain.removeHandler(MENU_LANGUAGE_CHANNEL);
    ipcMain.removeListener(IPC_STREAM_CHANNEL, onReady);
  };
  window.once('closed', dispose);
  contents.once('destroyed', dispose);
  return dispose;
}
