import { describe, expect, it } from 'vitest';
import { formatTimestamp, isoDuration, parseTimestamp, timestampInputPattern, timestampPastePattern } from '@/lib/recaps/document/timestamp-format';

describe('timestamps as typed by hosts', () => {
  it('reads [12:34] as 754 seconds and [1:02:03] as 3723', () => {
    expect(parseTimestamp('[12:34]')).toBe(754);
    expect(parseTimestamp('12:34')).toBe(754);
    expect(parseTimestamp('[1:02:03]')).toBe(3723);
    expect(parseTimestamp('0:00')).toBe(0);
    expect(parseTimestamp('90:00')).toBe(5400);
  });

  it('refuses what is not a time in a day', () => {
    for (const value of ['12:60', '1:60:00', '24:00:00', '-1:00', '12', '12:3', 'ab:cd', '', '[12:34', '1:2:3']) {
      expect(parseTimestamp(value), value).toBeNull();
    }
  });

  it('the input rule fires on the closing bracket and matches the whole bracketed time (no capture group, so no brackets stay behind)', () => {
    const match = timestampInputPattern.exec('Bei [12:34]');
    expect(match?.[0]).toBe('[12:34]');
    expect(match?.[1]).toBeUndefined();
    expect(parseTimestamp(match?.[0] ?? '')).toBe(754);
    expect(timestampInputPattern.exec('Bei [1:02:03]')?.[0]).toBe('[1:02:03]');
    expect(timestampInputPattern.exec('Bei [12:34] weiter')).toBeNull();
    expect(timestampInputPattern.exec('Bei [12:99]')).toBeNull();
    expect(timestampInputPattern.exec('Bei [24:00:00]')).toBeNull();
  });

  it('every input-rule match parses to a valid time', () => {
    expect(parseTimestamp(timestampInputPattern.exec('[999:59]')?.[0] ?? '')).toBe(59_999);
    expect(parseTimestamp(timestampInputPattern.exec('[23:59:59]')?.[0] ?? '')).toBe(86_399);
  });

  it('finds all timestamps in pasted text', () => {
    expect([...'[1:00] und [2:30]'.matchAll(timestampPastePattern)].map((match) => parseTimestamp(match[0]))).toEqual([60, 150]);
  });

  it('formats seconds like a podcast player', () => {
    expect(formatTimestamp(754)).toBe('12:34');
    expect(formatTimestamp(3723)).toBe('1:02:03');
    expect(formatTimestamp(5)).toBe('0:05');
    expect(isoDuration(754)).toBe('PT12M34S');
    expect(isoDuration(3723)).toBe('PT1H2M3S');
  });
});
