/**
 * Popup › Away replies: whether the automatic away reply is on, and the log of the replies it sent
 * (chat, time; "unconfirmed" when Zettel pressed send but never saw the message), newest first; shown
 * while it is on or has sent replies. Reads the database directly
 * (same extension origin), live.
 * UI contract: data-zettel="away-replies" (data-state on|off), items data-zettel="away-reply-entry"
 * (data-state sent|pending|failed).
 */
import { format } from 'date-fns';
import { de as dateFnsDe, enGB as dateFnsEn } from 'date-fns/locale';
import { useLiveQuery } from 'dexie-react-hooks';
import { jidOf, type ChatKey } from '../../utils/chat-key.ts';
import { openZettelDatabase } from '../../utils/db/database.ts';
import { listAwayReplies } from '../../utils/db/repositories/away-replies.ts';
import { listChats } from '../../utils/db/repositories/chats.ts';
import { getSettings } from '../../utils/db/repositories/settings.ts';
import { t, uiLanguage } from '../../utils/i18n.ts';

const SHOWN = 20;

function chatName(key: ChatKey, titles: ReadonlyMap<string, string>): string {
  const title = titles.get(key);
  if (title) return title;
  return jidOf(key)?.replace(/@.*$/, '') ?? key.replace(/^title:/, '');
}

export function AwayReplies() {
  const db = openZettelDatabase();
  const data = useLiveQuery(async () => {
    const [settings, replies, chats] = await Promise.all([getSettings(db), listAwayReplies(db, {}), listChats(db)]);
    return { auto: settings['away.autoReply'], replies, titles: new Map(chats.flatMap((chat) => (chat.title ? [[chat.key, chat.title] as const] : []))) };
  }, [db]);
  if (!data) return null;
  const locale = uiLanguage() === 'de' ? dateFnsDe : dateFnsEn;
  const on = data.auto.enabled;
  // Off and nothing sent: the quick settings' away line says all there is (no second card for it).
  if (!on && data.replies.length === 0) return null;
  return (
    <section className="card" data-zettel="away-replies" data-state={on ? 'on' : 'off'}>
      <h2>{t('away_popup_title')}</h2>
      <p style={{ margin: '0 0 6px' }}>{on ? t('away_popup_on').replace('{max}', String(data.auto.maxPerHour)) : t('away_popup_off')}</p>
      {data.replies.length === 0 ? (
        <p style={{ margin: 0, color: 'var(--muted)' }}>{t('away_popup_none')}</p>
      ) : (
        <ul aria-label={t('away_popup_logLabel')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 2 }}>
          {data.replies.slice(0, SHOWN).map((reply) => (
            <li key={reply.id} data-zettel="away-reply-entry" data-state={reply.status ?? 'sent'} style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {chatName(reply.chatKey, data.titles)}
                {reply.status === 'pending' || reply.status === 'failed' ? <span style={{ color: 'var(--muted)' }}> · {t('away_popup_unconfirmed')}</span> : null}
              </span>
              <time dateTime={new Date(reply.sentAt).toISOString()} style={{ color: 'var(--muted)', fontVariantNumeric: 'tabular-nums' }}>
                {format(reply.sentAt, 'EEE d. MMM HH:mm', { locale })}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
