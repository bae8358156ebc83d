import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_RECV_BUFFER } from '@contract/commands';
import type { SocketRow } from '@contract/socket-table';
import { useAppServices } from '../../app-context';
import { reachableEndpoint } from '../../lab/endpoint-text';
import { useCommand } from '../../commands/use-command';
import {
  countByState,
  noFilters,
  visibleRows,
  type ColumnId,
  type SortOrder,
  type TableFilters,
} from '../../sockets/table-query';
import { copyText, type CopyFailure } from '../../sockets/copy-text';
import { useSocketTable } from '../../sockets/use-socket-table';
import { CommandErrorNotice } from '../lab/CommandErrorNotice';
import { ExportButtons } from './ExportButtons';
import { ScanControls } from './ScanControls';
import { SocketFilters } from './SocketFilters';
import { SocketTable } from './SocketTable';
import { StateCounts } from './StateCounts';
import styles from './SocketsView.module.css';
import notice from '../../styles/notice.module.css';
import panel from '../../styles/panel.module.css';

interface SocketsViewProps {
  selectedLabSocket: string | undefined;
  onSelectLabSocket(labSocketId: string): void;
  onShowInLab(labSocketId: string): void;
}

/** Every socket on this machine, live, as netstat -an and TCPView show them. */
export function SocketsView({ selectedLabSocket, onSelectLabSocket, onShowInLab }: SocketsViewProps) {
  const { t } = useTranslation();
  const { socketTableStore } = useAppServices();
  const { table, settings, scanError, commandError } = useSocketTable((session) => session);
  const [filters, setFilters] = useState<TableFilters>(noFilters);
  const [sort, setSort] = useState<SortOrder>({ column: 'local', direction: 'ascending' });
  const [copy, setCopy] = useState<{ key: string; address: string; failure?: CopyFailure }>();
  const connect = useCommand();

  const allRows = table.rows;
  const shown = useMemo(() => visibleRows(allRows.values(), filters, sort), [allRows, filters, sort]);
  const counts = useMemo(() => countByState(allRows.values()), [allRows]);

  const sortBy = (column: ColumnId) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  // Stable, so that the table's rows (memoised) are not all redrawn with every table change.
  const runCommand = connect.run;
  const connectTo = useCallback(
    (row: SocketRow) => {
      const target = reachableEndpoint({ address: row.localAddress, port: row.localPort, family: 'IPv4' });
      void runCommand('connectClient', {
        protocol: 'tcp',
        host: target.address,
        port: target.port,
        recvBufferSize: DEFAULT_RECV_BUFFER,
      }).then((response) => {
        if (response.ok) onShowInLab(response.result.clientId);
      });
    },
    [runCommand, onShowInLab],
  );

  const copyAddress = useCallback((key: string, address: string) => {
    // Undefined on a page the browser does not trust, whatever its type says.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    void copyText(address, clipboard).then((failure) => setCopy({ key, address, failure }));
  }, []);

  return (
    <section className={styles.view} aria-labelledby="sockets-heading">
      <div className={panel.panel}>
        <div className={panel.titleRow}>
          <h2 id="sockets-heading">{t('sockets.heading')}</h2>
          <ScanControls settings={settings} onChange={(change) => void socketTableStore.setScan(change)} />
        </div>
        <p className={notice.hint}>{t('sockets.intro')}</p>
        <SocketFilters
          filters={filters}
          states={counts.map(([state]) => state)}
          onChange={(change) => setFilters((current) => ({ ...current, ...change }))}
        />
        <div className={styles.toolbar}>
          <StateCounts counts={counts} />
          <p className={styles.status} role="status">
            {t('sockets.showing', { shown: shown.length, total: allRows.size })}
            {copy && !copy.failure && ` · ${t('sockets.copied', { address: copy.address })}`}
          </p>
          <ExportButtons rows={shown.map((view) => view.row)} />
        </div>
        {scanError && (
          <p className={notice.error} role="alert">
            {t(`sockets.scanError.${scanError.kind}`, { detail: scanError.detail })}
          </p>
        )}
        {copy?.failure && (
          <p className={notice.error} role="alert">
            {t(`sockets.copyError.${copy.failure}`, { address: copy.address })}
          </p>
        )}
        <CommandErrorNotice error={commandError} />
        <CommandErrorNotice error={connect.error} />
      </div>
      <SocketTable
        rows={shown}
        sort={sort}
        onSort={sortBy}
        selectedLabSocket={selectedLabSocket}
        onSelectLabSocket={onSelectLabSocket}
        failedCopy={copy?.failure && copy.key}
        onCopy={copyAddress}
        onConnect={connectTo}
        onShowInLab={onShowInLab}
      />
    </section>
  );
}
