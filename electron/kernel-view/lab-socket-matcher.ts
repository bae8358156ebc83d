import type { LabSocket, SocketRole } from '../contract/events';
import { canonicalAddress } from '../socket-table/shared/ip-address';
import { REMEMBER_CLOSED_MS } from '../socket-table/lab-tags';
import type { SsSocket } from './ss-parser';

export interface MatchedSocket {
  socketId: string;
  role: SocketRole;
}

interface RememberedPair extends MatchedSocket {
  localPort: number;
  seenAt: number;
}

/** ss writes a dual-stack any address as "*"; the Lab as "::" (or "0.0.0.0"). */
const ANY_ADDRESSES: ReadonlySet<string> = new Set(['*', '0.0.0.0', '::']);

function hostKey(address: string, port: number): string {
  const canonical = canonicalAddress(address) ?? address.toLowerCase();
  return `${ANY_ADDRESSES.has(canonical) ? '*' : canonical}|${port}`;
}

function pairKey(
  local: { address: string; port: number },
  remote: { address: string; port: number },
): string {
  return `${hostKey(local.address, local.port)}|${hostKey(remote.address, remote.port)}`;
}

/**
 * Names the kernel's rows by Lab socket id: a listener by its bound endpoint, a UDP socket by
 * the same, a TCP connection by its two endpoints. A connection the Lab has closed keeps its
 * name while the kernel still lists it (FIN_WAIT2, LAST_ACK, TIME_WAIT), for at most
 * REMEMBER_CLOSED_MS; ss shows no owner, so the endpoints alone decide.
 */
export class LabSocketMatcher {
  private listeners = new Map<string, MatchedSocket>();
  private datagramSockets = new Map<string, MatchedSocket>();
  private readonly pairs = new Map<string, RememberedPair>();
  private livePairs = new Set<string>();
  private ports = { tcp: new Set<number>(), udp: new Set<number>() };

  /** Takes the Lab's sockets as they are now. */
  update(labSockets: readonly LabSocket[], now: number): void {
    this.listeners = new Map();
    this.datagramSockets = new Map();
    this.livePairs = new Set();
    this.ports = { tcp: new Set(), udp: new Set() };
    for (const { socketId, role, protocol, local, remote } of labSockets) {
      if (!local) continue;
      this.ports[protocol].add(local.port);
      const named = { socketId, role };
      if (protocol === 'udp') this.datagramSockets.set(hostKey(local.address, local.port), named);
      else if (role === 'listener') this.listeners.set(hostKey(local.address, local.port), named);
      else if (remote) {
        const key = pairKey(local, remote);
        this.pairs.set(key, { ...named, localPort: local.port, seenAt: now });
        this.livePairs.add(key);
      }
    }
    for (const [key, pair] of this.pairs) {
      if (now - pair.seenAt > REMEMBER_CLOSED_MS) this.pairs.delete(key);
      else this.ports.tcp.add(pair.localPort);
    }
  }

  /** The local ports to ask the kernel about, by protocol: the Lab's, and its closed connections'. */
  localPorts(): { tcp: number[]; udp: number[] } {
    return { tcp: [...this.ports.tcp], udp: [...this.ports.udp] };
  }

  /**
   * The Lab sockets among the kernel's rows. A closed connection the rows no longer list is
   * forgotten: its 4-tuple may be reused by a connection of someone else.
   */
  match(rows: readonly SsSocket[]): { socket: SsSocket; named: MatchedSocket }[] {
    const matched: { socket: SsSocket; named: MatchedSocket }[] = [];
    const listed = new Set<string>();
    for (const socket of rows) {
      const named = this.nameOf(socket, listed);
      if (named) matched.push({ socket, named });
    }
    for (const key of this.pairs.keys()) {
      if (!this.livePairs.has(key) && !listed.has(key)) this.pairs.delete(key);
    }
    return matched;
  }

  private nameOf(socket: SsSocket, listed: Set<string>): MatchedSocket | undefined {
    const bound = hostKey(socket.local.address, socket.local.port);
    if (socket.protocol === 'udp') return this.datagramSockets.get(bound);
    if (socket.state === 'LISTEN') return this.listeners.get(bound);
    const key = pairKey(socket.local, socket.remote);
    const pair = this.pairs.get(key);
    if (pair) listed.add(key);
    return pair;
  }
}
