/** How much browser mode takes on for its pages, so that no page, nor many, can exhaust the back end. */
export interface PageLimits {
  /** Pages connected at once; one more is told so and closed. */
  maxPages: number;
  /**
   * A page that stops reading is disconnected rather than buffered for without limit: at 60
   * batches a second of at most 64 KiB, this is several seconds of events it has not read.
   */
  maxUnsentPerPage: number;
  /**
   * All pages' unsent bytes together (counted as if none were shared, though stream batches
   * are); past it the pages furthest behind are dropped first, until the rest fit.
   */
  maxUnsentTotal: number;
  /**
   * Past this, a page is behind, and gets of each stream only what whenBehind keeps: a
   * machine's table can be megabytes, and a page still working through one must not fall
   * further behind, nor be cut off for it.
   */
  behindBytes: number;
}

export const DEFAULT_PAGE_LIMITS: PageLimits = {
  maxPages: 32,
  maxUnsentPerPage: 32 * 1024 * 1024,
  maxUnsentTotal: 96 * 1024 * 1024,
  behindBytes: 1024 * 1024,
};
