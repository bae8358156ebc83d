import { contextBridge, ipcRenderer } from 'electron';
import { IPC_COMMAND_CHANNEL, IPC_EVENTS_CHANNEL } from '../contract/api';
import type { EventBatch } from '../contract/events';
import { MENU_COMMAND_CHANNEL, MENU_LANGUAGE_CHANNEL } from '../contract/menu-channels';
import type { MenuCommand } from '../contract/menu-commands';
import { buildSocketScopeApi } from './build-api';
import { createListenerHub } from './listener-hub';
import { buildMenuApi } from './menu-api';

// An empty message on the events channel is the renderer's ready signal (see electron/main/ipc-handler.ts).
const events = createListenerHub<EventBatch>(() => ipcRenderer.send(IPC_EVENTS_CHANNEL));
ipcRenderer.on(IPC_EVENTS_CHANNEL, (_event, batch: EventBatch) => events.deliver(batch));

const menuCommands = createListenerHub<MenuCommand>();
ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: MenuCommand) => menuCommands.deliver(command));

const api = buildSocketScopeApi(
  (command, payload) => ipcRenderer.invoke(IPC_COMMAND_CHANNEL, command, payload),
  (listener) => events.add(listener),
  buildMenuApi(menuCommands, (language) => ipcRenderer.invoke(MENU_LANGUAGE_CHANNEL, language)),
);

contextBridge.exposeInMainWorld('socketscope', api);
