import type { StreamEnvelope } from '../contract/streams';

/**
 * What a page that is behind (more than PageLimits.behindBytes not yet sent to it) still gets of a
 * delivery: the Lab's events always, since a page cannot rebuild them; of the socket table only
 * its scan error, since a skipped change shows as a version gap and the page asks for the whole
 * table again. Undefined: send nothing.
 */
export function whenBehind(envelope: StreamEnvelope): StreamEnvelope | undefined {
  switch (envelope.stream) {
    case 'lab':
      return envelope;
    case 'socket-table': {
      const { scanError } = envelope.batch;
      return scanError ? { stream: 'socket-table', batch: { scanError } } : undefined;
    }
  }
}
