/**
 * Turning a WhatsApp chat name into something a message can address. Chat names are whatever the
 * user saved in the phone book, or the sender's self-chosen push name ("~ Anna 🌸") — attacker-
 * controlled text. When in doubt the answer is "no first name": the picker then asks, which is
 * better than greeting "Hallo Hausverwaltung,".
 */

/** Emoji, their modifiers and joiners, and the keycap/flag building blocks. */
// An alternation, not a character class: joiners and variation selectors inside a class confuse readers and linters.
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
/**
 * Bidi overrides/isolates and zero-width characters. A contact name containing U+202E would
 * otherwise reverse the rest of the line of the message we insert it into.
 */
const INVISIBLE = /[\u{200B}-\u{200F}\u{202A}-\u{202E}\u{2060}-\u{2069}\u{FEFF}\u{00AD}]/gu;
/** Owner's notes in the contact name: "Anna Müller (Bad OG)", "Anna Müller [Kunde]". */
const BRACKETED = /\s*(?:\([^)]*\)|\[[^\]]*\])/g;
/** "Anna Müller - Bad", "Anna Müller | Dach", "Anna Müller / Rechnung": the part before is the name. */
const NOTE_SEPARATOR = /\s+[-–—|/·•]\s+/;
const PHONE_NUMBER = /^[+\d][\d\s()./-]{5,}$/;

/**
 * The chat name as a message can show it: no emoji, no push-name "~", no invisible controls, no
 * owner's notes, whitespace collapsed. '' when nothing usable is left (e.g. a phone number).
 */
export function cleanChatName(chatName: string): string {
  let name = chatName.normalize('NFC').replace(INVISIBLE, '').replace(EMOJI, ' ');
  name = name.replace(/^[\s~]+/, '');
  name = name.replace(BRACKETED, ' ');
  name = name.split(NOTE_SEPARATOR)[0] ?? '';
  name = name.replace(/\s+/g, ' ').trim();
  // Separators left at the edges once emoji are gone ("🔧 - Anna", "Anna ,") are decoration, not name.
  name = name.replace(/^[\s,;:|/·•*_–—-]+|[\s,;:|/·•*_–—-]+$/gu, '');
  if (PHONE_NUMBER.test(name)) return '';
  return name;
}

/** Words that mark a chat as a household: "Guten Tag Familie Özdemir" reads well, a first name it has not. */
const HOUSEHOLD = new Set(['familie', 'fam', 'family', 'eheleute', 'ehepaar']);

/**
 * Words that mark a chat as a household, business, group or site — not a person with a first name.
 * Compared case-insensitively against whole words (a trailing "." ignored).
 */
const NOT_A_PERSON = new Set(
  [
    // households
    'familie', 'fam', 'family', 'eheleute', 'ehepaar',
    // legal forms
    'gmbh', 'mbh', 'ag', 'kg', 'ohg', 'ug', 'gbr', 'ek', 'e.k', 'ev', 'e.v', 'kgaa', 'se', 'co', 'ltd', 'inc', 'llc', 'plc', 'gmbh&co',
    // kinds of organisations a trades firm writes to
    'hausverwaltung', 'verwaltung', 'immobilien', 'wohnungsbau', 'wohnbau', 'genossenschaft', 'baugenossenschaft', 'firma',
    'büro', 'buero', 'kanzlei', 'praxis', 'architekten', 'architekt', 'architektur', 'ingenieurbüro', 'planungsbüro',
    'bau', 'bauunternehmen', 'baustelle', 'baustoffe', 'baustoffhandel', 'handel', 'großhandel', 'sanitär', 'heizung',
    'elektro', 'elektrik', 'malerbetrieb', 'dachdeckerei', 'schreinerei', 'tischlerei', 'werkstatt', 'service',
    'kundendienst', 'notdienst', 'team', 'gruppe', 'group', 'crew', 'kolonne', 'office', 'company', 'management',
    'property', 'properties', 'services', 'schule', 'kita', 'kindergarten', 'gemeinde', 'stadt', 'verein', 'hotel',
    'restaurant', 'apotheke', 'zentrale', 'info', 'support', 'lieferant', 'spedition', 'versicherung',
  ],
);
/** Salutations: "Herr Müller" names the surname; we do not know a first name. */
const SALUTATIONS = new Set(['herr', 'hr', 'frau', 'fr', 'mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'sir', 'dame']);
/** Titles in front of a full name: "Dr. Anna Müller" still has the first name Anna. */
const TITLES = new Set(['dr', 'prof', 'dipl', 'dipl.-ing', 'ing', 'mag', 'med', 'rer', 'nat', 'phil', 'jur']);

/** A plausible given name: letters with inner hyphens/apostrophes, not an initial, not all digits. */
const GIVEN_NAME = /^\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*$/u;

function wordKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** "anna" and "ANNA" become "Anna"; "McKenzie" and "Anna-Lena" stay as typed. */
function tidyCase(word: string): string {
  const lower = word.toLocaleLowerCase('de');
  if (word !== lower && word !== word.toLocaleUpperCase('de')) return word;
  if (word.length < 2) return word;
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_match, separator: string, letter: string) => separator + letter.toLocaleUpperCase('de'));
}

/**
 * The first name of a person's chat name, or undefined when the name does not clearly belong to one
 * person ("Familie Özdemir", "Hausverwaltung Krause GmbH", "Anna & Tom", "Herr Müller", a number).
 */
export function deriveFirstName(chatName: string): string | undefined {
  const name = cleanChatName(chatName);
  if (!name) return undefined;
  // Two people ("Anna & Tom", "Anna und Tom Weber", "Anna + Tom") — greeting one of them is wrong.
  if (/[&+]|(?:^|\s)(?:und|and|u\.)\s/iu.test(name)) return undefined;

  // "Müller, Anna" is the phone-book order of surname first.
  let words: string[];
  const comma = name.split(/\s*,\s*/);
  if (comma.length === 2 && comma[0] && comma[1]) words = [...comma[1].split(' '), ...comma[0].split(' ')];
  else if (comma.length > 2) return undefined;
  else words = name.split(' ');

  if (words.some((word) => NOT_A_PERSON.has(wordKey(word)) || /\d/.test(word))) return undefined;
  if (words.length > 0 && SALUTATIONS.has(wordKey(words[0] as string))) return undefined;
  const titled = words.length > 0 && TITLES.has(wordKey(words[0] as string));
  while (words.length > 1 && TITLES.has(wordKey(words[0] as string))) words = words.slice(1);
  // "Dr. Müller" is a surname behind a title; only "Dr. Anna Müller" shows a first name.
  if (titled && words.length < 2) return undefined;
  // More than four words is a description ("Anna vom Bäcker an der Ecke"), not a name.
  if (words.length === 0 || words.length > 4) return undefined;

  const first = words[0] as string;
  if (!GIVEN_NAME.test(first) || first.length < 2) return undefined;
  return tidyCase(first);
}

/**
 * Whom a chat name addresses, for the salutation line of a template (render.ts): a person ("Anna
 * Müller", "Herr Müller"), a household ("Familie Özdemir"), an organisation ("Fliesen Krüger GmbH",
 * a group) or nobody known (a phone number, only emoji). Only persons and households read naturally
 * after "Guten Tag".
 */
export type AddresseeKind = 'person' | 'household' | 'organisation' | 'unknown';

export function addresseeKind(chatName: string | undefined, isGroup = false): AddresseeKind {
  if (isGroup) return 'organisation';
  const name = chatName === undefined ? '' : cleanChatName(chatName);
  if (!name) return 'unknown';
  const words = name.split(/[\s,]+/).map(wordKey);
  if (words.some((word) => HOUSEHOLD.has(word))) return 'household';
  if (words.some((word) => NOT_A_PERSON.has(word))) return 'organisation';
  return 'person';
}
