// Prepares builds A and B (tests/e2e/deploy/site.ts), then serves the swappable site folder with
// the deployed nginx configuration on DEPLOY_PORT.
import { DEPLOY_PORT } from '../ports';
import { prepare, SITE } from './site';

prepare();
process.argv[2] = SITE;
process.argv[3] = String(DEPLOY_PORT);
await import('../nginx/serve');
