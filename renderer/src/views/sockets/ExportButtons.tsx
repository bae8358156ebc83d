import { useTranslation } from 'react-i18next';
import type { SocketRow } from '@contract/socket-table';
import { saveFile } from '../../save-file';
import { rowsToCsv, rowsToJson } from '../../sockets/export-rows';
import controls from '../../styles/controls.module.css';

/** Saves the rows as the table shows them now (filtered and sorted) as CSV or JSON. */
export function ExportButtons({ rows }: { rows: readonly SocketRow[] }) {
  const { t } = useTranslation();
  return (
    <div className={controls.group}>
      <button type="button" onClick={() => saveFile('sockets', 'csv', 'text/csv', rowsToCsv(rows))}>
        {t('sockets.exportCsv')}
      </button>
      <button type="button" onClick={() => saveFile('sockets', 'json', 'application/json', rowsToJson(rows))}>
        {t('sockets.exportJson')}
      </button>
    </div>
  );
}
