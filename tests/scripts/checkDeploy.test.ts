import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDeploy, folderSource, urlSource } from '../../scripts/build/checkDeploy';

const page = (lang: string) =>
  `<!doctype html><html lang="${lang}"><head><link rel="stylesheet" href="/assets/styles-1.css">` +
  `<script type="module" src="/assets/main-1.js"></script></head><body></body></html>`;

/** A small build with the shape of dist/. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kenelle-check-'));
  const files: Record<string, string> = {
    'index.html': page('fi'),
    'sv/index.html': page('sv'),
    'en/index.html': page('en'),
    'selko/index.html': page('fi'),
    'embed.html': page('fi').replace('main-1', 'embed-1'),
    'sv/embed.html': page('sv').replace('main-1', 'embed-1'),
    'en/embed.html': page('en').replace('main-1', 'embed-1'),
    'selko/embed.html': page('fi').replace('main-1', 'embed-1'),
    'assets/main-1.js': 'import("./lazy-1.js");',
    'assets/embed-1.js': 'export {};',
    'assets/lazy-1.js': 'export {};',
    'assets/styles-1.css': 'body{}',
    'embed.js': '(()=>{})();',
    'sw.js':
      'const e=[{url:"index.html",revision:"1"},{url:"assets/main-1.js",revision:null},' +
      '{url:"assets/lazy-1.js",revision:null}];',
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

describe('check-deploy on a build folder', () => {
  it('finds nothing wrong in a complete build', async () => {
    expect(await checkDeploy(folderSource(site()))).toEqual([]);
  });

  it('names each asset that the pages or sw.js need and that is missing or holds HTML', async () => {
    const dir = site();
    rmSync(join(dir, 'assets/lazy-1.js'));
    writeFileSync(join(dir, 'assets/main-1.js'), readFileSync(join(dir, 'index.html')));
    rmSync(join(dir, 'embed.js'));
    expect(await checkDeploy(folderSource(dir))).toEqual([
      '/assets/lazy-1.js: status 404',
      '/assets/main-1.js: holds HTML',
      '/embed.js: status 404',
    ]);
  });

  it('as a command: one line a problem, exit 1; exit 0 when complete; exit 2 without a target', () => {
    const run = (args: string[]) =>
      spawnSync('npm', ['run', '-s', 'check-deploy', '--', ...args], { encoding: 'utf8' });
    const dir = site();
    expect(run([dir])).toMatchObject({ status: 0 });
    rmSync(join(dir, 'assets/styles-1.css'));
    expect(run([dir])).toMatchObject({ status: 1, stdout: '/assets/styles-1.css: status 404\n' });
    expect(run([])).toMatchObject({ status: 2, stdout: '' });
  }, 30_000);
});

describe('check-deploy on a live site', () => {
  let server: Server;
  let origin = '';
  const dir = site();

  beforeAll(async () => {
    // A host with a catch-all: every unknown path gets the start page, with status 200.
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      try {
        const body = readFileSync(file);
        const type = path.endsWith('.js')
          ? 'text/javascript'
          : path.endsWith('.css')
            ? 'text/css'
            : 'text/html';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
      } catch {
        response.writeHead(200, { 'content-type': 'text/html' }).end(page('fi'));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}`;
  });
  afterAll(() => {
    server.close();
  });

  it('reports the catch-all, a missing asset answered with HTML and the framing', async () => {
    rmSync(join(dir, 'assets/lazy-1.js'));
    const problems = await checkDeploy(urlSource(`${origin}/`));
    expect(problems).toContain('/assets/lazy-1.js: type "text/html" does not fit the file');
    expect(problems).toContain('/assets/check-deploy-missing.js: status 200, not 404');
    expect(problems).toContain(
      '/assets/check-deploy-missing.js: a missing file answered with HTML',
    );
    expect(problems.some((p) => p.startsWith('/: frame-ancestors none'))).toBe(true);
  });

  it('reports inline code that the served CSP does not allow by its hash', async () => {
    writeFileSync(
      join(dir, 'sv/index.html'),
      page('sv').replace('</body>', '<script data-src="/assets/main-1.js">start()</script></body>'),
    );
    const problems = await checkDeploy(urlSource(`${origin}/`));
    // sha256 of "start()", computed by hand with `printf 'start()' | openssl dgst -sha256 -binary | base64`.
    expect(problems).toContain(
      "/sv/: inline script 'sha256-DIm7WJS6ZKDYe5qFLPy+h4JFI9Bol5QmYC57mt3Fb00=' is not allowed by the CSP",
    );
  });
});
