import { z } from 'zod';
import { problemMessageEn, type Problem } from './problems';

/** Longest host name DNS allows (RFC 1035), and so the longest host we accept. */
export const MAX_HOST_LENGTH = 253;

const IPV4_SHAPE = /^\d{1,3}(\.\d{1,3}){3}$/;
const ALL_NUMERIC_LABELS = /^[\d.]+$/;
const HOST_NAME_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

export function isIPv4(host: string): boolean {
  return IPV4_SHAPE.test(host) && host.split('.').every((octet) => Number(octet) <= 255);
}

/** Uses the WHATWG URL parser, which Node and the browser share, as the IPv6 grammar. */
export function isIPv6(host: string): boolean {
  if (!host.includes(':') || /[[\]/?#@%\s]/.test(host)) return false;
  try {
    new URL(`http://[${host}]/`);
    return true;
  } catch {
    return false;
  }
}

export function hostProblem(host: string): Problem | undefined {
  if (host.length === 0) return { key: 'hostEmpty', params: {} };
  if (host.length > MAX_HOST_LENGTH) {
    return { key: 'hostTooLong', params: { max: MAX_HOST_LENGTH, length: host.length } };
  }
  if (host.includes(':')) return isIPv6(host) ? undefined : { key: 'hostBadIPv6', params: { host } };
  if (ALL_NUMERIC_LABELS.test(host)) {
    if (isIPv4(host)) return undefined;
    const octets = host.split('.');
    const tooBig = octets.find((octet) => octet !== '' && Number(octet) > 255);
    return tooBig !== undefined && octets.length === 4
      ? { key: 'hostBadOctet', params: { host, octet: tooBig } }
      : { key: 'hostBadIPv4Shape', params: { host } };
  }
  const isName = host.split('.').every((label) => HOST_NAME_LABEL.test(label));
  return isName ? undefined : { key: 'hostBadName', params: { host } };
}

export function portProblem(value: unknown, min: 0 | 1): Problem | undefined {
  if (value === undefined || value === null || value === '') return { key: 'portMissing', params: {} };
  if (typeof value !== 'number' || Number.isNaN(value)) return { key: 'portNotNumber', params: {} };
  if (!Number.isInteger(value)) return { key: 'portNotInteger', params: { value } };
  if (min === 1 && value === 0) return { key: 'portZeroForConnect', params: {} };
  if (value < min || value > 65535) return { key: 'portOutOfRange', params: { min, value } };
  return undefined;
}

/** Turns a Problem into a zod issue that carries its key, so each boundary can translate it. */
export function refineWith<T>(check: (value: T) => Problem | undefined) {
  return (value: T, ctx: z.RefinementCtx) => {
    const problem = check(value);
    if (problem !== undefined) {
      ctx.addIssue({ code: 'custom', message: problemMessageEn(problem), params: problem });
    }
  };
}

export const hostSchema = z.string().superRefine(refineWith(hostProblem));

/** Port a server binds: 0 asks the OS for any free port. */
export const bindPortSchema = z.custom<number>().superRefine(refineWith((port) => portProblem(port, 0)));

/** Port a client connects to. */
export const connectPortSchema = z.custom<number>().superRefine(refineWith((port) => portProblem(port, 1)));
