/**
 * Nothing but the HTML before the first paint (issue 13): the built page's style sheet goes
 * inline, its module scripts, preloads, icon and manifest links go out, and a small constant
 * inline script starts the app after the first paint. The strict CSP allows the inline code by
 * its hash only (scripts/build/cspHashes.ts).
 */
import { createHash } from 'node:crypto';
import { EARLY_PRESS, PRESSED_EARLY } from '../../src/citizen/earlyPress';
import { SESSION_STORAGE_KEY } from '../../src/citizen/flowSession';

/**
 * Hides a page prerendered in another language than its address asks for (an old
 * `embed.html?lang=en`) until the app has rendered the right one, or for 3 s at most. Starts the
 * app once the first paint is reported (paint timing; two frames where that is missing), so that
 * no script request can race it even on a busy machine; without either (a hidden tab), after 1 s.
 * Each preload is asked for in a task of its own: a request costs a few milliseconds of main
 * thread on a slow phone, and all of them in one task made it a long one.
 *
 * Until the app's quick exit listens (`data-quick-exit-keys` on the body), a press on the quick
 * exit link ends the session as the app would (flowSession.ts), so that a reload mid-flow cannot
 * bring the answers back after it, and hides the page (shown again if the page comes back from
 * the back-forward cache); in the top window it replaces this entry, in a frame the link itself
 * leaves for the top window. The first press on an answer in that time is noted for the app to
 * make again once it runs (src/citizen/earlyPress.ts).
 */
export const BOOT_SCRIPT =
  '(function(){var d=document,s=d.currentScript,r=d.getElementById("root"),' +
  'm=/[?&]lang=([^&#]*)/.exec(location.search),done=0,P=window.PerformanceObserver;' +
  'if(r&&m&&m[1]!==d.documentElement.lang){r.hidden=true;setTimeout(function(){r.hidden=false},3e3)}' +
  'function go(){if(done++)return;var e=d.createElement("script");e.type="module";' +
  'e.src=s.dataset.src;d.head.appendChild(e);' +
  '(s.dataset.preload||"").split(" ").forEach(function(h){if(h)setTimeout(function(){' +
  'var l=d.createElement("link");l.rel="modulepreload";l.href=h;d.head.appendChild(l)},0)})}' +
  'function later(){setTimeout(go,0)}' +
  'if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)' +
  'new P(later).observe({type:"paint",buffered:true});' +
  'else requestAnimationFrame(function(){requestAnimationFrame(later)});' +
  'setTimeout(go,1e3);' +
  'd.addEventListener("click",function(e){var b=d.body,t=e.target,a,o;' +
  'if(b.dataset.quickExitKeys||!t||!t.closest)return;a=t.closest(".quick-exit__button");' +
  'if(a){' +
  `try{sessionStorage.setItem(${JSON.stringify(SESSION_STORAGE_KEY)},"left-"+Date.now())}catch(x){}` +
  'b.classList.add("is-leaving");if(top===self){e.preventDefault();location.replace(a.href)}return}' +
  'o=t.closest(".flow button[name][value]");' +
  `if(o&&r&&!r.hasAttribute("${EARLY_PRESS}")){r.setAttribute("${EARLY_PRESS}",o.name+" "+o.value);` +
  `o.setAttribute("${PRESSED_EARLY}","")}},true);` +
  'addEventListener("pageshow",function(e){if(e.persisted)d.body.classList.remove("is-leaving")})' +
  '})()';

const cspHash = (code: string) =>
  `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The built HTML with its CSS inline and its scripts started by BOOT_SCRIPT. */
export function offCriticalPath(html: string, readAsset: (path: string) => string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry?.[1]) throw new Error('the built page has no module script');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  const sheets = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">/g)];
  const css = sheets.map((m) => readAsset(m[1] ?? '')).join('\n');
  const boot =
    `<script data-src="${entry[1]}" data-preload="${preloads.map((m) => m[1]).join(' ')}">` +
    `${BOOT_SCRIPT}</script>`;
  let out = html
    .replace(entry[0], '')
    .replace(/\s*<link rel="(?:modulepreload|stylesheet)" crossorigin href="[^"]+">/g, '')
    .replace(/\s*<link rel="(?:icon|manifest)"[^>]*>/g, '');
  if (css) out = out.replace('</title>', `</title>\n    <style>${css}</style>`);
  return out.replace('</body>', `${boot}\n  </body>`);
}

/** The hashes of a page's inline scripts (not data blocks) and inline style elements. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/json"/.test(m[1] ?? ''))
    .map((m) => cspHash(m[2] ?? ''));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) =>
    cspHash(m[1] ?? ''),
  );
  return { scripts, styles };
}
