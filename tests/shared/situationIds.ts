/** The situations of RULES.md §1, in its order, written by hand (not read from machines/). */
export const SITUATION_IDS_BY_HAND = [
  'child-protection',
  'minor-substance-crime',
  'domestic-violence',
  'crisis',
  'elderly-at-home',
  'disability',
  'other-urgent',
  'authority-consultation',
  'money',
  'custody-visitation',
] as const;
