import type { LabEvent, SocketRole } from '@contract/events';
import { stepOfEvent, type CallStep } from './call-step';

/** One call in a program's timeline; repeated sends or receives in a row are one entry. */
export interface TimelineCall {
  call: CallStep;
  socketId: string;
  /** The event that made (or last repeated) it. */
  seq: number;
  times: number;
  /** Bytes moved, for send and recv. */
  bytes?: number;
}

/** The most entries one timeline keeps: the latest. */
export const TIMELINE_LIMIT = 12;

const DATA_CALLS: ReadonlySet<CallStep> = new Set(['send', 'recv']);

/**
 * The calls a program made, in the order they happened, from the events of its sockets
 * (`roles` names them): socket, bind, listen, accept, then recv, sendall, recv... Several events
 * can be one call (connecting and connected are one connect(); in step mode, a held write and
 * its release are one send()); back-to-back sends or receives are counted on one entry.
 */
export function callTimeline(
  events: readonly LabEvent[],
  roles: ReadonlyMap<string, SocketRole>,
): TimelineCall[] {
  const timeline: TimelineCall[] = [];
  const held = new Set<string>();
  for (const event of events) {
    const role = roles.get(event.socketId);
    const call = role && stepOfEvent(event, role);
    if (!call) continue;
    if (event.type === 'data-held') held.add(`${event.socketId}:${event.holdId}`);
    // The release of a held write is the same send() call, already counted when it was held.
    if (
      event.type === 'data-sent' &&
      event.holdId !== undefined &&
      held.has(`${event.socketId}:${event.holdId}`)
    )
      continue;
    const bytes = 'bytes' in event ? event.bytes : undefined;
    const last = timeline.at(-1);
    if (last?.call === call && last.socketId === event.socketId) {
      last.seq = event.seq;
      if (DATA_CALLS.has(call) && bytes !== undefined) {
        last.times += 1;
        last.bytes = (last.bytes ?? 0) + bytes;
      }
      continue;
    }
    timeline.push({
      call,
      socketId: event.socketId,
      seq: event.seq,
      times: 1,
      ...(bytes === undefined ? {} : { bytes }),
    });
  }
  return timeline.slice(-TIMELINE_LIMIT);
}
