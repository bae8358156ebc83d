import type { KernelViewLimits, KernelViewOffer } from '../contract/kernel-view';

/**
 * What each OS's own tools show of a socket, without privileges. None gives TCP timers; macOS's
 * netstat -L gives listen queues; rtt and window numbers take a native call on both.
 */
const OFFERS: Partial<Record<NodeJS.Platform, KernelViewOffer[]>> = {
  darwin: ['netstat-states-and-queues', 'netstat-listen-queues', 'netstat-counters', 'native-call-only'],
  win32: ['netstat-states-and-queues', 'netstat-counters', 'native-call-only'],
};

/** The limits of the view on an OS other than Linux: nothing sampled, and what there is instead. */
export function unavailableOn(platform: NodeJS.Platform): KernelViewLimits {
  return { platform, unavailable: { reason: 'platform' }, offers: OFFERS[platform] ?? [] };
}
