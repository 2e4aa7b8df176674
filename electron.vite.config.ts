import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { devServerCsp } from './scripts/vite-dev-csp';

// Three builds, one per process. Main bundles the Electron glue, the library core and the search
// and parse workers; the preload is one sandboxed CommonJS file; the renderer is a plain web page
// that the browser mode serves as is.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/index.ts'),
          // The search worker thread (src/main/library/search/worker-service.ts looks for it here).
          'search-worker': resolve(__dirname, 'src/main/library/search/worker.ts'),
          // The parse worker thread (src/main/library/import/worker-parser.ts looks for it here).
          'parse-worker': resolve(__dirname, 'src/main/library/import/parse-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // devServerCsp applies to `npm run dev` only; see scripts/vite-dev-csp.ts.
    plugins: [react(), devServerCsp()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; browser mode serves the same files, and a
      // minified bundle is a third of the size to load and parse.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') }
    }
  }
});
