import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  program: string;
  commandLine: string;
}

/**
 * Which process holds each socket, found as `ss -p` finds it: every /proc/PID/fd/N that links
 * to socket:[INODE]. Walking every descriptor of every process is the expensive part of a scan,
 * so the map is kept between scans and walked again only when a scan shows a socket it does not
 * know (and that the previous walk could not place either). Processes that end mid-walk, or that
 * this user may not inspect, are skipped.
 */
export class SocketOwners {
  private owners = new Map<number, ProcessInfo>();
  private unplaced = new Set<number>();

  constructor(private readonly procRoot = '/proc') {}

  /** The owner of each inode that has one, walking /proc again only when needed. */
  ownersOf(inodes: Iterable<number>): ReadonlyMap<number, ProcessInfo> {
    const wanted = [...inodes];
    if (wanted.some((inode) => !this.owners.has(inode) && !this.unplaced.has(inode))) {
      this.walk(wanted);
    }
    return this.owners;
  }

  private walkCount = 0;

  /** How many times /proc has been walked; a steady machine does not add to it. */
  get walks(): number {
    return this.walkCount;
  }

  private walk(wanted: readonly number[]): void {
    this.walkCount += 1;
    const owners = new Map<number, ProcessInfo>();
    for (const entry of safeList(this.procRoot)) {
      if (!/^\d+$/.test(entry)) continue;
      let info: ProcessInfo | undefined;
      for (const fd of safeList(`${this.procRoot}/${entry}/fd`)) {
        const inode = socketInode(safeReadLink(`${this.procRoot}/${entry}/fd/${fd}`));
        if (inode === undefined) continue;
        info ??= this.describe(Number(entry));
        owners.set(inode, info);
      }
    }
    this.owners = owners;
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
