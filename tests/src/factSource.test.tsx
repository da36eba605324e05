// @vitest-environment jsdom
/**
 * One source for every fact on screen (issue #10, point 2): each case changes one fact in the
 * rules data (machines/rules.ts, replaced through `vi.doMock`), loads the app afresh, and reads
 * every face — the citizen outcome, the staff view, docs/ROUTING.md, the prerendered page without
 * JavaScript (and, for the range, the route command). The old value must be gone everywhere and
 * the new one shown. A text that types a fact by hand fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Rules from '../../machines/rules';
import { fragmentOf, OUTCOME_CASES, type OutcomeCase } from '../shared/outcomeCases';

type RulesModule = typeof Rules;
type Language = 'fi' | 'sv' | 'en';

const INDEX_HTML = readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8');

const caseOf = (rule: string, index = 0): OutcomeCase => {
  const c = OUTCOME_CASES.filter((x) => x.rule === rule)[index];
  if (!c) throw new Error(rule);
  return c;
};

interface FactCase {
  name: string;
  change: (rules: RulesModule) => Record<string, unknown>;
  /** Citizen outcomes that show the fact (a case, and the moment if not the case's own). */
  citizen: { c: OutcomeCase; at?: string; lang: Language }[];
  staffAt: string;
  /** Written forms of the old value, in any language; ids such as `emergency-112` are ignored. */
  old: RegExp[];
  /** The new value, as some face must now show it. */
  fresh: RegExp;
}

const withPhase = (rules: RulesModule, domains: string[], from: string) => ({
  PHASES: rules.PHASES.map((p) => (domains.includes(p.domain) ? { ...p, from } : p)),
});
const withContact = (rules: RulesModule, ids: string[], phone: string, tel: string) => ({
  CONTACTS: Object.fromEntries(
    Object.entries(rules.CONTACTS).map(([id, c]) => [
      id,
      ids.includes(id) ? { ...c, phone, tel } : c,
    ]),
  ),
});
const withHelpline = (rules: RulesModule, id: string, phone: string, tel: string) => ({
  HELPLINES: rules.HELPLINES.map((h) => (h.id === id ? { ...h, phone, tel } : h)),
});

const FACTS: FactCase[] = [
  {
    name: 'office hours open at 9, not 8',
    change: (r) => ({ OFFICE_HOURS: { ...r.OFFICE_HOURS, opens: { hour: 9, minute: 0 } } }),
    citizen: [
      { c: caseOf('municipal-office-hours'), lang: 'fi' },
      { c: caseOf('custody'), lang: 'en' },
    ],
    staffAt: '2023-04-11T10:00',
    old: [/\b8–16\b/, /\b08:00–16:00\b/, /\bklo 8\.00\b/, /\b8:00\b/, /T08:00:00/],
    fresh: /\b9–16\b/,
  },
  {
    name: 'office hours close at 15, not 16',
    change: (r) => ({ OFFICE_HOURS: { ...r.OFFICE_HOURS, closes: { hour: 15, minute: 0 } } }),
    citizen: [{ c: caseOf('municipal-office-hours'), lang: 'sv' }],
    staffAt: '2023-04-11T10:00',
    old: [/\b8–16\b/, /\b08:00–16:00\b/, /\b16 or later\b/],
    fresh: /\b8–15\b/,
  },
  {
    name: 'the families phase starts 22.3.2023, not 13.3.2023',
    change: (r) => withPhase(r, ['family'], '2023-03-22'),
    citizen: [
      {
        c: {
          ...caseOf('municipal-office-hours'),
          answers: [
            ['situation', 'child-protection'],
            ['urgency', 'cannot-wait'],
            ['municipality', 'forssa'],
          ],
        },
        at: '2023-03-10T10:00:00+02:00',
        lang: 'fi',
      },
    ],
    staffAt: '2023-03-10T10:00',
    old: [/\b13\. maaliskuuta 2023/, /\b13 March 2023/, /2023-03-13/, /\b13\.3\.2023/],
    fresh: /22\. maaliskuuta 2023|22 March 2023|2023-03-22/,
  },
  {
    name: 'the adult social services phase starts 5.4.2023, not 3.4.2023',
    change: (r) => withPhase(r, ['social'], '2023-04-05'),
    citizen: [
      {
        c: {
          ...caseOf('municipal-office-hours'),
          answers: [
            ['situation', 'other-urgent'],
            ['affected', 'adult'],
            ['urgency', 'cannot-wait'],
            ['municipality', 'forssa'],
          ],
        },
        at: '2023-03-31T10:00:00+03:00',
        lang: 'en',
      },
    ],
    staffAt: '2023-03-31T10:00',
    old: [/\b3\. huhtikuuta 2023/, /\b3 April 2023/, /2023-04-03/, /\b3\.4\.2023/],
    fresh: /5 April 2023|2023-04-05/,
  },
  {
    name: 'the older people and disability phase starts 2.5.2023, not 24.4.2023',
    change: (r) => withPhase(r, ['elderly', 'disability'], '2023-05-02'),
    citizen: [{ c: caseOf('municipal-office-hours'), lang: 'en' }],
    staffAt: '2023-04-11T10:00',
    old: [/\b24\. huhtikuuta 2023/, /\b24 April 2023/, /2023-04-24/, /\b24\.4\.2023/],
    fresh: /2 May 2023|2023-05-02/,
  },
  {
    name: 'the supported range starts 1.2.2023, not 1.1.2023',
    change: (r) => ({ SUPPORTED_RANGE: { ...r.SUPPORTED_RANGE, from: '2023-02-01' } }),
    citizen: [],
    staffAt: '2022-06-01T10:00',
    old: [/(^|[^\d])1 January 2023/, /2023-01-01/, /(^|[^\d])1\. tammikuuta 2023/],
    fresh: /1 February 2023|2023-02-01/,
  },
  {
    name: 'the supported range ends 31.12.2089, not 31.12.2099',
    change: (r) => ({ SUPPORTED_RANGE: { ...r.SUPPORTED_RANGE, to: '2089-12-31' } }),
    citizen: [],
    staffAt: '2095-06-01T10:00',
    old: [/2099/],
    fresh: /31 December 2089|2089-12-31/,
  },
  {
    name: 'the direct line is 03 000 0000, not 03 621 7100',
    change: (r) => withContact(r, ['social-crisis-duty'], '03 000 0000', '+35830000000'),
    citizen: [
      { c: caseOf('crisis'), lang: 'fi' },
      { c: caseOf('money'), lang: 'en' },
    ],
    staffAt: '2023-04-11T10:00',
    old: [/03 621 7100/, /\+35836217100/],
    fresh: /03 000 0000/,
  },
  {
    name: 'the emergency number is 999, not 112',
    change: (r) => withContact(r, ['emergency-112', 'other-region'], '999', '999'),
    citizen: [
      { c: caseOf('danger'), lang: 'sv' },
      { c: caseOf('outside-region'), lang: 'en' },
    ],
    staffAt: '2023-04-11T10:00',
    old: [/(^|[^-\w])112\b/],
    fresh: /\b999\b/,
  },
  {
    name: 'Nollalinja is 080 000 000, not 080 005 005',
    change: (r) => withHelpline(r, 'nollalinja', '080 000 000', '+3588000000'),
    citizen: [{ c: caseOf('danger', 1), lang: 'fi' }],
    staffAt: '2023-04-11T10:00',
    old: [/080 005 005/, /\+35880005005/],
    fresh: /080 000 000/,
  },
  {
    name: 'the MIELI line is 09 0000 0000, not 09 2525 0111',
    change: (r) => withHelpline(r, 'mieli-crisis-line', '09 0000 0000', '+3589000000'),
    citizen: [{ c: caseOf('crisis'), lang: 'en' }],
    staffAt: '2023-04-11T10:00',
    old: [/09 2525 0111/, /\+358925250111/],
    fresh: /09 0000 0000/,
  },
  {
    name: 'the MLL line is 116 000, not 116 111',
    change: (r) => withHelpline(r, 'mll-children', '116 000', '116000'),
    citizen: [{ c: caseOf('danger'), lang: 'en' }],
    staffAt: '2023-04-11T10:00',
    old: [/116 111/, /tel:116111/],
    fresh: /116 000/,
  },
  {
    name: "Kela's website is https://www.kela.example, not https://www.kela.fi",
    change: (r) => ({
      WEBSITES: { ...r.WEBSITES, kela: { ...r.WEBSITES.kela, url: 'https://www.kela.example' } },
    }),
    citizen: [{ c: caseOf('money'), lang: 'sv' }],
    staffAt: '2023-04-11T10:00',
    old: [/kela\.fi/],
    fresh: /www\.kela\.example/,
  },
  {
    name: "the courts' website is https://courts.example, not https://oikeus.fi",
    change: (r) => ({
      WEBSITES: {
        ...r.WEBSITES,
        'district-court': { ...r.WEBSITES['district-court'], url: 'https://courts.example' },
      },
    }),
    citizen: [{ c: caseOf('custody'), lang: 'fi' }],
    staffAt: '2023-04-11T10:00',
    old: [/oikeus\.fi/],
    fresh: /courts\.example/,
  },
];

/** What a person reads on the page, with the links' targets. */
function pageText(): string {
  const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  return `${document.body.textContent}\n${hrefs.join('\n')}`;
}

async function faces(fact: FactCase): Promise<Record<string, string>> {
  vi.resetModules();
  vi.doMock('../../machines/rules', async () => {
    const actual = await vi.importActual<RulesModule>('../../machines/rules');
    return { ...actual, ...fact.change(actual) };
  });
  const { cleanup, screen } = await import('@testing-library/react');
  const { renderApp } = await import('./renderApp');
  const { routingDocs } = await import('../../scripts/build/routingDocs');
  const { prerenderPage } = await import('../../scripts/build/prerenderPage');
  const { runRouteCommand } = await import('../../scripts/commands/routeCommand');
  const out: Record<string, string> = {};

  vi.useFakeTimers({ toFake: ['Date'] });
  for (const { c, at, lang } of fact.citizen) {
    vi.setSystemTime(new Date(at ?? c.at));
    window.history.replaceState(null, '', `/${fragmentOf(c)}`);
    renderApp({ language: lang });
    out[`citizen ${c.rule} ${lang}`] = pageText();
    cleanup();
  }
  vi.useRealTimers();

  for (const lang of ['fi', 'en'] as const) {
    window.history.replaceState(null, '', `/?page=staff&at=${fact.staffAt}&municipality=forssa`);
    renderApp({ language: lang, page: 'staff' });
    await screen.findAllByRole('table', {}, { timeout: 15_000 });
    out[`staff ${lang}`] = pageText();
    cleanup();
  }
  window.history.replaceState(null, '', '/');

  out.docs = routingDocs();
  for (const lang of ['fi', 'sv', 'en'] as const)
    out[`prerendered ${lang}`] = prerenderPage(INDEX_HTML, lang);
  const refused = runRouteCommand(['--at', '2150-01-01', '--situation', 'money'], '', Date.now());
  out.command = refused.stderr;
  vi.doUnmock('../../machines/rules');
  return out;
}

afterEach(() => {
  vi.doUnmock('../../machines/rules');
  vi.resetModules();
});

describe('every fact comes from the rules data, on every face', () => {
  it.each(FACTS.map((f) => [f.name, f]))(
    '%s',
    async (_name, fact) => {
      const shown = await faces(fact);
      for (const [face, text] of Object.entries(shown)) {
        const withoutIds = text.replaceAll('emergency-112', 'emergency-number');
        for (const old of fact.old)
          expect(withoutIds, `${face} still shows ${String(old)}`).not.toMatch(old);
      }
      expect(Object.values(shown).join('\n')).toMatch(fact.fresh);
    },
    60_000,
  );
});
