import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  program: string;
  commandLine: string;
}

/**
 * Which process holds each socket, found as `ss -p` finds it: every /proc/PID/fd/N that links
 * to socket:[INODE]. Reading every descriptor's link is the expensive part of a scan, so the map
 * is kept between scans and /proc is walked again only when a scan shows a socket it does not know
 * (and that the previous walk could not place either), or when a process it names has ended. That walk trusts a descriptor's last link
 * while its socket is still in the table (an open descriptor keeps its socket listed) and reads
 * the others again; should a socket still be missing, a full walk reads them all. Processes that
 * end mid-walk, or that this user may not inspect, are skipped.
 */
export class SocketOwners {
  private owners = new Map<number, ProcessInfo>();
  private unplaced = new Set<number>();
  /** What each process's descriptors linked to at the last walk, by pid and fd number. */
  private links = new Map<string, Map<string, number | undefined>>();
  private walkCount = 0;

  constructor(private readonly procRoot = '/proc') {}

  /** The owner of each inode that has one, walking /proc again only when needed. */
  ownersOf(inodes: Iterable<number>): ReadonlyMap<number, ProcessInfo> {
    const wanted = [...inodes];
    const unplacedBefore = this.unplaced;
    const known = (inode: number) => this.owners.has(inode) || unplacedBefore.has(inode);
    if (wanted.every(known) && this.ownersAlive(wanted)) return this.owners;
    if (this.links.size === 0) {
      this.walk(wanted, 'all descriptors');
      return this.owners;
    }
    this.walk(wanted, 'new descriptors');
    // Sockets no walk could place before (another namespace, another user) do not force a full walk.
    if (!wanted.every((inode) => this.owners.has(inode) || unplacedBefore.has(inode))) {
      this.walk(wanted, 'all descriptors');
    }
    return this.owners;
  }

  /**
   * False when a process the map names has ended: its sockets may live on in a child that
   * inherited them (a daemon that forked, a shell wrapper), so the map must be read again.
   */
  private ownersAlive(wanted: readonly number[]): boolean {
    const pids = new Set<number>();
    for (const inode of wanted) {
      const owner = this.owners.get(inode);
      if (owner) pids.add(owner.pid);
    }
    return [...pids].every((pid) => existsSync(`${this.procRoot}/${pid}`));
  }

  /** How many times /proc has been walked; a steady machine does not add to it. */
  get walks(): number {
    return this.walkCount;
  }

  private walk(wanted: readonly number[], reading: 'new descriptors' | 'all descriptors'): void {
    this.walkCount += 1;
    const owners = new Map<number, ProcessInfo>();
    const links = new Map<string, Map<string, number | undefined>>();
    const listed = new Set(wanted);
    for (const pid of safeList(this.procRoot)) {
      if (!/^\d+$/.test(pid)) continue;
      const before = reading === 'new descriptors' ? this.links.get(pid) : undefined;
      const now = new Map<string, number | undefined>();
      let info: ProcessInfo | undefined;
      for (const fd of safeList(`${this.procRoot}/${pid}/fd`)) {
        const last = before?.get(fd);
        const inode =
          last !== undefined && listed.has(last)
            ? last
            : socketInode(safeReadLink(`${this.procRoot}/${pid}/fd/${fd}`));
        now.set(fd, inode);
        if (inode === undefined) continue;
        info ??= this.describe(Number(pid));
        owners.set(inode, info);
      }
      links.set(pid, now);
    }
    this.owners = owners;
    this.links = links;
    this.unplaced = new Set(wanted.filter((inode) => !owners.has(inode)));
  }

  private describe(pid: number): ProcessInfo {
    const program = safeRead(`${this.procRoot}/${pid}/comm`).trim();
    const commandLine = safeRead(`${this.procRoot}/${pid}/cmdline`).replaceAll('\0', ' ').trim();
    return { pid, program, commandLine };
  }
}

function socketInode(link: string | undefined): number | undefined {
  if (!link?.startsWith('socket:[')) return undefined;
  return Number(link.slice(8, -1));
}

function safeList(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function safeReadLink(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
