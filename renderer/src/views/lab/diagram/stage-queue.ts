import { drawSteps, type RowPicture } from '../../../lab/stage/row-picture';
import { travels, type StageStep } from '../../../lab/stage/stage-step';
import { MAX_WAITING_STEPS, stepDuration } from '../../../lab/stage/step-timing';

/** The drawn steps the page keeps for tests and the caption: the newest this many. */
const DRAWN_KEPT = 400;

export interface StagePlayback {
  /** Steps in the order they were drawn, newest last. */
  drawn: readonly StageStep[];
  /** The step holding the stage now; a travelling one is drawn moving, not yet arrived. */
  current: StageStep | undefined;
  /** How long the current step holds the stage. */
  currentMs: number;
  /** Every row as the drawn steps have left it (a travelling current step not yet in it). */
  pictures: ReadonlyMap<string, RowPicture>;
}

/** Steps waiting for the stage, drawn one at a time, each for its duration. */
export class StageQueue {
  private playback: StagePlayback = { drawn: [], current: undefined, currentMs: 0, pictures: new Map() };
  private readonly waiting: StageStep[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): StagePlayback => this.playback;

  /** Queues steps to be drawn in motion; past MAX_WAITING_STEPS the oldest are drawn at once. */
  play(steps: readonly StageStep[]): void {
    this.waiting.push(...steps);
    if (this.waiting.length > MAX_WAITING_STEPS) {
      this.settle(this.waiting.splice(0, this.waiting.length - MAX_WAITING_STEPS / 3));
    }
    if (this.timer === undefined) this.next();
  }

  /** Stops the motion and draws everything waiting, and `steps`, at once. */
  drawAtOnce(steps: readonly StageStep[]): void {
    this.stop();
    this.settle([...this.waiting.splice(0), ...steps]);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Draws `steps` without motion, after the one in motion (which arrives at once). */
  private settle(steps: readonly StageStep[]): void {
    const { current, drawn, pictures } = this.playback;
    if (steps.length === 0 && !current) return;
    const arriving = current && travels(current) ? [current, ...steps] : steps;
    this.update({
      drawn: kept(drawn, steps),
      current: undefined,
      currentMs: 0,
      pictures: drawSteps(pictures, arriving),
    });
  }

  private readonly next = (): void => {
    const step = this.waiting.shift();
    const currentMs = step ? stepDuration(step, this.waiting.length) : 0;
    this.timer = step ? setTimeout(this.next, currentMs) : undefined;
    const { current, drawn, pictures } = this.playback;
    const arrived = current && travels(current) ? [current] : [];
    const settled = step && !travels(step) ? [...arrived, step] : arrived;
    this.update({
      drawn: step ? kept(drawn, [step]) : drawn,
      current: step,
      currentMs,
      pictures: drawSteps(pictures, settled),
    });
  };

  private update(playback: StagePlayback): void {
    this.playback = playback;
    this.listeners.forEach((listener) => listener());
  }
}

function kept(drawn: readonly StageStep[], added: readonly StageStep[]): readonly StageStep[] {
  if (added.length === 0) return drawn;
  const all = [...drawn, ...added];
  return all.length > DRAWN_KEPT ? all.slice(all.length - DRAWN_KEPT) : all;
}
