/**
 * A synthetic busy inbox for the overview benchmark: 10,000 chats (customers, suppliers, site crews),
 * 100,000 marked messages with German trades snippets, flags, notes, pins and labels. Deterministic
 * (seeded) so runs compare; the vocabulary grows like a real firm's (names, streets, numbers).
 */
import type { ChatKey } from '../../utils/chat-key.ts';
import type { ChatLabelRecord, ChatRecord, FlagRecord, LabelRecord, MarkerRecord, NoteRecord, PinRecord } from '../../utils/db/records.ts';
import type { OverviewSources } from '../../utils/overview/items.ts';

const FIRST = ['Anna', 'Bernd', 'Claudia', 'Dieter', 'Elif', 'Frank', 'Gül', 'Heike', 'Ingo', 'Jana', 'Klaus', 'Lena', 'Murat', 'Nina', 'Olaf', 'Petra', 'Rüdiger', 'Sabine', 'Timo', 'Ute', 'Volker', 'Wiebke', 'Yusuf', 'Zoe'];
const LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann', 'Yılmaz', 'Kaya'];
const TRADES = ['Heizung', 'Therme', 'Brenner', 'Wärmepumpe', 'Fußbodenheizung', 'Heizkörper', 'Badsanierung', 'Dusche', 'Badewanne', 'Armatur', 'Abfluss', 'Rohrbruch', 'Wasserschaden', 'Dachrinne', 'Dachfenster', 'Ziegel', 'Dämmung', 'Fassade', 'Estrich', 'Parkett', 'Fliesen', 'Silikonfuge', 'Steckdose', 'Zählerschrank', 'Wallbox', 'Photovoltaik', 'Wechselrichter', 'Klimaanlage', 'Lüftung', 'Küchenmontage', 'Haustür', 'Rollladen', 'Markise', 'Carport', 'Terrasse', 'Pflaster', 'Treppe', 'Kamin', 'Trockenbau', 'Kellerabdichtung'];
const STREETS = ['Lindenstraße', 'Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Am Markt', 'Schulstraße', 'Birkenallee', 'Mühlenweg', 'Kirchplatz', 'Feldstraße', 'Rosenweg', 'Goethestraße'];
const SNIPPETS = [
  'Können Sie morgen wegen der {t} vorbeikommen?',
  'Die {t} tropft schon wieder, bitte dringend melden.',
  'Haben Sie das Angebot für die {t} schon fertig?',
  'Rechnung {n} ist überwiesen, bitte kurz bestätigen.',
  'Wann kommt das Material für die {t} in der {s}?',
  'Der Termin am {d}. passt uns leider nicht.',
  'Hier die Fotos von der {t}, sieht nicht gut aus.',
  'Schlüssel liegt beim Nachbarn in der {s} {h}.',
  'Bitte um Rückruf wegen {t}, Tel. 0171 {n}.',
  'Geht das mit der {t} noch vor Weihnachten?',
  'Die Kollegen von der Baustelle {s} brauchen noch Silikon und Dübel.',
  'Gutschrift {n} fehlt noch, bitte prüfen.',
];
const NOTES = [
  'Kunde zahlt immer pünktlich. Zugang über den Hof, Hund ist freundlich.',
  'Nur vormittags erreichbar. Ansprechpartner Hausverwaltung {l}.',
  'Angebot {n} für {t} offen, nachfassen in KW {d}.',
  'Rabatt 5 % vereinbart, Zahlung innerhalb 14 Tagen.',
  'Altbau, Leitungen vermutlich Blei. Vorsicht bei der {t}.',
];

/** Small seeded generator (mulberry32): the same corpus every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface OverviewCorpusSize {
  chats: number;
  markers: number;
}

export interface OverviewCorpus extends OverviewSources {
  labels: LabelRecord[];
}

export const NOW = 1_764_000_000_000;

export function overviewCorpus(size: OverviewCorpusSize = { chats: 10_000, markers: 100_000 }, seed = 42): OverviewCorpus {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const fill = (pattern: string) =>
    pattern
      .replaceAll('{t}', pick(TRADES))
      .replaceAll('{s}', pick(STREETS))
      .replaceAll('{l}', pick(LAST))
      .replaceAll('{h}', String(1 + Math.floor(next() * 120)))
      .replaceAll('{d}', String(1 + Math.floor(next() * 28)))
      .replaceAll('{n}', String(10_000 + Math.floor(next() * 90_000)));

  const labels: LabelRecord[] = ['Angebot', 'Rechnung', 'Notdienst', 'Baustelle', 'Lieferant'].map((name, order) => ({ id: `label-${order}`, name, color: '#1f7aec', order, updatedAt: NOW }));
  const chats: ChatRecord[] = [];
  const keys: ChatKey[] = [];
  for (let index = 0; index < size.chats; index += 1) {
    const key: ChatKey = `jid:49${String(1_500_000_000 + index)}@c.us`;
    keys.push(key);
    const title = index % 10 === 0 ? `Baustelle ${pick(STREETS)} ${index}` : `${pick(FIRST)} ${pick(LAST)} ${index}`;
    chats.push({ key, title, updatedAt: NOW - index });
  }
  const chatLabels: ChatLabelRecord[] = [];
  const flags: FlagRecord[] = [];
  const notes: NoteRecord[] = [];
  const pins: PinRecord[] = [];
  keys.forEach((chatKey, index) => {
    if (index % 3 === 0) chatLabels.push({ chatKey, labelId: pick(labels).id, updatedAt: NOW });
    if (index % 5 === 0) flags.push({ chatKey, waitingSince: NOW - Math.floor(next() * 14 * 86_400_000), state: index % 50 === 0 ? 'due' : 'open', updatedAt: NOW });
    if (index % 4 === 0) notes.push({ chatKey, text: fill(pick(NOTES)), updatedAt: NOW - Math.floor(next() * 86_400_000 * 30) });
    if (index < 30) pins.push({ chatKey, order: index, updatedAt: NOW });
  });
  const markers: MarkerRecord[] = [];
  for (let index = 0; index < size.markers; index += 1) {
    const createdAt = NOW - Math.floor(next() * 60 * 86_400_000);
    const resolved = next() < 0.5;
    markers.push({
      chatKey: pick(keys),
      messageId: `3EB0${index.toString(16).padStart(12, '0').toUpperCase()}`,
      color: '#f5a623',
      note: index % 7 === 0 ? fill('nachfassen wegen {t}') : '',
      snippet: fill(pick(SNIPPETS)),
      sender: `${pick(FIRST)} ${pick(LAST)}`,
      sentAt: createdAt - 60_000,
      status: resolved ? 'resolved' : 'open',
      resolvedAt: resolved ? createdAt + 3_600_000 : null,
      createdAt,
      updatedAt: createdAt,
    });
  }
  return { chats, flags, markers, notes, pins, chatLabels, labels, now: NOW, overdueAfterHours: 24 };
}
