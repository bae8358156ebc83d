import type { MainThreadTimeline } from './page-trace';

/** Overlapping spans joined (a nested run loop's tasks lie inside their outer task). */
function joined(spans: readonly [number, number][]): [number, number][] {
  const result: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = result.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else result.push([start, end]);
  }
  return result;
}

/**
 * Milliseconds of main-thread work behind each frame: everything the thread ran after the previous
 * rendering update ended, up to the end of this one. This is the frame-to-frame time Chromium
 * would show if it drew each frame as soon as it was ready instead of waiting for the next vsync:
 * time spent idle, waiting for the display, is left out, and every task counts against the frame
 * it delayed. The first frame is left out (the work before it started before the trace did).
 */
export function frameWorkMs({ frameEndsUs, tasksUs }: MainThreadTimeline): number[] {
  const tasks = joined(tasksUs);
  const work: number[] = [];
  let next = 0;
  for (let frame = 1; frame < frameEndsUs.length; frame += 1) {
    const from = frameEndsUs[frame - 1] ?? 0;
    const to = frameEndsUs[frame] ?? 0;
    let busyUs = 0;
    while ((tasks[next]?.[1] ?? Infinity) <= from) next += 1;
    for (let index = next, task = tasks[index]; task && task[0] < to; task = tasks[++index]) {
      busyUs += Math.min(task[1], to) - Math.max(task[0], from);
    }
    work.push(busyUs / 1000);
  }
  return work;
}
