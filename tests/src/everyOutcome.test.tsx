// @vitest-environment jsdom
/**
 * Every outcome of every rule (RULES.md v2 §3), in fi, sv and en, rendered as a citizen sees it
 * and read against the wording list of RULES.md §3 and §6. The expectations are written here by
 * hand, never read from the code under test.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fragmentOf, OUTCOME_CASES } from '../shared/outcomeCases';
import { renderApp } from './renderApp';

const LANGS = ['fi', 'sv', 'en', 'selko'] as const;

/** "Usual office hours", the words RULES.md §3 asks for wherever municipal or court hours show. */
const USUAL = {
  fi: /tavallinen virka-aika/i,
  sv: /vanlig tjänstetid/i,
  en: /usual office hours/i,
  selko: /tavallinen virka-aika/i,
};
/** Hours said as facts about the office, which the review found ("Auki nyt"). */
const AS_FACT = {
  fi: /Auki nyt|Kiinni nyt|Aukeaa/,
  sv: /Öppet nu|Stängt nu|Öppnar/,
  en: /Open now|Closed now|Opens next/,
  selko: /Auki nyt|Kiinni nyt|Aukeaa/,
};
/** A line said to answer around the clock (the source: in operation 24/7, busy on assignments). */
const ANSWERS_ALWAYS =
  /vastaa(?:mme)? ympäri vuorokauden|svarar dygnet runt|answers? around the clock/i;
/** 112 said to "put you through" (it assesses and passes on: RULES.md §3). */
const PUTS_THROUGH = /puts? you through|välittää puhelusi|saat yhteyden|kopplar dig/i;
/** "Around the clock" in each language, for the helpline lines. */
const ALL_DAY = {
  fi: /ympäri vuorokauden/,
  sv: /dygnet runt/,
  en: /around the clock/,
  selko: /päivällä ja yöllä/,
};
const MLL = '116 111';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe.each(LANGS)('every outcome in %s', (lang) => {
  it.each(OUTCOME_CASES.map((c) => [`${c.rule} (${c.answers.map((a) => a[1]).join(', ')})`, c]))(
    '%s',
    (_name, c) => {
      vi.setSystemTime(new Date(c.at));
      window.history.replaceState(null, '', `/${fragmentOf(c)}`);
      renderApp({ language: lang });
      const article = screen.getByRole('article');
      expect(article).toHaveClass(`outcome--${c.contact}`);
      const page = document.body.textContent;

      // No id of this project's own (S1–S9) is shown to a citizen; the source page's headings are.
      expect(page).not.toMatch(/\bS[1-9]\b/);
      expect(article.querySelector('.source q[lang="fi"]')).not.toBeNull();

      // No line "answers around the clock"; 112 never "puts you through".
      expect(page).not.toMatch(ANSWERS_ALWAYS);
      expect(page).not.toMatch(PUTS_THROUGH);

      // Municipal and court hours are said as the usual office hours, never as facts.
      if (c.contact === 'own-municipality' || c.contact === 'district-court') {
        const availability = article.querySelector('.availability');
        expect(availability?.textContent).toMatch(USUAL[lang]);
        expect(availability?.textContent).toMatch(/8–16/);
      }
      expect(page).not.toMatch(AS_FACT[lang]);

      // The MLL line: never among the lines open around the clock, no hours stated.
      const mll = within(article)
        .queryAllByRole('listitem')
        .find((li) => li.textContent.includes(MLL));
      if (mll) expect(mll.textContent).not.toMatch(ALL_DAY[lang]);

      // On a 112 outcome the other lines come only after the call, under "When you are safe".
      if (c.contact === 'emergency-112' || c.contact === 'other-region') {
        const links = [...article.querySelectorAll('a[href^="tel:"]')].map((a) =>
          a.getAttribute('href'),
        );
        expect(links[0]).toBe('tel:112');
        const helplines = article.querySelector('.helplines');
        if (helplines) {
          expect(helplines.querySelector('h2')?.textContent).toBe(
            {
              fi: 'Kun olet turvassa',
              sv: 'När du är i säkerhet',
              en: 'When you are safe',
              selko: 'Kun olet turvassa',
            }[lang],
          );
        }
        if (c.answers.some(([, v]) => v === 'child-protection')) {
          expect(helplines?.textContent).toContain(MLL);
        }
      }

      // Only the numbers of RULES.md, and each contact's own.
      const numbers = [...article.querySelectorAll('a[href^="tel:"]')].map((a) => a.textContent);
      for (const n of numbers) {
        expect(n).toMatch(
          /^(Soita |Ring |Call )?(112|03 621 7100|080 005 005|09 2525 0111|116 111)$/,
        );
      }
    },
  );
});

describe('outcome details written from RULES.md by hand', () => {
  const open = (rule: string, lang: (typeof LANGS)[number], index = 0) => {
    const c = OUTCOME_CASES.filter((x) => x.rule === rule)[index];
    if (!c) throw new Error(rule);
    vi.setSystemTime(new Date(c.at));
    window.history.replaceState(null, '', `/${fragmentOf(c)}`);
    renderApp({ language: lang });
    return screen.getByRole('article');
  };

  it('rule 5 names no number and no hours, and sends a worsening matter to 112', () => {
    const article = open('outside-region-can-wait', 'en');
    expect(article.querySelectorAll('.call-button')).toHaveLength(0);
    expect(article).toHaveTextContent('Social services where the situation is');
    expect(article).toHaveTextContent(
      'This page does not have their number or their opening hours.',
    );
    expect(article).toHaveTextContent(
      'If it gets worse and cannot wait until the next weekday, call 112.',
    );
  });

  it('the money outcome says "first of all" and what to do when it cannot wait', () => {
    const fi = open('money', 'fi');
    expect(fi).toHaveTextContent('ota yhteyttä ensisijaisesti Kelaan');
    expect(fi).toHaveTextContent('soita 03 621 7100');
    cleanup();
    const sv = open('money', 'sv');
    expect(sv).toHaveTextContent('i första hand FPA');
    cleanup();
    const en = open('money', 'en');
    expect(en).toHaveTextContent('contact Kela first of all');
    expect(en).toHaveTextContent(
      'choose “Something else where help from social services is needed”',
    );
  });

  it('duty outcomes say the workers move around the region, and the busy line', () => {
    const article = open('crisis', 'fi');
    expect(article).toHaveTextContent(
      'työntekijät liikkuvat tarpeen mukaan koko Kanta-Hämeen alueella',
    );
    expect(article).toHaveTextContent(
      'Jos asia on kiireellinen eikä numeroon vastata, soita 112. Muuten soita uudelleen hetken päästä.',
    );
  });

  it('outcomes that are a call list what to have ready', () => {
    const article = open('after-hours', 'sv');
    const list = within(article).getByRole('heading', {
      name: 'Ha det här redo',
    }).nextElementSibling;
    expect(list?.textContent).toContain('Var du är');
    expect(list?.textContent).toContain('Ett telefonnummer där du kan nås.');
    expect(list?.textContent).toContain('Om det är tryggt att ringa upp dig.');
  });

  it('Nollalinja is Nollinjen in Swedish, with "it is not your fault"', () => {
    const article = open('danger', 'sv', 1);
    expect(article).toHaveTextContent('Nollinjen');
    expect(article).not.toHaveTextContent('Nollalinja');
    expect(article).toHaveTextContent('Våldet är aldrig ditt fel.');
  });

  it('the consultation outcome speaks to a professional', () => {
    const article = open('consultation', 'en');
    expect(article).toHaveTextContent('Say which authority you are calling from');
    expect(article).toHaveTextContent('The service gives consultation help to other authorities.');
    expect(article).not.toHaveTextContent(/other authorities, around the clock/);
  });

  it('Selkosuomi says times the easy way, without abbreviations (issue 16)', () => {
    // Wed 23.12.2026 at 17: Christmas Eve, Christmas Day, St Stephen's Day and a Sunday follow.
    const article = open('custody', 'selko');
    expect(article).toHaveTextContent(
      'Ohje koskee aikaa keskiviikkona 23. joulukuuta 2026 kello 17.',
    );
    expect(article).toHaveTextContent(
      'Tavallinen virka-aika on maanantaista perjantaihin kello 8–16.',
    );
    expect(article).toHaveTextContent(
      'Tavallinen virka-aika alkaa taas maanantaina 28. joulukuuta kello 8.',
    );
    expect(article).toHaveTextContent('Käräjäoikeus on tuomioistuin.');
    expect(article).not.toHaveTextContent(/\bklo\b|\bma\b|ma–pe/);
  });

  it('the Selkosuomi money outcome says "first of all", explains Kela, and the direct line', () => {
    const article = open('money', 'selko');
    expect(article).toHaveTextContent('ota yhteyttä ennen kaikkea Kelaan');
    expect(article).toHaveTextContent('Kela hoitaa monia tukia.');
    expect(article).toHaveTextContent('Tai soita 03 621 7100.');
  });

  it('the minors situation says under 18 in every language', () => {
    renderApp({ language: 'fi' });
    expect(screen.getByRole('button', { name: /Alle 18-vuotias/ })).toBeVisible();
    cleanup();
    renderApp({ language: 'sv' });
    expect(screen.getByRole('button', { name: /under 18 år/ })).toBeVisible();
    cleanup();
    renderApp({ language: 'en' });
    expect(screen.getByRole('button', { name: /under 18/ })).toBeVisible();
  });
});
