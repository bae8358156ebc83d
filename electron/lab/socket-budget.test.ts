import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { labPerTest } from '../test-support/lab-per-test';
import { LESSON_SOCKET } from '../test-support/lab-requests';
import { connectRawClient } from '../test-support/raw-clients';
import { exchangeOverRawClient } from '../test-support/raw-sockets';
import { labSocketBudget } from './socket-budget';
import { LabStateError } from './socket-error';

function procWithLimit(softLimit: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'socketscope-proc-'));
  writeFileSync(
    join(dir, 'limits'),
    'Limit                     Soft Limit           Hard Limit           Units     \n' +
      `Max open files            ${softLimit}                1048576              files     \n`,
  );
  return dir;
}

const dirs: string[] = [];
const labs = labPerTest();
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('labSocketBudget', () => {
  it.each([
    ['20000', 8192],
    ['4096', 3584],
    ['1024', 768],
    ['64', 32],
    ['1048576', 8192],
  ])('keeps room for the app below a limit of %s open files: %i sockets', (limit, budget) => {
    const dir = procWithLimit(limit);
    dirs.push(dir);
    expect(labSocketBudget(dir)).toBe(budget);
  });

  it('has a modest budget where the OS does not say its limit', () => {
    expect(labSocketBudget('/nonexistent')).toBe(2048);
  });
});

describe('the Lab past its socket budget', () => {
  it('refuses a server or client with a specific error, keeps what is open, and takes one once one closes', async () => {
    const { lab, recorder } = labs.open(3);
    const first = await lab.startServer(LESSON_SOCKET);
    await lab.startServer({ ...LESSON_SOCKET, protocol: 'udp' });
    const client = await lab.connectClient({ ...LESSON_SOCKET, port: first.local.port });
    // The server's accepted socket is the fourth: past the budget, so the connection is refused...
    await recorder.until(() => recorder.of('error', first.serverId).length > 0, 'a refused accept');
    expect(recorder.of('error', first.serverId)[0]?.error).toMatchObject({
      code: 'EMFILE',
      syscall: 'accept',
    });

    const refused = await lab.startServer(LESSON_SOCKET).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LabStateError);
    expect((refused as LabStateError).problem).toMatchObject({ key: 'labSocketsFull', params: { max: 3 } });
    await expect(lab.connectClient({ ...LESSON_SOCKET, protocol: 'udp', port: 9 })).rejects.toMatchObject({
      problem: { key: 'labSocketsFull' },
    });
    expect(lab.describe()).toHaveLength(3);

    // ...and room comes back when a socket closes: the server accepts and echoes again.
    await lab.closeSocket(client.clientId);
    await recorder.until(() => lab.describe().length === 2, 'the client to close');
    expect(await exchangeOverRawClient(first.local.port, Buffer.from('hi'))).toEqual(Buffer.from('hi'));
  });

  it('keeps serving what it holds when a flood of connections passes the budget', async () => {
    const { lab, recorder } = labs.open(10);
    const { local } = await lab.startServer(LESSON_SOCKET);
    const attempts = await Promise.allSettled(Array.from({ length: 40 }, () => connectRawClient(local.port)));
    const clients = labs.keep(
      attempts.flatMap((attempt) => (attempt.status === 'fulfilled' ? [attempt.value] : [])),
    );
    await recorder.until(() => lab.describe().length === 10, 'nine accepted connections');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lab.describe()).toHaveLength(10);
    const open = clients.filter((candidate) => candidate.socket.readyState === 'open');
    const [served] = open;
    served?.socket.write('still here');
    await served?.receivedAtLeast(10);
  });
});
