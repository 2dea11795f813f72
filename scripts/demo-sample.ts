/**
 * Zettel's sample data for the demo and README screenshots: a morning in the electrician's office of
 * the stage's sample business. It is written as a backup file and imported through the options page,
 * exactly as a user restores a backup, so the demo needs no test hooks in the store build.
 * Chats are keyed by their titles (as Zettel keys a chat it has not opened yet, DESIGN §3).
 */
import { BACKUP_FORMAT, type BackupFile } from '../utils/db/backup/format.ts';
import { CURRENT_SCHEMA_VERSION } from '../utils/db/schema.ts';
import { DEFAULT_LABELS } from '../utils/labels/palette.ts';
import { defaultTemplates } from '../utils/templates/pack.ts';
import { templateToStored } from '../utils/templates/stored.ts';

const HOUR = 3_600_000;

const LABEL_NAMES: Record<'de' | 'en', Record<string, string>> = {
  de: {
    'default-new-order': 'Neuer Auftrag',
    'default-payment-pending': 'Zahlung offen',
    'default-paid': 'Bezahlt',
    'default-order-complete': 'Auftrag erledigt',
    'default-quote': 'Angebot',
    'default-appointment': 'Termin',
    'default-supplier': 'Lieferant',
    'default-site': 'Baustelle',
  },
  en: {
    'default-new-order': 'New order',
    'default-payment-pending': 'Payment pending',
    'default-paid': 'Paid',
    'default-order-complete': 'Order complete',
    'default-quote': 'Quote',
    'default-appointment': 'Appointment',
    'default-supplier': 'Supplier',
    'default-site': 'Site',
  },
};

export function demoBackup(lang: 'de' | 'en', now = Date.now()): BackupFile {
  // Older than any label the install creates, so the user's own label names win on merge.
  const long_ago = now - 400 * 24 * HOUR;
  const chat = (title: string) => `title:${title}` as const;
  const flagged: Array<[string, number]> = [
    ['Familie Özdemir', 3 * HOUR],
    ['Hausverwaltung Krause', 50 * HOUR],
    ['Team Montag', 0.5 * HOUR],
  ];
  const labelled: Array<[string, string]> = [
    ['Familie Özdemir', 'default-appointment'],
    ['Hausverwaltung Krause', 'default-quote'],
    ['Hausverwaltung Krause', 'default-payment-pending'],
    ['Elektrogroßhandel Becker', 'default-supplier'],
    ['Baustelle Lindenstraße 12', 'default-site'],
    ['Peter Schulz', 'default-paid'],
  ];
  return {
    format: BACKUP_FORMAT,
    version: CURRENT_SCHEMA_VERSION,
    exportedAt: now,
    data: {
      chats: [],
      flags: flagged.map(([title, waited]) => ({ chatKey: chat(title), waitingSince: now - waited, state: 'open', updatedAt: now })),
      labels: DEFAULT_LABELS.map((label, order) => ({
        id: label.id,
        name: LABEL_NAMES[lang][label.id] ?? label.id,
        color: label.color,
        order,
        updatedAt: long_ago,
      })),
      chatLabels: labelled.map(([title, labelId]) => ({ chatKey: chat(title), labelId, updatedAt: now })),
      reminders: [],
      // More than WhatsApp's 3: the pins bar above the chat list.
      pins: ['Baustelle Lindenstraße 12', 'Hausverwaltung Krause', 'Elektrogroßhandel Becker', 'Familie Özdemir'].map((title, order) => ({
        chatKey: chat(title),
        order,
        updatedAt: now,
      })),
      markers: [],
      notes: [
        {
          chatKey: chat('Hausverwaltung Krause'),
          text:
            lang === 'de'
              ? 'Ansprechpartnerin Frau Krause, Schlüssel beim Hausmeister (Hr. Yilmaz). Angebot Treppenhausbeleuchtung bis Freitag.'
              : 'Contact: Ms Krause, key with the caretaker (Mr Yilmaz). Stairwell lighting quote due Friday.',
          updatedAt: now,
        },
      ],
      // The ready pack for trades, as Options › Templates adds it (formal "Sie" in German).
      templates: defaultTemplates(lang, { now: long_ago, formality: 'sie' }).map(templateToStored),
      settings: [],
      awayReplies: [],
    },
  };
}
