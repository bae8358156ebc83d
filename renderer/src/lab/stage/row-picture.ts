import type { Direction, StageStep } from './stage-step';
import { takeBytes } from './unread-bytes';

/** What the receiving socket's last read took out of its receive buffer, slice by slice. */
interface ReadChunk {
  bytes: number;
  sends: number;
  split: boolean;
  /** The recv() calls drawn so far, each what it returned. */
  reads: number[];
  /** How many recv() calls the chunk takes in all. */
  count: number;
  bufferSize: number;
  protocol: 'tcp' | 'udp';
  /** UDP: bytes of the datagram past the buffer, thrown away. */
  discarded?: number;
}

/** One direction of a row: writes waiting at the sender, bytes waiting at the receiver. */
export interface DirectionPicture {
  /** Step mode: writes the sender's program still holds. */
  held: { holdId: number; bytes: number }[];
  /** send()s that have arrived in the receiver's receive buffer and wait for recv(). */
  waiting: number[];
  lastRead?: ReadChunk;
}

type ConnectionPhase = 'handshake' | 'established' | 'half-open' | 'ended' | 'reset';

/** One row of the stage as the drawn steps have left it. */
export interface RowPicture {
  phase?: ConnectionPhase;
  halfOpen?: { endedBy: string; stillSending: string };
  lost?: { bytes: number; target: string };
  lanes: Record<Direction, DirectionPicture>;
}

const emptyDirection = (): DirectionPicture => ({ held: [], waiting: [] });
const emptyRow = (): RowPicture => ({
  lanes: { 'to-server': emptyDirection(), 'to-client': emptyDirection() },
});

/** The rows' pictures after `steps`, drawn in order after `previous` (which is left as it was). */
export function drawSteps(
  previous: ReadonlyMap<string, RowPicture>,
  steps: readonly StageStep[],
): ReadonlyMap<string, RowPicture> {
  if (steps.length === 0) return previous;
  const rows = new Map(previous);
  const copied = new Set<string>();
  const rowFor = (key: string) => {
    if (!copied.has(key)) {
      const known = rows.get(key);
      rows.set(key, known ? structuredClone(known) : emptyRow());
      copied.add(key);
    }
    return rows.get(key) ?? emptyRow();
  };
  for (const step of steps) {
    drawStep(rowFor(step.row), step);
  }
  return rows;
}

function drawStep(row: RowPicture, step: StageStep): void {
  switch (step.kind) {
    case 'kernel':
      if (step.packet === 'SYN') row.phase = 'handshake';
      if (step.packet === 'ACK' && row.phase === 'handshake') row.phase = 'established';
      return;
    case 'held':
      row.lanes[step.direction].held.push({ holdId: step.holdId, bytes: step.bytes });
      return;
    case 'send': {
      const lane = row.lanes[step.direction];
      lane.held = lane.held.filter((write) => write.holdId !== step.holdId);
      lane.waiting.push(step.bytes);
      delete row.lost;
      return;
    }
    case 'lost':
      row.lanes[step.direction].waiting.pop();
      row.lost = { bytes: step.bytes, target: step.target };
      return;
    case 'arrive': {
      const lane = row.lanes[step.direction];
      takeBytes(lane.waiting, step.bytes);
      lane.lastRead = {
        bytes: step.bytes,
        sends: step.sends,
        split: step.split,
        protocol: 'tcp',
        reads: [],
        count: 0,
        bufferSize: 0,
      };
      return;
    }
    case 'read': {
      const chunk = row.lanes[step.direction].lastRead;
      if (!chunk) return;
      chunk.reads.push(step.bytes);
      chunk.count = step.count;
      chunk.bufferSize = step.bufferSize;
      chunk.protocol = step.protocol;
      if (step.discarded) chunk.discarded = step.discarded;
      return;
    }
    case 'half-open':
      row.phase = 'half-open';
      row.halfOpen = { endedBy: step.endedBy, stillSending: step.stillSending };
      return;
    case 'ended':
      row.phase = step.reset ? 'reset' : 'ended';
      delete row.halfOpen;
      row.lanes['to-server'].held = [];
      row.lanes['to-client'].held = [];
      return;
  }
}
