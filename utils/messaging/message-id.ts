/**
 * Markers are keyed by chat + message id. Older WhatsApp builds write the full
 * `true|false_<chat jid>_<id>[_<participant>]` into `data-id`; 2026 builds write only the bare `<id>`.
 * Both normalise to the bare id so a marker set on one build is found on the other.
 */
const FULL_FORM = /^(?:true|false)_[^_]+@[^_]+_([^_]+)(?:_.+)?$/;

export function normaliseMessageId(dataId: string): string {
  const trimmed = dataId.trim();
  const full = FULL_FORM.exec(trimmed);
  return full ? full[1]! : trimmed;
}
