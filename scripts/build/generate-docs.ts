/** Entry point of `npm run docs`: writes docs/ROUTING.md from the machine. */
import { writeFileSync } from 'node:fs';
import { routingDocs } from './routingDocs';

writeFileSync(new URL('../../docs/ROUTING.md', import.meta.url), routingDocs());
console.log('wrote docs/ROUTING.md');
