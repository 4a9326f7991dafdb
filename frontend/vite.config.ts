/// <reference types="node" />
import { defineConfig } from 'vitest/config';

// The Maven build passes GUANXI_FRONTEND_OUT (target/classes/META-INF/resources) so that Quarkus serves the
// viewer at '/'. The API target for `vite` / `vite preview` is the Quarkus dev service unless GUANXI_API
// points elsewhere (the mock server in mock/server.mjs during measurements).
const apiTarget = process.env.GUANXI_API ?? 'http://127.0.0.1:8080';
const proxy = { '/api': { target: apiTarget, changeOrigin: true } };

export default defineConfig({
  base: '/',
  build: {
    outDir: process.env.GUANXI_FRONTEND_OUT ?? 'dist',
    // Outside the frontend folder (the jar's resources) Vite must not wipe what Maven put there.
    emptyOutDir: process.env.GUANXI_FRONTEND_OUT === undefined,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: { proxy },
  preview: { proxy },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
