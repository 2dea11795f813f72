/** The product config with other Vite build options, built into `<outDir>-<suffix>` (bench-only builds). */
import { defineConfig } from 'wxt';
import base from '../../wxt.config.ts';

type ViteConfig = (env: unknown) => Record<string, unknown> & { build?: Record<string, unknown> };

export function variantConfig(suffix: string, build: Record<string, unknown>) {
  return defineConfig({
    ...base,
    outDir: `${process.env.ZETTEL_OUT_DIR ?? '.output'}-${suffix}`,
    vite: (env) => {
      const vite = (base.vite as ViteConfig)(env);
      return { ...vite, build: { ...vite.build, ...build } };
    },
  });
}
