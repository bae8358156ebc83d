import { describe, expect, it } from 'vitest';
import { bracketedHost, unmappedAddress } from './address-text';

describe('unmappedAddress', () => {
  it('shows an IPv4-mapped peer as its IPv4 address, in any case', () => {
    expect(unmappedAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(unmappedAddress('::FFFF:10.0.0.7')).toBe('10.0.0.7');
  });

  it('leaves plain IPv4, other IPv6 and names as they are (lower-cased)', () => {
    expect(unmappedAddress('192.168.1.20')).toBe('192.168.1.20');
    expect(unmappedAddress('::1:ffff:1.2.3.4')).toBe('::1:ffff:1.2.3.4');
    expect(unmappedAddress('FE80::1')).toBe('fe80::1');
    expect(unmappedAddress('::ffff:7f00:1')).toBe('::ffff:7f00:1');
  });

  it('brackets IPv6 hosts only', () => {
    expect(bracketedHost('::1')).toBe('[::1]');
    expect(bracketedHost('127.0.0.1')).toBe('127.0.0.1');
  });
});
