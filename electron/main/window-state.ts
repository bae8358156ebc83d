import type { Rectangle } from 'electron';
import { z } from 'zod';
import { MIN_WINDOW_SIZE } from './window-options';

/** Far beyond any real desktop, yet small enough that no arithmetic on it misbehaves. */
const MAX_COORDINATE = 100_000;
const MAX_SIDE = 32_768;
/** How much of the window's top edge must lie on a screen for the user to grab and move it. */
const GRABBABLE_WIDTH = 100;
const GRABBABLE_HEIGHT = 24;

const coordinate = z.number().int().min(-MAX_COORDINATE).max(MAX_COORDINATE);

/** What window-state.json holds: the window's normal (not maximized) bounds and whether it was maximized. */
export const windowStateSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(MAX_SIDE),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(MAX_SIDE),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

/** The saved state, or undefined when the text is not valid JSON of the right shape. */
export function parseWindowState(text: string): WindowState | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

export interface WindowPlacement {
  /** Undefined: open at the default size, centred on the primary display. */
  bounds?: Rectangle;
  maximized: boolean;
}

/**
 * Where to open the window: where it was, if its top edge still lies on one of the displays
 * connected now (shrunk to fit that display if it has become smaller); otherwise the defaults,
 * so a monitor unplugged since never leaves the window out of reach.
 */
export function placeWindow(
  saved: WindowState | undefined,
  workAreas: readonly Rectangle[],
): WindowPlacement {
  if (!saved) return { maximized: false };
  const { maximized, ...bounds } = saved;
  const topEdge = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRABBABLE_HEIGHT };
  const home = workAreas.find((area) => {
    const overlap = intersection(topEdge, area);
    return overlap.width >= GRABBABLE_WIDTH && overlap.height >= GRABBABLE_HEIGHT;
  });
  if (!home) return { maximized: false };
  return {
    bounds: {
      ...bounds,
      width: Math.max(Math.min(bounds.width, home.width), MIN_WINDOW_SIZE.width),
      height: Math.max(Math.min(bounds.height, home.height), MIN_WINDOW_SIZE.height),
    },
    maximized,
  };
}

function intersection(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}
