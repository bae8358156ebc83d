import type { LabSession } from './lab-store';
import { logOf } from './session-recording';

/** What the Lab view's parts select from the Lab's store; each answer is the same object until its part changes. */
export const selectRecording = (session: LabSession) => session.recording;
export const selectStepMode = (session: LabSession) => session.stepMode;
export const selectSyncError = (session: LabSession) => session.syncError;
export const selectLog = (session: LabSession) => logOf(session.recording);
/** False while the back end is gone: its sockets closed with it, and the Lab's controls are off. */
export const selectBackendAvailable = (session: LabSession) => session.backend === 'open';
export const selectBackendStatus = (session: LabSession) => session.backend;
