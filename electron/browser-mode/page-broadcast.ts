import type WebSocket from 'ws';
import type { BackendApi } from '../backend/backend-api';
import { subscribeToEveryStream } from '../backend/every-stream';
import type { StreamEnvelope } from '../contract/streams';
import { WIRE_CLOSE_CODES, type WireMessage } from '../contract/wire';
import { whenBehind } from './behind-policy';
import type { PageLimits } from './page-limits';

/**
 * How long a page told to go may read nothing before its connection is cut: a page that does not
 * read never completes the closing handshake, and ws would hold it (and what it had not read) for
 * 30 s. A page still reading its way to the close frame is given the time it needs.
 */
const CLOSE_GRACE_MS = 1000;

/** Closes with a code the page can read, then cuts the connection once the page stops reading. */
function closeSoon(ws: WebSocket, code: number, reason: string): void {
  ws.close(code, reason);
  let unread = ws.bufferedAmount;
  const check = () => {
    if (ws.readyState === ws.CLOSED) return;
    if (ws.bufferedAmount < unread) {
      unread = ws.bufferedAmount;
      setTimeout(check, CLOSE_GRACE_MS).unref();
      return;
    }
    ws.terminate();
  };
  setTimeout(check, CLOSE_GRACE_MS).unref();
}

/** A wire message as the bytes of one text frame, made once and sent to any number of pages. */
export function wireFrame(message: WireMessage): Buffer {
  return Buffer.from(JSON.stringify(message));
}

/**
 * Sends every stream to every page from one subscription: each batch is serialised once, into
 * one buffer that every page's socket queues (ws does not copy an unmasked frame's data), so a
 * thousand pages cost one JSON.stringify, not a thousand. It also holds the page limits: how
 * many pages, how far behind one may fall, and how much all of them may leave unsent.
 */
export class PageBroadcast {
  private readonly pages = new Set<WebSocket>();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly backend: Pick<BackendApi, 'subscribe'>,
    private readonly limits: PageLimits,
  ) {}

  /** Takes a page on; undefined (and the page told why, and closed) when there are enough. */
  add(ws: WebSocket): (() => void) | undefined {
    if (this.pages.size >= this.limits.maxPages) {
      closeSoon(ws, WIRE_CLOSE_CODES.tooManyPages, `At most ${this.limits.maxPages} pages at once.`);
      return undefined;
    }
    this.pages.add(ws);
    this.unsubscribe ??= subscribeToEveryStream(this.backend, (envelope) => this.deliver(envelope));
    return () => {
      this.pages.delete(ws);
      if (this.pages.size > 0) return;
      this.unsubscribe?.();
      this.unsubscribe = undefined;
    };
  }

  /** Sends one page a reply of its own, within the same per-page bound. */
  sendTo(ws: WebSocket, message: WireMessage): void {
    if (this.withinBound(ws)) ws.send(wireFrame(message), { binary: false });
    this.holdTotal();
  }

  private deliver(envelope: StreamEnvelope): void {
    const whole = wireFrame({ type: 'stream', envelope });
    let behind: Buffer | null | undefined;
    for (const ws of this.pages) {
      if (!this.withinBound(ws)) continue;
      if (ws.bufferedAmount <= this.limits.behindBytes) {
        ws.send(whole, { binary: false });
        continue;
      }
      if (behind === undefined) {
        const kept = whenBehind(envelope);
        behind = kept ? wireFrame({ type: 'stream', envelope: kept }) : null;
      }
      if (behind) ws.send(behind, { binary: false });
    }
    this.holdTotal();
  }

  /** False for a page that cannot take more: closing, or so far behind that it is cut off now. */
  private withinBound(ws: WebSocket): boolean {
    if (ws.readyState !== ws.OPEN) return false;
    if (ws.bufferedAmount <= this.limits.maxUnsentPerPage) return true;
    closeSoon(ws, WIRE_CLOSE_CODES.notReading, 'The page is not reading its events.');
    return false;
  }

  /**
   * Past the total, drops the pages furthest behind first, at once: a closing handshake would
   * keep their unsent bytes until it timed out, and a page that does not read never completes it.
   */
  private holdTotal(): void {
    let total = 0;
    for (const ws of this.pages) total += ws.bufferedAmount;
    if (total <= this.limits.maxUnsentTotal) return;
    const furthestBehindFirst = [...this.pages].sort((a, b) => b.bufferedAmount - a.bufferedAmount);
    for (const ws of furthestBehindFirst) {
      if (total <= this.limits.maxUnsentTotal) break;
      total -= ws.bufferedAmount;
      ws.terminate();
    }
  }
}
