import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableFilters } from '../../sockets/table-query';
import styles from './SocketFilters.module.css';

interface SocketFiltersProps {
  filters: TableFilters;
  states: readonly string[];
  onChange(change: Partial<TableFilters>): void;
}

/** The table's filters: each narrows the rows, all together. */
export function SocketFilters({ filters, states, onChange }: SocketFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const text = (
    key: 'port' | 'address' | 'program' | 'search',
    label: string,
    width: 'wide' | 'medium' | 'narrow',
  ) => (
    <label className={styles.filter} htmlFor={`${id}-${key}`}>
      {label}
      <input
        id={`${id}-${key}`}
        type={key === 'search' ? 'search' : 'text'}
        className={styles[width]}
        value={filters[key]}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
    </label>
  );

  return (
    <fieldset className={styles.filters}>
      <legend>{t('sockets.filters')}</legend>
      {text('search', t('sockets.search'), 'wide')}
      <label className={styles.filter}>
        {t('sockets.protocol')}
        <select
          value={filters.protocol}
          onChange={(e) => onChange({ protocol: e.target.value as TableFilters['protocol'] })}
        >
          <option value="all">{t('sockets.any')}</option>
          <option value="tcp">TCP</option>
          <option value="udp">UDP</option>
        </select>
      </label>
      <label className={styles.filter}>
        {t('sockets.state')}
        <select value={filters.state} onChange={(e) => onChange({ state: e.target.value })}>
          <option value="all">{t('sockets.any')}</option>
          {states.map((state) => (
            <option key={state} value={state}>
              {state}
            </option>
          ))}
        </select>
      </label>
      {text('port', t('sockets.port'), 'narrow')}
      {text('address', t('sockets.address'), 'medium')}
      {text('program', t('sockets.program'), 'medium')}
      <label className={styles.checkbox}>
        <input
          type="checkbox"
          checked={filters.listeningOnly}
          onChange={(e) => onChange({ listeningOnly: e.target.checked })}
        />
        {t('sockets.listeningOnly')}
      </label>
      <label className={styles.checkbox}>
        <input
          type="checkbox"
          checked={filters.mineOnly}
          onChange={(e) => onChange({ mineOnly: e.target.checked })}
        />
        {t('sockets.mineOnly')}
      </label>
    </fieldset>
  );
}
