/**
 * Program names by pid from `ps -axo pid=,comm=`. macOS prints comm as the executable's full path
 * (/Applications/Google Chrome.app/Contents/MacOS/Google Chrome); its last part is the name Linux shows.
 */
export function parsePsPrograms(text: string): Map<number, string> {
  const programs = new Map<number, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(\d+)\s+(.*\S)/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const program = match[2].slice(match[2].lastIndexOf('/') + 1);
    if (program) programs.set(Number(match[1]), program);
  }
  return programs;
}
