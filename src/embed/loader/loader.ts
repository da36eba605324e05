/**
 * embed.js: the partner's one script tag. It puts the guidance in an iframe right after itself and
 * keeps the frame as tall as its content, from the app's own height messages only. When the person
 * uses the quick exit inside the frame, it leaves this page for the neutral site.
 *
 *   <script src="https://HOST/embed.js" data-lang="fi" data-municipality="forssa" async></script>
 *
 * Options (data-*): lang (fi, sv, en, selko), municipality (an id of docs/SPECIFICATION.md §1: that question is not asked),
 * languages ("hide" hides the language switcher). The app checks the values and warns in the
 * console about bad ones. Several tags on one page give independent frames.
 */
import { appName as enName, serviceName as enService } from '../../../locales/en/common.json';
import { appName as fiName, serviceName as fiService } from '../../../locales/fi/common.json';
import {
  appName as selkoName,
  serviceName as selkoService,
} from '../../../locales/selko/common.json';
import { appName as svName, serviceName as svService } from '../../../locales/sv/common.json';
import {
  FRAME_ALLOW,
  FRAME_REFERRER_POLICY,
  FRAME_SANDBOX,
  INITIAL_FRAME_HEIGHT,
} from '../frameAttributes';
import { QUICK_EXIT_URL } from '../../app/config';
import { embedPath, isLanguage } from '../../i18n/languages';
import { isHeightMessage, isLeaveMessage, isStepMessage } from '../messages';

const TITLES: Record<string, string> = {
  fi: `${fiName} – ${fiService}`,
  sv: `${svName} – ${svService}`,
  en: `${enName} – ${enService}`,
  selko: `${selkoName} – ${selkoService}`,
};

function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `ks-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function embed(script: HTMLScriptElement): void {
  const { lang, municipality, languages } = script.dataset;
  // Each language's embed page is prerendered in it; an unknown lang is passed on for the app
  // to name in its warning, and the Finnish page is shown.
  const appUrl = new URL(`.${embedPath(isLanguage(lang) ? lang : 'fi')}`, script.src);
  const appOrigin = appUrl.origin;
  const id = randomId();
  const params = new URLSearchParams();
  if (lang !== undefined && !isLanguage(lang)) params.set('lang', lang);
  if (municipality !== undefined) params.set('municipality', municipality);
  if (languages !== undefined) params.set('languages', languages);
  params.set('id', id);
  if (window.location.origin !== 'null') params.set('origin', window.location.origin);
  appUrl.search = params.toString();

  const frame = document.createElement('iframe');
  frame.src = appUrl.href;
  frame.title = TITLES[lang ?? 'fi'] ?? (TITLES.fi as string);
  frame.loading = 'lazy';
  frame.referrerPolicy = FRAME_REFERRER_POLICY;
  frame.setAttribute('sandbox', FRAME_SANDBOX);
  frame.setAttribute('allow', FRAME_ALLOW);
  frame.dataset.kenelleSoitan = id;
  Object.assign(frame.style, {
    display: 'block',
    width: '100%',
    minWidth: '280px',
    border: '0',
    overflow: 'hidden',
    height: `${String(INITIAL_FRAME_HEIGHT)}px`,
  });
  script.after(frame);

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    if (isHeightMessage(event.data) && event.data.id === id) {
      frame.style.height = `${String(event.data.height)}px`;
    } else if (isLeaveMessage(event.data) && event.data.id === id) {
      // The quick exit: the frame may not navigate this page without a fresh tap (Shift ×3 is
      // not one), so the loader, running with this page's rights, leaves for it.
      window.location.replace(QUICK_EXIT_URL);
    } else if (isStepMessage(event.data) && event.data.id === id) {
      // A new question or the outcome: its top, with 112 and the quick exit, must be in view.
      if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
    }
  });
}

const current = document.currentScript;
if (current instanceof HTMLScriptElement && current.src) embed(current);
