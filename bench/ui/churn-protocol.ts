/** What connection-churn.js tells its parent: that it churns, then, once asked to stop, what it did. */
export type ChurnMessage = { kind: 'churning' } | { kind: 'stopped'; result: ChurnResult };

export interface ChurnResult {
  /** Connections that connected and closed cleanly. */
  cycles: number;
  failed: number;
  seconds: number;
}
