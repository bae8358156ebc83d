import type { LabEvent } from '@contract/events';
import { endpointText } from '../endpoint-text';
import type { LabState } from '../lab-state';
import { castOf, type CastMember, type StageCast } from './stage-cast';
import type { Direction, KernelCall, KernelPacket, StageStep } from './stage-step';
import { takeBytes } from './unread-bytes';

type Draft = StageStep extends infer S ? (S extends StageStep ? Omit<S, 'id' | 'seq'> : never) : never;

/** The direction of whatever `from` sends: towards the other host. */
const away = (from: CastMember): Direction => (from.host === 'B' ? 'to-server' : 'to-client');
const towards = (to: CastMember): Direction => (to.host === 'A' ? 'to-server' : 'to-client');

/**
 * Turns the Lab's events into the steps the stage draws, in causal order. It remembers what it
 * has seen across batches: the bytes sent each way that no read has taken yet (so that a read
 * can say how many send()s it merged), which sides have ended, which sockets closed.
 */
export class StepDeriver {
  /** Per row and direction: the sizes of the send()s not yet read, oldest first. */
  private readonly unread = new Map<string, number[]>();
  /** Per row: the directions a FIN has been drawn in. */
  private readonly finished = new Map<string, Set<Direction>>();
  private readonly ended = new Set<string>();
  private readonly endSent = new Set<string>();
  private readonly closed = new Set<string>();

  /** `lab` is the Lab when the stage starts watching: sockets closed by then stay closed. */
  constructor(lab: LabState) {
    for (const socket of Object.values(lab.sockets))
      if (socket.state === 'closed') this.closed.add(socket.socketId);
  }

  /** The steps for `events`; `lab` is the Lab after them, which places every socket on the stage. */
  take(events: readonly LabEvent[], lab: LabState): StageStep[] {
    const cast = castOf(lab);
    const steps: StageStep[] = [];
    for (const event of events) {
      const drafts = this.stepsOf(event, cast);
      drafts.forEach((draft, index) =>
        steps.push({ ...draft, id: `${event.seq}.${index}`, seq: event.seq } as StageStep),
      );
    }
    return steps;
  }

  private stepsOf(event: LabEvent, cast: StageCast): Draft[] {
    const member = cast.member(event.socketId);
    if (!member) return [];
    if (member.protocol === 'udp') return this.datagramSteps(event, member, cast);
    const row = member.row;
    if (row === undefined) return [];
    switch (event.type) {
      case 'connected':
        return member.host === 'B' ? handshake(row) : [];
      case 'accepted':
        // A Lab client's own 'connected' draws the handshake; only an outside client's is drawn here.
        return member.peerId === undefined ? handshake(row) : [];
      case 'data-held':
        return [held(row, member, event)];
      case 'data-sent':
        this.unreadOf(row, away(member)).push(event.bytes);
        return [send(row, member, event, 'tcp')];
      case 'data-summary':
        if (event.direction === 'sent') this.unreadOf(row, away(member)).push(event.bytes);
        else this.takeUnread(row, towards(member), event.bytes);
        return [];
      case 'data-received': {
        const direction = towards(member);
        const { sends, split } = this.takeUnread(row, direction, event.bytes);
        const arrive: Draft = {
          kind: 'arrive',
          row,
          socketId: member.socketId,
          direction,
          bytes: event.bytes,
          sends,
          split,
        };
        return [arrive, ...reads(row, member, direction, event.slices, event.sliceCount)];
      }
      case 'end-received':
        return this.fin(row, towards(member), {
          call: this.endSent.has(member.peerId ?? '') ? 'shutdown' : 'close',
          sender: member.peerId,
          receiver: member.socketId,
        });
      case 'end-sent': {
        this.endSent.add(member.socketId);
        const peerGone = member.peerId === undefined || this.closed.has(member.peerId);
        return peerGone ? this.fin(row, away(member), { call: 'shutdown', ...fromMember(member) }) : [];
      }
      case 'closed': {
        this.closed.add(member.socketId);
        // close() sends a FIN too; a Lab peer draws it when it arrives (or an RST, as ECONNRESET).
        const unseen = member.peerId === undefined && !this.endSent.has(member.socketId);
        return unseen ? this.fin(row, away(member), { call: 'close', ...fromMember(member) }) : [];
      }
      case 'error':
        if (event.error.code !== 'ECONNRESET' || this.ended.has(row)) return [];
        this.ended.add(row);
        return [kernel(row, 'RST', towards(member), 'reset'), { kind: 'ended', row, reset: true }];
      default:
        return [];
    }
  }

  private datagramSteps(event: LabEvent, member: CastMember, cast: StageCast): Draft[] {
    const client = member.host === 'B' ? member : cast.udpClientAt('peer' in event ? event.peer : undefined);
    const row = client?.row;
    if (row === undefined) return [];
    switch (event.type) {
      case 'data-held':
        return [held(row, member, event)];
      case 'data-sent': {
        const steps: Draft[] = [send(row, member, event, 'udp')];
        const receiver = member.host === 'B' ? member.peerId : client?.socketId;
        if (receiver !== undefined && this.closed.has(receiver) && event.peer) {
          steps.push({
            kind: 'lost',
            row,
            direction: away(member),
            bytes: event.bytes,
            target: endpointText(event.peer),
          });
        }
        return steps;
      }
      case 'data-received': {
        const direction = towards(member);
        const arrive: Draft = {
          kind: 'arrive',
          row,
          socketId: member.socketId,
          direction,
          bytes: event.bytes,
          sends: 1,
          split: false,
        };
        const read: Draft = {
          kind: 'read',
          row,
          socketId: member.socketId,
          protocol: 'udp',
          direction,
          bytes: event.bytes,
          bufferSize: member.recvBufferSize,
          index: 1,
          count: 1,
          ...(event.discarded ? { discarded: event.discarded } : {}),
        };
        return [arrive, read];
      }
      case 'closed':
        this.closed.add(member.socketId);
        return [];
      default:
        return [];
    }
  }

  /** A FIN drawn once per direction; the first leaves the connection half-open, the second ends it. */
  private fin(row: string, direction: Direction, ends: FinEnds): Draft[] {
    const done = this.finished.get(row) ?? new Set<Direction>();
    if (done.has(direction) || this.ended.has(row)) return [];
    done.add(direction);
    this.finished.set(row, done);
    const steps: Draft[] = [kernel(row, 'FIN', direction, ends.call)];
    if (done.size === 1) {
      steps.push({ kind: 'half-open', row, endedBy: ends.sender ?? '', stillSending: ends.receiver ?? '' });
    } else {
      this.ended.add(row);
      steps.push({ kind: 'ended', row, reset: false });
    }
    return steps;
  }

  private unreadOf(row: string, direction: Direction): number[] {
    const key = `${row}|${direction}`;
    const queue = this.unread.get(key) ?? [];
    this.unread.set(key, queue);
    return queue;
  }

  private takeUnread(row: string, direction: Direction, bytes: number): { sends: number; split: boolean } {
    return takeBytes(this.unreadOf(row, direction), bytes);
  }
}

/** Who sent a FIN and who got it; undefined for a peer outside the Lab. */
interface FinEnds {
  call: KernelCall;
  sender: string | undefined;
  receiver: string | undefined;
}

const fromMember = (member: CastMember) => ({ sender: member.socketId, receiver: member.peerId });

function handshake(row: string): Draft[] {
  return [
    kernel(row, 'SYN', 'to-server', 'connect'),
    kernel(row, 'SYN-ACK', 'to-client', 'connect'),
    kernel(row, 'ACK', 'to-server', 'connect'),
  ];
}

function kernel(row: string, packet: KernelPacket, direction: Direction, call: KernelCall): Draft {
  return { kind: 'kernel', row, packet, direction, call };
}

function held(row: string, member: CastMember, event: Extract<LabEvent, { type: 'data-held' }>): Draft {
  const { bytes, holdId, preview } = event;
  return {
    kind: 'held',
    row,
    socketId: member.socketId,
    direction: away(member),
    bytes,
    text: preview.text,
    holdId,
  };
}

function send(
  row: string,
  member: CastMember,
  event: Extract<LabEvent, { type: 'data-sent' }>,
  protocol: 'tcp' | 'udp',
): Draft {
  const { bytes, preview, holdId } = event;
  return {
    kind: 'send',
    row,
    socketId: member.socketId,
    direction: away(member),
    bytes,
    text: preview.text,
    protocol,
    ...(holdId === undefined ? {} : { holdId }),
  };
}

function reads(
  row: string,
  member: CastMember,
  direction: Direction,
  slices: readonly number[],
  sliceCount: number | undefined,
): Draft[] {
  const count = sliceCount ?? slices.length;
  return slices.map((bytes, index) => ({
    kind: 'read',
    row,
    socketId: member.socketId,
    protocol: 'tcp',
    direction,
    bytes,
    bufferSize: member.recvBufferSize,
    index: index + 1,
    count,
  }));
}
