import { useTranslation } from 'react-i18next';
import type { SocketRow } from '../../../../electron/contract/socket-table';
import { rowsToCsv, rowsToJson } from '../../sockets/export-rows';

/** Saves the rows as the table shows them now (filtered and sorted) as CSV or JSON. */
export function ExportButtons({ rows }: { rows: readonly SocketRow[] }) {
  const { t } = useTranslation();
  const save = (content: string, type: string, extension: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `sockets-${new Date().toISOString().replaceAll(':', '-').slice(0, 19)}.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <div className="export-buttons">
      <button type="button" onClick={() => save(rowsToCsv(rows), 'text/csv', 'csv')}>
        {t('sockets.exportCsv')}
      </button>
      <button type="button" onClick={() => save(rowsToJson(rows), 'application/json', 'json')}>
        {t('sockets.exportJson')}
      </button>
    </div>
  );
}
