/**
 * Program names by pid from `tasklist /fo csv /nh`: "Image Name","PID","Session Name","Session#","Mem Usage",
 * every field quoted (the memory figure has thousands separators, an image name may have commas).
 */
export function parseTasklistPrograms(text: string): Map<number, string> {
  const programs = new Map<number, string>();
  for (const line of text.split(/\r?\n/)) {
    const [image, pid] = [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((field) =>
      (field[1] ?? '').replaceAll('""', '"'),
    );
    if (image && pid && /^\d+$/.test(pid)) programs.set(Number(pid), image);
  }
  return programs;
}
