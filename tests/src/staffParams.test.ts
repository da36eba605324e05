import { describe, expect, it } from 'vitest';
import { formatHelsinkiIso } from '../../machines/helsinkiCalendar';
import { acrossPhase, readStaffParams, shiftWeeks } from '../../src/staff/staffParams';
import { instantOf } from '../machines/instant';

const iso = (instant: number) => formatHelsinkiIso(instant);

describe('staff moments', () => {
  it('keeps the clock time when whole weeks cross a DST change', () => {
    expect(iso(shiftWeeks(instantOf('2023-03-24T10:00'), 1))).toBe('2023-03-31T10:00:00+03:00');
    expect(iso(shiftWeeks(instantOf('2023-11-03T10:00'), -1))).toBe('2023-10-27T10:00:00+03:00');
  });

  it('finds the same weekday and time on the other side of a phase date', () => {
    expect(iso(acrossPhase(instantOf('2023-04-11T10:00'), '2023-04-24'))).toBe(
      '2023-04-25T10:00:00+03:00',
    );
    expect(iso(acrossPhase(instantOf('2023-04-24T10:00'), '2023-04-24'))).toBe(
      '2023-04-17T10:00:00+03:00',
    );
    expect(iso(acrossPhase(instantOf('2023-03-12T23:00'), '2023-03-13'))).toBe(
      '2023-03-19T23:00:00+02:00',
    );
  });

  it('reads the URL, falling back safely on bad values', () => {
    const now = instantOf('2026-11-28T14:47');
    expect(readStaffParams('?at=2023-04-11T10:00&municipality=forssa', now)).toEqual({
      at: instantOf('2023-04-11T10:00'),
      municipality: 'forssa',
      invalidAt: null,
      invalidMunicipality: null,
    });
    expect(readStaffParams('?at=yesterday&municipality=espoo', now)).toEqual({
      at: now,
      municipality: 'hameenlinna',
      invalidAt: 'yesterday',
      invalidMunicipality: 'espoo',
    });
  });
});
