import type { StreamEnvelope } from '../contract/streams';

/**
 * What a page that is behind (more than PageLimits.behindBytes not yet sent to it) still gets of a
 * delivery: the Lab's events always, since a page cannot rebuild them; of the socket table only
 * its scan error, since a skipped change shows as a version gap and the page asks for the whole
 * table again; of the kernel view the states entered, counter rises and limits, the rest being
 * superseded by later batches. Undefined: send nothing.
 */
export function whenBehind(envelope: StreamEnvelope): StreamEnvelope | undefined {
  switch (envelope.stream) {
    case 'lab':
      return envelope;
    case 'socket-table': {
      const { scanError } = envelope.batch;
      return scanError ? { stream: 'socket-table', batch: { scanError } } : undefined;
    }
    case 'kernel-view': {
      // States and counter rises cannot be rebuilt from later batches; queues and numbers can.
      const { at, sockets = {}, counters, limits } = envelope.batch;
      const entered = Object.entries(sockets).flatMap(([socketId, { protocol, states }]) =>
        states ? [[socketId, { protocol, states }] as const] : [],
      );
      if (entered.length === 0 && !counters && !limits) return undefined;
      const batch = {
        at,
        ...(entered.length > 0 ? { sockets: Object.fromEntries(entered) } : {}),
        ...(counters ? { counters } : {}),
        ...(limits ? { limits } : {}),
      };
      return { stream: 'kernel-view', batch };
    }
  }
}
