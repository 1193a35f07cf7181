import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The pages the gateway serves (gateway/web/routes.ts): the web app at /app/ and GraphiQL at
 * /graphiql, built by `npm run build` into dist/web with their hashed assets under /assets/.
 * `npm run web:dev` serves them with hot reload, against the gateway `npm start` runs on :4000.
 */

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    // GraphiQL's editor is one large chunk, loaded only by /graphiql.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { app: here('app/index.html'), graphiql: here('graphiql/index.html') },
      onwarn(warning, warn) {
        // GraphiQL's modules start with React Compiler's "use no memo", meaningless in a bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // Monaco's workers (graphiql/setup-workers/vite) split into chunks, which classic workers cannot load.
  worker: { format: 'es' },
  server: {
    proxy: {
      '/graphql': { target: gateway, ws: true },
      '/auth': gateway,
      '/export': gateway,
    },
  },
});
