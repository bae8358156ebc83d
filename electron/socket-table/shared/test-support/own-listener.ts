import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { SocketScanner } from '../../scanner-types';

/** Opens a loopback listener and checks the scanner shows it as this process's, with every key unique. */
export async function expectToFindOwnListener(scanner: SocketScanner): Promise<void> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  try {
    const { rows, stats } = await scanner.scan();
    expect(rows.filter((row) => row.protocol === 'tcp' && row.localPort === port)).toEqual([
      expect.objectContaining({ localAddress: '127.0.0.1', state: 'LISTEN', pid: process.pid }),
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    expect(stats).toMatchObject({ rows: rows.length, skippedLines: 0, pidMapped: true });
  } finally {
    server.close();
  }
}
