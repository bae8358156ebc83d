import type { CDPSession, Page } from '@playwright/test';

export interface PageMemory {
  /** JS heap in use after a full garbage collection: what the page keeps, not what it has yet to collect. */
  heapBytes: number;
  domNodes: number;
}

export interface PageMemorySampler {
  sample(): Promise<PageMemory>;
  close(): Promise<void>;
}

export async function pageMemorySampler(page: Page): Promise<PageMemorySampler> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    async sample() {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
      return { heapBytes: metric('JSHeapUsedSize'), domNodes: metric('Nodes') };
    },
    close: () => cdp.detach(),
  };
}
