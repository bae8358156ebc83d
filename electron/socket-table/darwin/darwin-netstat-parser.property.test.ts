import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectSaneTable, netstatLikeText } from '../shared/test-support/netstat-arbitraries';
import { parseDarwinNetstat } from './darwin-netstat-parser';
import { parsePsPrograms } from './ps-programs';

const NUM_RUNS = 200;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const samples = [
  'netstat-tcp-tahoe.txt',
  'netstat-udp-tahoe.txt',
  'netstat-tcp-catalina.txt',
  'netstat-udp-catalina.txt',
  'netstat-tcp-sonoma.txt',
  'netstat-tcp-sequoia.txt',
];

describe('the macOS parsers on arbitrary text', () => {
  it.each(samples)('parseDarwinNetstat never throws on text made from %s', (name) => {
    fc.assert(
      fc.property(netstatLikeText(fixture(name)), (text) => expectSaneTable(parseDarwinNetstat(text))),
      { numRuns: NUM_RUNS },
    );
  });

  it('parseDarwinNetstat and parsePsPrograms never throw on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expectSaneTable(parseDarwinNetstat(text));
        expect(parsePsPrograms(text)).toBeInstanceOf(Map);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parsePsPrograms never throws on text made from ps output', () => {
    fc.assert(
      fc.property(netstatLikeText(fixture('ps.txt')), (text) => {
        for (const [pid, program] of parsePsPrograms(text)) {
          expect(Number.isInteger(pid)).toBe(true);
          expect(typeof program).toBe('string');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
