/**
 * A build step that keeps code generation out of every bundle (issue 15, docs/security.md): zod 4
 * compiles fast parsers with the Function constructor (`const F = Function; new F(…)`, in
 * zod/v4/core). Zettel never wants that — the extension's CSP forbids it, and the stores flag it — so
 * those three sites are replaced by a constructor that always throws, which zod already handles:
 * its capability probe (`allowsEval`) answers false and it validates with its interpreter.
 * The replacement must find exactly the expected sites, so a zod update that moves them fails the
 * build instead of silently shipping the Function constructor again; tests/unit/meta/store-build.test.ts
 * checks the output.
 */
import type { WxtViteConfig } from 'wxt';

/** Vite's plugin type as WXT's own Vite sees it (the project may resolve another Vite copy). */
type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

const FUNCTION_ALIAS = /const F = Function;/g;
/** Files of zod's core that create functions from strings, and how many aliases each holds. */
const EXPECTED: Record<string, number> = { 'util.js': 1, 'doc.js': 1, 'compile.js': 1 };

const THROWING_CONSTRUCTOR =
  'const F = function () { throw new EvalError("Zettel builds without code generation"); };';

export function withoutFunctionConstructor(): Plugin {
  return {
    name: 'zettel-without-function-constructor',
    enforce: 'pre',
    transform(code: string, id: string) {
      const file = /[\\/]zod[\\/]v4[\\/]core[\\/]([^\\/?]+)$/.exec(id.split('?')[0]!)?.[1];
      if (!file) return null;
      const count = code.match(FUNCTION_ALIAS)?.length ?? 0;
      const expected = EXPECTED[file] ?? 0;
      if (count !== expected) {
        throw new Error(`zod/v4/core/${file}: expected ${expected} Function constructor site(s), found ${count}; update scripts/vite-no-function-constructor.ts`);
      }
      return count === 0 ? null : { code: code.replace(FUNCTION_ALIAS, THROWING_CONSTRUCTOR), map: null };
    },
  };
}
