import { afterEach } from 'vitest';
import { Lab } from '../lab/lab';
import { EventRecorder } from './event-recorder';
import { destroyRawClients, type RawClient } from './raw-clients';

/**
 * For a test file: each test opens a fresh Lab with its event recorder, and keeps the raw
 * clients it connected; after each test all of them are closed.
 */
export function labPerTest() {
  let current: Lab | undefined;
  const clients: RawClient[] = [];
  afterEach(async () => {
    await destroyRawClients(clients.splice(0));
    await current?.closeAll();
    current = undefined;
  });
  return {
    /** A Lab; `socketBudget` makes its socket budget small. */
    open(socketBudget?: number): { lab: Lab; recorder: EventRecorder } {
      const recorder = new EventRecorder();
      current = new Lab(recorder.emit, undefined, socketBudget);
      return { lab: current, recorder };
    },
    keep(opened: RawClient[]): RawClient[] {
      clients.push(...opened);
      return opened;
    },
  };
}
