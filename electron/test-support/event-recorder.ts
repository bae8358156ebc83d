import type { LabEvent } from '../contract/events';
import { createEventStamper, type UnstampedEvent } from '../lab/event-stamper';

type EventOf<T extends LabEvent['type']> = Extract<LabEvent, { type: T }>;

/** Keeps every event a Lab emits, and lets a test wait for the one it expects. */
export class EventRecorder {
  readonly events: LabEvent[] = [];
  private waiters: (() => void)[] = [];
  readonly emit: (event: UnstampedEvent) => void = createEventStamper((event) => {
    this.events.push(event);
    this.waiters.forEach((wake) => wake());
  });

  of<T extends LabEvent['type']>(type: T, socketId?: string): EventOf<T>[] {
    return this.events.filter(
      (event): event is EventOf<T> =>
        event.type === type && (socketId === undefined || event.socketId === socketId),
    );
  }

  bytesReceivedBy(socketId: string): number {
    return this.of('data-received', socketId).reduce((sum, event) => sum + event.bytes, 0);
  }

  /** Resolves once `check` passes; fails the test after `timeoutMs` with what was seen. */
  until(check: () => boolean, description: string, timeoutMs = 5000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        const seen = this.events.map((event) => `${event.socketId}:${event.type}`).join(', ');
        reject(new Error(`Timed out waiting for ${description}. Events: ${seen}`));
      }, timeoutMs);
      const wake = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        resolve();
      };
      this.waiters.push(wake);
    });
  }
}
