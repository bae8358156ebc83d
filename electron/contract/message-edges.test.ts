import { describe, expect, it } from 'vitest';
import { commandSchemas } from './commands';
import { MAX_MESSAGE_BYTES, messageToBytes } from './message';
import { invalidPayload } from './responses';

const socketId = 'client-1';

function problemOf(message: unknown) {
  const parsed = commandSchemas.send.safeParse({ socketId, message });
  return parsed.success ? undefined : invalidPayload(parsed.error).issues[0]?.problem;
}

describe('message size limit, exactly at the edge', () => {
  it('accepts text of exactly the limit and refuses one byte more, saying its size', () => {
    expect(problemOf({ encoding: 'text', text: 'a'.repeat(MAX_MESSAGE_BYTES) })).toBeUndefined();
    expect(problemOf({ encoding: 'text', text: 'a'.repeat(MAX_MESSAGE_BYTES + 1) })).toEqual({
      key: 'messageTooLarge',
      params: { size: MAX_MESSAGE_BYTES + 1, max: MAX_MESSAGE_BYTES },
    });
  });

  it('accepts hex of exactly the limit, spaces and all, and refuses one byte more', () => {
    expect(problemOf({ encoding: 'hex', hex: 'ab'.repeat(MAX_MESSAGE_BYTES) })).toBeUndefined();
    expect(problemOf({ encoding: 'hex', hex: 'ab '.repeat(MAX_MESSAGE_BYTES) })).toBeUndefined();
    expect(problemOf({ encoding: 'hex', hex: 'ab'.repeat(MAX_MESSAGE_BYTES + 1) })).toEqual({
      key: 'messageTooLarge',
      params: { size: MAX_MESSAGE_BYTES + 1, max: MAX_MESSAGE_BYTES },
    });
  });
});

describe('hex as people paste it', () => {
  it('accepts spaces and line breaks around and between bytes', () => {
    expect(problemOf({ encoding: 'hex', hex: '  48 65\n6c  ' })).toBeUndefined();
    expect([...messageToBytes({ encoding: 'hex', hex: ' 48656c6c6f\t' })]).toEqual([...Buffer.from('Hello')]);
  });

  it('shows the start of hex it cannot read, at most 24 characters', () => {
    const hex = 'zz'.repeat(20);
    expect(problemOf({ encoding: 'hex', hex })).toEqual({
      key: 'messageBadHex',
      params: { sample: hex.slice(0, 24) },
    });
  });
});
