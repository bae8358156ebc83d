import { describe, expect, it } from 'vitest';
import { createStreamFanOut } from './stream-fan-out';
import type { StreamEnvelope } from './streams';

describe('createStreamFanOut', () => {
  it('signals ready once, when the page first subscribes to any stream', () => {
    let signals = 0;
    const fanOut = createStreamFanOut(() => (signals += 1));
    expect(signals).toBe(0);
    fanOut.subscribe('lab', () => undefined);
    expect(signals).toBe(1);
    const stop = fanOut.subscribe('socket-table', () => undefined);
    stop();
    fanOut.subscribe('socket-table', () => undefined);
    expect(signals).toBe(1);
  });

  it('refuses a stream the contract does not have', () => {
    const fanOut = createStreamFanOut();
    expect(() => fanOut.subscribe('no-such-stream' as 'lab', () => undefined)).toThrow(TypeError);
  });

  it('drops a delivery for a stream it does not know, and still delivers the next ones', () => {
    const fanOut = createStreamFanOut();
    const batches: unknown[] = [];
    fanOut.subscribe('lab', (batch) => batches.push(batch));
    const unknown = { stream: 'no-such-stream', batch: { events: [] } } as unknown as StreamEnvelope;
    expect(() => fanOut.deliver(unknown)).not.toThrow();
    const known = { stream: 'lab', batch: { events: [] } } as unknown as StreamEnvelope;
    fanOut.deliver(known);
    expect(batches).toEqual([known.batch]);
  });
});
