import type { AppLanguage } from '../contract/menu-commands';

const english = {
  about: 'About SocketScope',
  services: 'Services',
  hide: 'Hide SocketScope',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  quit: 'Quit SocketScope',
  file: 'File',
  startServer: 'Start Echo Server',
  stopServer: 'Stop Echo Server',
  newClient: 'New Client',
  closeWindow: 'Close Window',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  showLab: 'Lab',
  showSockets: 'Sockets',
  language: 'Language',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring All to Front',
  help: 'Help',
  documentation: 'SocketScope Documentation',
};

export type MenuLabelKey = keyof typeof english;
export type MenuLabels = Readonly<Record<MenuLabelKey, string>>;

const spanish: MenuLabels = {
  about: 'Acerca de SocketScope',
  services: 'Servicios',
  hide: 'Ocultar SocketScope',
  hideOthers: 'Ocultar otros',
  showAll: 'Mostrar todo',
  quit: 'Salir de SocketScope',
  file: 'Archivo',
  startServer: 'Iniciar servidor de eco',
  stopServer: 'Detener servidor de eco',
  newClient: 'Nuevo cliente',
  closeWindow: 'Cerrar ventana',
  edit: 'Edición',
  undo: 'Deshacer',
  redo: 'Rehacer',
  cut: 'Cortar',
  copy: 'Copiar',
  paste: 'Pegar',
  selectAll: 'Seleccionar todo',
  view: 'Ver',
  showLab: 'Laboratorio',
  showSockets: 'Sockets',
  language: 'Idioma',
  reload: 'Recargar',
  toggleDevTools: 'Herramientas de desarrollo',
  resetZoom: 'Tamaño real',
  zoomIn: 'Ampliar',
  zoomOut: 'Reducir',
  toggleFullScreen: 'Pantalla completa',
  window: 'Ventana',
  minimize: 'Minimizar',
  zoom: 'Zoom',
  front: 'Traer todo al frente',
  help: 'Ayuda',
  documentation: 'Documentación de SocketScope',
};

export const MENU_LABELS: Readonly<Record<AppLanguage, MenuLabels>> = { en: english, es: spanish };

/** Each language under its own name, as language pickers show them. */
export const LANGUAGE_NAMES: Readonly<Record<AppLanguage, string>> = { en: 'English', es: 'Español' };

/** The menu's language for an OS locale such as "es-419" or "en-GB": Spanish or English. */
export function menuLanguageFor(locale: string): AppLanguage {
  return locale.toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';
}
