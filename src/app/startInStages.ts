/**
 * The app starts in stages, a task each, so that no task at start is long on a slow phone
 * (docs/decisions/0013-start-in-short-tasks.md): React's code, then the rest of the code, then
 * the texts, then the page (main.tsx, embedMain.tsx). The code is two chunks (vite.config.ts),
 * fetched at once from the start (the boot script preloads them); only their evaluation is spread.
 */
import type { i18n as I18n } from 'i18next';
import type { Language } from '../i18n/languages';

/** Lets the browser paint and handle input: what follows runs in a task of its own. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/** React's code, then the rest, each evaluated in a task of its own, then the machine's start. */
export async function loadCode(): Promise<void> {
  await import('./stages/stageReact');
  await nextTask();
  const { warmUp } = await import('./stages/stageApp');
  await nextTask();
  warmUp();
  await nextTask();
}

/** The page's texts, set up in a task of their own. */
export async function loadTexts(language: Language): Promise<I18n> {
  const { createBrowserI18n } = await import('./stages/stageApp');
  const i18n = await createBrowserI18n(language);
  await nextTask();
  return i18n;
}
