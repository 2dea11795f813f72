/**
 * The features as the user sees them (options › Funktionen): id, the WhatsApp parts each needs, and its
 * name and one-line description in _locales. The same ids and needs as the content script's FEATURES
 * (entrypoints/whatsapp.content/features/index.ts); a unit test keeps both in step. A list of its own so
 * the options page does not bundle the content script's code.
 */
import type { WhatsAppPart } from '../whatsapp/parts.ts';

export interface FeatureInfo {
  id: string;
  needs: readonly WhatsAppPart[];
}

export const FEATURE_CATALOGUE: readonly FeatureInfo[] = [
  { id: 'flags', needs: ['chat-rows'] },
  { id: 'labels', needs: ['chat-rows'] },
  { id: 'reminders', needs: ['conversation-header'] },
  { id: 'page-commands', needs: [] },
  { id: 'pins', needs: ['chat-list'] },
  { id: 'hours-status', needs: ['chat-list'] },
  { id: 'away-reply', needs: ['messages', 'compose-box'] },
  { id: 'templates', needs: ['compose-box'] },
  { id: 'markers', needs: ['messages'] },
  { id: 'notes', needs: ['conversation-header'] },
  { id: 'overview', needs: ['chat-list'] },
  { id: 'storage-alert', needs: [] },
];

/** _locales keys of a feature's name and description: `feature_<id>_name`, `feature_<id>_description`. */
export function featureMessageKeys(id: string): { name: string; description: string } {
  const stem = `feature_${id.replace(/-/g, '_')}`;
  return { name: `${stem}_name`, description: `${stem}_description` };
}
