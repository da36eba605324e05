/**
 * The loopback ports of the browser suites. Each can be moved with an environment variable, so that
 * two checkouts can run their suites side by side on one machine.
 */
export const APP_PORT = Number(process.env.APP_PORT ?? 4173);
export const HOST_PORT = Number(process.env.HOST_PORT ?? 4174);
export const NGINX_PORT = Number(process.env.NGINX_PORT ?? 4180);

export const APP_ORIGIN = `http://localhost:${String(APP_PORT)}`;
export const HOST_ORIGIN = `http://127.0.0.1:${String(HOST_PORT)}`;
export const NGINX_ORIGIN = `http://127.0.0.1:${String(NGINX_PORT)}`;

/** nginx over a folder that the deploy walks swap builds in (tests/e2e/deploy.spec.ts). */
export const DEPLOY_PORT = Number(process.env.DEPLOY_PORT ?? 4181);
export const DEPLOY_ORIGIN = `http://127.0.0.1:${String(DEPLOY_PORT)}`;
