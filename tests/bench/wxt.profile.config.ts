/**
 * A readable build for profiling only (`npm run bench -- --profile-build`): the product config with
 * minification off, so the attribution's function names are Zettel's own. Never measured for the
 * numbers: minified code is what users run.
 */
import { variantConfig } from './wxt-variant.ts';

export default variantConfig('profile', { minify: false });
