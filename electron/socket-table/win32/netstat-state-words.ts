import { tcpStateName, UNKNOWN_STATE } from '../shared/socket-state';

/**
 * The words `netstat -ano` prints for a TCP state in the languages Windows ships, by ss name, beyond the
 * English ones shared/socket-state knows. Many languages keep some English words (TIME_WAIT, CLOSE_WAIT);
 * French keeps all of them. A word found in none of these tables is UNKNOWN_STATE.
 */
const STATE_WORDS_BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  es: {
    ESCUCHANDO: 'LISTEN',
    ESTABLECIDO: 'ESTABLISHED',
    SYN_ENVIADO: 'SYN_SENT',
    SYN_RECIBIDO: 'SYN_RECV',
    CERRANDO: 'CLOSING',
    CERRADO: 'CLOSE',
  },
  pt: {
    ESCUTANDO: 'LISTEN',
    ESTABELECIDA: 'ESTABLISHED',
    ESTABELECIDO: 'ESTABLISHED',
    SYN_ENVIADO: 'SYN_SENT',
    SYN_RECEBIDO: 'SYN_RECV',
    FECHANDO: 'CLOSING',
    FECHADO: 'CLOSE',
  },
  fr: {},
  de: {
    ABHÖREN: 'LISTEN',
    HERGESTELLT: 'ESTABLISHED',
    SYN_GESENDET: 'SYN_SENT',
    SYN_EMPFANGEN: 'SYN_RECV',
    FIN_WARTEN_1: 'FIN_WAIT1',
    FIN_WARTEN_2: 'FIN_WAIT2',
    WARTEND: 'TIME_WAIT',
    SCHLIESSEN_WARTEN: 'CLOSE_WAIT',
    SCHLIESSEND: 'CLOSING',
    LETZTES_ACK: 'LAST_ACK',
    GESCHLOSSEN: 'CLOSE',
  },
  it: {
    'IN ASCOLTO': 'LISTEN',
    STABILITA: 'ESTABLISHED',
    SYN_INVIATO: 'SYN_SENT',
    SYN_RICEVUTO: 'SYN_RECV',
    'IN CHIUSURA': 'CLOSING',
    CHIUSO: 'CLOSE',
  },
};

/**
 * A state word as a key that does not depend on the console's code page: netstat writes in the OEM code
 * page (850: Ö is byte 0x99), which arrives decoded as UTF-8 (U+FFFD), latin-1 ("\x99") or, under
 * chcp 65001, right. Each run of characters outside printable ASCII becomes one "?".
 */
function stateKey(word: string): string {
  return word
    .toUpperCase()
    .replace(/[^\x20-\x7e]+/g, '?')
    .replace(/\s+/g, ' ');
}

const SS_NAME_BY_KEY = new Map(
  Object.values(STATE_WORDS_BY_LANGUAGE).flatMap((words) =>
    Object.entries(words).map(([word, ssName]) => [stateKey(word), ssName] as const),
  ),
);

/** The ss name of the state word(s) Windows netstat printed, in any language above; else UNKNOWN_STATE. */
export function windowsTcpStateName(printed: string): string {
  const english = tcpStateName(printed);
  return english === UNKNOWN_STATE ? (SS_NAME_BY_KEY.get(stateKey(printed)) ?? UNKNOWN_STATE) : english;
}
