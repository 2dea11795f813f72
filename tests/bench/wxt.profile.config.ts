/**
 * A readable build for profiling only (`npm run bench -- --profile-build`): the product config with
 * minification off, so the attribution's function names are Zettel's own. Never measured for the
 * numbers: minified code is what users run.
 */
import { defineConfig } from 'wxt';
import base from '../../wxt.config.ts';

type ViteConfig = (env: unknown) => Record<string, unknown> & { build?: Record<string, unknown> };

export default defineConfig({
  ...base,
  outDir: `${process.env.ZETTEL_OUT_DIR ?? '.output'}-profile`,
  vite: (env) => {
    const vite = (base.vite as ViteConfig)(env);
    return { ...vite, build: { ...vite.build, minify: false } };
  },
});
