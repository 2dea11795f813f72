/**
 * A synthetic but realistic template collection for the benchmark: German trades messages built
 * from sentence fragments, trade nouns, customer names and numbers, so the vocabulary grows the way
 * a real firm's does (thousands of distinct words, a few very common ones like "Termin").
 * Deterministic (seeded) so runs compare.
 */
import type { Template } from '../../utils/templates/model.ts';

const OPENINGS = ['Guten Tag {Name},', 'Hallo {Vorname},', 'Moin {Vorname},', 'Sehr geehrte Damen und Herren,', 'Hallo zusammen,', 'Servus {Vorname},'];
const SENTENCES = [
  'wir bestätigen Ihren Termin am {Termin}.',
  'leider müssen wir den Termin verschieben, neuer Vorschlag: {Neuer Termin}.',
  'das Angebot für {Gewerk} schicken wir Ihnen bis {Datum} per E-Mail.',
  'ich bin jetzt unterwegs und voraussichtlich gegen {Ankunft} bei Ihnen.',
  'bitte schicken Sie uns ein paar Fotos von {Bauteil}, dann können wir besser planen.',
  'das Material für {Gewerk} ist bestellt und kommt voraussichtlich in KW {Kalenderwoche}.',
  'die Rechnung {Rechnungsnummer} über {Betrag} haben wir heute verschickt.',
  'kurze freundliche Erinnerung: die Rechnung {Rechnungsnummer} ist noch offen.',
  'unser Büro ist bis {Zurück am} geschlossen, in dringenden Fällen erreichen Sie den Notdienst.',
  'vielen Dank für Ihren Auftrag, wir freuen uns auf die Zusammenarbeit.',
  'der Monteur bringt die Ersatzteile mit und prüft gleich die Anlage.',
  'bitte sorgen Sie dafür, dass der Zugang zum Keller frei ist.',
  'wir brauchen noch die Maße vom Fenster und die Farbe der Fliesen.',
  'die Abnahme machen wir am liebsten gemeinsam vor Ort.',
  'das Gerüst wird am Montag gestellt und am Freitag wieder abgebaut.',
  'falls der Termin nicht passt, melden Sie sich einfach kurz.',
  'der Estrich muss noch trocknen, danach geht es mit dem Boden weiter.',
  'wir haben die Leitung geprüft, der Fehler lag an der Sicherung.',
];
const NOUNS = [
  'Heizung', 'Therme', 'Brenner', 'Kessel', 'Wärmepumpe', 'Fußbodenheizung', 'Heizkörper', 'Thermostat', 'Badsanierung', 'Dusche',
  'Badewanne', 'Waschtisch', 'Armatur', 'Spülkasten', 'Abfluss', 'Rohrbruch', 'Wasserschaden', 'Dachrinne', 'Fallrohr', 'Dachfenster',
  'Ziegel', 'Gaube', 'Dämmung', 'Fassade', 'Putz', 'Estrich', 'Parkett', 'Laminat', 'Fliesen', 'Silikonfuge', 'Steckdose', 'Unterverteilung',
  'Zählerschrank', 'Wallbox', 'Photovoltaik', 'Wechselrichter', 'Speicher', 'Klimaanlage', 'Lüftung', 'Dunstabzug', 'Küchenmontage',
  'Arbeitsplatte', 'Haustür', 'Rollladen', 'Markise', 'Wintergarten', 'Carport', 'Terrasse', 'Pflaster', 'Zaun', 'Treppe', 'Geländer',
  'Kamin', 'Schornstein', 'Ofen', 'Tapete', 'Anstrich', 'Lackierung', 'Trockenbau', 'Dachboden', 'Kellerabdichtung', 'Drainage',
];
const STREETS = ['Lindenstraße', 'Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Am Markt', 'Schulstraße', 'Birkenallee', 'Mühlenweg', 'Kirchplatz', 'Feldstraße'];
const TAGS = ['termin', 'angebot', 'rechnung', 'material', 'baustelle', 'kunde', 'team', 'notdienst', 'mahnung', 'fotos', 'urlaub', 'wartung'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function templateCorpus(count: number, seed = 7): Template[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const templates: Template[] = [];
  for (let index = 0; index < count; index += 1) {
    const noun = pick(NOUNS);
    const street = pick(STREETS);
    // Rare, made-up words (customer names, article numbers) grow the vocabulary like real data.
    const rare = `Kunde${Math.floor(next() * count * 2)} Art-${Math.floor(next() * 100000)}`;
    const sentences = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(SENTENCES)).join(' ');
    const body = `${pick(OPENINGS)}\n\n${sentences} Betrifft: ${noun}, ${street} ${1 + Math.floor(next() * 120)} (${rare}).\n\nViele Grüße\n{Firma}`;
    const stamp = 1_764_000_000_000 + Math.floor(next() * 30 * 86_400_000);
    templates.push({
      id: `bench-${index}`,
      title: `${noun} ${street} ${pick(['Termin', 'Angebot', 'Rechnung', 'Material', 'Rückfrage', 'Info'])} ${index}`,
      body,
      tags: [pick(TAGS), pick(TAGS)],
      shortcut: `k${index}`,
      language: 'de',
      usageCount: Math.floor(next() * 50),
      lastUsedAt: next() < 0.5 ? stamp : undefined,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return templates;
}
