/**
 * Takes `bytes` off the front of a queue of send() sizes, as a read takes them off a TCP stream:
 * how many send()s it touched, and whether it left part of the last one for a later read.
 * The queue is changed in place.
 */
export function takeBytes(queue: number[], bytes: number): { sends: number; split: boolean } {
  let left = bytes;
  let sends = 0;
  let split = false;
  while (left > 0 && queue.length > 0) {
    const first = queue[0] ?? 0;
    sends += 1;
    if (first <= left) {
      left -= first;
      queue.shift();
    } else {
      queue[0] = first - left;
      left = 0;
      split = true;
    }
  }
  return { sends, split };
}
