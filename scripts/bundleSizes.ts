/** What a page of the build loads at first: its HTML and the scripts and styles it links. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  js: number;
  css: number;
  files: string[];
}

export const gzipBytes = (path: string): number =>
  gzipSync(readFileSync(path), { level: 9 }).length;

/** Gzipped bytes of an HTML page of `dist` and of the JS and CSS its tags load before any click. */
export function pageWeight(
  dist: string,
  htmlFile: string,
  extraScripts: string[] = [],
): PageWeight {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const links = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const files = [...new Set([...links, ...extraScripts])];
  const weight = (ext: string) =>
    files.filter((f) => f.endsWith(ext)).reduce((sum, f) => sum + gzipBytes(join(dist, f)), 0);
  return { html: gzipBytes(join(dist, htmlFile)), js: weight('.js'), css: weight('.css'), files };
}
