import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { LoadReply, LoadRequest, LoadResults } from './load-protocol';

export interface LoadClient {
  run<K extends LoadRequest['kind']>(request: Extract<LoadRequest, { kind: K }>): Promise<LoadResults[K]>;
  close(): Promise<void>;
}

/** Forks load-client.js (built beside this file) and sends it one request at a time. */
export function startLoadClient(): LoadClient {
  const child = fork(fileURLToPath(new URL('./load-client.js', import.meta.url)), { stdio: 'inherit' });
  const exited = once(child, 'exit');
  return {
    async run(request) {
      const replied = once(child, 'message') as Promise<[LoadReply]>;
      child.send(request);
      const [reply] = await Promise.race([
        replied,
        exited.then(() => {
          throw new Error('The load client exited.');
        }),
      ]);
      if (!reply.ok) throw new Error(`Load client, ${request.kind}: ${reply.error}`);
      return reply.result as LoadResults[typeof request.kind];
    },
    async close() {
      child.disconnect();
      await exited;
    },
  };
}
