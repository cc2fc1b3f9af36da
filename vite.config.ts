/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { dataFiles } from './scripts/data-files-plugin.ts';

// The page may only talk to its own origin. Dev keeps Vite's inline preamble, so only builds get the policy;
// the single file has its scripts inline and no origin to talk to, so it may load nothing at all.
const POLICIES = {
  site: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
  single:
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
} as const;

const contentSecurityPolicy = (policy: string): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
      injectTo: 'head-prepend',
    },
  ],
});

// `base: './'` keeps the build relocatable: index.html finds data/*.csv beside itself.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [
      react(),
      dataFiles({ dir: 'data', embed: single }),
      contentSecurityPolicy(single ? POLICIES.single : POLICIES.site),
      ...(single ? [viteSingleFile()] : []),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: single ? 'dist-single' : 'dist',
    },
    test: {
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
      setupFiles: ['tests/setup.ts'],
      css: false,
      restoreMocks: true,
    },
  };
});
