import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiConnection } from './api/api-connection';
import { LanguagePicker } from './LanguagePicker';
import { LabView } from './views/lab/LabView';

export function App({ connection }: { connection: ApiConnection }) {
  const { t } = useTranslation();
  const status = useSyncExternalStore(connection.onStatus, connection.status);
  return (
    <div className="app">
      <header className="app-header">
        <h1>SocketScope</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <LanguagePicker />
      </header>
      {status === 'lost' && (
        <p className="banner" role="alert">
          {t('connection.lost')}
        </p>
      )}
      <main>
        <LabView />
      </main>
    </div>
  );
}
