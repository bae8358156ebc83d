import { describe, expect, it, vi } from 'vitest';
import type { LabEventBatch } from './streams';
import { createListenerHub } from './listener-hub';

const batch: LabEventBatch = { events: [{ type: 'end-sent', seq: 1, at: 1, socketId: 'client-1' }] };

describe('createListenerHub', () => {
  it('signals ready once, when the page adds its first listener', () => {
    const ready = vi.fn();
    const hub = createListenerHub<LabEventBatch>(ready);
    expect(ready).not.toHaveBeenCalled();
    hub.add(vi.fn());
    hub.add(vi.fn());
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('gives each listener only the batch, until it unsubscribes', () => {
    const hub = createListenerHub<LabEventBatch>(vi.fn());
    const listener = vi.fn();
    const stop = hub.add(listener);
    hub.deliver(batch);
    stop();
    stop();
    hub.deliver(batch);
    expect(listener.mock.calls).toEqual([[batch]]);
  });

  it('keeps delivering to the others when one listener throws', () => {
    const hub = createListenerHub<LabEventBatch>(vi.fn());
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    hub.add(() => {
      throw new Error('page bug');
    });
    hub.add(after);
    hub.deliver(batch);
    expect(after).toHaveBeenCalledWith(batch);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('treats the same function added twice as two subscriptions', () => {
    const hub = createListenerHub<LabEventBatch>(vi.fn());
    const listener = vi.fn();
    const stopFirst = hub.add(listener);
    hub.add(listener);
    stopFirst();
    hub.deliver(batch);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses a listener that is not a function', () => {
    const hub = createListenerHub<LabEventBatch>(vi.fn());
    expect(() => hub.add('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });

  it('needs no ready signal', () => {
    const hub = createListenerHub<string>();
    const listener = vi.fn();
    hub.add(listener);
    hub.deliver('x');
    expect(listener).toHaveBeenCalledWith('x');
  });
});
