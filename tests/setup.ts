import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// findBy… waits for lazy chunks (the staff view); on a loaded machine that can take seconds.
configure({ asyncUtilTimeout: 10_000 });
