import type { LabSocket } from '../contract/events';
import type { TableStep } from './tracker';

export interface TrackRequest {
  id: number;
  labSockets: readonly LabSocket[];
  now: number;
}

export type TrackReply = { id: number; step: TableStep } | { id: number; error: string };
