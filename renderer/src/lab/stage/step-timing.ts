import type { StageStep } from './stage-step';

/** How long each kind of step holds the stage, in milliseconds, when nothing waits behind it. */
const DURATION_MS: Record<StageStep['kind'], number> = {
  send: 900,
  kernel: 600,
  arrive: 450,
  read: 350,
  held: 300,
  lost: 700,
  'half-open': 400,
  ended: 400,
};

/** Past this many waiting steps the oldest are drawn at once, so the stage never lags far behind. */
export const MAX_WAITING_STEPS = 60;

/** Faster the more steps wait, down to a sixth: a burst of five sends still reads as five. */
export function stepDuration(step: StageStep, waiting: number): number {
  return DURATION_MS[step.kind] * Math.max(1 / 6, 4 / (4 + waiting));
}
