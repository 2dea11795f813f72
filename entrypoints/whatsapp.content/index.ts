import { defineContentScript } from 'wxt/utils/define-content-script';
import { t } from '../../utils/i18n.ts';
import { createWhatsAppAdapter } from '../../utils/whatsapp/adapter.ts';
import { FEATURES } from './features/index.ts';
import { FeatureRegistry } from './features/registry.ts';
import { answerHealthRequests } from './health-responder.ts';
import { startTestBridge } from './test-bridge.ts';
import { registerAdapterTestCommands } from './test-commands/adapter.ts';
import { registerDataTestCommands } from './test-commands/data.ts';

export default defineContentScript({
  matches: ['*://web.whatsapp.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Nothing from here may throw into WhatsApp's page: the adapter and the registry catch and log.
    const adapter = createWhatsAppAdapter({
      signal: ctx.signal,
      onError: (where, error) => console.warn(`[zettel] ${where}:`, error),
    });
    const registry = new FeatureRegistry({ adapter, signal: ctx.signal, t });
    adapter.onHealth((report) => registry.updateHealth(report), ctx.signal);
    registry.updateHealth(adapter.health());
    registry.add(...FEATURES);
    answerHealthRequests(adapter, registry, ctx.signal);

    if (import.meta.env.MODE === 'test') {
      registerDataTestCommands();
      registerAdapterTestCommands(adapter, registry);
      startTestBridge(ctx.signal);
    }
  },
});
