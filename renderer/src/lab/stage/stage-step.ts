/**
 * What the Lab's stage draws, one step at a time, in the order the real sockets caused it. Host A
 * (the server's sockets) is drawn on the left and host B (the clients) on the right; a step that
 * moves goes towards one of them, in that direction's own lane.
 */
export type Direction = 'to-server' | 'to-client';

/** Packets the kernel sends for a call; the program sees the call return, never the packet. */
export type KernelPacket = 'SYN' | 'SYN-ACK' | 'ACK' | 'FIN' | 'RST';

/** The call a kernel packet is TCP's part of. */
export type KernelCall = 'connect' | 'shutdown' | 'close' | 'reset';

interface StepBase {
  /** Unique and increasing in drawing order: the event's number and the step's place in it. */
  id: string;
  /** The event the step comes from. */
  seq: number;
  /** The diagram row it is drawn in (see diagram-layout.ts). */
  row: string;
}

export type StageStep = StepBase &
  (
    | { kind: 'kernel'; packet: KernelPacket; direction: Direction; call: KernelCall }
    /** Step mode: a write waiting in the program, before send() hands it to the kernel. */
    | { kind: 'held'; socketId: string; direction: Direction; bytes: number; text: string; holdId: number }
    /** send()/sendto(): bytes leave the sender and travel in their direction's lane. */
    | {
        kind: 'send';
        socketId: string;
        direction: Direction;
        bytes: number;
        text: string;
        protocol: 'tcp' | 'udp';
        holdId?: number;
      }
    /**
     * What one read of the receiver took out of its receive buffer: `sends` send()s merged into it,
     * `split` when the last of them is only partly in it (the rest comes in a later read).
     */
    | { kind: 'arrive'; socketId: string; direction: Direction; bytes: number; sends: number; split: boolean }
    /** One recv(bufferSize)/recvfrom(bufferSize) call and what it returned; UDP throws the rest away. */
    | {
        kind: 'read';
        socketId: string;
        protocol: 'tcp' | 'udp';
        direction: Direction;
        bytes: number;
        bufferSize: number;
        index: number;
        count: number;
        discarded?: number;
      }
    /** A datagram that nothing received: no socket is bound at its address any more. */
    | { kind: 'lost'; direction: Direction; bytes: number; target: string }
    /** One side has ended (FIN); the other can still send until it ends too. */
    | { kind: 'half-open'; endedBy: string; stillSending: string }
    /** Both sides have ended, or a reset ended the connection at once. */
    | { kind: 'ended'; reset: boolean }
  );

/** Steps that move along the wire, drawn travelling; others change a socket's side at once. */
export function travels(step: StageStep): boolean {
  return step.kind === 'kernel' || step.kind === 'send';
}
