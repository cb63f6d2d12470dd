import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const CSP_META = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/;

/**
 * renderer/index.html carries the CSP in a <meta> (a test keeps it equal to the shared policy). The dev
 * server drops it: React refresh needs an inline script that the policy rightly forbids.
 */
export function devWithoutCspPlugin(): Plugin {
  return {
    name: 'dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(CSP_META, ''),
  };
}

// The renderer is served from a custom protocol in Electron and from host mode over HTTP: relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), devWithoutCspPlugin()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
});
