import { useTranslation } from 'react-i18next';
import styles from './StateCounts.module.css';

/** How many sockets are in each state, e.g. LISTEN 12 · ESTABLISHED 40. */
export function StateCounts({ counts }: { counts: readonly [state: string, count: number][] }) {
  const { t } = useTranslation();
  return (
    <ul className={styles.counts} aria-label={t('sockets.counts')}>
      {counts.map(([state, count]) => (
        <li key={state}>
          {state} <span className={styles.value}>{count}</span>
        </li>
      ))}
    </ul>
  );
}
