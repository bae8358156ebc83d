import { describe, expect, it, vi } from 'vitest';
import type { EventBatch } from '../contract/events';
import { createEventHub } from './event-hub';

const batch: EventBatch = { events: [{ type: 'end-sent', seq: 1, at: 1, socketId: 'client-1' }] };

describe('createEventHub', () => {
  it('signals ready once, when the page adds its first listener', () => {
    const ready = vi.fn();
    const hub = createEventHub(ready);
    expect(ready).not.toHaveBeenCalled();
    hub.onEvents(vi.fn());
    hub.onEvents(vi.fn());
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('gives each listener only the batch, until it unsubscribes', () => {
    const hub = createEventHub(vi.fn());
    const listener = vi.fn();
    const stop = hub.onEvents(listener);
    hub.deliver(batch);
    stop();
    stop();
    hub.deliver(batch);
    expect(listener.mock.calls).toEqual([[batch]]);
  });

  it('keeps delivering to the others when one listener throws', () => {
    const hub = createEventHub(vi.fn());
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    hub.onEvents(() => {
      throw new Error('page bug');
    });
    hub.onEvents(after);
    hub.deliver(batch);
    expect(after).toHaveBeenCalledWith(batch);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('treats the same function added twice as two subscriptions', () => {
    const hub = createEventHub(vi.fn());
    const listener = vi.fn();
    const stopFirst = hub.onEvents(listener);
    hub.onEvents(listener);
    stopFirst();
    hub.deliver(batch);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses a listener that is not a function', () => {
    const hub = createEventHub(vi.fn());
    expect(() => hub.onEvents('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});
