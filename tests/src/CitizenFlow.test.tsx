// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SITUATION_IDS_BY_HAND } from '../shared/situationIds';
import { renderApp } from './renderApp';

/** Sets the clock to a Helsinki wall-clock time given with its offset, e.g. 2023-04-11T10:00+03:00. */
function setHelsinkiTime(iso: string) {
  vi.setSystemTime(new Date(iso));
}

async function choose(name: string | RegExp) {
  await userEvent.click(screen.getByRole('button', { name }));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the start screen', () => {
  it('asks what the matter is about, with 112 and the quick exit at hand', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Mistä asiassa on kyse?' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Soita 112' })).toHaveAttribute('href', 'tel:112');
    // A link to the neutral site in the top window: it leaves before the app runs, and in a frame.
    const quickExit = screen.getByRole('link', { name: 'Poistu sivulta' });
    expect(quickExit).toHaveAttribute('href', 'https://www.ilmatieteenlaitos.fi/');
    expect(quickExit).toHaveAttribute('target', '_top');
    expect(quickExit).toHaveAttribute('rel', 'noreferrer');
    expect(screen.queryByRole('button', { name: 'Takaisin' })).toBeNull();
  });

  it('offers every situation as a button whose value is the RULES.md id', () => {
    renderApp();
    const group = screen.getByRole('group', { name: 'Mistä asiassa on kyse?' });
    const values = within(group)
      .getAllByRole('button')
      .map((b) => [b.getAttribute('name'), b.getAttribute('value')]);
    expect(values).toEqual(SITUATION_IDS_BY_HAND.map((id) => ['situation', id]));
  });
});

describe('each kind of outcome', () => {
  it('own municipality in office hours before the phase (RULES.md §4)', async () => {
    setHelsinkiTime('2023-04-11T10:00+03:00');
    renderApp();
    await choose(/Ikäihminen ei pärjää kotona yksin/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Kuinka kiireellinen asia on?',
    );
    await choose(/Asia ei voi odottaa/);
    await choose('Forssa');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sosiaalipalvelut, Forssa');
    expect(
      screen.getByText('Tavallinen virka-aika on ma–pe klo 8–16. Nyt on tavallista virka-aikaa.'),
    ).toBeVisible();
    expect(screen.getByText(/kuntasi omilta verkkosivuilta/)).toBeVisible();
    expect(screen.queryByText(/Auki nyt/)).toBeNull();
    expect(screen.getByText(/Ohje pätee tiistaina 11\. huhtikuuta 2023 klo 10\.00/)).toBeVisible();
    expect(screen.getByText(/Päivystys hoitaa niitä 24\. huhtikuuta 2023 alkaen/)).toBeVisible();
  });

  it('the social and crisis emergency service on Easter Monday, with the busy-line caveat', async () => {
    setHelsinkiTime('2023-04-10T10:00+03:00');
    renderApp({ language: 'en' });
    await choose(/An older person cannot cope alone at home/);
    await choose(/It cannot wait/);
    await choose('Forssa');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Kanta-Häme social and crisis emergency service',
    );
    expect(screen.getByRole('link', { name: 'Call 03 621 7100' })).toHaveAttribute(
      'href',
      'tel:+35836217100',
    );
    expect(screen.getByText(/It is now outside usual office hours/)).toBeVisible();
    expect(screen.getByText(/Staff may not be able to answer/)).toBeVisible();
    expect(screen.getByText(/Otherwise, try again shortly/)).toBeVisible();
    expect(screen.getByText('Näitä palveluita saat 24/7')).toBeVisible();
    expect(screen.queryByText(/S3/)).toBeNull();
  });

  it('112 when someone is in danger, without asking the municipality', async () => {
    renderApp({ language: 'en' });
    await choose(/A shock or a crisis/);
    await choose(/Someone is in danger right now/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Emergency number 112');
    const outcome = screen.getByRole('article');
    expect(within(outcome).getByRole('link', { name: 'Call 112' })).toHaveAttribute(
      'href',
      'tel:112',
    );
    expect(screen.queryByRole('heading', { name: 'Where is the situation happening?' })).toBeNull();
  });

  it('Kela for money, with no invented number', async () => {
    renderApp({ language: 'sv' });
    await choose(/Pengar, räkningar eller utkomststöd/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('FPA');
    expect(screen.getByText(/Den här sidan har inte FPA:s telefonnummer/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'www.kela.fi' })).toHaveAttribute(
      'href',
      'https://www.kela.fi',
    );
    expect(screen.getByText(/i första hand FPA/)).toBeVisible();
    const telLinks = screen
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('tel:'));
    expect(telLinks.map((a) => a.getAttribute('href'))).toEqual(['tel:112']);
  });

  it('the district court, closed, with its next opening after Christmas (RULES.md §4)', async () => {
    setHelsinkiTime('2026-12-23T17:00+02:00');
    renderApp();
    await choose(/Lapsen huolto tai tapaamisoikeus/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Käräjäoikeus');
    expect(screen.getByText(/Nyt ei ole tavallista virka-aikaa\./)).toBeVisible();
    expect(
      screen.getByText('Tavallinen virka-aika alkaa seuraavan kerran ma 28.12. klo 8.00.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'oikeus.fi' })).toHaveAttribute(
      'href',
      'https://oikeus.fi',
    );
    expect(screen.getByText(/Jos lapsi on vaarassa, kyse on lastensuojeluasiasta/)).toBeVisible();
  });

  it('112 of the place for a situation outside the region', async () => {
    renderApp({ language: 'en' });
    await choose(/A child needs protection or care/);
    await choose(/It cannot wait/);
    await choose(/Somewhere else/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Emergency number 112');
    expect(screen.getByText(/covers only its eleven municipalities/)).toBeVisible();
    expect(screen.getByRole('link', { name: '116 111' })).toHaveAttribute('href', 'tel:116111');
  });

  it('the municipality with its next opening for something that can wait', async () => {
    setHelsinkiTime('2023-01-07T12:00+02:00'); // Saturday
    renderApp({ language: 'en' });
    await choose(/Violence or threats/);
    // Urgency first: danger now would go straight to 112 (issue 12).
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How urgent is it?');
    await choose(/It can wait until the next weekday/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who does it concern?');
    await choose(/Adults of working age/);
    await choose('Loppi');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Social services of Loppi');
    expect(screen.getByText('Usual office hours next begin on Mon 9 Jan, 8:00.')).toBeVisible();
    expect(screen.getByText('Violence is never your fault.')).toBeVisible();
    expect(screen.getByText(/Whether it is safe to call you back/)).toBeVisible();
    expect(screen.getByRole('link', { name: '080 005 005' })).toHaveAttribute(
      'href',
      'tel:+35880005005',
    );
  });
});

describe('moving around', () => {
  it('Back returns to the previous question with the answer marked, and moves focus', async () => {
    renderApp({ language: 'en' });
    await choose(/A shock or a crisis/);
    const urgencyHeading = screen.getByRole('heading', { level: 1 });
    expect(urgencyHeading).toHaveFocus();
    await choose('Back');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'What is the matter about?',
    });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByRole('button', { name: /A shock or a crisis/ })).toHaveTextContent(
      'Your earlier answer',
    );
  });

  it('Change returns to the outcome when the later answers still apply', async () => {
    setHelsinkiTime('2023-04-11T10:00+03:00');
    renderApp({ language: 'en' });
    await choose(/A shock or a crisis/);
    await choose(/It cannot wait/);
    await choose('Tammela');
    await choose(/Change answer: How urgent is it\?/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How urgent is it?');
    expect(screen.getByRole('button', { name: /It cannot wait/ })).toHaveTextContent(
      'Your earlier answer',
    );
    await choose(/It can wait until the next weekday/);
    // Tammela still applies: straight to the outcome (rule 6 crisis is before can-wait).
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Kanta-Häme social and crisis emergency service',
    );
    const summary = screen.getByRole('region', { name: 'Your answers' });
    expect(within(summary).getByText('Tammela')).toBeVisible();
    expect(within(summary).getByText(/It can wait until the next weekday/)).toBeVisible();
  });

  it('Change asks only the questions the change made necessary', async () => {
    setHelsinkiTime('2023-04-11T10:00+03:00');
    renderApp({ language: 'en' });
    await choose(/A shock or a crisis/);
    await choose(/It cannot wait/);
    await choose('Tammela');
    await choose(/Change answer: What is the matter about\?/);
    await choose(/Violence or threats/);
    // Who is affected is new for this situation; urgency and place are kept.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who does it concern?');
    await choose(/Adults of working age/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Kanta-Häme social and crisis emergency service',
    );
    const summary = screen.getByRole('region', { name: 'Your answers' });
    expect(within(summary).getByText('Tammela')).toBeVisible();
  });

  it('Change to a matter that needs fewer answers drops the ones no longer asked', async () => {
    renderApp({ language: 'en' });
    await choose(/A shock or a crisis/);
    await choose(/It cannot wait/);
    await choose('Tammela');
    await choose(/Change answer: What is the matter about\?/);
    await choose(/Money, bills/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kela');
    const summary = screen.getByRole('region', { name: 'Your answers' });
    expect(within(summary).queryByText('Tammela')).toBeNull();
  });

  it('Start again clears the answers', async () => {
    renderApp({ language: 'en' });
    await choose(/Money, bills/);
    await choose('Start again');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What is the matter about?',
    );
    expect(screen.queryByText('Your earlier answer')).toBeNull();
  });

  it('never puts an answer in the address', async () => {
    renderApp({ language: 'en' });
    await choose(/Violence or threats/);
    await choose(/It cannot wait/);
    await choose(/A child or a family/);
    await choose('Forssa');
    for (const id of ['domestic-violence', 'child-family', 'cannot-wait', 'forssa']) {
      expect(window.location.href).not.toContain(id);
    }
  });
});

describe('"I\'m not sure"', () => {
  it('treats urgency as not able to wait and says so', async () => {
    setHelsinkiTime('2023-02-01T10:00+02:00');
    renderApp({ language: 'en' });
    await choose(/A child needs protection or care/);
    expect(screen.getByText('Then we treat it as something that cannot wait.')).toBeVisible();
    await choose(/I'm not sure/);
    await choose(/I'm not sure/); // municipality
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Social services of your municipality',
    );
    expect(screen.getByText(/You were not sure about/)).toBeVisible();
    expect(screen.getAllByText("I'm not sure")).toHaveLength(2);
  });
});

describe('languages', () => {
  it("leaves the page's language alone when it is already right (issue 13)", async () => {
    // A write of the same value still makes the browser recheck every element's style.
    document.documentElement.lang = 'en';
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(document.documentElement, { attributeFilter: ['lang'] });
    renderApp({ language: 'en' });
    await choose(/A shock or a crisis/);
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(writes).toEqual([]);
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches in place and sets the page language', async () => {
    renderApp();
    await choose(/Järkytys tai kriisi/);
    await userEvent.click(screen.getByRole('link', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How urgent is it?');
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.pathname).toBe('/en/');
    await userEvent.click(screen.getByRole('link', { name: 'Svenska' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hur brådskande är det?');
  });
});

describe('presets', () => {
  it('does not ask a municipality set by the embedding site', async () => {
    setHelsinkiTime('2023-04-11T10:00+03:00');
    renderApp({ language: 'en', presets: { municipality: 'forssa' } });
    await choose(/An older person/);
    await choose(/It cannot wait/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Social services of Forssa',
    );
  });
});

describe('other pages', () => {
  // The text pages are lazy chunks: wait for them as for the staff view.
  it('the safety page says honestly what the quick exit does not do', async () => {
    renderApp({ language: 'en', page: 'safety' });
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 })).toHaveTextContent(
      'Using this page safely',
    );
    expect(screen.getByText(/does not clear your browser history/)).toBeVisible();
  });

  it('the accessibility statement', async () => {
    renderApp({ language: 'sv', page: 'accessibility' });
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 })).toHaveTextContent(
      'Tillgänglighetsutlåtande',
    );
  });
});
