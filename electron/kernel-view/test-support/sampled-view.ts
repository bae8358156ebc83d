import type { KernelSocketChange, KernelViewBatch } from '../../contract/kernel-view';

/** Everything a sampler published, and each socket's view rebuilt from its batches, as a renderer would. */
export class SampledView {
  readonly batches: KernelViewBatch[] = [];
  readonly publish = (batch: KernelViewBatch): void => {
    this.batches.push(batch);
  };

  /** The socket's states in order, too-brief ones marked with a "~" in front. */
  states(socketId: string): string[] {
    return this.changes(socketId).flatMap((change) =>
      (change.states ?? []).map(({ state, tooBrief }) => (tooBrief ? `~${state}` : state)),
    );
  }

  /** The socket's latest change that held the part. */
  latest<K extends keyof KernelSocketChange>(socketId: string, part: K): KernelSocketChange[K] | undefined {
    return this.changes(socketId).findLast((change) => change[part] !== undefined)?.[part];
  }

  /** How much a counter rose over every batch. */
  rise(counter: keyof NonNullable<KernelViewBatch['counters']>): number {
    return this.batches.reduce((sum, batch) => sum + (batch.counters?.[counter] ?? 0), 0);
  }

  private changes(socketId: string): KernelSocketChange[] {
    return this.batches.flatMap((batch) => batch.sockets?.[socketId] ?? []);
  }
}
