import type { Page } from '@playwright/test';

/** What React committed in the page since the counter was last reset. */
export interface CommitCounts {
  /** Every commit of the page's React root. */
  commits: number;
  /** Commits in which at least one component inside the panel rendered: redraws of that view. */
  panelCommits: number;
  /** Component renders inside the panel, over all those commits. */
  panelRenders: number;
}

/** The little of a React fiber the counter reads (react-dom 19's internals, as React DevTools reads them). */
interface Fiber {
  tag: number;
  flags: number;
  memoizedProps: { id?: unknown } | null;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

interface CounterGlobals {
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
  uiBenchCommits?: CommitCounts;
}

/**
 * Installs, before any page script runs, the hook React DevTools uses (react-dom calls it after
 * every commit, production builds included) and counts commits and the component renders inside
 * the element with id `panelId`. A component rendered in a commit if React did work on it
 * (PerformedWork); a subtree whose child list is the previous commit's was not visited, so the
 * walk costs in proportion to what React rendered. Call before the page loads.
 */
export async function installCommitCounter(page: Page, panelId: string): Promise<void> {
  await page.addInitScript((panel: string) => {
    /** FunctionComponent, ClassComponent, ForwardRef, SimpleMemoComponent. */
    const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
    const HOST_COMPONENT = 5;
    const PERFORMED_WORK = 1;
    const counts: CommitCounts = { commits: 0, panelCommits: 0, panelRenders: 0 };
    const rendersInPanel = (root: Fiber): number => {
      let renders = 0;
      const stack: [Fiber, boolean][] = [[root, false]];
      for (let entry = stack.pop(); entry; entry = stack.pop()) {
        const [fiber, outerInPanel] = entry;
        const inPanel = outerInPanel || (fiber.tag === HOST_COMPONENT && fiber.memoizedProps?.id === panel);
        if (inPanel && COMPONENT_TAGS.has(fiber.tag) && (fiber.flags & PERFORMED_WORK) !== 0) renders += 1;
        if (fiber.alternate && fiber.child === fiber.alternate.child) continue;
        for (let child = fiber.child; child; child = child.sibling) stack.push([child, inPanel]);
      }
      return renders;
    };
    const globals = globalThis as unknown as CounterGlobals;
    globals.uiBenchCommits = counts;
    globals.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      inject: () => 1,
      checkDCE: () => undefined,
      onCommitFiberUnmount: () => undefined,
      onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) => {
        counts.commits += 1;
        const renders = rendersInPanel(root.current);
        if (renders > 0) {
          counts.panelCommits += 1;
          counts.panelRenders += renders;
        }
      },
    };
  }, panelId);
}

/** The counts since the last call (or since the page loaded), and starts counting again from zero. */
export async function takeCommitCounts(page: Page): Promise<CommitCounts> {
  return page.evaluate(() => {
    const counts = (globalThis as unknown as CounterGlobals).uiBenchCommits;
    if (!counts) throw new Error('No commit counter in the page: call installCommitCounter before goto.');
    const taken = { ...counts };
    Object.assign(counts, { commits: 0, panelCommits: 0, panelRenders: 0 });
    return taken;
  });
}
