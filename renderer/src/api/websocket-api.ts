import type { SocketScopeApi } from '@contract/api';
import { COMMAND_NAMES, type CommandName } from '@contract/command-names';
import type { EventBatch } from '@contract/events';
import type { CommandResponse } from '@contract/responses';
import type { WireMessage } from '@contract/wire';
import type { ApiConnection, ConnectionStatus } from './api-connection';

const RETRY_DELAYS_MS = [500, 1000, 2000, 5000];

type Pending = (response: CommandResponse<CommandName>) => void;

function lostResponse(): CommandResponse<CommandName> {
  return {
    ok: false,
    error: { kind: 'disconnected', message: 'The connection to the back end was lost before it answered.' },
  };
}

/**
 * Browser mode's SocketScopeApi: commands and event batches over one WebSocket to the page's own
 * origin. If the socket drops (the back end restarted, the laptop slept) it reconnects with
 * back-off; commands in flight resolve with an error rather than hang.
 */
export function connectWebSocketApi(pageUrl: URL, token: string): ApiConnection {
  const endpoint = new URL('/api', pageUrl);
  endpoint.protocol = pageUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  endpoint.searchParams.set('token', token);

  const pending = new Map<number, Pending>();
  const eventListeners = new Set<(batch: EventBatch) => void>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  let status: ConnectionStatus = 'connecting';
  let socket: WebSocket | undefined;
  let nextId = 1;
  let attempts = 0;

  function setStatus(next: ConnectionStatus): void {
    if (next === status) return;
    status = next;
    statusListeners.forEach((listener) => listener(next));
  }

  function receive(message: WireMessage): void {
    if (message.type === 'events') {
      eventListeners.forEach((listener) => listener(message.batch));
    } else if (message.type === 'response') {
      pending.get(message.id)?.(message.response);
      pending.delete(message.id);
    } else {
      console.error(`SocketScope back end: ${message.message}`);
    }
  }

  function open(): void {
    const ws = new WebSocket(endpoint);
    socket = ws;
    ws.onopen = () => {
      attempts = 0;
      setStatus('open');
    };
    ws.onmessage = (event) => {
      if (typeof event.data === 'string') receive(JSON.parse(event.data) as WireMessage);
    };
    ws.onclose = () => {
      socket = undefined;
      pending.forEach((resolve) => resolve(lostResponse()));
      pending.clear();
      setStatus('lost');
      const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length - 1)];
      attempts += 1;
      setTimeout(open, delay);
    };
  }

  function invoke(command: CommandName, payload: unknown): Promise<CommandResponse<CommandName>> {
    if (!socket || socket.readyState !== WebSocket.OPEN) return Promise.resolve(lostResponse());
    const id = nextId++;
    const ws = socket;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, command, payload }));
    });
  }

  const commands = Object.fromEntries(
    COMMAND_NAMES.map((name) => [name, (payload: unknown) => invoke(name, payload)]),
  );
  const api = {
    ...commands,
    onEvents(listener: (batch: EventBatch) => void) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
  } as unknown as SocketScopeApi;

  open();
  return {
    api,
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
  };
}
