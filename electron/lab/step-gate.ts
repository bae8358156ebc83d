import type { BytePreview } from '../contract/events';
import {
  DEFAULT_STEP_INTERVAL_MS,
  HELD_SHOWN,
  type HeldWrite,
  type StepMode,
  type StepModeState,
} from '../contract/step-mode';

/** Released with the id it was held under, so that its data-sent event can say which it was. */
type Release = (holdId: number) => void;

interface QueuedWrite extends HeldWrite {
  release: Release;
}

/**
 * The queue behind step mode. Writes are held in the order they were made and released one per
 * step, oldest first, so bytes are never reordered. What must follow a socket's writes (its
 * shutdown, resuming its reads) waits until that socket has none held.
 */
export class StepGate {
  private mode: StepMode = 'off';
  private intervalMs = DEFAULT_STEP_INTERVAL_MS;
  private queue: QueuedWrite[] = [];
  private heldBytes = 0;
  private readonly heldPerSocket = new Map<string, number>();
  private readonly afterHeld = new Map<string, (() => void)[]>();
  private lastHoldId = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly onChange: (state: StepModeState) => void) {}

  /** True while writes wait for steps instead of going out at once. */
  get holding(): boolean {
    return this.mode !== 'off';
  }

  /** Queues a write; returns its hold id. */
  hold(socketId: string, bytes: number, preview: BytePreview, release: Release): number {
    this.lastHoldId += 1;
    const holdId = this.lastHoldId;
    this.queue.push({ holdId, socketId, bytes, preview, release });
    this.heldBytes += bytes;
    this.heldPerSocket.set(socketId, this.heldCount(socketId) + 1);
    this.changed();
    return holdId;
  }

  heldCount(socketId: string): number {
    return this.heldPerSocket.get(socketId) ?? 0;
  }

  /** Bytes waiting across every socket. */
  get totalHeldBytes(): number {
    return this.heldBytes;
  }

  /** Runs `action` once the socket has no write held: now, or right after its last is released. */
  whenReleased(socketId: string, action: () => void): void {
    if (this.heldCount(socketId) === 0) {
      action();
      return;
    }
    const actions = this.afterHeld.get(socketId) ?? [];
    actions.push(action);
    this.afterHeld.set(socketId, actions);
  }

  /** Releases the oldest held write; false when none was waiting. */
  next(): boolean {
    const released = this.releaseOldest();
    if (released) this.changed();
    return released;
  }

  setMode(mode: StepMode, intervalMs = this.intervalMs): StepModeState {
    this.mode = mode;
    this.intervalMs = intervalMs;
    this.stopTimer();
    if (mode === 'off') while (this.releaseOldest());
    if (mode === 'playing') this.timer = setInterval(() => this.next(), intervalMs);
    this.changed();
    return this.state();
  }

  /** A socket closed: what it still had held will never go out. */
  discard(socketId: string): void {
    if (this.heldCount(socketId) === 0) {
      this.afterHeld.delete(socketId);
      return;
    }
    const dropped = this.queue.filter((write) => write.socketId === socketId);
    this.queue = this.queue.filter((write) => write.socketId !== socketId);
    this.heldBytes -= dropped.reduce((sum, write) => sum + write.bytes, 0);
    this.heldPerSocket.delete(socketId);
    this.afterHeld.delete(socketId);
    this.changed();
  }

  /** Stops playing (on shutdown); the mode and the queue are left as they are. */
  stop(): void {
    this.stopTimer();
  }

  state(): StepModeState {
    return {
      mode: this.mode,
      intervalMs: this.intervalMs,
      held: this.queue.slice(0, HELD_SHOWN).map(({ holdId, socketId, bytes, preview }) => ({
        holdId,
        socketId,
        bytes,
        preview,
      })),
      heldCount: this.queue.length,
      heldBytes: this.heldBytes,
    };
  }

  private releaseOldest(): boolean {
    const write = this.queue.shift();
    if (!write) return false;
    this.heldBytes -= write.bytes;
    const left = this.heldCount(write.socketId) - 1;
    if (left > 0) this.heldPerSocket.set(write.socketId, left);
    else this.heldPerSocket.delete(write.socketId);
    write.release(write.holdId);
    if (left === 0) {
      const actions = this.afterHeld.get(write.socketId) ?? [];
      this.afterHeld.delete(write.socketId);
      actions.forEach((action) => action());
    }
    return true;
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private changed(): void {
    this.onChange(this.state());
  }
}
