import { contextBridge, ipcRenderer } from 'electron';
import { IPC_COMMAND_CHANNEL, IPC_EVENTS_CHANNEL } from '../contract/api';
import type { EventBatch } from '../contract/events';
import { buildSocketScopeApi } from './build-api';
import { createEventHub } from './event-hub';

// An empty message on the events channel is the renderer's ready signal (see electron/main/ipc-handler.ts).
const hub = createEventHub(() => ipcRenderer.send(IPC_EVENTS_CHANNEL));
ipcRenderer.on(IPC_EVENTS_CHANNEL, (_event, batch: EventBatch) => hub.deliver(batch));

const api = buildSocketScopeApi(
  (command, payload) => ipcRenderer.invoke(IPC_COMMAND_CHANNEL, command, payload),
  (listener) => hub.onEvents(listener),
);

contextBridge.exposeInMainWorld('socketscope', api);
