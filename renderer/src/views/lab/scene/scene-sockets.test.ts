import { describe, expect, it } from 'vitest';
import { applyEvents, emptyLabState } from '../../../lab/lab-state';
import { lesson } from '../../../lab/lesson-events.fixture';
import { withoutSceneSockets } from './scene-sockets';

describe('withoutSceneSockets', () => {
  const lab = applyEvents(emptyLabState, lesson());

  it('keeps the Lab as it is when no scene owns a socket', () => {
    expect(withoutSceneSockets(lab, { ids: new Set() })).toBe(lab);
  });

  it('leaves out the sockets a scene owns, and the packets they received', () => {
    expect(lab.packets.some((packet) => packet.receiverId === 'client-1')).toBe(true);
    const shown = withoutSceneSockets(lab, { ids: new Set(['client-1']) });
    expect(Object.keys(shown.sockets).sort()).toEqual(['client-2', 'conn-1', 'conn-2', 'server-1']);
    expect(shown.packets.map((packet) => packet.receiverId)).toEqual(['conn-2']);
  });

  it('while a scenario runs, leaves out every socket created after it began', () => {
    const seqs = Object.values(lab.sockets).map((socket) => socket.createdSeq);
    const after = Math.min(...seqs);
    const shown = withoutSceneSockets(lab, { ids: new Set(), runningAfterSeq: after });
    expect(Object.values(shown.sockets).map((socket) => socket.createdSeq)).toEqual([after]);
  });
});
