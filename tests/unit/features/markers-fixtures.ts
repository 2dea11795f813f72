/** A stored marker for unit tests: defaults plus the fields a test cares about. */
import type { ChatKey } from '../../../utils/chat-key.ts';
import type { MarkerRecord } from '../../../utils/messaging/protocol.ts';

export function markerRecord(chatKey: ChatKey, messageId: string, patch: Partial<MarkerRecord> = {}): MarkerRecord {
  return { chatKey, messageId, color: '#f5a623', note: '', snippet: '', sender: '', sentAt: null, status: 'open', resolvedAt: null, createdAt: 1, updatedAt: 1, ...patch };
}
