import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepModeState } from '@contract/step-mode';
import { useCommand } from '../../commands/use-command';
import { selectStepMode } from '../../lab/lab-selectors';
import { useLab } from '../../lab/use-lab';
import { CommandErrorNotice } from './CommandErrorNotice';
import styles from './StepControls.module.css';

/** Play speeds offered, as the pause between two released writes. */
const SPEEDS_MS = [2000, 1000, 500, 200] as const;

/**
 * Step mode, as the transport bar's first part: each send and echo waits until "Next" releases
 * it, or "Play" releases them one by one at the chosen speed. The sockets stay real; only when
 * their bytes go out changes.
 */
export function StepControls() {
  const { t } = useTranslation();
  const stepMode = useLab(selectStepMode);
  const id = useId();
  const command = useCommand();
  const on = stepMode.mode !== 'off';
  const setMode = (mode: StepModeState['mode'], intervalMs = stepMode.intervalMs) =>
    void command.run('setStepMode', { mode, intervalMs });

  return (
    <div className={styles.step}>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-describedby={`${id}-what`}
        className={styles.switch}
        onClick={() => setMode(on ? 'off' : 'paused')}
      >
        <span className={styles.track} aria-hidden="true">
          <span className={styles.thumb} />
        </span>
        {t('step.heading')}
      </button>
      <span id={`${id}-what`} className={styles.hidden}>
        {t('step.toggle')}
      </span>
      {on && (
        <>
          <button
            type="button"
            disabled={stepMode.heldCount === 0}
            onClick={() => void command.run('stepNext', {})}
          >
            {t('step.next')}
          </button>
          <button type="button" onClick={() => setMode(stepMode.mode === 'playing' ? 'paused' : 'playing')}>
            {stepMode.mode === 'playing' ? t('step.pause') : t('step.play')}
          </button>
          <label htmlFor={`${id}-speed`} className={styles.label}>
            {t('step.speed')}
          </label>
          <select
            id={`${id}-speed`}
            value={stepMode.intervalMs}
            onChange={(event) => setMode(stepMode.mode, Number(event.target.value))}
          >
            {!SPEEDS_MS.some((speed) => speed === stepMode.intervalMs) && (
              <option value={stepMode.intervalMs}>
                {t('step.every', { seconds: stepMode.intervalMs / 1000 })}
              </option>
            )}
            {SPEEDS_MS.map((speed) => (
              <option key={speed} value={speed}>
                {t('step.every', { seconds: speed / 1000 })}
              </option>
            ))}
          </select>
          <p className={styles.status} aria-live="polite">
            {stepMode.heldCount === 0
              ? t('step.nothingHeld')
              : t('step.held', { count: stepMode.heldCount, bytes: stepMode.heldBytes })}
          </p>
          {stepMode.held.length > 0 && (
            <ol className={styles.held} aria-label={t('step.queue')}>
              {stepMode.held.map((write, index) => (
                <li key={write.holdId} className={index === 0 ? styles.nextUp : undefined}>
                  <span className={styles.socket}>{write.socketId}</span>{' '}
                  {t('step.heldWrite', { bytes: write.bytes, text: write.preview.text })}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <CommandErrorNotice error={command.error} />
    </div>
  );
}
