/** The most recv() call lengths one event lists; past it, only their number is given. */
export const MAX_LISTED_SLICES = 32;

export interface RecvSlices {
  /** Lengths of the first recv(bufferSize) calls, each at most the buffer size. */
  slices: number[];
  /** How many calls in all, present only when there are more than `slices` lists. */
  sliceCount?: number;
}

/**
 * How a chunk that arrived would come out of repeated recv(bufferSize) calls: full buffers,
 * then the remainder. 2500 bytes with recv(1024) give [1024, 1024, 452]. A tiny buffer would
 * need thousands of calls for one chunk, so the list stops at MAX_LISTED_SLICES.
 */
export function recvSlices(total: number, bufferSize: number): RecvSlices {
  const count = Math.ceil(total / bufferSize);
  const listed = Math.min(count, MAX_LISTED_SLICES);
  const slices = Array.from({ length: listed }, (_, index) =>
    Math.min(bufferSize, total - index * bufferSize),
  );
  return count > listed ? { slices, sliceCount: count } : { slices };
}
