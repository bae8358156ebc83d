import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanSettings } from '@contract/socket-table-stream';
import styles from './ScanControls.module.css';

const INTERVALS_MS = [250, 500, 1000, 2000, 5000, 10_000];

/** How often the table refreshes, and pausing it to read a moment at leisure. */
export function ScanControls({
  settings,
  onChange,
}: {
  settings: ScanSettings | undefined;
  onChange(change: Partial<ScanSettings>): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (!settings) return null;
  return (
    <div className={styles.controls}>
      <label htmlFor={id}>{t('sockets.refreshEvery')}</label>
      <select
        id={id}
        value={settings.intervalMs}
        onChange={(e) => onChange({ intervalMs: Number(e.target.value) })}
      >
        {INTERVALS_MS.map((ms) => (
          <option key={ms} value={ms}>
            {ms < 1000 ? `${ms} ms` : `${ms / 1000} s`}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-pressed={settings.paused}
        onClick={() => onChange({ paused: !settings.paused })}
      >
        {settings.paused ? t('sockets.resume') : t('sockets.pause')}
      </button>
    </div>
  );
}
