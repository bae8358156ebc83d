import { describe, expect, it } from 'vitest';
import { convertMessageText, numberFieldValue } from './form-values';
import { endpointText } from './endpoint-text';

describe('numberFieldValue', () => {
  it('passes numbers as numbers and anything else as typed, for the contract to explain', () => {
    expect(numberFieldValue(' 5346 ')).toBe(5346);
    expect(numberFieldValue('70000')).toBe(70000);
    expect(numberFieldValue('-1')).toBe(-1);
    expect(numberFieldValue('80.5')).toBe(80.5);
    expect(numberFieldValue('eighty')).toBe('eighty');
    expect(numberFieldValue('')).toBe('');
  });
});

describe('convertMessageText', () => {
  it('turns text into its UTF-8 bytes and back', () => {
    expect(convertMessageText('Hé!', 'hex')).toBe('48 c3 a9 21');
    expect(convertMessageText('48 c3 a9 21', 'text')).toBe('Hé!');
  });

  it('keeps hex that is not valid UTF-8 (or not hex at all) as it is', () => {
    expect(convertMessageText('ff fe 00', 'text')).toBe('ff fe 00');
    expect(convertMessageText('zz', 'text')).toBe('zz');
  });
});

describe('endpointText', () => {
  it('writes IPv6 addresses in brackets so the port stays readable', () => {
    expect(endpointText({ address: '127.0.0.1', port: 5346 })).toBe('127.0.0.1:5346');
    expect(endpointText({ address: '::1', port: 5346 })).toBe('[::1]:5346');
  });
});
