/**
 * The deploy walks' site: two builds of the app, A (the normal build in dist/) and B (the same
 * source under other file names), and the folder that nginx serves, where a test uploads files
 * the way a deploy would. `prepare` runs once before the suites (playwright.config.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const DEPLOY_DIR = join(repo, '.deploy-test');
const A = join(DEPLOY_DIR, 'a');
const B = join(DEPLOY_DIR, 'b');
export const SITE = join(DEPLOY_DIR, 'site');

/** Copies dist/ as build A and builds B (about as long as one build). */
export function prepare(): void {
  rmSync(DEPLOY_DIR, { recursive: true, force: true });
  cpSync(join(repo, 'dist'), A, { recursive: true });
  execFileSync(
    'npx',
    ['vite', 'build', '-c', 'tests/e2e/deploy/vite.b.config.ts', '--logLevel', 'error'],
    { cwd: repo, stdio: 'inherit', env: { ...process.env, DEPLOY_B_DIR: B } },
  );
  cpSync(join(A, 'embed.js'), join(B, 'embed.js'));
  publish('a');
}

/** The whole of one build, and nothing else, as the site. */
export function publish(build: 'a' | 'b'): void {
  rmSync(SITE, { recursive: true, force: true });
  cpSync(build === 'a' ? A : B, SITE, { recursive: true });
}

/** Half of a deploy done in the wrong order: B's pages and sw.js are up, its assets are not. */
export function uploadPagesAndWorkerOfB(): void {
  for (const page of ['index.html', 'sv/index.html', 'en/index.html', 'embed.html', 'sw.js']) {
    cpSync(join(B, page), join(SITE, page));
  }
}
