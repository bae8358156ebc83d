/** The kernel-view stream: what the kernel holds for each Lab socket, read live. */

/** TCP states as RFC 9293 names them (the kernel's, ss's spelling with underscores); CLOSED: no longer listed. */
export type TcpState =
  | 'LISTEN'
  | 'SYN_SENT'
  | 'SYN_RECV'
  | 'ESTABLISHED'
  | 'FIN_WAIT1'
  | 'FIN_WAIT2'
  | 'CLOSE_WAIT'
  | 'LAST_ACK'
  | 'CLOSING'
  | 'TIME_WAIT'
  | 'CLOSED';

/** UDP has no states: ss calls a socket with a peer ESTABLISHED and any other UNCONN; CLOSED: gone. */
type UdpState = 'UNCONN' | 'ESTABLISHED' | 'CLOSED';

export type KernelState = TcpState | UdpState;

export interface KernelStateChange {
  state: KernelState;
  /** Milliseconds since the Unix epoch: the sample that saw it (for a too-brief state, the one that implied it). */
  at: number;
  /**
   * The kernel held this state for less than one sample: never seen, but the states seen either
   * side of it are joined only through it (nothing, then ESTABLISHED: SYN_SENT came between).
   */
  tooBrief?: true;
}

/**
 * The timer the kernel runs on a TCP socket. retransmit: data or a SYN/FIN not yet acknowledged
 * (also the tail-loss probe); keepalive: an idle connection's probe (or, on a listener, the
 * SYN-ACK timer); time-wait: TIME_WAIT's countdown; zero-window-probe: the peer's window is shut.
 */
export interface KernelTimer {
  kind: 'retransmit' | 'keepalive' | 'time-wait' | 'zero-window-probe';
  /** Until it fires, as of the sample. ss rounds it: to the second past 10 s, to the minute past 10 min. */
  remainingMs: number;
  /** Retransmissions or probes sent so far on this timer. */
  count: number;
}

/** A socket's queues as the kernel reports them (ss's Recv-Q and Send-Q), in bytes. */
export interface KernelQueues {
  recvQueue: number;
  sendQueue: number;
}

/** A listener's accept queue: connections the kernel completed that no accept() has taken yet. */
export interface AcceptQueue {
  waiting: number;
  /** The most it holds: listen()'s backlog, capped by net.core.somaxconn. */
  backlog: number;
}

/** The kernel's tcp_info numbers for one connection, as `ss -ti` prints them. Absent: ss printed none. */
export interface TcpInfoNumbers {
  rttMs?: number;
  rttVarMs?: number;
  /** In segments. */
  cwnd?: number;
  /** In segments; absent while still in slow start (the kernel's "infinite"). */
  ssthresh?: number;
  /** Segments retransmitted and not yet acknowledged, now. */
  retrans?: number;
  /** Segments retransmitted over the connection's life. */
  totalRetrans?: number;
  /** Sequence space acknowledged by the peer: the data, plus one for an active opener's SYN and one for a FIN. */
  bytesAcked?: number;
  /** Sequence space received: the data, plus one for the peer's FIN. */
  bytesReceived?: number;
  /** Data bytes sent, retransmissions included (kernel 4.19 and later). */
  bytesSent?: number;
  segsOut?: number;
  segsIn?: number;
  /** Bits per second, the kernel's latest estimate. */
  deliveryRateBps?: number;
  /** Segments sent and not yet acknowledged. */
  unacked?: number;
}

/** What changed for one Lab socket since the previous batch; each part present only when it changed. */
export interface KernelSocketChange {
  protocol: 'tcp' | 'udp';
  /** The states it entered, oldest first; ends with CLOSED once the kernel lists it no more. */
  states?: KernelStateChange[];
  queues?: KernelQueues;
  acceptQueue?: AcceptQueue;
  /** null: the timer it had has stopped. */
  timer?: KernelTimer | null;
  tcpInfo?: TcpInfoNumbers;
}

/** The machine-wide counters the view follows: /proc/net/snmp's Tcp and Udp, /proc/net/netstat's TcpExt. */
export const KERNEL_COUNTERS = [
  'Tcp.ActiveOpens',
  'Tcp.PassiveOpens',
  'Tcp.AttemptFails',
  'Tcp.EstabResets',
  'Tcp.InSegs',
  'Tcp.OutSegs',
  'Tcp.RetransSegs',
  'Tcp.OutRsts',
  'Udp.InDatagrams',
  'Udp.NoPorts',
  'Udp.InErrors',
  'Udp.RcvbufErrors',
  'TcpExt.ListenOverflows',
  'TcpExt.ListenDrops',
] as const;

export type KernelCounterName = (typeof KERNEL_COUNTERS)[number];

/** What the view cannot show here, and why; codes, for the renderer to say in the user's language. */
export interface KernelViewLimits {
  /** process.platform of the back end. */
  platform: string;
  /**
   * Nothing per socket is sampled. platform: this OS has no unprivileged per-socket view that the
   * sampler reads (see offers); ss-missing: iproute2's ss is not installed; ss-failed: it failed.
   */
  unavailable?: { reason: 'platform' | 'ss-missing' | 'ss-failed'; detail?: string };
  /** /proc/net/snmp or /proc/net/netstat could not be read: no counters. */
  countersUnavailable?: { detail: string };
  /** What this OS's own tools give instead, none of which the sampler reads yet. */
  offers?: KernelViewOffer[];
}

export type KernelViewOffer =
  /** netstat -an: each socket's state and its Recv-Q/Send-Q, no timers. */
  | 'netstat-states-and-queues'
  /** macOS netstat -L: each listener's accept queue (qlen/incqlen/maxqlen). */
  | 'netstat-listen-queues'
  /** netstat -s: machine-wide TCP and UDP counters, worded per OS. */
  | 'netstat-counters'
  /** Per-connection rtt and window numbers only through a native call (TCP_CONNECTION_INFO; GetPerTcpConnectionEStats, elevated). */
  | 'native-call-only';

/** One batch: what changed since the previous one, from one sample (sent only when something did). */
export interface KernelViewBatch {
  /** The sample's time, milliseconds since the Unix epoch. */
  at: number;
  /** By Lab socket id (server-N, conn-N, client-N). */
  sockets?: Record<string, KernelSocketChange>;
  /** Machine-wide, not the Lab's alone: how much each counter rose since the previous sample; zero rises left out. */
  counters?: Partial<Record<KernelCounterName, number>>;
  /** In the first batch, and whenever they change. */
  limits?: KernelViewLimits;
}
