import { open } from 'node:fs/promises';

const INITIAL_BUFFER_BYTES = 1024 * 1024;

/**
 * Reads a /proc file in as few read() calls as possible. The kernel regenerates /proc/net/tcp
 * on every read, so the usual 64 KiB chunks make a 10,000-socket table cost several times more
 * than one large read. Each caller gets its own buffer, kept and grown for the next scan.
 */
export function createProcFileReader(): (path: string) => Promise<string> {
  let buffer = Buffer.allocUnsafe(INITIAL_BUFFER_BYTES);
  return async (path) => {
    const file = await open(path, 'r');
    try {
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          const larger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(larger, 0, 0, length);
          buffer = larger;
        }
        const { bytesRead } = await file.read(buffer, length, buffer.length - length, null);
        // /proc/net tables are ASCII; latin1 decodes them byte for byte, much faster than utf8.
        if (bytesRead === 0) return buffer.toString('latin1', 0, length);
        length += bytesRead;
      }
    } finally {
      await file.close();
    }
  };
}
