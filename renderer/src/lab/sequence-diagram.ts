import type { LabEvent } from '@contract/events';
import { layoutDiagram, peersOf } from './diagram-layout';
import { endpointText } from './endpoint-text';
import type { LabState } from './lab-state';

/** The words the drawing needs, already in the user's language. */
export interface SequenceDiagramText {
  title: string;
  /** One event as a line of text, as the log shows it. */
  describe(event: LabEvent): string;
}

/** The most events one drawing shows (the latest ones), so that the file stays readable. */
export const SEQUENCE_EVENT_LIMIT = 400;

const COLUMN_WIDTH = 220;
const ROW_HEIGHT = 26;
const MARGIN = 24;
const HEADER_HEIGHT = 64;
const LABEL_CHARS = 34;

/**
 * A sequence diagram of a recorded session as a standalone SVG document: one lifeline per
 * socket, one row per event, arrows for what went from one socket to another (connect, accept,
 * data). `final` is the Lab after the last event, which names each socket's addresses.
 */
export function sequenceDiagramSvg(
  events: readonly LabEvent[],
  final: LabState,
  text: SequenceDiagramText,
): string {
  const shown = events.slice(-SEQUENCE_EVENT_LIMIT);
  const columns = lifelineOrder(shown);
  const peers = peersOf(layoutDiagram(final.sockets));
  const x = (socketId: string) => MARGIN + (columns.indexOf(socketId) + 0.5) * COLUMN_WIDTH;
  const width = Math.max(columns.length, 1) * COLUMN_WIDTH + 2 * MARGIN;
  const height = HEADER_HEIGHT + (shown.length + 1) * ROW_HEIGHT + MARGIN;

  const heads = columns.map((socketId) => {
    const socket = final.sockets[socketId];
    const address = socket?.local ? endpointText(socket.local) : '';
    const cx = x(socketId);
    return [
      `<rect x="${cx - 95}" y="${MARGIN + 8}" width="190" height="40" rx="6" class="head"/>`,
      `<text x="${cx}" y="${MARGIN + 24}" class="name">${escapeXml(`${socketId} · ${socket?.protocol.toUpperCase() ?? ''}`)}</text>`,
      `<text x="${cx}" y="${MARGIN + 40}" class="address">${escapeXml(address)}</text>`,
      `<line x1="${cx}" y1="${MARGIN + 48}" x2="${cx}" y2="${height - MARGIN}" class="lifeline"/>`,
    ].join('');
  });

  const rows = shown.map((event, index) => {
    const y = HEADER_HEIGHT + MARGIN + (index + 1) * ROW_HEIGHT;
    const label = escapeXml(shorten(`#${event.seq} ${text.describe(event)}`));
    const arrow = arrowOf(event, peers, final);
    if (arrow && columns.includes(arrow.from) && columns.includes(arrow.to)) {
      const [from, to] = [x(arrow.from), x(arrow.to)];
      return (
        `<line x1="${from}" y1="${y}" x2="${to}" y2="${y}" class="arrow ${event.type}" marker-end="url(#head)"/>` +
        `<text x="${(from + to) / 2}" y="${y - 5}" class="label">${label}</text>`
      );
    }
    const at = x(event.socketId);
    return (
      `<circle cx="${at}" cy="${y}" r="4" class="dot ${event.type}"/>` +
      `<text x="${at + 9}" y="${y + 4}" class="note">${label}</text>`
    );
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<style>${STYLE}</style>`,
    `<defs><marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1d4ed8"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN}" class="title">${escapeXml(text.title)}</text>`,
    ...heads,
    ...rows,
    '</svg>',
  ].join('\n');
}

const STYLE = [
  'text{font-family:system-ui,sans-serif;font-size:12px;fill:#111827}',
  '.title{font-size:14px;font-weight:600}',
  '.name{text-anchor:middle;font-weight:600}',
  '.address,.label{text-anchor:middle;font-family:ui-monospace,monospace;font-size:11px}',
  '.note{font-size:11px;fill:#374151}',
  '.head{fill:#eef2ff;stroke:#1d4ed8}',
  '.lifeline{stroke:#9ca3af;stroke-dasharray:4 4}',
  '.arrow{stroke:#1d4ed8;stroke-width:1.5}',
  '.dot{fill:#374151}',
  '.dot.error,.dot.closed{fill:#b91c1c}',
  '.dot.data-held{fill:#b45309}',
].join('');

/** One lifeline per socket the events speak of, in order of first appearance. */
function lifelineOrder(events: readonly LabEvent[]): string[] {
  return [...new Set(events.map((event) => event.socketId))];
}

/** Where an event is an arrow: a connect to the listener, accept() creating a socket, data to the peer. */
function arrowOf(
  event: LabEvent,
  peers: ReadonlyMap<string, string>,
  final: LabState,
): { from: string; to: string } | undefined {
  const peer = peers.get(event.socketId);
  switch (event.type) {
    case 'data-sent':
      return peer ? { from: event.socketId, to: peer } : undefined;
    case 'connected': {
      const listener = peer && final.sockets[peer]?.serverId;
      return listener ? { from: event.socketId, to: listener } : undefined;
    }
    case 'accepted':
      return { from: event.serverId, to: event.socketId };
    default:
      return undefined;
  }
}

function shorten(line: string): string {
  return line.length > LABEL_CHARS ? `${line.slice(0, LABEL_CHARS - 1)}…` : line;
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
