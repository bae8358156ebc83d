/**
 * The application menu's two IPC channels, free of the schema library (like command-names.ts),
 * so that the sandboxed preload does not bundle validation code it never runs.
 */
export const MENU_COMMAND_CHANNEL = 'socketscope:menu-command';
export const MENU_LANGUAGE_CHANNEL = 'socketscope:menu-language';
