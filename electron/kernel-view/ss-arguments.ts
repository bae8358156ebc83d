/**
 * One ss invocation for the Lab's sockets: TCP with timers (-o) and tcp_info (-i), UDP when the
 * Lab has some, every state, filtered in the kernel to the Lab's local ports, so the cost does not
 * grow with the machine's other sockets. No -H: iproute2 before 4.15 lacks it, and the parser
 * skips the header. Undefined when there is nothing to ask about.
 */
export function ssArguments(ports: { tcp: readonly number[]; udp: readonly number[] }): string[] | undefined {
  const all = [...new Set([...ports.tcp, ...ports.udp])];
  if (all.length === 0) return undefined;
  const kinds = `${ports.tcp.length > 0 ? 't' : ''}${ports.udp.length > 0 ? 'u' : ''}`;
  const filter = `( ${all.map((port) => `sport = :${port}`).join(' or ')} )`;
  return [`-${kinds}ino`, 'state', 'all', filter];
}
