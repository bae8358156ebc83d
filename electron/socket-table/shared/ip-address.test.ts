import { describe, expect, it } from 'vitest';
import { canonicalAddress } from './ip-address';

describe('canonicalAddress', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::', '::'],
    ['::1', '::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8:0000:0001:0000:0000:0000:0001', '2001:db8:0:1::1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['fe80::1%lo0', 'fe80::1%lo0'],
    ['FE80:0:0:0:1C3A:9BFF:FE12:3456%en0', 'fe80::1c3a:9bff:fe12:3456%en0'],
    ['fe80::1%4', 'fe80::1%4'],
    ['::ffff:192.168.1.23', '192.168.1.23'],
    ['::FFFF:7F00:1', '127.0.0.1'],
    // Only ::ffff:0:0/96 is IPv4-mapped: with another group before ffff it is plain IPv6.
    ['::1:ffff:127.0.0.1', '::1:ffff:7f00:1'],
    ['64:ff9b::7f00:1', '64:ff9b::7f00:1'],
  ])('writes %s as %s', (text, expected) => {
    expect(canonicalAddress(text)).toBe(expected);
  });

  it.each([
    '',
    '*',
    '256.1.1.1',
    '1.2.3',
    '2001:db8::1::2',
    'fe80::1%',
    'fe80::1%en 0',
    'localhost',
    '[::1]',
  ])('refuses %j', (text) => {
    expect(canonicalAddress(text)).toBeUndefined();
  });
});
