/**
 * What every feature that shows chat marks (flags, labels, pins, markers) starts with: the data
 * client, the live chat-marks store, the shared style in WhatsApp's theme and the chat-identity sync.
 * The store and the sync are shared while used, so four features still run each once.
 */
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import type { DataClient } from '../../../../utils/messaging/client.ts';
import type { FeatureContext } from '../registry.ts';
import { syncChatIdentity } from './identity-sync.ts';
import { useChatMarks } from './live-data.ts';
import { applyTheme, ensureChatMarksStyle } from './styles.ts';

export interface ChatMarksSetup {
  client: DataClient;
  /** Logs a failed background request as a warning (the feature keeps running). */
  report: (error: unknown) => void;
  store: ReturnType<typeof useChatMarks>;
}

export function startChatMarks(ctx: FeatureContext): ChatMarksSetup {
  const client = getDataClient();
  const report = (error: unknown) => ctx.log.warn(error);
  const store = useChatMarks(ctx.signal, report);
  ensureChatMarksStyle();
  applyTheme(ctx.adapter.theme());
  syncChatIdentity(ctx.adapter, client, ctx.signal, report);
  return { client, report, store };
}
