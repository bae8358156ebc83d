import { useTranslation } from 'react-i18next';

/** How many sockets are in each state, e.g. LISTEN 12 · ESTABLISHED 40. */
export function StateCounts({ counts }: { counts: readonly [state: string, count: number][] }) {
  const { t } = useTranslation();
  return (
    <ul className="state-counts" aria-label={t('sockets.counts')}>
      {counts.map(([state, count]) => (
        <li key={state}>
          <span className="count-state">{state}</span> <span className="count-value">{count}</span>
        </li>
      ))}
    </ul>
  );
}
