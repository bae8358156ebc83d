import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectSaneTable, netstatLikeText } from '../shared/test-support/netstat-arbitraries';
import { parsePowerShellReply, PowerShellReplyError } from './powershell-protocol';
import { parseTasklistPrograms } from './tasklist-programs';
import { parseWindowsNetstat } from './windows-netstat-parser';

const NUM_RUNS = 200;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('the Windows parsers on arbitrary text', () => {
  it.each(['netstat-ano.txt', 'netstat-ano-de.txt', 'netstat-ano-es.txt'])(
    'parseWindowsNetstat never throws on text made from %s',
    (name) => {
      fc.assert(
        fc.property(netstatLikeText(fixture(name)), (text) => expectSaneTable(parseWindowsNetstat(text))),
        { numRuns: NUM_RUNS },
      );
    },
  );

  it('parseWindowsNetstat and parseTasklistPrograms never throw on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expectSaneTable(parseWindowsNetstat(text));
        expect(parseTasklistPrograms(text)).toBeInstanceOf(Map);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parseTasklistPrograms never throws on text made from tasklist output', () => {
    fc.assert(
      fc.property(netstatLikeText(fixture('tasklist.txt')), (text) => {
        for (const [pid, program] of parseTasklistPrograms(text)) {
          expect(Number.isInteger(pid)).toBe(true);
          expect(typeof program).toBe('string');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parsePowerShellReply gives a sane table, or fails as PowerShell did, on lines made from a reply', () => {
    fc.assert(
      fc.property(netstatLikeText(fixture('powershell-reply.txt').replaceAll('\t', ' ')), (text) => {
        const lines = text.split(/\r?\n/).map((line) => line.replace(/ +/g, '\t'));
        try {
          const { tables } = parsePowerShellReply(lines);
          for (const table of tables) expectSaneTable(table);
        } catch (error) {
          expect(error).toBeInstanceOf(PowerShellReplyError);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
