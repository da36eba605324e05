import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routingDocs } from '../../scripts/build/routingDocs';

describe('docs/ROUTING.md', () => {
  it('is what `npm run docs` generates from the machine now', () => {
    const committed = readFileSync(new URL('../../docs/ROUTING.md', import.meta.url), 'utf8');
    expect(committed, 'run `npm run docs` and commit docs/ROUTING.md').toBe(routingDocs());
  });

  it('holds the decision table and the Mermaid diagram', () => {
    const docs = routingDocs();
    expect(docs).toContain('| 9 | `after-hours` | `social-crisis-duty` |');
    expect(docs).toContain('```mermaid\nflowchart TD');
    expect(docs).toContain(
      'decide -->|"rule 11: Municipality in office hours"| municipal_office_hours',
    );
  });
});
