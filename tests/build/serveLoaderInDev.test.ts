import { describe, expect, it } from 'vitest';
import { buildLoader } from '../../scripts/build/serveLoaderInDev';

describe('the loader under the dev server (npm start)', () => {
  it('is built on request as one classic script that listens for the frame', async () => {
    const code = await buildLoader();
    expect(code).toContain('kenelle-soitan:height');
    expect(code).toContain('kenelle-soitan:leave');
    expect(code).toContain('embed.html');
    // A classic script: a partner's <script src> cannot load a module.
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  }, 30_000);
});
