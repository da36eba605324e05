import { defineConfig } from 'vite';

/** Builds the partner's loader, dist/embed.js: one self-contained classic script, no imports. */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: 'src/embed/loader/loader.ts',
      formats: ['iife'],
      name: 'KenelleSoitanEmbed',
      fileName: () => 'embed.js',
    },
  },
});
