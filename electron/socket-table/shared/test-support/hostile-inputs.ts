import { randomBytes } from 'node:crypto';

/**
 * Inputs a parser must survive: nothing, random bytes read both ways a child's output can be decoded, and
 * the sample with every line cut at each length in turn. Header lines stay whole, so the cut lines under
 * them are still read as rows.
 */
export function hostileInputs(sample: string): string[] {
  const noise = randomBytes(16 * 1024);
  const lines = sample.split('\n');
  const longest = Math.max(...lines.map((line) => line.length));
  const cuts = Array.from({ length: longest }, (_, length) =>
    lines.map((line) => (/^\s*Proto\b/.test(line) ? line : line.slice(0, length))).join('\n'),
  );
  return ['', noise.toString('latin1'), noise.toString('utf8'), ...cuts];
}

/**
 * The sample with one malformed line put after its `after`-th data line (counting the lines that
 * hold a row): a parser must read every row around it exactly as without it, and skip it alone.
 */
export function withBadLine(
  sample: string,
  isDataLine: (line: string) => boolean,
  badLine: string,
  after = 1,
): string {
  const lines = sample.split('\n');
  let seen = 0;
  const at = lines.findIndex((line) => isDataLine(line) && ++seen === after + 1);
  if (at < 0) throw new Error('the sample has too few data lines');
  return [...lines.slice(0, at), badLine, ...lines.slice(at)].join('\n');
}

/** Malformed rows of a netstat-like format: a word where an address goes, and noise. */
export const BAD_ROWS = [
  'tcp4 0 0 not-an-address *.* LISTEN',
  '  TCP    999.1.1.1:99999   x:y   LISTENING  abc',
  '\u0000\u00ff%%',
];
