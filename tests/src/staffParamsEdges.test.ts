/** The staff view's moments (src/staff/staffParams.ts), with instants written in UTC by hand. */
import { describe, expect, it } from 'vitest';
import {
  acrossPhase,
  DEFAULT_MUNICIPALITY,
  PHASE_DAYS,
  readStaffParams,
  shiftWeeks,
  shortcutMoments,
  staffSearch,
  toLocalInput,
} from '../../src/staff/staffParams';

const NOW = Date.UTC(2026, 10, 28, 12, 47); // Sat 28.11.2026 14:47 Helsinki

describe('reading the staff URL', () => {
  it('defaults to now and Hämeenlinna', () => {
    expect(DEFAULT_MUNICIPALITY).toBe('hameenlinna');
    expect(readStaffParams('', NOW)).toEqual({
      at: NOW,
      municipality: 'hameenlinna',
      invalidAt: null,
      invalidMunicipality: null,
    });
  });

  it('reads a moment with an offset and the place outside the region', () => {
    expect(readStaffParams('?at=2023-04-11T10:00%2B05:30&municipality=outside', NOW)).toEqual({
      at: Date.UTC(2023, 3, 11, 4, 30),
      municipality: 'outside',
      invalidAt: null,
      invalidMunicipality: null,
    });
  });

  it('names an empty moment as invalid', () => {
    expect(readStaffParams('?at=&municipality=', NOW)).toEqual({
      at: NOW,
      municipality: 'hameenlinna',
      invalidAt: '',
      invalidMunicipality: '',
    });
  });
});

describe('writing the staff URL', () => {
  it('writes the Helsinki wall clock to the minute, padded', () => {
    expect(toLocalInput(Date.UTC(2023, 0, 5, 6, 7, 59))).toBe('2023-01-05T08:07');
    expect(toLocalInput(Date.UTC(2023, 5, 30, 21, 0))).toBe('2023-07-01T00:00');
  });

  it('keeps other parameters and sets page, moment and place', () => {
    expect(staffSearch('?lang=en&at=x', Date.UTC(2023, 3, 11, 7, 0), 'forssa')).toBe(
      '?lang=en&at=2023-04-11T10%3A00&page=staff&municipality=forssa',
    );
    expect(staffSearch('', Date.UTC(2023, 3, 11, 7, 0), 'outside')).toBe(
      '?page=staff&at=2023-04-11T10%3A00&municipality=outside',
    );
  });
});

describe('shortcut moments', () => {
  it('lists each phase day once, at 10:00', () => {
    expect(PHASE_DAYS).toEqual(['2023-03-13', '2023-04-03', '2023-04-24']);
    expect(shortcutMoments(NOW).phases).toEqual([
      { date: '2023-03-13', at: Date.UTC(2023, 2, 13, 8, 0) },
      { date: '2023-04-03', at: Date.UTC(2023, 3, 3, 7, 0) },
      { date: '2023-04-24', at: Date.UTC(2023, 3, 24, 7, 0) },
    ]);
  });

  it('from a Saturday: Monday 10:00 and tonight 20:00', () => {
    expect(shortcutMoments(NOW)).toMatchObject({
      now: NOW,
      nextWeekday: Date.UTC(2026, 10, 30, 8, 0),
      tonight: Date.UTC(2026, 10, 28, 18, 0),
    });
  });

  it('from the Thursday before Easter: Tuesday after Easter Monday', () => {
    expect(shortcutMoments(Date.UTC(2023, 3, 6, 9, 0)).nextWeekday).toBe(
      Date.UTC(2023, 3, 11, 7, 0),
    );
  });

  it('from a Wednesday: Thursday, not the same day', () => {
    expect(shortcutMoments(Date.UTC(2023, 3, 12, 3, 0)).nextWeekday).toBe(
      Date.UTC(2023, 3, 13, 7, 0),
    );
  });

  it('across the spring DST change: Monday 10:00 summer time', () => {
    expect(shortcutMoments(Date.UTC(2023, 2, 25, 10, 0)).nextWeekday).toBe(
      Date.UTC(2023, 2, 27, 7, 0),
    );
  });
});

describe('moving a staff moment', () => {
  it('whole weeks keep the clock time, to the second', () => {
    expect(shiftWeeks(Date.UTC(2023, 3, 11, 7, 0, 30), 0)).toBe(Date.UTC(2023, 3, 11, 7, 0, 30));
    expect(shiftWeeks(Date.UTC(2023, 3, 11, 7, 0, 30), 2)).toBe(Date.UTC(2023, 3, 25, 7, 0, 30));
    expect(shiftWeeks(Date.UTC(2023, 2, 31, 7, 0), -1)).toBe(Date.UTC(2023, 2, 24, 8, 0));
  });

  it('at exactly 00:00 of a phase date, the other side is a week earlier', () => {
    expect(acrossPhase(Date.UTC(2023, 3, 23, 21, 0), '2023-04-24')).toBe(
      Date.UTC(2023, 3, 16, 21, 0),
    );
    expect(acrossPhase(Date.UTC(2023, 2, 12, 22, 0), '2023-03-13')).toBe(
      Date.UTC(2023, 2, 5, 22, 0),
    );
  });

  it('one second before a phase date, the other side is a week later', () => {
    expect(acrossPhase(Date.UTC(2023, 3, 23, 20, 59, 59), '2023-04-24')).toBe(
      Date.UTC(2023, 3, 30, 20, 59, 59),
    );
  });

  it('lands exactly on 00:00 of the phase date when whole weeks before it', () => {
    expect(acrossPhase(Date.UTC(2023, 3, 16, 21, 0), '2023-04-24')).toBe(
      Date.UTC(2023, 3, 23, 21, 0),
    );
  });

  it('goes as many weeks as it takes', () => {
    expect(acrossPhase(Date.UTC(2023, 2, 28, 7, 0), '2023-04-24')).toBe(
      Date.UTC(2023, 3, 25, 7, 0),
    );
    expect(acrossPhase(Date.UTC(2023, 4, 9, 7, 0), '2023-04-24')).toBe(Date.UTC(2023, 3, 18, 7, 0));
  });
});
