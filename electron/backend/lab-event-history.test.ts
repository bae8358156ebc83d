import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../contract/events';
import { LAB_HISTORY_LIMIT, LabEventHistory } from './lab-event-history';

const ended = (seq: number): LabEvent => ({ type: 'end-sent', seq, at: seq, socketId: 'client-1' });
const seqs = (history: LabEventHistory) => history.events().map((event) => event.seq);

describe('LabEventHistory', () => {
  it('gives back what was streamed, oldest first', () => {
    const history = new LabEventHistory(4);
    history.push([ended(1), ended(2)]);
    history.push([ended(3)]);
    expect(seqs(history)).toEqual([1, 2, 3]);
  });

  it('keeps only the latest events once full, still in order', () => {
    const history = new LabEventHistory(4);
    history.push([1, 2, 3, 4, 5, 6].map(ended));
    expect(seqs(history)).toEqual([3, 4, 5, 6]);
    history.push([ended(7)]);
    expect(seqs(history)).toEqual([4, 5, 6, 7]);
  });

  it('keeps 5,000 events by default', () => {
    const history = new LabEventHistory();
    history.push(Array.from({ length: LAB_HISTORY_LIMIT + 10 }, (_, index) => ended(index + 1)));
    expect(LAB_HISTORY_LIMIT).toBe(5000);
    expect(history.events()).toHaveLength(5000);
    expect(history.events()[0]?.seq).toBe(11);
  });
});
