/**
 * Test-build-only commands of the WhatsApp adapter, answered through the test bridge (../test-bridge.ts).
 * Registered only under `import.meta.env.MODE === 'test'`.
 *
 * - `health` → HealthReport (as the popup gets it)
 * - `currentChat` → { key, title, jid?, strategy } | null
 * - `rows` → [{ top, key, title, selected }] of every row in the DOM, by position
 * - `messages` → [{ id, rawId, direction, directionSource, text, virtualized }] of the rendered messages
 * - `insertText` { text, methods? } → the composer's InsertResult (methods forces execCommand / beforeinput / paste)
 * - `composerText` → the editor's text as the adapter reads it (null without a composer)
 * - `hasSendButton` → whether the adapter sees a send button (never the voice button)
 * - `aliases` → the renames seen so far
 * - `stats` → { batches, records, busyMs }: the adapter's own main-thread cost so far
 * - `theme`, `locale`
 * - `conversationEvents` → every onConversation event since the start, oldest first
 * - `observedRows` → the rows as the onRows events left them (proves the recycled-row path), by position
 * - `addTestFeatures` → registers two features that exist only for tests: `test-compose` (needs the
 *   compose box; counts starts and stops) and `test-throws` (throws from its onRows callback)
 * - `testFeatures` → { states, starts, stops } of those
 */
import type { WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import type { InsertMethod } from '../../../utils/whatsapp/composer.ts';
import { defineFeature, type FeatureRegistry } from '../features/registry.ts';
import { healthReport } from '../health-responder.ts';
import { registerTestCommand } from '../test-bridge.ts';

export function registerAdapterTestCommands(adapter: WhatsAppAdapter, registry: FeatureRegistry): void {
  const events: Array<{ change: string; key: string | null; title: string | null }> = [];
  adapter.onConversation(
    (event) => events.push({ change: event.change, key: event.chat?.key ?? null, title: event.chat?.title ?? null }),
    new AbortController().signal,
  );

  // What a decorating feature would know: the last report per (recycled) row element.
  const observed = new Map<Element, { top: number; key: string; title: string }>();
  adapter.onRows((rows) => {
    for (const row of rows) observed.set(row.element, { top: row.top, key: row.key, title: row.title });
  }, new AbortController().signal);
  registerTestCommand('observedRows', () =>
    [...observed]
      .filter(([element]) => element.isConnected)
      .map(([, row]) => row)
      .sort((a, b) => a.top - b.top),
  );

  const probe = { starts: 0, stops: 0 };
  registerTestCommand('addTestFeatures', () => {
    registry.add(
      defineFeature({
        id: 'test-compose',
        needs: ['compose-box'],
        start: (ctx) => {
          probe.starts++;
          ctx.signal.addEventListener('abort', () => probe.stops++);
        },
      }),
      defineFeature({
        id: 'test-throws',
        needs: ['chat-rows'],
        start: (ctx) => {
          ctx.adapter.onRows(() => {
            throw new Error('test-throws: deliberate error in a row callback');
          }, ctx.signal);
        },
      }),
    );
    return true;
  });
  registerTestCommand('testFeatures', () => ({
    states: { 'test-compose': registry.state('test-compose'), 'test-throws': registry.state('test-throws') },
    ...probe,
  }));

  registerTestCommand('health', () => healthReport(adapter, registry));
  registerTestCommand('currentChat', () => adapter.currentChat());
  registerTestCommand('rows', () => adapter.rows().map(({ top, key, title, selected }) => ({ top, key, title, selected })));
  registerTestCommand('messages', () =>
    adapter.messages().map(({ id, rawId, direction, directionSource, text, virtualized }) => ({ id, rawId, direction, directionSource, text, virtualized })),
  );
  registerTestCommand('insertText', async (args) => {
    const { text, methods } = (args ?? {}) as { text?: unknown; methods?: InsertMethod[] };
    if (typeof text !== 'string') throw new Error('insertText needs { text: string, methods?: [...] }');
    return await adapter.composer.insertText(text, methods ? { methods } : {});
  });
  registerTestCommand('composerText', () => adapter.composer.readText());
  registerTestCommand('hasSendButton', () => adapter.composer.sendButton() !== null);
  registerTestCommand('aliases', () => adapter.aliases());
  registerTestCommand('stats', () => adapter.stats());
  registerTestCommand('theme', () => adapter.theme());
  registerTestCommand('locale', () => adapter.locale());
  registerTestCommand('conversationEvents', () => events);
}
