/** An echo server under test, listening on 127.0.0.1 at an ephemeral port. */
export interface EchoServer {
  readonly name: string;
  readonly port: number;
  close(): Promise<void>;
}

export const LOOPBACK = '127.0.0.1';
