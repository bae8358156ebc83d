import type { StageStep } from '../../../lab/stage/stage-step';

/**
 * The stage's own record of what it drew, in order, kept in the page (not shown) so that tests
 * can check the order the user saw: e.g. that an echo left only after its request was read.
 */
export function DrawnSteps({ steps }: { steps: readonly StageStep[] }) {
  return (
    <ol hidden data-testid="drawn-steps">
      {steps.map((step) => (
        <li
          key={step.id}
          data-kind={step.kind}
          data-row={step.row}
          data-seq={step.seq}
          data-socket={'socketId' in step ? step.socketId : undefined}
          data-direction={'direction' in step ? step.direction : undefined}
          data-bytes={'bytes' in step ? step.bytes : undefined}
          data-packet={step.kind === 'kernel' ? step.packet : undefined}
        />
      ))}
    </ol>
  );
}
