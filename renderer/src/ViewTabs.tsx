import { useTranslation } from 'react-i18next';
import styles from './ViewTabs.module.css';

export type ViewId = 'lab' | 'sockets';

const VIEWS: readonly ViewId[] = ['lab', 'sockets'];

/** The app's two views as tabs; arrow keys move between them, as the ARIA tabs pattern expects. */
export function ViewTabs({ view, onChange }: { view: ViewId; onChange(view: ViewId): void }) {
  const { t } = useTranslation();
  const move = (step: number) => {
    const next = VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length] ?? view;
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t('app.views')} className={styles.tabs}>
      {VIEWS.map((id) => (
        <button
          key={id}
          id={`tab-${id}`}
          type="button"
          role="tab"
          className={styles.tab}
          aria-selected={view === id}
          aria-controls={`panel-${id}`}
          tabIndex={view === id ? 0 : -1}
          onClick={() => onChange(id)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight') move(1);
            if (event.key === 'ArrowLeft') move(-1);
          }}
        >
          {t(`app.${id}`)}
        </button>
      ))}
    </div>
  );
}
