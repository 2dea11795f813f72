/**
 * Test-build-only commands for per-message markers (docs/markers.md):
 * - `markers.jump` {chatKey, messageId, title?, maxMessages?} → the jump's result:
 *   `{ status, loaded, pages, progress: number of progress reports, inView, highlighted }`
 * - `markers.cancelJump` → cancels the running jump (as its cancel button does)
 */
import type { ChatKey } from '../../../utils/chat-key.ts';
import { t } from '../../../utils/i18n.ts';
import type { WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import { cancelJump, HIGHLIGHT_ATTRIBUTE, jumpToMessage } from '../features/markers/jump.ts';
import { registerTestCommand } from '../test-bridge.ts';

export function registerMarkerTestCommands(adapter: WhatsAppAdapter): void {
  registerTestCommand('markers.jump', async (args) => {
    const { chatKey, messageId, title, maxMessages } = (args ?? {}) as { chatKey: ChatKey; messageId: string; title?: string; maxMessages?: number };
    let progress = 0;
    const result = await jumpToMessage({ adapter, t }, chatKey, messageId, {
      title: title ?? null,
      onProgress: () => (progress += 1),
      ...(maxMessages ? { maxMessages } : {}),
    });
    const element = result.element;
    let inView = false;
    if (element) {
      const box = element.getBoundingClientRect();
      const area = (adapter.part('messages') ?? document.documentElement).getBoundingClientRect();
      inView = box.bottom > area.top && box.top < area.bottom;
    }
    return { status: result.status, loaded: result.loaded, pages: result.pages, progress, inView, highlighted: element?.hasAttribute(HIGHLIGHT_ATTRIBUTE) ?? false };
  });
  registerTestCommand('markers.cancelJump', () => {
    cancelJump();
    return true;
  });
}
