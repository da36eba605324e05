// A second build of the same source under other file names, for the deploy walks: B's HTML and
// sw.js name assets that build A does not have. Written to DEPLOY_B_DIR.
import { mergeConfig } from 'vite';
import base from '../../../vite.config';

export default mergeConfig(base, {
  build: {
    outDir: process.env.DEPLOY_B_DIR ?? '.deploy-test/b',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        entryFileNames: 'assets/[name]-b-[hash].js',
        chunkFileNames: 'assets/[name]-b-[hash].js',
        assetFileNames: 'assets/[name]-b-[hash][extname]',
      },
    },
  },
});
