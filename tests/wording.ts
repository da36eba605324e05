/**
 * The words that tests look for on screen, in one place: read from the English locale by key, so
 * that a rewording (e.g. "usual office hours") changes them here and nowhere else, while a test
 * still fails when the screen shows the wrong key (Kela "open around the clock").
 */
import locale from '../locales/en/common.json' with { type: 'json' };

interface Option {
  label: string;
  example: string;
}

interface Locale {
  question: Record<string, { title: string; hint: string }>;
  situation: Record<string, Option>;
  urgency: Record<string, Option>;
  outcome: Record<'openAlways' | 'openNow' | 'closedNow' | 'opensNext' | 'hoursUnknown', string>;
  contact: Record<string, { name: string; nameWith?: string }>;
  emergency: { call: string };
  quickExit: Record<'button' | 'hint' | 'pressTwoMore' | 'pressOneMore', string>;
}

const en = locale as unknown as Locale;

const fill = (text: string, name: string, value: string) => text.replace(`{{${name}}}`, value);

export const EN = {
  openAlways: en.outcome.openAlways,
  openNow: en.outcome.openNow,
  closedNow: en.outcome.closedNow,
  hoursUnknown: en.outcome.hoursUnknown,
  /** "Opens next on Wednesday, 12 April 2023 at 8:00." */
  opensNext: (time: string) => fill(en.outcome.opensNext, 'time', time),
  call112: fill(en.emergency.call, 'emergencyNumber', '112'),
  quickExit: en.quickExit.button,
  quickExitHint: en.quickExit.hint,
  pressTwoMore: en.quickExit.pressTwoMore,
  pressOneMore: en.quickExit.pressOneMore,
  question: (id: string) => en.question[id]?.title ?? `(no question ${id})`,
  situation: (id: string) => en.situation[id] ?? { label: `(no ${id})`, example: '' },
  urgency: (id: string) => en.urgency[id] ?? { label: `(no ${id})`, example: '' },
  contact: (id: string) =>
    fill(en.contact[id]?.name ?? `(no contact ${id})`, 'emergencyNumber', '112'),
  municipalityContact: (municipality: string) =>
    fill(en.contact['own-municipality']?.nameWith ?? '', 'municipality', municipality),
};
