/**
 * `check-deploy`: checks a build folder (dist/) or a live site for what a deploy must get right
 * (README "Deploying"): every page is there; every asset its HTML and sw.js name is there with
 * the type its name promises and no HTML in it; and, on a live site, that missing files are 404s
 * that are never pages, and the framing and caching headers.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { embedPath, LANGUAGES, languagePath } from '../../src/i18n/languages';
import { responseFits } from '../../src/serviceWorker/precachePolicy';
import { inlineHashes } from './criticalPath';

interface Fetched {
  status: number;
  type: string;
  headers: Record<string, string>;
  body: string;
}

/** Where the files come from: a folder, or a site over HTTP. */
export interface Source {
  name: string;
  live: boolean;
  get(path: string): Promise<Fetched>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain',
};

export function folderSource(dir: string): Source {
  return {
    name: dir,
    live: false,
    async get(path) {
      let file = join(dir, decodeURIComponent(path.split('?')[0] ?? ''));
      if (file.endsWith('/')) file = join(file, 'index.html');
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        const body = await readFile(file, 'utf8');
        return { status: 200, type: TYPES[extname(file)] ?? '', headers: {}, body };
      } catch {
        return { status: 404, type: '', headers: {}, body: '' };
      }
    },
  };
}

export function urlSource(base: string): Source {
  const origin = new URL(base);
  return {
    name: origin.origin,
    live: true,
    async get(path) {
      const response = await fetch(new URL(path, origin), { redirect: 'manual' });
      const headers = Object.fromEntries(response.headers.entries());
      return {
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        headers,
        body: await response.text(),
      };
    },
  };
}

const PAGES = LANGUAGES.flatMap((language) => [languagePath(language), embedPath(language)]);

/**
 * The same-origin files a page loads: its scripts (also those its boot script starts), styles,
 * icons and manifest.
 */
function referencedBy(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\b(?:src|href|data-preload)="([^"]+)"/g)) {
    for (const path of (match[1] ?? '').split(/\s+/)) {
      if (/^\/[^#?]+\.(?:js|css|svg|webmanifest)$/.test(path)) found.add(path);
    }
  }
  return [...found];
}

/** Inline code of a served page that its Content-Security-Policy does not allow by hash. */
function inlineProblems(path: string, file: Fetched): string[] {
  const csp = file.headers['content-security-policy'] ?? '';
  const allowed = (directive: string) =>
    (new RegExp(`${directive} ([^;]*)`).exec(csp)?.[1] ?? '').split(' ');
  const { scripts, styles } = inlineHashes(file.body);
  const refused = (kind: string, directive: string, hashes: string[]) =>
    hashes
      .filter((hash) => !allowed(directive).includes(hash))
      .map((hash) => `${path}: inline ${kind} ${hash} is not allowed by the CSP`);
  return [...refused('script', 'script-src', scripts), ...refused('style', 'style-src', styles)];
}

/** The files in sw.js's precache list. */
function precachedBy(sw: string): string[] {
  const found = new Set<string>();
  for (const match of sw.matchAll(/\burl:\s*["`']([^"`']+)["`']|"url":\s*"([^"]+)"/g)) {
    const url = match[1] ?? match[2];
    if (url) found.add(`/${url.replace(/^\//, '')}`);
  }
  return [...found];
}

function fileProblem(path: string, file: Fetched): string | null {
  if (file.status !== 200) return `${path}: status ${String(file.status)}`;
  const asResponse = new Response(null, { headers: { 'content-type': file.type } });
  if (!responseFits(path, asResponse)) return `${path}: type "${file.type}" does not fit the file`;
  if (/\.(m?js|css)$/.test(path) && /^\s*</.test(file.body)) return `${path}: holds HTML`;
  return null;
}

async function liveProblems(source: Source): Promise<string[]> {
  const problems: string[] = [];
  for (const path of ['/assets/check-deploy-missing.js', '/check-deploy-missing.css']) {
    const file = await source.get(path);
    if (file.status !== 404) problems.push(`${path}: status ${String(file.status)}, not 404`);
    if (/^text\/html/.test(file.type)) problems.push(`${path}: a missing file answered with HTML`);
  }
  const csp = (path: string, file: Fetched) => {
    const ancestors = /frame-ancestors ([^;]+)/.exec(file.headers['content-security-policy'] ?? '');
    return ancestors?.[1]?.trim() ?? `none on ${path}`;
  };
  const start = await source.get('/');
  const embed = await source.get('/embed.html');
  if (csp('/', start) === '*' || csp('/', start).startsWith('none')) {
    problems.push(`/: frame-ancestors ${csp('/', start)}; only the embed may be framed by others`);
  }
  if (csp('/embed.html', embed).startsWith('none')) {
    problems.push(`/embed.html: no frame-ancestors; partners cannot frame it`);
  }
  for (const [path, file] of [
    ['/', start],
    ['/sw.js', await source.get('/sw.js')],
  ] as const) {
    if (!/no-cache|max-age=0/.test(file.headers['cache-control'] ?? '')) {
      problems.push(
        `${path}: Cache-Control "${file.headers['cache-control'] ?? ''}"; no-cache expected`,
      );
    }
  }
  if (source.name.startsWith('https:') && !start.headers['strict-transport-security']) {
    problems.push('/: no Strict-Transport-Security');
  }
  return problems;
}

/** Every problem found, one line each; none means the deploy is complete and consistent. */
export async function checkDeploy(source: Source): Promise<string[]> {
  const problems: string[] = [];
  const wanted = new Set<string>(['/sw.js', '/embed.js']);
  for (const page of PAGES) {
    const file = await source.get(page);
    const problem = fileProblem(page.endsWith('/') ? `${page}index.html` : page, file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    for (const path of referencedBy(file.body)) wanted.add(path);
    if (source.live) problems.push(...inlineProblems(page, file));
  }
  const sw = await source.get('/sw.js');
  if (sw.status === 200) {
    const listed = precachedBy(sw.body);
    if (listed.length === 0) problems.push('/sw.js: no precache list found');
    for (const path of listed) wanted.add(path);
  }
  for (const path of [...wanted].sort()) {
    const problem = fileProblem(path, await source.get(path));
    if (problem) problems.push(problem);
  }
  if (source.live) problems.push(...(await liveProblems(source)));
  return problems;
}
