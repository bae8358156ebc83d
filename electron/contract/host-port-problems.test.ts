import { describe, expect, it } from 'vitest';
import { hostProblem, isIPv6, MAX_HOST_LENGTH, portProblem } from './addresses';
import { commandSchemas, MAX_RECV_BUFFER, MIN_RECV_BUFFER } from './commands';
import { invalidPayload } from './responses';

describe('what is wrong with a host, as the form explains it', () => {
  it('names the octet over 255 in a dotted address', () => {
    expect(hostProblem('10.0.300.1')).toEqual({
      key: 'hostBadOctet',
      params: { host: '10.0.300.1', octet: '300' },
    });
    expect(hostProblem('256.0.0.1')).toEqual({
      key: 'hostBadOctet',
      params: { host: '256.0.0.1', octet: '256' },
    });
  });

  it('takes 255 as an octet, and numbers without four parts as a bad shape', () => {
    expect(hostProblem('255.255.255.255')).toBeUndefined();
    expect(hostProblem('10.0.1')).toEqual({ key: 'hostBadIPv4Shape', params: { host: '10.0.1' } });
    expect(hostProblem('10.0.0.300.1')).toEqual({
      key: 'hostBadIPv4Shape',
      params: { host: '10.0.0.300.1' },
    });
    expect(hostProblem('10..0.1')).toEqual({ key: 'hostBadIPv4Shape', params: { host: '10..0.1' } });
  });

  it('refuses names, IPv6 and lengths it cannot use, naming the host', () => {
    expect(hostProblem('my_host')).toEqual({ key: 'hostBadName', params: { host: 'my_host' } });
    expect(hostProblem('fe80:::1')).toEqual({ key: 'hostBadIPv6', params: { host: 'fe80:::1' } });
    const longest = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    expect(longest).toHaveLength(MAX_HOST_LENGTH);
    expect(hostProblem(longest)).toBeUndefined();
    expect(hostProblem(`${longest}x`)).toEqual({
      key: 'hostTooLong',
      params: { max: MAX_HOST_LENGTH, length: MAX_HOST_LENGTH + 1 },
    });
  });

  it('says plainly whether a host is IPv6', () => {
    expect(isIPv6('::1')).toBe(true);
    expect(isIPv6('fe80:::1')).toBe(false);
    expect(isIPv6('fe80::1%eth0')).toBe(false);
    expect(isIPv6('localhost')).toBe(false);
  });
});

describe('what is wrong with a port', () => {
  it('tells an empty box from a bad number, giving the value it got', () => {
    expect(portProblem('', 0)).toEqual({ key: 'portMissing', params: {} });
    expect(portProblem(null, 0)).toEqual({ key: 'portMissing', params: {} });
    expect(portProblem(undefined, 1)).toEqual({ key: 'portMissing', params: {} });
    expect(portProblem(' ', 0)).toEqual({ key: 'portNotNumber', params: {} });
    expect(portProblem(80.5, 0)).toEqual({ key: 'portNotInteger', params: { value: 80.5 } });
    expect(portProblem(65536, 1)).toEqual({ key: 'portOutOfRange', params: { min: 1, value: 65536 } });
    expect(portProblem(65535, 1)).toBeUndefined();
  });
});

describe('a refused payload, as the page shows it', () => {
  const server = { protocol: 'tcp', host: '127.0.0.1', port: 5346, recvBufferSize: 1024 };

  it('gives the buffer limits with the size it refused', () => {
    const parsed = commandSchemas.startServer.safeParse({ ...server, recvBufferSize: MAX_RECV_BUFFER + 1 });
    expect(parsed.success ? undefined : invalidPayload(parsed.error).issues[0]?.problem).toEqual({
      key: 'bufferOutOfRange',
      params: { min: MIN_RECV_BUFFER, max: MAX_RECV_BUFFER, value: MAX_RECV_BUFFER + 1 },
    });
  });

  it('starts its message with the field at fault, and names none for the payload itself', () => {
    const field = commandSchemas.startServer.safeParse({ ...server, port: 'x' });
    expect(field.success || invalidPayload(field.error).message).toMatch(/^port: \S/);
    const whole = commandSchemas.startServer.safeParse('not an object');
    const message = whole.success || invalidPayload(whole.error).message;
    expect(message).not.toMatch(/^:|^\S*: /);
    expect(message).toBe(whole.success || whole.error.issues[0]?.message);
  });
});
