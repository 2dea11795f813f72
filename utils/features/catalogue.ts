/**
 * The features as the user sees them (options › Funktionen): id, the WhatsApp parts each needs, and its
 * name and one-line description (_locales keys). The same ids and needs as the content script's FEATURES
 * (entrypoints/whatsapp.content/features/index.ts); a unit test keeps both in step. A list of its own so
 * the options page does not bundle the content script's code.
 */
import type { WhatsAppPart } from '../whatsapp/parts.ts';

export interface FeatureInfo {
  id: string;
  needs: readonly WhatsAppPart[];
  /** _locales keys of its user-facing name and one-line description. */
  nameKey: string;
  descriptionKey: string;
}

export const FEATURE_CATALOGUE: readonly FeatureInfo[] = [
  { id: 'flags', needs: ['chat-rows'], nameKey: 'feature_flags_name', descriptionKey: 'feature_flags_description' },
  { id: 'labels', needs: ['chat-rows'], nameKey: 'feature_labels_name', descriptionKey: 'feature_labels_description' },
  { id: 'reminders', needs: ['conversation-header'], nameKey: 'feature_reminders_name', descriptionKey: 'feature_reminders_description' },
  { id: 'page-commands', needs: [], nameKey: 'feature_page_commands_name', descriptionKey: 'feature_page_commands_description' },
  { id: 'pins', needs: ['chat-list'], nameKey: 'feature_pins_name', descriptionKey: 'feature_pins_description' },
  { id: 'hours-status', needs: ['chat-list'], nameKey: 'feature_hours_status_name', descriptionKey: 'feature_hours_status_description' },
  { id: 'away-reply', needs: ['messages', 'compose-box'], nameKey: 'feature_away_reply_name', descriptionKey: 'feature_away_reply_description' },
  { id: 'templates', needs: ['compose-box'], nameKey: 'feature_templates_name', descriptionKey: 'feature_templates_description' },
  { id: 'markers', needs: ['messages'], nameKey: 'feature_markers_name', descriptionKey: 'feature_markers_description' },
  { id: 'notes', needs: ['conversation-header'], nameKey: 'feature_notes_name', descriptionKey: 'feature_notes_description' },
  { id: 'overview', needs: ['chat-list'], nameKey: 'feature_overview_name', descriptionKey: 'feature_overview_description' },
  { id: 'storage-alert', needs: [], nameKey: 'feature_storage_alert_name', descriptionKey: 'feature_storage_alert_description' },
];

