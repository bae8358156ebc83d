import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ChurnMessage, ChurnResult } from './churn-protocol';

export interface ConnectionChurn {
  /** Stops the churn; resolves with what it did once its last connection has closed. Once. */
  stop(): Promise<ChurnResult>;
}

/** The child's next message, which must be of `kind`; an exit before it is an error. */
async function expectMessage<K extends ChurnMessage['kind']>(
  child: ChildProcess,
  exited: Promise<unknown>,
  kind: K,
): Promise<Extract<ChurnMessage, { kind: K }>> {
  const [message] = (await Promise.race([
    once(child, 'message'),
    exited.then(() => {
      throw new Error(`connection-churn.js exited before it sent '${kind}'.`);
    }),
  ])) as [ChurnMessage];
  if (message.kind !== kind) throw new Error(`connection-churn.js sent '${message.kind}', not '${kind}'.`);
  return message as Extract<ChurnMessage, { kind: K }>;
}

/** Forks connection-churn.js (built beside this file): `perSecond` loopback connect+close cycles a second. */
export async function startConnectionChurn(perSecond: number): Promise<ConnectionChurn> {
  const child = fork(fileURLToPath(new URL('./connection-churn.js', import.meta.url)), [String(perSecond)], {
    stdio: 'inherit',
  });
  const exited = once(child, 'exit');
  await expectMessage(child, exited, 'churning');
  const stop = async () => {
    const stopped = expectMessage(child, exited, 'stopped');
    child.send('stop');
    const { result } = await stopped;
    await exited;
    return result;
  };
  let stopping: Promise<ChurnResult> | undefined;
  return { stop: () => (stopping ??= stop()) };
}
