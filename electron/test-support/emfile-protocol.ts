import type { LabEvent } from '../contract/events';

/** What the too-many-open-files test and its child say to each other over IPC. */
export type ParentRequest = { type: 'fds' } | { type: 'stop' };

export type ChildReport =
  | { type: 'ready'; serverId: string; port: number }
  | { type: 'fds'; count: number; listening: boolean }
  | { type: 'error-event'; event: Extract<LabEvent, { type: 'error' }> };
