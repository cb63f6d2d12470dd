import { defineConfig, type Plugin } from 'vite';

/**
 * The residents' phone page, served by the question box's gateway from dist/phone as exactly three
 * files ('/', '/phone.js', '/phone.css') under `script-src 'self'; style-src 'self'`. Old Android WeChat
 * browsers (Chrome 58) run no module scripts: one classic script, deferred, and nothing inline.
 */
export function classicScriptPlugin(): Plugin {
  return {
    name: 'phone-classic-script',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(
            /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
            '<script defer src="$1"></script>',
          )
          .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href='),
    },
  };
}

export default defineConfig({
  root: 'renderer/phone',
  base: './',
  publicDir: false,
  plugins: [classicScriptPlugin()],
  build: {
    outDir: '../../dist/phone',
    emptyOutDir: true,
    target: ['es2015', 'chrome58', 'safari11'],
    cssTarget: ['chrome58', 'safari11'],
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    cssCodeSplit: false,
    rollupOptions: {
      output: {
        format: 'iife',
        inlineDynamicImports: true,
        entryFileNames: 'phone.js',
        assetFileNames: (asset) =>
          (asset.names ?? []).some((name) => name.endsWith('.css')) ? 'phone.css' : '[name][extname]',
      },
    },
  },
});
