import type { LabEvent } from '../contract/events';

type WithoutStamp<E> = E extends LabEvent ? Omit<E, 'seq' | 'at'> : never;

/** An event as the engine describes it, before it is numbered and timed. */
export type UnstampedEvent = WithoutStamp<LabEvent>;

/** An unstamped event without the socket id, for code that already knows which socket it speaks for. */
export type SocketEventBody = UnstampedEvent extends infer E
  ? E extends unknown
    ? Omit<E, 'socketId'>
    : never
  : never;

/** Numbers and timestamps events in the order they happen, then hands them on. */
export function createEventStamper(deliver: (event: LabEvent) => void): (event: UnstampedEvent) => void {
  let seq = 0;
  return (event) => {
    seq += 1;
    deliver({ ...event, seq, at: performance.timeOrigin + performance.now() } as LabEvent);
  };
}
