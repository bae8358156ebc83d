import { describe, expect, it } from 'vitest';
import type { StreamEnvelope } from '../contract/streams';
import { createStreamForwarder } from './stream-forwarder';

function fakeBackend() {
  const listeners = new Set<(batch: StreamEnvelope) => void>();
  return {
    listeners,
    subscribe(listener: (batch: StreamEnvelope) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(batch: StreamEnvelope) {
      listeners.forEach((listener) => listener(batch));
    },
  };
}

const batch = (seq: number): StreamEnvelope => ({
  stream: 'lab',
  batch: { events: [{ type: 'end-sent', seq, at: seq, socketId: 'client-1' }] },
});

describe('createStreamForwarder', () => {
  it('sends nothing before start, everything between start and pause, and subscribes once', () => {
    const backend = fakeBackend();
    const sent: StreamEnvelope[] = [];
    const stream = createStreamForwarder(backend.subscribe, (b) => sent.push(b));
    backend.emit(batch(1));
    stream.start();
    stream.start();
    expect(backend.listeners.size).toBe(1);
    backend.emit(batch(2));
    stream.pause();
    backend.emit(batch(3));
    stream.start();
    backend.emit(batch(4));
    expect(sent).toEqual([batch(2), batch(4)]);
  });

  it('never starts again once stopped', () => {
    const backend = fakeBackend();
    const sent: StreamEnvelope[] = [];
    const stream = createStreamForwarder(backend.subscribe, (b) => sent.push(b));
    stream.start();
    stream.stop();
    stream.start();
    backend.emit(batch(1));
    expect(sent).toEqual([]);
    expect(backend.listeners.size).toBe(0);
    expect(stream.streaming).toBe(false);
  });
});
