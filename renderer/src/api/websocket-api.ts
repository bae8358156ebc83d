import { createNanoEvents } from 'nanoevents';
import { buildSocketScopeApi } from '@contract/build-api';
import type { CommandName } from '@contract/command-names';
import type { CommandResponse } from '@contract/responses';
import { createStreamFanOut } from '@contract/stream-fan-out';
import type { WireMessage } from '@contract/wire';
import type { ApiConnection, ConnectionStatus } from './api-connection';
import { currentInstance, rememberedInstance, rememberInstance } from './backend-instance';

const RETRY_DELAYS_MS = [500, 1000, 2000, 5000];

type Pending = (response: CommandResponse<CommandName>) => void;

function lostResponse(): CommandResponse<CommandName> {
  return {
    ok: false,
    error: { kind: 'disconnected', message: 'The connection to the back end was lost before it answered.' },
  };
}

/** Failed tries, with no back end remembered, after which one that answers is taken as not ours. */
const TRIES_BEFORE_REPLACED = 2;

/**
 * Browser mode's SocketScopeApi: commands and stream batches over one WebSocket to the page's own
 * origin. If the socket drops (the laptop slept, the back end stopped) it reconnects with
 * back-off; commands in flight resolve with an error rather than hang. A back end started again
 * has a new token and refuses this one: when another instance answers (or one answers that keeps
 * refusing us), the status is 'replaced' and retrying stops.
 */
export function connectWebSocketApi(pageUrl: URL, token: string, storage: Storage): ApiConnection {
  const endpoint = new URL('/api', pageUrl);
  endpoint.protocol = pageUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  endpoint.searchParams.set('token', token);

  const pending = new Map<number, Pending>();
  const streams = createStreamFanOut();
  const statusEvents = createNanoEvents<{ status(status: ConnectionStatus): void }>();
  let status: ConnectionStatus = 'connecting';
  let socket: WebSocket | undefined;
  let nextId = 1;
  let attempts = 0;

  function setStatus(next: ConnectionStatus): void {
    if (next === status) return;
    status = next;
    statusEvents.emit('status', next);
  }

  function receive(message: WireMessage): void {
    if (message.type === 'stream') {
      streams.deliver(message.envelope);
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
      void currentInstance(pageUrl).then((instance) => {
        if (instance) rememberInstance(storage, instance);
      });
    };
    ws.onmessage = (event) => {
      if (typeof event.data === 'string') receive(JSON.parse(event.data) as WireMessage);
    };
    ws.onclose = () => {
      socket = undefined;
      pending.forEach((resolve) => resolve(lostResponse()));
      pending.clear();
      setStatus('lost');
      attempts += 1;
      void retryUnlessReplaced();
    };
  }

  async function retryUnlessReplaced(): Promise<void> {
    const known = rememberedInstance(storage);
    const answering = await currentInstance(pageUrl);
    const replaced = answering && (known ? answering !== known : attempts >= TRIES_BEFORE_REPLACED);
    if (replaced) return setStatus('replaced');
    const delay = RETRY_DELAYS_MS[Math.min(attempts - 1, RETRY_DELAYS_MS.length - 1)];
    setTimeout(open, delay);
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

  open();
  return {
    api: buildSocketScopeApi(invoke, streams.subscribe),
    status: () => status,
    onStatus: (listener) => statusEvents.on('status', listener),
  };
}
