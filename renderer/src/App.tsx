import { useCallback, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiConnection } from './api/api-connection';
import { LanguagePicker } from './LanguagePicker';
import styles from './App.module.css';
import notice from './styles/notice.module.css';
import { useMenuCommand } from './use-menu-command';
import { LabView } from './views/lab/LabView';
import { SocketsView } from './views/sockets/SocketsView';
import { ViewTabs, type ViewId } from './ViewTabs';

export function App({ connection }: { connection: ApiConnection }) {
  const { t, i18n } = useTranslation();
  const status = useSyncExternalStore(connection.onStatus, connection.status);
  const [view, setView] = useState<ViewId>('lab');
  // One selection for both views: a Lab socket picked in one is highlighted in the other.
  const [selectedSocket, setSelectedSocket] = useState<string>();
  // The socket whose diagram node takes the focus once it is drawn (after "Show in Lab").
  const [focusRequest, setFocusRequest] = useState<string>();
  const showInLab = useCallback((socketId: string) => {
    setSelectedSocket(socketId);
    setFocusRequest(socketId);
    setView('lab');
  }, []);
  useMenuCommand((command) => {
    if (command.type === 'show-view') setView(command.view);
    else if (command.type === 'set-language') void i18n.changeLanguage(command.language);
    // The Lab's own controls run the rest; the user should see them do it.
    else setView('lab');
  });

  return (
    <>
      <header className={styles.header}>
        <h1>SocketScope</h1>
        <p className={styles.tagline}>{t('app.tagline')}</p>
        <ViewTabs view={view} onChange={setView} />
        <LanguagePicker />
      </header>
      {(status === 'lost' || status === 'replaced') && (
        <p className={notice.banner} role="alert">
          {t(status === 'replaced' ? 'connection.replaced' : 'connection.lost')}
        </p>
      )}
      {/* Both views stay mounted, so that forms, filters and sorting survive a switch. */}
      <main
        id="panel-lab"
        className={styles.view}
        role="tabpanel"
        aria-labelledby="tab-lab"
        hidden={view !== 'lab'}
      >
        <LabView
          selectedId={selectedSocket}
          onSelect={setSelectedSocket}
          focusRequest={focusRequest}
          onFocusDone={() => setFocusRequest(undefined)}
        />
      </main>
      <main
        id="panel-sockets"
        className={styles.view}
        role="tabpanel"
        aria-labelledby="tab-sockets"
        hidden={view !== 'sockets'}
      >
        <SocketsView
          selectedLabSocket={selectedSocket}
          onSelectLabSocket={setSelectedSocket}
          onShowInLab={showInLab}
        />
      </main>
    </>
  );
}
