/**
 * The shipped nginx site file allows the pages' inline boot script and style by hash only. The
 * build writes the hashes of what it produced into the policy there, so that the file deployed
 * with a build always fits it; tests/e2e/nginx.spec.ts checks the served hashes against the pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const NGINX_SITE = new URL('../../deploy/kenelle-soitan.nginx.conf', import.meta.url);

/** The policy with exactly these hashes after 'self' in script-src and style-src. */
function withHashes(site: string, scripts: string[], styles: string[]): string {
  const directive = (name: string, hashes: string[]) => (text: string) =>
    text.replace(
      new RegExp(`${name} 'self'[^;"]*`),
      [`${name} 'self'`, ...[...new Set(hashes)].sort()].join(' '),
    );
  const line = /add_header Content-Security-Policy "[^"]*"/.exec(site)?.[0];
  if (!line) throw new Error('the nginx site file has no Content-Security-Policy');
  const updated = directive('style-src', styles)(directive('script-src', scripts)(line));
  return site.replace(line, updated);
}

export function writeHashes(scripts: string[], styles: string[]): void {
  const site = readFileSync(NGINX_SITE, 'utf8');
  const updated = withHashes(site, scripts, styles);
  if (updated !== site) writeFileSync(NGINX_SITE, updated);
}
