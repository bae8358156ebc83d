import { describe, expect, it, vi } from 'vitest';
import type { StepModeState } from '../contract/step-mode';
import { StepGate } from './step-gate';

const preview = { text: 'x', hex: '78', truncated: false };

function paused() {
  const states: StepModeState[] = [];
  const gate = new StepGate((state) => states.push(state));
  gate.setMode('paused');
  const order: string[] = [];
  const hold = (socketId: string, label: string, bytes = 1) =>
    gate.hold(socketId, bytes, preview, () => order.push(label));
  return { gate, order, hold, states };
}

describe('StepGate', () => {
  it("runs what follows a socket's writes only after its last held write, not after the first", () => {
    const { gate, order, hold } = paused();
    hold('client-1', 'first');
    hold('client-1', 'second');
    gate.whenReleased('client-1', () => order.push('FIN'));
    gate.next();
    expect(order).toEqual(['first']);
    gate.next();
    expect(order).toEqual(['first', 'second', 'FIN']);
  });

  it('runs it at once for a socket with nothing held, whatever others hold', () => {
    const { gate, order, hold } = paused();
    hold('client-2', 'other');
    gate.whenReleased('client-1', () => order.push('FIN'));
    expect(order).toEqual(['FIN']);
    expect(gate.heldCount('client-2')).toBe(1);
  });

  it('releases oldest first across sockets, one per step, and counts bytes exactly', () => {
    const { gate, order, hold, states } = paused();
    hold('client-1', 'a', 5);
    hold('conn-1', 'b', 7);
    hold('client-1', 'c', 11);
    expect(gate.totalHeldBytes).toBe(23);
    expect(states.at(-1)).toMatchObject({ heldCount: 3, heldBytes: 23 });
    expect(gate.next()).toBe(true);
    expect(gate.totalHeldBytes).toBe(18);
    gate.next();
    gate.next();
    expect(gate.next()).toBe(false);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(states.at(-1)).toMatchObject({ heldCount: 0, heldBytes: 0, held: [] });
  });

  it('drops what a closed socket held, with the actions waiting for it, and keeps the rest', () => {
    const { gate, order, hold } = paused();
    hold('client-1', 'dropped', 4);
    hold('client-2', 'kept', 6);
    gate.whenReleased('client-1', () => order.push('never'));
    gate.discard('client-1');
    expect(gate.totalHeldBytes).toBe(6);
    gate.next();
    expect(order).toEqual(['kept']);
  });

  it('plays one write per interval, and off releases everything still held, in order', () => {
    vi.useFakeTimers();
    try {
      const { gate, order, hold } = paused();
      hold('client-1', 'a');
      hold('client-1', 'b');
      hold('client-1', 'c');
      gate.setMode('playing', 200);
      vi.advanceTimersByTime(199);
      expect(order).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(order).toEqual(['a']);
      gate.setMode('off');
      expect(order).toEqual(['a', 'b', 'c']);
      expect(gate.holding).toBe(false);
      vi.advanceTimersByTime(1000);
      expect(order).toEqual(['a', 'b', 'c']);
    } finally {
      vi.useRealTimers();
    }
  });
});
