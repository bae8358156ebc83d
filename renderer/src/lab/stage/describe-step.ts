import type { TFunction } from 'i18next';
import type { StageStep } from './stage-step';

/** A drawn step in words, for the stage's caption: what the sockets are doing now. */
export function describeStep(t: TFunction, step: StageStep): string {
  switch (step.kind) {
    case 'held':
      return t('diagram.step.held', { socket: step.socketId, bytes: step.bytes });
    case 'send':
      return t(`diagram.step.send.${step.protocol}`, { socket: step.socketId, bytes: step.bytes });
    case 'arrive':
      return t('diagram.step.arrive', { socket: step.socketId, bytes: step.bytes });
    case 'read':
      return t(`diagram.step.read.${step.protocol}`, {
        socket: step.socketId,
        size: step.bufferSize,
        bytes: step.bytes,
        index: step.index,
        count: step.count,
      });
    case 'kernel':
      return t('diagram.step.kernel', { packet: step.packet, call: step.call });
    case 'lost':
      return t('diagram.lost', { target: step.target, bytes: step.bytes });
    case 'half-open':
      return t('diagram.halfOpen', {
        endedBy: step.endedBy || t('diagram.outside'),
        stillSending: step.stillSending || t('diagram.outside'),
      });
    case 'ended':
      return t(step.reset ? 'diagram.phase.reset' : 'diagram.step.ended');
  }
}
