/**
 * Browser mode answers only requests addressed to it by one of its own names. A page on another
 * site can make a browser send requests here (DNS rebinding even points its own name at
 * 127.0.0.1), but it cannot make the browser send our Host together with our Origin, so exact
 * checks of both keep other sites out.
 */
export class RequestOrigins {
  private readonly hosts: ReadonlySet<string>;

  /** `names`: the host names the server is reached by, e.g. 127.0.0.1 and localhost. */
  constructor(names: readonly string[], port: number) {
    this.hosts = new Set(names.map((name) => `${name.toLowerCase()}:${port}`));
  }

  isAllowedHost(host: string | undefined): boolean {
    return host !== undefined && this.hosts.has(host.toLowerCase());
  }

  /** The page's Origin must be this server, as named in the request's own Host. */
  isAllowedOrigin(origin: string | undefined, host: string | undefined): boolean {
    return !!origin && this.isAllowedHost(host) && origin.toLowerCase() === `http://${host?.toLowerCase()}`;
  }
}
