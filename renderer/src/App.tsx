import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiConnection } from './api/api-connection';
import { LanguagePicker } from './LanguagePicker';
import { LabView } from './views/lab/LabView';
import { SocketsView } from './views/sockets/SocketsView';
import { ViewTabs, type ViewId } from './ViewTabs';

export function App({ connection }: { connection: ApiConnection }) {
  const { t } = useTranslation();
  const status = useSyncExternalStore(connection.onStatus, connection.status);
  const [view, setView] = useState<ViewId>('lab');
  // One selection for both views: a Lab socket picked in one is highlighted in the other.
  const [selectedSocket, setSelectedSocket] = useState<string>();
  const showInLab = (socketId: string) => {
    setSelectedSocket(socketId);
    setView('lab');
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>SocketScope</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <ViewTabs view={view} onChange={setView} />
        <LanguagePicker />
      </header>
      {status === 'lost' && (
        <p className="banner" role="alert">
          {t('connection.lost')}
        </p>
      )}
      <main id="view-panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
        {view === 'lab' ? (
          <LabView selectedId={selectedSocket} onSelect={setSelectedSocket} />
        ) : (
          <SocketsView
            selectedLabSocket={selectedSocket}
            onSelectLabSocket={setSelectedSocket}
            onShowInLab={showInLab}
          />
        )}
      </main>
    </div>
  );
}
