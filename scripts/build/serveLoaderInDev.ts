/**
 * Under `npm start` the partner's loader (dist/embed.js, a separate build) does not exist yet: this
 * plugin builds it in memory on request, so that the embedding guide's preview and a partner's
 * test page work with the dev server too.
 */
import { build, type Plugin } from 'vite';

export async function buildLoader(): Promise<string> {
  const result = await build({
    configFile: 'vite.loader.config.ts',
    logLevel: 'silent',
    build: { write: false, minify: false },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((o) => o.type === 'chunk');
    if (chunk) return chunk.code;
  }
  throw new Error('The loader build gave no script');
}

export function serveLoaderInDev(): Plugin {
  return {
    name: 'serve-loader-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/embed.js', (_request, response, next) => {
        buildLoader().then(
          (code) => {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.setHeader('Cache-Control', 'no-cache');
            response.end(code);
          },
          (error: unknown) => {
            next(error);
          },
        );
      });
    },
  };
}
