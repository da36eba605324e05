// Runs Debian's nginx with deploy/kenelle-soitan.nginx.conf on a loopback port, for the browser
// suites. Only `listen` and `root` of the deployed file are changed:
//   npx tsx tests/e2e/nginx/serve.ts [root folder, default dist/] [port, default NGINX_PORT]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NGINX_PORT } from '../ports';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const root = resolve(repo, process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? NGINX_PORT);
const site = readFileSync(join(repo, 'deploy/kenelle-soitan.nginx.conf'), 'utf8')
  .replace(/listen 80;/, `listen 127.0.0.1:${String(port)};`)
  .replace(/root \/srv\/kenelle-soitan\/dist;/, `root ${root};`);

const prefix = mkdtempSync(join(tmpdir(), 'kenelle-nginx-'));
for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
const asRoot = process.getuid?.() === 0;
writeFileSync(
  join(prefix, 'nginx.conf'),
  `${asRoot ? 'user nobody nogroup;' : ''}
worker_processes 1;
daemon off;
error_log ${prefix}/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${site}
}
`,
);

const nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], {
  stdio: 'inherit',
});
nginx.on('exit', (code) => {
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    nginx.kill('SIGQUIT');
  });
}
