import { describe, expect, it, vi } from 'vitest';
import { COMMAND_NAMES } from '../contract/command-names';
import { buildSocketScopeApi } from './build-api';

describe('buildSocketScopeApi', () => {
  it('has exactly one function per command, plus onEvents', () => {
    const api = buildSocketScopeApi(vi.fn(), vi.fn());
    expect(Object.keys(api).sort()).toEqual([...COMMAND_NAMES, 'onEvents'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each(COMMAND_NAMES)('%s invokes its own command with exactly the payload', async (name) => {
    const invoke = vi.fn(async () => ({ ok: true }));
    const api = buildSocketScopeApi(invoke, vi.fn());
    const payload = { any: 'thing' };
    const call = api[name] as (...args: unknown[]) => Promise<unknown>;
    await expect(call(payload, 'ignored extra argument')).resolves.toEqual({ ok: true });
    expect(invoke).toHaveBeenCalledExactlyOnceWith(name, payload);
  });

  it('hands onEvents through and cannot be changed by the page', () => {
    const onEvents = vi.fn(() => () => undefined);
    const api = buildSocketScopeApi(vi.fn(), onEvents);
    expect(api.onEvents).toBe(onEvents);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
