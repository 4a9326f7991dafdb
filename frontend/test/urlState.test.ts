import { describe, expect, it } from 'vitest';
import { decodeState, DEFAULT_STATE, encodeState, isIsoDate, type ViewState } from '../src/urlState';

describe('URL view state', () => {
  it('shouldRestoreEveryFieldAfterARoundTrip', () => {
    // Given a state that differs from the defaults everywhere
    const state: ViewState = {
      company: '91310000MA1FL8XQ30',
      mode: 'guarantee',
      asOf: '2023-12-31',
      lang: 'en',
      from: 'P000001',
      to: '北京<script>科技有限公司',
      dir: 'up',
      depth: 6,
      circle: 'GC-1&x=2',
    };
    // When it is written to a query string and read back
    const restored = decodeState(encodeState(state));
    // Then nothing is lost, including characters that need escaping in URLs
    expect(restored).toEqual(state);
  });

  it('shouldWriteNothingForTheDefaultState', () => {
    expect(encodeState({ ...DEFAULT_STATE })).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('shouldKeepOnlyNonDefaultFieldsInTheLink', () => {
    const qs = encodeState({ ...DEFAULT_STATE, company: 'C1', asOf: '2024-02-29' });
    expect(new URLSearchParams(qs).toString()).toBe('company=C1&asOf=2024-02-29');
  });

  it('shouldFallBackToDefaultsForMalformedValues', () => {
    // Given a hand-edited link with an unknown mode, an impossible date, a bad language and depth
    const s = decodeState('?mode=hack&asOf=2023-02-30&lang=fr&depth=99&dir=sideways&company=%20%20');
    // Then each field falls back instead of breaking the page
    expect(s.mode).toBe('explore');
    expect(s.asOf).toBeNull();
    expect(s.lang).toBe('zh');
    expect(s.depth).toBe(DEFAULT_STATE.depth);
    expect(s.dir).toBe('both');
    expect(s.company).toBeNull();
  });

  it('shouldAcceptOnlyRealCalendarDates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('20230101')).toBe(false);
  });
});
