/**
 * Worker thread entry: the socket table's scan, tagging and diff run here, so that reading tens of
 * thousands of rows never stalls the event loop the Lab's sockets share. Only diffs cross back.
 */
import { parentPort } from 'node:worker_threads';
import { createSocketScanner } from './scanner';
import { createInThreadTracker } from './tracker';
import { thrownMessage } from '../backend/thrown-message';
import type { TrackReply, TrackRequest } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('socket-table-worker runs only as a worker thread.');
const tracker = createInThreadTracker(createSocketScanner());

port.on('message', ({ id, labSockets, now }: TrackRequest) => {
  tracker.next(labSockets, now).then(
    (step) => port.postMessage({ id, step } satisfies TrackReply),
    (error: unknown) => port.postMessage({ id, error: thrownMessage(error) } satisfies TrackReply),
  );
});
