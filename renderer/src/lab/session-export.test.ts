import { describe, expect, it } from 'vitest';
import type { LabEvent } from '@contract/events';
import { applyEvents, emptyLabState } from './lab-state';
import { CLIENT_1, event, lesson, preview, SERVER } from './lesson-events.fixture';
import { sessionToJson, type SessionFile } from './session-export';
import { record, startRecording } from './session-recording';

/** The Lab when recording began: a listening server, an accepted socket and a client not yet bound. */
function openingState() {
  return applyEvents(emptyLabState, [
    event('socket-created', 'server-1', { role: 'listener', protocol: 'tcp', recvBufferSize: 1024 }),
    event('listening', 'server-1', { local: SERVER }),
    event('socket-created', 'conn-1', {
      role: 'accepted',
      protocol: 'tcp',
      serverId: 'server-1',
      recvBufferSize: 1024,
    }),
    event('accepted', 'conn-1', { serverId: 'server-1', local: SERVER, remote: CLIENT_1 }),
    event('data-received', 'conn-1', { bytes: 52, slices: [52], preview: preview('hi') }),
    event('socket-created', 'client-9', { role: 'client', protocol: 'udp', recvBufferSize: 2048 }),
  ]);
}

describe('sessionToJson: the saved session', () => {
  it('is the format, its version, the start time, the sockets open then, and every event', () => {
    const events = lesson();
    const recording = record(startRecording(openingState(), Date.UTC(2024, 4, 6, 10, 20, 30, 456)), events);
    const file = JSON.parse(sessionToJson(recording)) as SessionFile;
    expect(Object.keys(file)).toEqual(['format', 'version', 'startedAt', 'initialSockets', 'events']);
    expect(file.format).toBe('socketscope-session');
    expect(file.version).toBe(1);
    expect(file.startedAt).toBe('2024-05-06T10:20:30.456Z');
    expect(file.events).toEqual(events);
  });

  it("keeps each socket as the back end describes it, without the renderer's drawing state", () => {
    const recording = startRecording(openingState(), 0);
    const { initialSockets } = JSON.parse(sessionToJson(recording)) as SessionFile;
    expect(initialSockets).toEqual([
      {
        socketId: 'server-1',
        role: 'listener',
        protocol: 'tcp',
        state: 'listening',
        local: SERVER,
        recvBufferSize: 1024,
        bytesSent: 0,
        bytesReceived: 0,
        endSent: false,
        endReceived: false,
      },
      {
        socketId: 'conn-1',
        role: 'accepted',
        protocol: 'tcp',
        state: 'open',
        serverId: 'server-1',
        local: SERVER,
        remote: CLIENT_1,
        recvBufferSize: 1024,
        bytesSent: 0,
        bytesReceived: 52,
        endSent: false,
        endReceived: false,
      },
      // Not bound yet: no local address, and no empty fields standing in for one.
      {
        socketId: 'client-9',
        role: 'client',
        protocol: 'udp',
        state: 'created',
        recvBufferSize: 2048,
        bytesSent: 0,
        bytesReceived: 0,
        endSent: false,
        endReceived: false,
      },
    ]);
  });

  it('escapes what the bytes held, so that the file reads back as the same text', () => {
    const tricky = 'say "hi"\\n\n\t</script>\u0000ñ';
    const sent: LabEvent = event('data-sent', 'client-1', {
      bytes: 20,
      preview: { text: tricky, hex: '22', truncated: true },
    });
    const json = sessionToJson(record(startRecording(emptyLabState, 0), [sent]));
    expect(json).toContain(String.raw`"text": "say \"hi\"\\n\n\t</script>\u0000ñ"`);
    const file = JSON.parse(json) as SessionFile;
    expect(file.events[0]).toEqual(sent);
  });

  it('is indented by two spaces and ends with a newline, as a text file does', () => {
    const json = sessionToJson(startRecording(emptyLabState, 0));
    expect(json).toBe(
      '{\n  "format": "socketscope-session",\n  "version": 1,\n  "startedAt": "1970-01-01T00:00:00.000Z",\n  "initialSockets": [],\n  "events": []\n}\n',
    );
  });
});
