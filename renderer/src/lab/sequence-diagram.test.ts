import { describe, expect, it } from 'vitest';
import { applyEvents, emptyLabState } from './lab-state';
import { event, lesson, preview } from './lesson-events.fixture';
import { SEQUENCE_EVENT_LIMIT, sequenceDiagramSvg } from './sequence-diagram';

const text = { title: 'Session <1> & "friends"', describe: (e: { type: string }) => e.type };

describe('the sequence diagram', () => {
  it('draws one lifeline per socket and arrows for connect, accept and data between Lab sockets', () => {
    const events = lesson();
    const svg = sequenceDiagramSvg(events, applyEvents(emptyLabState, events), text);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/class="lifeline"/g)).toHaveLength(5);
    // client-1 ↔ conn-2 exchange data both ways; each connect and accept is an arrow too.
    const arrows = [...svg.matchAll(/class="arrow ([a-z-]+)"/g)].map((match) => match[1]);
    expect(arrows.filter((type) => type === 'data-sent')).toHaveLength(2);
    expect(arrows.filter((type) => type === 'connected')).toHaveLength(2);
    expect(arrows.filter((type) => type === 'accepted')).toHaveLength(2);
    // Receiving is a dot on the receiver's own lifeline.
    expect(svg.match(/class="dot data-received"/g)).toHaveLength(3);
  });

  it('escapes text so that message bytes cannot break or script the file', () => {
    const events = [...lesson(), event('data-sent', 'client-1', { bytes: 9, preview: preview('<script>') })];
    const svg = sequenceDiagramSvg(events, applyEvents(emptyLabState, events), {
      title: text.title,
      describe: (e) => (e.type === 'data-sent' ? '<script>alert(1)</script>' : e.type),
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('<title>Session &lt;1&gt; &amp; &quot;friends&quot;</title>');
  });

  it('keeps only the latest events when the session is long', () => {
    const events = [
      ...lesson(),
      ...Array.from({ length: SEQUENCE_EVENT_LIMIT + 50 }, () =>
        event('data-summary', 'client-1', { direction: 'sent', bytes: 1, chunks: 1 }),
      ),
    ];
    const svg = sequenceDiagramSvg(events, applyEvents(emptyLabState, events), text);
    expect(svg.match(/class="(?:dot|arrow) /g)).toHaveLength(SEQUENCE_EVENT_LIMIT);
  });
});
