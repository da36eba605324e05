// @vitest-environment jsdom
/**
 * Copying without a clipboard (an insecure page, a browser that refuses): the share link is offered
 * to copy by hand and the embedding guide says the copy failed, instead of a press that does nothing.
 * jsdom has no navigator.clipboard, as such a page has none.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, it } from 'vitest';
import { ShareLink } from '../../src/citizen/screens/ShareLink';
import { ALL_LANGUAGES } from '../../src/i18n/allLanguages';
import { createI18n } from '../../src/i18n/i18n';
import { renderApp } from './renderApp';

const LINK = 'https://example.test/#situation=crisis';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

function renderShareLink() {
  render(
    <I18nextProvider i18n={createI18n('en', ALL_LANGUAGES)}>
      <ShareLink url={() => LINK} />
    </I18nextProvider>,
  );
}

it('without a clipboard, the share link is shown to copy by hand', async () => {
  expect(navigator.clipboard).toBeUndefined();
  renderShareLink();
  await userEvent.click(screen.getByRole('button', { name: 'Copy a link to this guidance' }));
  await userEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
  expect(await screen.findByRole('textbox', { name: 'Copy this link:' })).toHaveValue(LINK);
  expect(screen.queryByText('The link is copied.')).toBeNull();
});

it('when the browser refuses, the share link is shown to copy by hand too', async () => {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => Promise.reject(new Error('denied')) },
  });
  renderShareLink();
  await userEvent.click(screen.getByRole('button', { name: 'Copy a link to this guidance' }));
  await userEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
  expect(await screen.findByRole('textbox', { name: 'Copy this link:' })).toHaveValue(LINK);
});

it('the embedding guide says the copy failed when there is no clipboard', async () => {
  renderApp({ language: 'en', page: 'embed' });
  await userEvent.click(await screen.findByRole('button', { name: 'Copy the code' }));
  const en = ALL_LANGUAGES.en as { common: { embedGuide: { copyFailed: string } } };
  expect(await screen.findByText(en.common.embedGuide.copyFailed)).toBeVisible();
});
