import type { AddressInfo } from 'node:net';
import type { Endpoint } from '../contract/events';

export function toEndpoint(
  address: string | undefined,
  port: number | undefined,
  family: string | undefined,
): Endpoint | undefined {
  if (address === undefined || port === undefined) return undefined;
  return { address, port, family: family === 'IPv6' ? 'IPv6' : 'IPv4' };
}

export function fromAddressInfo(info: AddressInfo | string | null): Endpoint | undefined {
  return info !== null && typeof info === 'object'
    ? toEndpoint(info.address, info.port, info.family)
    : undefined;
}
