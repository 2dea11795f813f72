/**
 * The mode of Zettel's shadow roots (overview, notes panel, template picker). Store builds: always
 * `closed` — `host.shadowRoot` is null for the page, so a page script cannot read or reach what is
 * inside (docs/security.md "Sealed UI"); Zettel keeps its own reference to each root.
 *
 * Test builds open them, because Playwright's locators (and the test suite built on them) pierce only
 * open roots; a page opened with the session flag `zettel-test-sealed` gets closed roots in the test
 * build too, so tests/e2e/sealed.spec.ts runs its page-world attacker against the store behaviour.
 * tests/unit/meta/store-build.test.ts asserts that the store bundles contain no open root and no flag.
 */
export function zettelShadowMode(): ShadowRootMode {
  if (import.meta.env.MODE === 'test' && sessionStorage.getItem('zettel-test-sealed') !== '1') return 'open';
  return 'closed';
}
