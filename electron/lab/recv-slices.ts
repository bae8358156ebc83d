/**
 * How a chunk that arrived would come out of repeated recv(bufferSize) calls: full buffers,
 * then the remainder. 2500 bytes with recv(1024) give [1024, 1024, 452].
 */
export function recvSliceLengths(total: number, bufferSize: number): number[] {
  const slices: number[] = [];
  for (let offset = 0; offset < total; offset += bufferSize)
    slices.push(Math.min(bufferSize, total - offset));
  return slices;
}
