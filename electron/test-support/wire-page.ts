import WebSocket from 'ws';
import type { LabEventBatch } from '../contract/streams';
import type { WireMessage } from '../contract/wire';

type WireResponse = Extract<WireMessage, { type: 'response' }>;

/** A test's stand-in for the browser-mode renderer: one authenticated WebSocket to /api. */
export class WirePage {
  readonly messages: WireMessage[] = [];
  readonly closed: Promise<number>;
  private nextId = 0;
  private readonly waiters = new Set<() => void>();

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as WireMessage);
      this.waiters.forEach((wake) => wake());
    });
    this.closed = new Promise((resolve) => ws.once('close', (code) => resolve(code)));
  }

  /** Opens a page on the URL startBrowserMode returned, with the token and Origin a real page would send. */
  static async open(serverUrl: string): Promise<WirePage> {
    const url = new URL(serverUrl);
    const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
    const ws = new WebSocket(`ws://${url.host}/api?token=${token}`, { headers: { Origin: url.origin } });
    const page = new WirePage(ws);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return page;
  }

  /** The Lab stream's batches received so far. */
  labBatches(): LabEventBatch[] {
    return this.messages.flatMap((message) =>
      message.type === 'stream' && message.envelope.stream === 'lab' ? [message.envelope.batch] : [],
    );
  }

  /** Resolves with the first message from index `from` on that matches, or fails after `timeoutMs`. */
  next(predicate: (message: WireMessage) => boolean, from = 0, timeoutMs = 5000): Promise<WireMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`No such message within ${timeoutMs} ms.`));
      }, timeoutMs);
      const check = () => {
        const found = this.messages.slice(from).find(predicate);
        if (!found) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
      };
      this.waiters.add(check);
      check();
    });
  }

  async call(command: unknown, payload: unknown): Promise<WireResponse['response']> {
    this.nextId += 1;
    const id = this.nextId;
    this.ws.send(JSON.stringify({ id, command, payload }));
    const reply = await this.next((message) => message.type === 'response' && message.id === id);
    return (reply as WireResponse).response;
  }

  /** Sends a raw frame and resolves with the protocol error it earned. */
  async sendFrame(frame: string | Buffer): Promise<string> {
    const from = this.messages.length;
    this.ws.send(frame);
    const reply = await this.next((message) => message.type === 'protocol-error', from);
    return reply.type === 'protocol-error' ? reply.message : '';
  }

  close(): void {
    this.ws.terminate();
  }
}
