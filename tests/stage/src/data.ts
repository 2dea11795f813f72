/**
 * Deterministic sample data of a German electrician's business. Chat metadata is generated up front
 * (fast even for 5,000 chats); a chat's message history is generated only when it is first needed,
 * and any single message can be derived on its own (the list preview needs only the last one).
 */
import { digits, hex, int, pick, rngFor, type Rng } from './rand.ts';

export type ChatKind = 'user' | 'group' | 'business';
export type MessageKind = 'text' | 'image' | 'voice' | 'document';
export type TickState = 'time' | 'check' | 'dblcheck' | 'ack';

export interface Person {
  jid: string;
  name: string;
}

export interface Chat {
  key: string;
  jid: string;
  title: string;
  kind: ChatKind;
  /** Creation order in the sample data; stable, used for per-chat random streams. */
  seq: number;
  avatar: string;
  muted: boolean;
  /** 0..2 for WhatsApp's three native pins, else null. */
  pin: number | null;
  /** Business label chip text, or null. */
  label: string | null;
  unread: number;
  lastActivity: number;
  participants: Person[];
  /** Generated history length (messages received or sent later are appended separately). */
  historyLength: number;
  big: boolean;
  about: string;
  /** Transient "typing…" state (noise option). */
  typing: boolean;
}

export interface Message {
  /** Bare message id (3EB0…, 3A…, or 32 hex). */
  id: string;
  chatKey: string;
  fromMe: boolean;
  /** Sender for incoming group messages. */
  author: Person | null;
  kind: MessageKind;
  /** Text, or caption for media ('' when none). */
  text: string;
  time: number;
  status: TickState;
  quotedId: string | null;
  fileName: string | null;
  seconds: number | null;
}

export const OWN: Person = { jid: '4915112345678@c.us', name: 'Elektro Schmidt' };

const customerTexts = [
  'Guten Tag, wann könnten Sie diese Woche vorbeikommen?',
  'Der Sicherungskasten macht seit gestern komische Geräusche.',
  'Passt, bis morgen um 8!',
  'Vielen Dank für das Angebot, wir sind einverstanden.',
  'Können Sie auch die Außenbeleuchtung anschauen?',
  'Die Rechnung ist überwiesen.',
  'Im Bad flackert das Licht immer noch 😕',
  'Ich bin ab 14 Uhr zu Hause.',
  'Schlüssel liegt beim Nachbarn, Familie Weber.',
  'Super, danke! 👍',
  'Wie hoch wären die Kosten für eine Wallbox?',
  'Kommt der Monteur heute noch?',
  'Hier ein Foto vom Zählerschrank.',
  'Der FI-Schalter fliegt immer raus, sobald die Waschmaschine läuft.',
  'Können wir den Termin auf Donnerstag verschieben?',
  'Alles wieder in Ordnung, vielen Dank!',
];
const ownTexts = [
  'Guten Tag, wir kommen morgen zwischen 8 und 10 Uhr.',
  'Das Angebot schicke ich Ihnen heute noch per Mail.',
  'Danke für die Info, wir kümmern uns darum.',
  'Der Termin ist eingetragen ✅',
  'Bitte den Zählerschrank freiräumen, danke.',
  'Das Material ist bestellt, Lieferung voraussichtlich Mittwoch.',
  'Rechnung Nr. 2026-0412 ist raus.',
  'Wir sind in ca. 20 Minuten da.',
  'Können Sie mir ein Foto schicken?',
  'Alles klar, bis dann!',
  'Die Wallbox kostet inkl. Montage ca. 1.450 € brutto.',
  'Leider verspätet sich der Kollege etwas, Entschuldigung!',
];
const crewTexts = [
  'Bin auf der Baustelle, Tür ist offen.',
  'Brauchen noch 3 Rollen NYM-J 3x1,5.',
  'Schlitze im EG sind fertig.',
  'Wer holt das Material beim Großhandel ab?',
  'Elektroverteilung im Keller gesetzt.',
  'Morgen 7 Uhr Treffpunkt Lindenstraße.',
  'Der Trockenbauer ist noch nicht fertig, wir warten.',
  'Fotos von der Unterverteilung anbei.',
  'Bohrhammer liegt im Bus.',
  'Kabel im OG gezogen, fehlt nur noch Bad.',
  'Abnahme ist am Freitag um 10.',
  'Ich mach heute um 15 Uhr Schluss, Arzttermin.',
  'Mittagspause 12:30 beim Bäcker? 🥨',
  'Zählerplatz ist gesetzt, Netzbetreiber kommt nächste Woche.',
];
const supplierTexts = [
  'Ihre Bestellung 458812 ist versandbereit.',
  'Die Hager-Verteiler sind wieder lieferbar.',
  'Lieferung kommt morgen zwischen 7 und 9 Uhr.',
  'Anbei das Angebot für 200 m NYM-J 5x2,5.',
  'Leider Lieferverzug bei den Gira-Schaltern, ca. 2 Wochen.',
  'Abholung ab 14 Uhr an Tor 3 möglich.',
  'Preisliste 2026 im Anhang.',
];
const ownSupplierTexts = [
  'Bitte 5 Rollen NYM-J 3x1,5 und 20 Abzweigdosen.',
  'Können Sie bis Donnerstag liefern?',
  'Ich hole die Ware um 15 Uhr ab.',
  'Bitte Angebot für 2 Wallboxen 11 kW.',
  'Danke, passt so.',
];
const captions = ['Zählerschrank', 'So sieht es aktuell aus', 'Unterverteilung OG', 'Lieferschein', ''];
const documents = ['Angebot_2026-031.pdf', 'Rechnung_2026-0412.pdf', 'Stromlaufplan_EG.pdf', 'Materialliste.xlsx', 'Lieferschein_458812.pdf'];

interface Seed {
  title: string;
  kind: ChatKind;
  texts: 'customer' | 'supplier' | 'crew';
  pin?: number;
  muted?: boolean;
  label?: string;
  unread?: number;
  lid?: boolean;
  big?: boolean;
  about?: string;
}

/** The named chats, most important first so that small `chats` counts still contain pins and groups. */
const core: Seed[] = [
  { title: 'Anna Müller', kind: 'user', texts: 'customer', pin: 0, unread: 2 },
  { title: 'Baustelle Lindenstraße 12', kind: 'group', texts: 'crew', pin: 1, big: true },
  { title: 'Elektrogroßhandel Becker', kind: 'business', texts: 'supplier', pin: 2, label: 'Lieferant' },
  { title: 'Familie Özdemir', kind: 'user', texts: 'customer', unread: 1 },
  { title: 'Team Montag', kind: 'group', texts: 'crew', unread: 5 },
  { title: 'Hausverwaltung Krause', kind: 'business', texts: 'customer', unread: 3 },
  { title: 'Baustoffhandel Meyer & Söhne', kind: 'business', texts: 'supplier', muted: true },
  { title: 'Peter Schulz', kind: 'user', texts: 'customer', lid: true },
  { title: 'Bäckerei Hoffmann', kind: 'business', texts: 'customer' },
  { title: 'Azubis 2026', kind: 'group', texts: 'crew', muted: true },
  { title: 'Sabine Wagner', kind: 'user', texts: 'customer' },
  { title: 'Dr. Klaus Fischer', kind: 'user', texts: 'customer', lid: true },
  { title: 'Neubau Gartenweg 3', kind: 'group', texts: 'crew' },
  { title: 'Monika Becker', kind: 'user', texts: 'customer' },
  { title: 'Stadtwerke Netzanschluss', kind: 'business', texts: 'supplier', muted: true },
  { title: 'Jürgen Weiß', kind: 'user', texts: 'customer' },
  { title: 'Kita Sonnenschein', kind: 'business', texts: 'customer' },
  { title: 'Lena Schröder', kind: 'user', texts: 'customer', lid: true },
  { title: 'Autohaus König', kind: 'business', texts: 'customer' },
  { title: 'Mehmet Yılmaz', kind: 'user', texts: 'customer' },
  { title: 'Sanierung Schulstraße', kind: 'group', texts: 'crew' },
  { title: 'Thomas Neumann', kind: 'user', texts: 'customer' },
  { title: 'Zahnarztpraxis Dr. Lange', kind: 'business', texts: 'customer' },
  { title: 'Gabriele Zimmermann', kind: 'user', texts: 'customer' },
];

const crewNames = ['Stefan Braun', 'Jonas Wolf (Azubi)', 'Mehmet Kaya', 'Lukas Hartmann', 'Tim Krüger', 'Sven Lorenz', 'Ali Demir', 'Marco Richter'];
const firstNames = ['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Felix', 'Greta', 'Hannah', 'Ida', 'Jan', 'Karin', 'Leon', 'Mia', 'Nils', 'Olga', 'Paul', 'Rita', 'Sami', 'Tanja', 'Uwe', 'Vera', 'Wolfgang', 'Yusuf', 'Zoe', 'Björn', 'Dörte', 'Jörg', 'Gülay'];
const lastNames = ['Schmitz', 'Koch', 'Bauer', 'Richter', 'Klein', 'Schäfer', 'Köhler', 'Maier', 'Lehmann', 'Krämer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Scholz', 'Möller', 'Jung', 'Hahn', 'Vogel', 'Keller', 'Günther', 'Frank', 'Berger', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Schuster'];
const companies = ['Sanitär', 'Malerbetrieb', 'Immobilien', 'Praxis', 'Café', 'Autowerkstatt', 'Tischlerei', 'Hausverwaltung', 'Kanzlei', 'Friseursalon'];
const streets = ['Hauptstraße', 'Bahnhofstraße', 'Ringstraße', 'Am Markt', 'Birkenweg', 'Mühlenweg', 'Kirchplatz', 'Parkallee'];

function userJid(rng: Rng, lid: boolean): string {
  return lid ? `${int(rng, 1, 2)}${digits(rng, 13)}@lid` : `49${pick(rng, ['151', '160', '170', '176', '172'])}${digits(rng, 7)}@c.us`;
}

function extraSeed(rng: Rng, n: number): Seed {
  const roll = rng();
  if (roll < 0.12) return { title: `Baustelle ${pick(rng, streets)} ${int(rng, 1, 120)}`, kind: 'group', texts: 'crew', muted: rng() < 0.2 };
  if (roll < 0.3) return { title: `${pick(rng, companies)} ${pick(rng, lastNames)}`, kind: 'business', texts: rng() < 0.7 ? 'customer' : 'supplier' };
  // A numeric suffix keeps titles unique enough for title-based identity in large lists.
  const name = `${pick(rng, firstNames)} ${pick(rng, lastNames)}`;
  return { title: n % 7 === 0 ? `${name} ${Math.floor(n / 7)}` : name, kind: 'user', texts: 'customer', lid: rng() < 0.2, muted: rng() < 0.05 };
}

export interface SampleData {
  chats: Chat[];
  bigChatKey: string;
  now: number;
}

export function generateChats(count: number, seed: number, bigChatMessages: number, now: number): SampleData {
  const chats: Chat[] = [];
  const rng = rngFor('chats', seed);
  // The newest chat is always from today, even just after midnight.
  const midnight = new Date(now).setHours(0, 0, 0, 0);
  let clock = now - Math.min(int(rng, 2, 20) * 60_000, Math.floor((now - midnight) / 2));
  let bigChatKey = '';
  const seen = new Set<string>();
  for (let seq = 0; seq < count; seq++) {
    const spec = core[seq] ?? extraSeed(rng, seq);
    const own = rngFor('chat', seed, seq);
    let jid = spec.kind === 'group' ? `1203634${digits(own, 11)}@g.us` : userJid(own, spec.lid ?? false);
    while (seen.has(jid)) jid = jid.replace(/^\d/, String(int(own, 1, 9)));
    seen.add(jid);
    const participants: Person[] =
      spec.kind === 'group'
        ? crewNames.slice(0, int(own, 3, 6)).map((name, i) => ({
            name: i === 4 ? `~ ${name.split(' ')[0] ?? name}` : name,
            jid: userJid(own, i % 2 === 1),
          }))
        : [];
    const historyLength = spec.big ? bigChatMessages : int(own, seq < core.length ? 25 : 6, seq < core.length ? 80 : 30);
    const chat: Chat = {
      key: jid,
      jid,
      title: spec.title,
      kind: spec.kind,
      seq,
      avatar: `a${hex(own, 10)}`,
      muted: spec.muted ?? false,
      pin: spec.pin ?? null,
      label: spec.label ?? null,
      unread: Math.min(spec.unread ?? 0, historyLength),
      lastActivity: clock,
      participants,
      historyLength,
      big: spec.big ?? false,
      typing: false,
      about: spec.kind === 'group' ? '' : spec.kind === 'business' ? 'Geschäftskonto' : 'Hey there! I am using WhatsApp.',
    };
    if (chat.big) bigChatKey = chat.key;
    chats.push(chat);
    // Core chats are hours apart (today, yesterday, last week); extras spread over two years.
    clock -= seq < core.length ? int(rng, 20, 600) * 60_000 : int(rng, 30, 400) * 60_000;
  }
  return { chats, bigChatKey: bigChatKey || (chats[0]?.key ?? ''), now };
}

function textPool(chat: Chat, fromMe: boolean): readonly string[] {
  if (chat.kind === 'group') return crewTexts;
  const supplier = chat.title.includes('handel') || chat.title.includes('Stadtwerke');
  if (supplier) return fromMe ? ownSupplierTexts : supplierTexts;
  return fromMe ? ownTexts : customerTexts;
}

function messageId(rng: Rng, fromMe: boolean): string {
  if (fromMe) return `3EB0${hex(rng, 18)}`;
  const roll = rng();
  if (roll < 0.4) return `3A${hex(rng, 18)}`;
  if (roll < 0.75) return hex(rng, 32);
  return `3EB0${hex(rng, 18)}`;
}

/** The i-th generated message of a chat, derivable on its own. */
export function messageAt(chat: Chat, seed: number, i: number): Message {
  const rng = rngFor('msg', seed, chat.seq, i);
  const n = chat.historyLength;
  const span = chat.big ? 200 * 86_400_000 : Math.min(40 * 86_400_000, Math.max(2 * 86_400_000, n * 10 * 3_600_000));
  const gap = span / n;
  const fromBack = n - 1 - i;
  const time = Math.round(chat.lastActivity - fromBack * gap - (fromBack === 0 ? 0 : rng() * gap * 0.8));
  // The unread tail is incoming by construction; the newest message of a read chat is often our answer.
  const unreadTail = fromBack < chat.unread;
  const fromMe = unreadTail ? false : rng() < (chat.kind === 'group' ? 0.25 : 0.45);
  const author = !fromMe && chat.kind === 'group' ? pick(rng, chat.participants) : null;
  const roll = rng();
  const kind: MessageKind = roll < 0.07 ? 'image' : roll < 0.1 ? 'voice' : roll < 0.12 ? 'document' : 'text';
  const text = kind === 'text' ? pick(rng, textPool(chat, fromMe)) : kind === 'image' ? pick(rng, captions) : '';
  const quotedIndex = i > 3 && kind === 'text' && rng() < 0.06 ? i - int(rng, 1, 3) : -1;
  return {
    id: messageId(rng, fromMe),
    chatKey: chat.key,
    fromMe,
    author,
    kind,
    text,
    time,
    status: fromMe ? (fromBack < 2 ? 'dblcheck' : 'ack') : 'ack',
    quotedId: quotedIndex >= 0 ? messageAt(chat, seed, quotedIndex).id : null,
    fileName: kind === 'document' ? pick(rng, documents) : null,
    seconds: kind === 'voice' ? int(rng, 3, 95) : null,
  };
}

/** Random stream for messages that arrive or are sent while the page runs. */
export function freshId(fromMe: boolean): string {
  const rng = rngFor('fresh', Math.random());
  return messageId(rng, fromMe);
}
