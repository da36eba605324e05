/**
 * The supported range of docs/SPECIFICATION.md §2, both ends, in a file of its own and one test:
 * the calendar works the range out once, on first use, so only the first test of a file that
 * touches it runs that code. Here that first test is the one that checks the ends (issue 15).
 */
import { expect, it } from 'vitest';
import {
  isSupportedInstant,
  supportedFromInstant,
  supportedLastMinute,
} from '../../machines/helsinkiCalendar';

it('runs from 1.1.2023 00:00 to 31.12.2099 23:59 Helsinki time (UTC+2 in winter), both included', () => {
  const from = Date.UTC(2022, 11, 31, 22, 0);
  const afterLast = Date.UTC(2099, 11, 31, 22, 0);
  expect(isSupportedInstant(afterLast - 1)).toBe(true);
  expect(isSupportedInstant(afterLast)).toBe(false);
  expect(isSupportedInstant(from)).toBe(true);
  expect(isSupportedInstant(from - 1)).toBe(false);
  expect(supportedFromInstant()).toBe(from);
  expect(supportedLastMinute()).toBe(afterLast - 60_000);
});
