import { describe, expect, it } from 'vitest';
import { skippedStates, startingState } from './tcp-transitions';

describe('skippedStates', () => {
  it('finds SYN_SENT between nothing and ESTABLISHED for a client, SYN_RECV for an accepted socket', () => {
    expect(skippedStates(startingState('client'), 'ESTABLISHED')).toEqual(['SYN_SENT']);
    expect(skippedStates(startingState('accepted'), 'ESTABLISHED')).toEqual(['SYN_RECV']);
    expect(skippedStates(startingState('listener'), 'LISTEN')).toEqual([]);
  });

  it('finds FIN_WAIT1 between ESTABLISHED and FIN_WAIT2 or TIME_WAIT, and nothing for a real transition', () => {
    expect(skippedStates('ESTABLISHED', 'FIN_WAIT2')).toEqual(['FIN_WAIT1']);
    expect(skippedStates('ESTABLISHED', 'TIME_WAIT')).toEqual(['FIN_WAIT1']);
    expect(skippedStates('CLOSE_WAIT', 'LAST_ACK')).toEqual([]);
    expect(skippedStates('FIN_WAIT2', 'TIME_WAIT')).toEqual([]);
  });

  it('claims nothing where a reset could explain the step, or where TCP has no way back', () => {
    expect(skippedStates('CLOSE_WAIT', 'CLOSED')).toEqual([]);
    expect(skippedStates('TIME_WAIT', 'ESTABLISHED')).toEqual([]);
  });

  it('walks the whole way for a client first seen in TIME_WAIT', () => {
    expect(skippedStates('CLOSED', 'TIME_WAIT')).toEqual(['SYN_SENT', 'ESTABLISHED', 'FIN_WAIT1']);
  });
});
