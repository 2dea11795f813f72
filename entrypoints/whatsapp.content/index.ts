import { defineContentScript } from 'wxt/utils/define-content-script';
import { initI18n, onLanguageChange, t } from '../../utils/i18n.ts';
import { createWhatsAppAdapter } from '../../utils/whatsapp/adapter.ts';
import { getDataClient } from '../../utils/messaging/content-client.ts';
import { followFeatureSwitch } from './feature-switch.ts';
import { FEATURES } from './features/index.ts';
import { FeatureRegistry } from './features/registry.ts';
import { answerHealthRequests } from './health-responder.ts';
import { startTestBridge } from './test-bridge.ts';
import { registerAdapterTestCommands } from './test-commands/adapter.ts';
import { registerDataTestCommands } from './test-commands/data.ts';
import { registerHoursTestCommands } from './test-commands/hours.ts';
import { registerMarkerTestCommands } from './test-commands/markers.ts';
import { registerPageCommandTestCommands } from './test-commands/page-commands.ts';

export default defineContentScript({
  matches: ['*://web.whatsapp.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // The user's language choice is loaded before any UI is built: t() stays synchronous.
    await initI18n({ viaBackground: true });
    // Nothing from here may throw into WhatsApp's page: the adapter and the registry catch and log.
    const adapter = createWhatsAppAdapter({
      signal: ctx.signal,
      onError: (where, error) => console.warn(`[zettel] ${where}:`, error),
    });
    const registry = new FeatureRegistry({ adapter, signal: ctx.signal, t });
    adapter.onHealth((report) => registry.updateHealth(report), ctx.signal);
    registry.updateHealth(adapter.health());
    // The user's switch first: a feature switched off in options never starts.
    await followFeatureSwitch(getDataClient(), registry, ctx.signal);
    registry.add(...FEATURES);
    answerHealthRequests(adapter, registry, ctx.signal);
    // A new language: every running feature rebuilds its UI with the new texts.
    onLanguageChange(() => registry.restartRunning(), ctx.signal, { viaBackground: true });

    if (import.meta.env.MODE === 'test') {
      registerDataTestCommands();
      registerHoursTestCommands();
      registerPageCommandTestCommands();
      registerAdapterTestCommands(adapter, registry);
      registerMarkerTestCommands(adapter);
      startTestBridge(ctx.signal);
    }
  },
});
