import type { StreamEnvelope } from '../../electron/contract/streams';

export interface BatchTotals {
  /** Every delivery to the subscriber, socket-table updates included. */
  batches: number;
  /** Deliveries of the other streams (the socket table, the kernel view). */
  tableOnlyBatches: number;
  events: number;
  maxEvents: number;
  /** Size of each batch as JSON, what browser mode puts on its WebSocket. */
  jsonBytes: number;
  maxJsonBytes: number;
  /** Bytes the events say the Lab's sockets received and sent, summaries included. */
  bytesReceived: number;
  bytesSent: number;
  acceptedSockets: number;
  closedAcceptedSockets: number;
}

/** The renderer's side of the stream: it takes every batch, serialises it and adds up what it says. */
export class BatchRecorder {
  private totals: BatchTotals = {
    batches: 0,
    tableOnlyBatches: 0,
    events: 0,
    maxEvents: 0,
    jsonBytes: 0,
    maxJsonBytes: 0,
    bytesReceived: 0,
    bytesSent: 0,
    acceptedSockets: 0,
    closedAcceptedSockets: 0,
  };
  private readonly accepted = new Set<string>();

  readonly receive = (envelope: StreamEnvelope): void => {
    const totals = this.totals;
    const size = Buffer.byteLength(JSON.stringify(envelope));
    totals.batches += 1;
    totals.jsonBytes += size;
    totals.maxJsonBytes = Math.max(totals.maxJsonBytes, size);
    if (envelope.stream !== 'lab') {
      totals.tableOnlyBatches += 1;
      return;
    }
    const batch = envelope.batch;
    totals.events += batch.events.length;
    totals.maxEvents = Math.max(totals.maxEvents, batch.events.length);
    for (const event of batch.events) {
      if (event.type === 'data-received') totals.bytesReceived += event.bytes;
      else if (event.type === 'data-sent') totals.bytesSent += event.bytes;
      else if (event.type === 'data-summary') {
        if (event.direction === 'received') totals.bytesReceived += event.bytes;
        else totals.bytesSent += event.bytes;
      } else if (event.type === 'accepted') {
        this.accepted.add(event.socketId);
        totals.acceptedSockets += 1;
      } else if (event.type === 'closed' && this.accepted.delete(event.socketId)) {
        totals.closedAcceptedSockets += 1;
      }
    }
  };

  read(): BatchTotals {
    return { ...this.totals };
  }

  /** Resolves once every accepted socket's close has reached the subscriber, or after `timeoutMs`. */
  async settled(timeoutMs = 3000): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (this.accepted.size > 0 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.accepted.size === 0;
  }
}
