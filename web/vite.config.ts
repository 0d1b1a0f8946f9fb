import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Every browser the app supports reads WOFF2, so the WOFF fallbacks in the @fontsource style sheets
 * are dropped: the build then neither copies nor lists ~2,000 unused font files.
 */
function woff2Only(): Plugin {
  return {
    name: 'corridor:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.split('?')[0]?.endsWith('.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), woff2Only()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by scripts/check-bundle-budget.mjs to find what the public pages load first.
    manifest: true,
    target: 'es2022',
    // Fonts and images stay separate files, fetched only when a page needs them.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 300,
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: {
      // `npm run dev` runs the API on :8080; the dev server forwards API calls to it.
      '/api': { target: process.env.CORRIDOR_API_URL ?? 'http://localhost:8080', changeOrigin: false },
    },
  },
});
