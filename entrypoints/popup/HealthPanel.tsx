import type { HealthReport, IdentityStrategy, PartState, WhatsAppPart } from '../../utils/whatsapp/health.ts';
import { t } from '../../utils/i18n.ts';

export const PART_LABEL_KEYS: Record<WhatsAppPart, string> = {
  'app-shell': 'part_appShell',
  'chat-list': 'part_chatList',
  'chat-rows': 'part_chatRows',
  'conversation-header': 'part_conversationHeader',
  messages: 'part_messages',
  'compose-box': 'part_composeBox',
  'send-button': 'part_sendButton',
};

const STATE_LABEL_KEYS: Record<PartState, string> = {
  ok: 'health_ok',
  missing: 'health_missing',
  idle: 'health_idle',
};

const IDENTITY_LABEL_KEYS: Record<IdentityStrategy, string> = {
  'data-id-jid': 'identity_dataIdJid',
  title: 'identity_title',
};

/** What stops working while a part is missing, in plain words (one hint per missing part). */
const PART_HINT_KEYS: Record<WhatsAppPart, string> = {
  'app-shell': 'popup_hint_appShell',
  'chat-list': 'popup_hint_chatList',
  'chat-rows': 'popup_hint_chatRows',
  'conversation-header': 'popup_hint_conversationHeader',
  messages: 'popup_hint_messages',
  'compose-box': 'popup_hint_composeBox',
  'send-button': 'popup_hint_sendButton',
};

const STATE_SYMBOL: Record<PartState, string> = { ok: '✓', missing: '✕', idle: '…' };

/** Which parts of WhatsApp Web Zettel recognises right now (DESIGN §3 health, §4 UI contract). */
export function HealthPanel({ report }: { report: HealthReport }) {
  const missing = report.parts.filter((part) => part.state === 'missing');
  return (
    <section data-zettel="health" aria-labelledby="health-title" className="card">
      <h2 id="health-title">{t('health_title')}</h2>
      <ul className="health-list">
        {report.parts.map(({ part, state, via }) => (
          <li key={part} data-part={part} data-state={state} title={via ?? ''}>
            <span className={`health-dot health-${state}`} aria-hidden="true">
              {STATE_SYMBOL[state]}
            </span>
            <span className="health-name">{t(PART_LABEL_KEYS[part])}</span>
            <span className="health-state">{t(STATE_LABEL_KEYS[state])}</span>
          </li>
        ))}
      </ul>
      {report.identity && (
        <p className="muted" data-zettel="identity-strategy" data-strategy={report.identity}>
          {t('health_identity', t(IDENTITY_LABEL_KEYS[report.identity]))}
        </p>
      )}
      {missing.length > 0 && (
        <div className="hint" role="status" data-zettel="health-hint">
          <p>{t('health_changedHint')}</p>
          <ul className="health-hints">
            {missing.map(({ part }) => (
              <li key={part} data-zettel="health-part-hint" data-hint-for={part}>
                {t(PART_HINT_KEYS[part])}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
