/**
 * npm run bench:soak -- [minutes] [sample-seconds]: connection churn through the back end for
 * `minutes` (30 by default), sampling rss, open files and event-loop delay every `sample-seconds`
 * (60), then a table and whether each stayed stable (judge.ts). Not part of `npm run bench`.
 */
import { startLabEcho } from '../shared/lab-echo';
import { printTable } from '../shared/print-table';
import { CHURN_CLIENTS, churnOnce } from './churn';
import { judgeStability } from './judge';
import { SAMPLE_HEADER, SoakSampler, sampleRow, type SoakSample } from './sampler';

const MINUTES = Number(process.argv[2] ?? 30);
const SAMPLE_MS = Number(process.argv[3] ?? 60) * 1000;

async function main(): Promise<void> {
  if (!(MINUTES > 0 && SAMPLE_MS > 0)) throw new Error('Usage: soak.js [minutes > 0] [sample-seconds > 0]');
  const lab = await startLabEcho();
  const { backend, recorder, port } = lab;
  console.log(`Soak: ${MINUTES} min of churn (${CHURN_CLIENTS} clients at a time) on 127.0.0.1:${port}`);
  const sampler = new SoakSampler();
  const samples: SoakSample[] = [];
  const started = performance.now();
  const end = started + MINUTES * 60_000;
  let nextSample = started + SAMPLE_MS;
  let connections = 0;
  while (performance.now() < end) {
    connections += await churnOnce(backend, port);
    if (performance.now() >= nextSample) {
      const sample = sampler.sample((performance.now() - started) / 60_000, connections);
      samples.push(sample);
      console.log(sampleRow(sample).join('  '));
      connections = 0;
      nextSample += SAMPLE_MS;
    }
  }
  sampler.stop();
  await lab.close();

  console.log('');
  printTable([SAMPLE_HEADER, ...samples.map(sampleRow)]);
  const verdicts = judgeStability(samples, CHURN_CLIENTS * 2);
  console.log('');
  printTable([
    ['measure', 'earlier half', 'later half', 'stable'],
    ...verdicts.map((verdict) => [
      verdict.what,
      verdict.earlier,
      verdict.later,
      verdict.stable ? 'yes' : 'NO',
    ]),
  ]);
  const totals = recorder.read();
  console.log(`\n${totals.acceptedSockets} connections accepted, ${totals.closedAcceptedSockets} closed.`);
  if (verdicts.some((verdict) => !verdict.stable)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
