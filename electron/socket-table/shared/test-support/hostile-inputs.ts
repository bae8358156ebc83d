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
