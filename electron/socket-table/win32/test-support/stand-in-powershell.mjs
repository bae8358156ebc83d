// A stand-in for the PowerShell scan process: it speaks the same protocol on stdin and stdout, so that
// the long-lived process wrapper is tested with a real child. The mode (argv[2]) picks how it behaves.
import process from 'node:process';
import { createInterface } from 'node:readline';
import { setTimeout } from 'node:timers';

const mode = process.argv[2] ?? 'answer';
let served = 0;

function reply(id) {
  served += 1;
  const lines = [
    `tcp\t127.0.0.1\t5346\t0.0.0.0\t0\tListen\t${process.pid}`,
    `udp\t::\t5353\t${process.pid}`,
    `proc\t${process.pid}\tstand-in ${served}`,
  ];
  const text = `${lines.join('\r\n')}\r\ndone ${id}\r\n`;
  // Written in pieces cut mid-line, as a pipe may deliver a long reply.
  const cut = Math.floor(text.length / 3);
  process.stdout.write(text.slice(0, cut));
  setTimeout(() => process.stdout.write(text.slice(cut, 2 * cut)), 5);
  setTimeout(() => process.stdout.write(text.slice(2 * cut)), 10);
}

createInterface({ input: process.stdin }).on('line', (request) => {
  const id = request.split(' ')[1];
  if (mode === 'silent') return;
  if (mode === 'error') {
    process.stdout.write(`error\tThe term 'Get-NetTCPConnection' is not recognized.\r\ndone ${id}\r\n`);
    return;
  }
  if (mode === 'exit-after-one' && served === 1) process.exit(3);
  reply(id);
});
