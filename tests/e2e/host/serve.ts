// A partner's site for the embedding tests: plain HTML on another origin (a second localhost port).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { APP_ORIGIN, HOST_PORT } from '../ports';

const dir = new URL('.', import.meta.url);

createServer((request, response) => {
  void respond(request.url, response);
}).listen(HOST_PORT, '127.0.0.1');

async function respond(url: string | undefined, response: import('node:http').ServerResponse) {
  const name = new URL(url ?? '/', 'http://localhost').pathname.replace(/^\//, '');
  if (name === 'favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (!/^[a-z-]+\.html$/.test(name)) {
    response.writeHead(404).end();
    return;
  }
  try {
    // The pages name the app at its default origin; point them at the one under test.
    const body = (await readFile(new URL(name, dir), 'utf8')).replaceAll(
      'http://localhost:4173',
      APP_ORIGIN,
    );
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
}
