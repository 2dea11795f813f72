/**
 * The product build with source maps, for the bundle attribution only (tests/bench/bundle-sources.ts):
 * same code and minification, plus a map that says which module each byte came from.
 */
import { variantConfig } from './wxt-variant.ts';

export default variantConfig('sourcemap', { sourcemap: true });
