import type { CDPSession, Page } from '@playwright/test';

/** The page's main thread as Chromium's trace saw it, times in microseconds on the trace clock. */
export interface MainThreadTimeline {
  /** Where each rendering update (Chromium's "AnimationFrame") ended, in order. */
  frameEndsUs: number[];
  /** Every task the thread ran, [start, end), in start order. */
  tasksUs: [number, number][];
}

export interface MainThreadTrace {
  stop(): Promise<MainThreadTimeline>;
}

/**
 * AnimationFrame (one per rendering update, the Long Animation Frames API's frame) is in
 * devtools.timeline; RunTask (every task of every thread) in its disabled-by-default sibling. These
 * two are what DevTools' Performance panel records, so their cost is the one it is known to have.
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

type ThreadKey = `${number}:${number}`;

interface ThreadRecord {
  name?: string;
  frameEndsUs: number[];
  tasksUs: [number, number][];
}

function record(threads: Map<ThreadKey, ThreadRecord>, event: TraceEvent): void {
  const key: ThreadKey = `${event.pid}:${event.tid}`;
  const thread = threads.get(key) ?? { frameEndsUs: [], tasksUs: [] };
  threads.set(key, thread);
  if (event.ph === 'M' && event.name === 'thread_name') thread.name = event.args?.name;
  else if (event.ph === 'e' && event.name === 'AnimationFrame') thread.frameEndsUs.push(event.ts);
  else if (event.ph === 'X' && event.name === 'RunTask' && event.dur !== undefined) {
    thread.tasksUs.push([event.ts, event.ts + event.dur]);
  }
}

/** The renderer's main thread: the one that drew frames (this page is the browser's only page). */
function mainThread(threads: Map<ThreadKey, ThreadRecord>): MainThreadTimeline {
  const renderers = [...threads.values()].filter((thread) => thread.name === 'CrRendererMain');
  const drawing = renderers.sort((a, b) => b.frameEndsUs.length - a.frameEndsUs.length)[0];
  if (!drawing?.frameEndsUs.length) throw new Error('The trace holds no frame of the page.');
  return {
    frameEndsUs: drawing.frameEndsUs.sort((a, b) => a - b),
    tasksUs: drawing.tasksUs.sort((a, b) => a[0] - b[0]),
  };
}

/**
 * Starts a Chromium trace of the page (over CDP) and, on stop, returns its main thread's frame
 * ends and tasks. A trace that lost data is an error, since missing tasks would read as idle time.
 */
export async function traceMainThread(page: Page): Promise<MainThreadTrace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const threads = new Map<ThreadKey, ThreadRecord>();
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) record(threads, event);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<boolean>((resolve) =>
        cdp.once('Tracing.tracingComplete', ({ dataLossOccurred }) => resolve(dataLossOccurred)),
      );
      await cdp.send('Tracing.end');
      const dataLost = await complete;
      await cdp.detach();
      if (dataLost) throw new Error('Chromium reported that the trace lost data.');
      return mainThread(threads);
    },
  };
}
