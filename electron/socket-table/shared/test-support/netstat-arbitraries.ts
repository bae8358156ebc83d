import fc from 'fast-check';
import { expect } from 'vitest';
import type { ParsedTable } from '../netstat-lines';

/**
 * Text a netstat parser must survive: pure noise, and lines rebuilt from a real sample's own
 * words (headers, addresses, states, pids) shuffled and cut, which reach much deeper into a parser.
 */
export function netstatLikeText(sample: string): fc.Arbitrary<string> {
  const lines = sample.split(/\r?\n/);
  const words = [...new Set(sample.split(/\s+/).filter(Boolean))];
  const separator = fc.constantFrom(' ', '  ', '\t', '      ');
  const shuffledLine = fc
    .array(fc.tuple(fc.constantFrom(...words), separator), { maxLength: 12 })
    .map((parts) => parts.map(([word, gap]) => word + gap).join(''));
  const cutLine = fc
    .tuple(fc.constantFrom(...lines), fc.nat())
    .map(([line, at]) => line.slice(0, at % (line.length + 1)));
  const noise = fc.oneof(fc.string({ unit: 'binary' }), fc.string());
  const line = fc.oneof(shuffledLine, cutLine, fc.constantFrom(...lines), noise);
  return fc
    .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
    .map(([chosen, newline]) => chosen.join(newline));
}

/** What any parse must give, whatever the input: ports in range and unique keys. */
export function expectSaneTable(table: ParsedTable): void {
  for (const row of table.rows) {
    expect(Number.isInteger(row.localPort) && row.localPort >= 0 && row.localPort <= 65535).toBe(true);
    expect(Number.isInteger(row.remotePort) && row.remotePort >= 0 && row.remotePort <= 65535).toBe(true);
  }
  expect(new Set(table.rows.map((row) => row.key)).size).toBe(table.rows.length);
  expect(table.skippedLines).toBeGreaterThanOrEqual(0);
}
