// The global styles first, so that every component's CSS Module comes after them.
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseApi, MissingTokenError } from './api/choose-api';
import { AppServicesContext } from './app-context';
import { App } from './App';
import i18next from 'i18next';
import { isLanguageCode, languageFor, LANGUAGES } from '@locales/languages';
import { startI18n } from './i18n';
import { LabStore } from './lab/lab-store';
import { pageStorage, rememberChoice, rememberedChoice } from './session/remembered-choice';
import { SocketTableStore } from './sockets/socket-table-store';
import notice from './styles/notice.module.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const LANGUAGE_KEY = 'socketscope.language';
// The language the user last chose survives a reload and a new tab; else the browser's.
const language = rememberedChoice(
  pageStorage(),
  LANGUAGE_KEY,
  LANGUAGES.map(({ code }) => code),
  languageFor(navigator.languages),
);

function render(): void {
  const connection = chooseApi();
  const labStore = new LabStore(connection.api, connection);
  const socketTableStore = new SocketTableStore(connection.api);
  labStore.connect();
  // The desktop app's menu speaks the page's language (browser mode has no menu).
  const reportLanguage = (code: string) => {
    if (isLanguageCode(code)) void connection.api.setMenuLanguage?.(code);
  };
  reportLanguage(i18next.language);
  i18next.on('languageChanged', reportLanguage);
  i18next.on('languageChanged', (code) => rememberChoice(pageStorage(), LANGUAGE_KEY, code));
  socketTableStore.connect();
  // After a reconnect the table may have changed while no update could arrive (the Lab's store
  // resyncs itself).
  connection.onStatus((status) => {
    if (status === 'open') void socketTableStore.refresh();
  });
  root.render(
    <StrictMode>
      <AppServicesContext.Provider value={{ api: connection.api, labStore, socketTableStore }}>
        <App connection={connection} />
      </AppServicesContext.Provider>
    </StrictMode>,
  );
}

function renderMissingToken(): void {
  root.render(
    <main className={notice.banner} role="alert">
      <h1>SocketScope</h1>
      <p>{i18next.t('connection.noToken')}</p>
    </main>,
  );
}

void startI18n(language).then(() => {
  try {
    render();
  } catch (error) {
    if (!(error instanceof MissingTokenError)) throw error;
    renderMissingToken();
  }
});
