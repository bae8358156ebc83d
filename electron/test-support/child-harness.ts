import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { ChildReport, ParentRequest } from './emfile-protocol';

type ReportOf<T extends ChildReport['type']> = Extract<ChildReport, { type: T }>;

/** The too-many-open-files child, run under `prlimit --nofile=limit:limit`, and what it reported. */
export class LimitedChild {
  readonly reports: ChildReport[] = [];
  private readonly process: ChildProcess;
  private readonly waiters = new Set<() => void>();

  constructor(bundle: string, fileLimit: number) {
    this.process = spawn('prlimit', [`--nofile=${fileLimit}:${fileLimit}`, process.execPath, bundle], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.process.on('message', (report: ChildReport) => {
      this.reports.push(report);
      this.waiters.forEach((wake) => wake());
    });
  }

  of<T extends ChildReport['type']>(type: T): ReportOf<T>[] {
    return this.reports.filter((report): report is ReportOf<T> => report.type === type);
  }

  /** The next report of this type from now on, or an error after `timeoutMs`. */
  next<T extends ChildReport['type']>(type: T, timeoutMs = 5000): Promise<ReportOf<T>> {
    const seen = this.of(type).length;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`The child sent no "${type}" report within ${timeoutMs} ms.`));
      }, timeoutMs);
      const check = () => {
        const report = this.of(type)[seen];
        if (!report) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(report);
      };
      this.waiters.add(check);
      check();
    });
  }

  async request<T extends ChildReport['type']>(request: ParentRequest, reply: T): Promise<ReportOf<T>> {
    const answer = this.next(reply);
    this.process.send(request);
    return answer;
  }

  /** Asks the child to close its sockets and exit; kills it if it has not gone within a second. */
  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exited = once(this.process, 'exit');
    if (this.process.connected) this.process.send({ type: 'stop' } satisfies ParentRequest);
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 1000);
    await exited;
    clearTimeout(timer);
  }
}
