import { describe, expect, it } from 'vitest';
import { matchTimeZone } from '../../src/core/time-zone.js';
import { parseConfig, timeZone } from '../../src/config.js';

describe('time zones as people type them', () => {
  it.each([
    ['asia/jakarta', { ok: true, zone: 'Asia/Jakarta' }],
    ['  EUROPE/berlin ', { ok: true, zone: 'Europe/Berlin' }],
    ['utc', { ok: true, zone: 'UTC' }],
    ['Asia/Jakarta', { ok: true, zone: 'Asia/Jakarta' }],
    ['jakarta', { ok: false, suggestion: 'Asia/Jakarta' }],
    ['new york', { ok: false, suggestion: 'America/New_York' }],
    ['Asia/Jakrta', { ok: false, suggestion: 'Asia/Jakarta' }],
    ['berln', { ok: false, suggestion: 'Europe/Berlin' }],
    ['UTC+7', { ok: false, suggestion: 'Etc/GMT-7' }],
    ['GMT-3', { ok: false, suggestion: 'Etc/GMT+3' }],
    ['UTC+05:30', { ok: false, suggestion: 'Asia/Kolkata' }],
    ['UTC+0', { ok: false, suggestion: 'UTC' }],
    ['UTC+15', { ok: false, suggestion: null }],
    ['Mars/Olympus_Mons', { ok: false, suggestion: null }],
    ['', { ok: false, suggestion: null }],
  ])('%j', (input, expected) => {
    expect(matchTimeZone(input)).toEqual(expected);
  });

  it('config stores the canonical case and names the likely zone on a miss', () => {
    expect(parseConfig({ DEFAULT_TIMEZONE: 'asia/jakarta' }).DEFAULT_TIMEZONE).toBe('Asia/Jakarta');
    const miss = timeZone.safeParse('jakarta');
    expect(miss.success).toBe(false);
    expect(miss.error?.issues[0]?.message).toContain('did you mean Asia/Jakarta?');
  });
});
