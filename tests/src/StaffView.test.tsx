// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { machineGraph } from '../../machines/machineGraph';
import { renderApp } from './renderApp';

async function openStaff(search: string, language: 'fi' | 'sv' | 'en' = 'en') {
  window.history.replaceState(null, '', `/${search}`);
  renderApp({ language, page: 'staff' });
  // The view is a lazy chunk: on a busy machine it takes longer than findBy's default second.
  return screen.findByRole(
    'heading',
    { level: 1, name: /Routing checker|Ohjauksen tarkistin|Kontroll/ },
    { timeout: 15_000 },
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the staff routing checker', { timeout: 60_000 }, () => {
  it('answers: an urgent matter of an older person in Forssa on Tue 11.4.2023 at 10.00', async () => {
    await openStaff('?page=staff&at=2023-04-11T10:00&municipality=forssa');
    expect(screen.getByText('Tuesday, 11 April 2023 at 10:00')).toBeVisible();
    expect(screen.getByText('Usual office hours (Mon–Fri, 8–16).')).toBeVisible();
    const table = screen.getByRole('table', { name: /Forssa, Tuesday, 11 April 2023 at 10:00/ });
    const row = within(table).getByRole('row', {
      name: /An older person cannot cope alone at home/,
    });
    const cell = within(row).getAllByRole('button')[1];
    expect(cell).toHaveTextContent('Municipality11. Municipality in office hoursopen now');
    await userEvent.click(cell as HTMLElement);
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    const why = screen.getByRole('region', { name: 'Why' });
    expect(within(why).getByText('Rule 11 of 11: Municipality in office hours')).toBeVisible();
    expect(within(why).getByText(/The service handles them from 24 April 2023 on/)).toBeVisible();
    expect(within(why).getByText(/^S5: Office hours before the centralisation/)).toHaveTextContent(
      'S5: Office hours before the centralisation (source heading Miten otan yhteyttä?)',
    );
    expect(
      within(why).getByText('Office hours are Mon–Fri, 8–16. The source gives no office hours.'),
    ).toBeVisible();
  });

  it('says why a moment is outside office hours, with the holiday name', async () => {
    await openStaff('?page=staff&at=2023-04-10T10:00&municipality=forssa', 'fi');
    expect(
      screen.getByText('Virka-ajan ulkopuolella: arkipyhä tai aatto (toinen pääsiäispäivä).'),
    ).toBeVisible();
  });

  it('shows which phases are in force', async () => {
    await openStaff('?page=staff&at=2023-04-03T10:00&municipality=loppi');
    expect(screen.getAllByText(/^In force:/)).toHaveLength(2);
    expect(screen.getAllByText(/^Not yet:/)).toHaveLength(2);
  });

  it('refuses an impossible moment and an unknown municipality with a clear message', async () => {
    await openStaff('?page=staff&at=2023-02-30T10:00&municipality=tampere');
    const alerts = screen.getAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('“2023-02-30T10:00” cannot be used');
    expect(alerts[0]).toHaveTextContent(
      'from 1 January 2023, 0.00, to 31 December 2099, 23.59 (Finnish time)',
    );
    expect(alerts[1]).toHaveTextContent('"tampere" is unknown. Showing Hämeenlinna instead.');
    expect(screen.getByRole('table', { name: /^Hämeenlinna, / })).toBeVisible();
  });

  it('refuses a moment after the supported range, naming both ends', async () => {
    await openStaff('?page=staff&at=2100-01-01T00:00&municipality=forssa', 'fi');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Valitse hetki väliltä 1. tammikuuta 2023 klo 0.00 – 31. joulukuuta 2099 klo 23.59',
    );
  });

  it('lists every assumption, with its facts from the rules data', async () => {
    await openStaff('?page=staff&at=2023-04-11T10:00&municipality=forssa');
    const list = screen.getByRole('heading', { name: 'All assumptions of the guidance' })
      .nextElementSibling?.nextElementSibling as HTMLElement;
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(13);
    for (const text of [
      'The guidance reads urgent help as someone being in danger right now. Then the guidance is 112.',
      "go to the service's direct number 03 621 7100, in operation 24/7",
      "go to the social services of the person's own municipality",
      'Office hours are Mon–Fri, 8–16.',
      'public holidays or eves: New Year',
      '(“24.4.”). The guidance takes it as 24 April 2023.',
      'is read as applying before each phase of the centralisation',
      'from 1 January 2023, 0.00, to 31 December 2099, 23.59',
    ]) {
      expect(
        items.some((item) => item.includes(text)),
        text,
      ).toBe(true);
    }
  });

  it('highlights the cells that differ from one week earlier', async () => {
    await openStaff('?page=staff&at=2023-04-24T10:00&municipality=forssa');
    expect(screen.queryAllByText('differs')).toHaveLength(0);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Highlight the cells that differ from' }),
      'week',
    );
    // Older people, disability, and violence or other matters concerning them: cannot-wait only.
    expect(screen.getAllByText('differs')).toHaveLength(6);
  });

  it('highlights the cells that differ across a phase date', async () => {
    await openStaff('?page=staff&at=2023-04-11T10:00&municipality=forssa');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Highlight the cells that differ from' }),
      'the same weekday and time on the other side of 24 April 2023',
    );
    const changed = [...document.querySelectorAll('.matrix__cell--changed button')].map((b) =>
      b.getAttribute('data-cell'),
    );
    expect(changed.sort()).toEqual(
      [
        'disability/-/cannot-wait',
        'domestic-violence/disabled/cannot-wait',
        'domestic-violence/elderly/cannot-wait',
        'elderly-at-home/-/cannot-wait',
        'other-urgent/disabled/cannot-wait',
        'other-urgent/elderly/cannot-wait',
      ].sort(),
    );
  });

  it('moves to a moment from the picker and puts it in the URL', async () => {
    await openStaff('?page=staff&at=2023-04-11T10:00&municipality=forssa');
    const input = screen.getByLabelText('Date and time (Finnish time)');
    await userEvent.clear(input);
    await userEvent.type(input, '2023-04-11T16:30');
    await userEvent.selectOptions(screen.getByLabelText('Municipality'), 'outside');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(window.location.search).toBe('?page=staff&at=2023-04-11T16%3A30&municipality=outside');
    expect(screen.getByText('Outside office hours: 16 or later.')).toBeVisible();
  });

  it('draws every state and transition of the machine, with a table of them', async () => {
    const { nodes, edges } = machineGraph();
    await openStaff('?page=staff&at=2023-04-11T10:00');
    const diagram = screen.getByRole('img', { name: 'Flow diagram' });
    expect(
      [...diagram.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node')),
    ).toEqual(nodes.map((n) => n.id));
    expect(diagram.querySelectorAll('path[data-from]')).toHaveLength(edges.length);
    expect(document.querySelectorAll('tr[data-edge]')).toHaveLength(edges.length);
  });
});
