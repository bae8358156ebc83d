import { randomBytes } from 'node:crypto';

export const WRITE_BYTES = 64 * 1024;

/** random: any byte at all (the hardest case for the Lab's previews); text: printable ASCII. */
export type PayloadKind = 'random' | 'text';

const POOL_BYTES = 1024 * 1024;
const pools: Record<PayloadKind, Buffer> = {
  random: randomBytes(POOL_BYTES),
  text: Buffer.from(Array.from(randomBytes(POOL_BYTES), (byte) => 0x20 + (byte % 95))),
};
/** Not a divisor of the pool's size, so successive writes start at ever different offsets. */
const STRIDE = 4099;

/**
 * 64 KiB writes that differ from one another (slices of one shared pool, so no copying): a
 * lost, repeated or reordered write changes the hash of the stream.
 */
export class Payload {
  private readonly pool: Buffer;

  constructor(
    kind: PayloadKind,
    private index: number,
  ) {
    this.pool = pools[kind];
  }

  next(): Buffer {
    const offset = (this.index * STRIDE) % (this.pool.length - WRITE_BYTES);
    this.index += 1;
    return this.pool.subarray(offset, offset + WRITE_BYTES);
  }
}

/** A message of `bytes` bytes for ping-pong. */
export function message(kind: PayloadKind, bytes: number): Buffer {
  return Buffer.from(pools[kind].subarray(0, bytes));
}
