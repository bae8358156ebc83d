import { describe, expect, it } from 'vitest';
import { bracketedHost } from '../contract/address-text';
import { isLoopbackName, isWildcardAddress, listenAddressFor } from './listen-host';

describe('listen host', () => {
  it('knows exactly two loopback names', () => {
    expect(['127.0.0.1', 'localhost', 'LOCALHOST'].map(isLoopbackName)).toEqual([true, true, true]);
    expect(['127.0.0.1.nip.io', 'localhost.evil.com', '192.168.1.20', '0.0.0.0'].map(isLoopbackName)).toEqual(
      [false, false, false, false],
    );
  });

  it('listens on 127.0.0.1 for localhost, which could resolve to ::1', () => {
    expect(listenAddressFor('localhost')).toBe('127.0.0.1');
    expect(listenAddressFor('192.168.1.20')).toBe('192.168.1.20');
  });

  it('writes IPv6 addresses in brackets for URLs and Host headers', () => {
    expect(bracketedHost('fe80::1')).toBe('[fe80::1]');
    expect(bracketedHost('192.168.1.20')).toBe('192.168.1.20');
  });

  it('recognises the wildcard addresses', () => {
    expect(['0.0.0.0', '::'].every(isWildcardAddress)).toBe(true);
    expect(isWildcardAddress('127.0.0.1')).toBe(false);
  });
});
