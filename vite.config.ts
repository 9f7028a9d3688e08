import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Cross-origin isolation, so SharedArrayBuffer exists: sent by both the dev server and `vite preview`.
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  base: './',
  plugins: [react()],
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders, port: 4173, strictPort: true },
  worker: { format: 'es' },
  build: {
    target: 'es2023',
    rollupOptions: { input: { main: 'index.html', bench: 'bench.html' } },
  },
});
