import { anyAddress, canonicalAddress, type IpFamily } from './ip-address';

export interface Endpoint {
  address: string;
  port: number;
}

/** One side of a connection from netstat's host and port texts, where "*" means any address or no port. */
export function readEndpoint(host: string, port: string, family: IpFamily): Endpoint | undefined {
  const address = host === '*' ? anyAddress(family) : canonicalAddress(host);
  const portNumber = port === '*' ? 0 : Number(port);
  if (address === undefined || !/^(\*|\d{1,5})$/.test(port) || portNumber > 65535) return undefined;
  return { address, port: portNumber };
}
