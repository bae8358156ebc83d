import { contextBridge, ipcRenderer } from 'electron';
import { IPC_COMMAND_CHANNEL, IPC_STREAM_CHANNEL } from '../contract/api';
import { buildSocketScopeApi } from '../contract/build-api';
import { createListenerHub } from '../contract/listener-hub';
import { MENU_COMMAND_CHANNEL, MENU_LANGUAGE_CHANNEL } from '../contract/menu-channels';
import type { MenuCommand } from '../contract/menu-commands';
import type { CommandResponse } from '../contract/responses';
import type { CommandName } from '../contract/command-names';
import { createStreamFanOut } from '../contract/stream-fan-out';
import type { StreamEnvelope } from '../contract/streams';
import { buildMenuApi } from './menu-api';

// An empty message on the stream channel is the renderer's ready signal (see electron/main/ipc-handler.ts).
const streams = createStreamFanOut(() => ipcRenderer.send(IPC_STREAM_CHANNEL));
ipcRenderer.on(IPC_STREAM_CHANNEL, (_event, envelope: StreamEnvelope) => streams.deliver(envelope));

const menuCommands = createListenerHub<MenuCommand>();
ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: MenuCommand) => menuCommands.deliver(command));

const api = buildSocketScopeApi(
  (command, payload) =>
    ipcRenderer.invoke(IPC_COMMAND_CHANNEL, command, payload) as Promise<CommandResponse<CommandName>>,
  streams.subscribe,
  buildMenuApi(menuCommands, (language) => ipcRenderer.invoke(MENU_LANGUAGE_CHANNEL, language)),
);

contextBridge.exposeInMainWorld('socketscope', api);
