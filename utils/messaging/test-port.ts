/**
 * Test builds only: the port through which the content script's test bridge seeds and reads data
 * with every operation (entrypoints/whatsapp.content/test-commands/data.ts). The background accepts
 * it only when built with `--mode test`; the store build contains neither this name nor the code
 * that would accept it (tests/unit/meta/store-build.test.ts). Zettel's features never use it: they
 * go through the content script's restricted data port (sender-policy.ts).
 */
export const TEST_DATA_PORT_NAME = 'zettel-test-data';
