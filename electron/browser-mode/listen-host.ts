/** The names browser mode answers to on this machine; Host and Origin must use one of them. */
export const LOOPBACK_NAMES: readonly string[] = ['127.0.0.1', 'localhost'];

const WILDCARD_ADDRESSES = ['0.0.0.0', '::', '0:0:0:0:0:0:0:0'];

export function isLoopbackName(host: string): boolean {
  return LOOPBACK_NAMES.includes(host.toLowerCase());
}

/**
 * A wildcard address has no name a browser could put in its Host header, so the Host check
 * would refuse every page that is not on this machine anyway: serving one only misleads.
 */
export function isWildcardAddress(host: string): boolean {
  return WILDCARD_ADDRESSES.includes(host);
}

/** "localhost" may resolve to ::1 first, while the printed URL promises 127.0.0.1. */
export function listenAddressFor(host: string): string {
  return isLoopbackName(host) ? '127.0.0.1' : host;
}

export class NonLoopbackHostError extends Error {
  constructor(host: string) {
    super(
      `Browser mode serves ${host} only with allowRemote: anyone who can reach it could open sockets on this machine. / ` +
        `El modo navegador sirve ${host} solo con allowRemote: cualquiera que lo alcance podría abrir sockets en esta máquina.`,
    );
    this.name = 'NonLoopbackHostError';
  }
}

export class WildcardHostError extends Error {
  constructor(host: string) {
    super(
      `Browser mode cannot serve the wildcard address ${host}: name the one address browsers will use to reach this machine. / ` +
        `El modo navegador no puede servir la dirección comodín ${host}: indique la dirección con la que los navegadores llegarán a esta máquina.`,
    );
    this.name = 'WildcardHostError';
  }
}
