/**
 * Vitest global setup: every property test runs from one fixed seed, printed once, so a failure
 * replays exactly; FC_SEED=<n> picks another (to explore, or to replay a run that printed it).
 */
const DEFAULT_SEED = 5346;

export default function setup(): void {
  const seed = Number.parseInt(process.env.FC_SEED ?? '', 10);
  process.env.FC_SEED = String(Number.isSafeInteger(seed) ? seed : DEFAULT_SEED);
  console.log(`Property tests: fast-check seed ${process.env.FC_SEED} (FC_SEED=<n> to use another).`);
}
