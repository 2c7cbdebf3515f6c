import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// Two pages: the explorer (index.html) and the bundled GraphiQL IDE (graphiql.html).
// Everything is bundled: the explorer must work with no network but the service itself.
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { main: resolve(root, 'index.html'), graphiql: resolve(root, 'graphiql.html') },
      // GraphiQL's React dependencies carry "use client" directives, meaningless in a static bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
