/**
 * The German starter pack. Written as a Meister writes on WhatsApp: short, friendly, to the point.
 * Every customer message exists as "Sie" (signed with {Firma}) and as "du" (signed personally —
 * many trades firms are on first-name terms with regular customers); two crew messages exist only
 * as "du", because nobody addresses their own crew with "Sie".
 *
 * Custom fields used (the picker asks for them): Termin, Neuer Termin, Ankunft, Auftragsnummer,
 * Rechnungsnummer, Betrag, Abwesend bis, Notdienst, Treffpunkt, Baustelle. Keep PACK_CUSTOM_FIELDS_DE
 * in step.
 */
import type { PackEntry } from './pack-entry.ts';

export const PACK_CUSTOM_FIELDS_DE = [
  'Termin',
  'Neuer Termin',
  'Ankunft',
  'Auftragsnummer',
  'Rechnungsnummer',
  'Betrag',
  'Abwesend bis',
  'Notdienst',
  'Treffpunkt',
  'Baustelle',
] as const;

const SIE_SIGNATURE = '\n\nViele Grüße\n{Firma}';
const DU_SIGNATURE = '\n\nViele Grüße';

const customerMessages: { key: string; tags: string[]; shortcut: string; sie: { title: string; body: string }; du: { title: string; body: string } }[] = [
  {
    key: 'appointment-confirmed',
    tags: ['Termin'],
    shortcut: 'termin',
    sie: {
      title: 'Termin bestätigt',
      body: 'Guten Tag {Name},\n\nhiermit bestätigen wir Ihren Termin am {Termin}. Bitte sorgen Sie dafür, dass wir gut an die Arbeitsstelle herankommen.' + SIE_SIGNATURE,
    },
    du: {
      title: 'Termin bestätigt (du)',
      body: 'Hallo {Vorname},\n\ndein Termin am {Termin} steht – wir sind pünktlich da. Sag Bescheid, falls etwas dazwischenkommt.' + DU_SIGNATURE,
    },
  },
  {
    key: 'appointment-reminder',
    tags: ['Termin', 'Erinnerung'],
    shortcut: 'morgen',
    sie: {
      title: 'Erinnerung: Termin morgen',
      body: 'Guten Tag {Name},\n\nkurze Erinnerung: Wir kommen wie vereinbart morgen, am {Morgen}, gegen {Ankunft} Uhr zu Ihnen.' + SIE_SIGNATURE,
    },
    du: {
      title: 'Erinnerung: Termin morgen (du)',
      body: 'Hallo {Vorname},\n\nnur zur Erinnerung: Wir kommen morgen ({Morgen}) gegen {Ankunft} Uhr vorbei.' + DU_SIGNATURE,
    },
  },
  {
    key: 'appointment-moved',
    tags: ['Termin'],
    shortcut: 'verschieben',
    sie: {
      title: 'Termin verschoben',
      body: 'Guten Tag {Name},\n\nleider müssen wir Ihren Termin verschieben – das tut uns leid. Unser Vorschlag: {Neuer Termin}. Passt Ihnen das? Sonst finden wir gern einen anderen Tag.' + SIE_SIGNATURE,
    },
    du: {
      title: 'Termin verschoben (du)',
      body: 'Hallo {Vorname},\n\nwir müssen deinen Termin leider verschieben, sorry! Wie wäre {Neuer Termin}? Sonst finden wir einen anderen Tag.' + DU_SIGNATURE,
    },
  },
  {
    key: 'quote-follows',
    tags: ['Angebot'],
    shortcut: 'angebot',
    sie: {
      title: 'Angebot folgt',
      body: 'Guten Tag {Name},\n\nvielen Dank für Ihre Anfrage. Wir rechnen alles durch und schicken Ihnen das Angebot in den nächsten Tagen per E-Mail. Bei Fragen melden Sie sich gern.' + SIE_SIGNATURE,
    },
    du: {
      title: 'Angebot folgt (du)',
      body: 'Hallo {Vorname},\n\ndanke für deine Anfrage! Ich rechne das durch und schicke dir das Angebot in den nächsten Tagen.' + DU_SIGNATURE,
    },
  },
  {
    key: 'on-the-way',
    tags: ['Termin', 'Anfahrt'],
    shortcut: 'unterwegs',
    sie: {
      title: 'Wir sind unterwegs',
      body: 'Guten Tag {Name},\n\nwir sind um {Uhrzeit} Uhr losgefahren und voraussichtlich gegen {Ankunft} Uhr bei Ihnen.' + SIE_SIGNATURE,
    },
    du: {
      title: 'Bin unterwegs (du)',
      body: 'Hallo {Vorname},\n\nbin um {Uhrzeit} Uhr losgefahren und gegen {Ankunft} Uhr bei dir.' + DU_SIGNATURE,
    },
  },
  {
    key: 'send-photos',
    tags: ['Anfrage', 'Fotos'],
    shortcut: 'fotos',
    sie: {
      title: 'Bitte Fotos schicken',
      body: 'Guten Tag {Name},\n\ndamit wir uns gut vorbereiten können: Schicken Sie uns bitte ein paar Fotos – eins aus der Nähe und eins mit etwas Abstand. Ein Zollstock im Bild hilft bei den Maßen.\n\nVielen Dank!',
    },
    du: {
      title: 'Bitte Fotos schicken (du)',
      body: 'Hallo {Vorname},\n\nschick mir doch bitte ein paar Fotos – eins von nah, eins mit etwas Abstand. Wenn ein Zollstock mit drauf ist, umso besser.\n\nDanke dir!',
    },
  },
  {
    key: 'material-ordered',
    tags: ['Material', 'Auftrag'],
    shortcut: 'material',
    sie: {
      title: 'Material bestellt',
      body: 'Guten Tag {Name},\n\nkurze Info: Das Material für Ihren Auftrag {Auftragsnummer} ist bestellt. Sobald es da ist, melden wir uns wegen des Termins.' + SIE_SIGNATURE,
    },
    du: {
      title: 'Material bestellt (du)',
      body: 'Hallo {Vorname},\n\ndas Material ist bestellt. Sobald es da ist, melde ich mich wegen dem Termin.' + DU_SIGNATURE,
    },
  },
  {
    key: 'invoice-sent',
    tags: ['Rechnung'],
    shortcut: 'rechnung',
    sie: {
      title: 'Rechnung verschickt',
      body: 'Guten Tag {Name},\n\ndie Rechnung {Rechnungsnummer} über {Betrag} haben wir Ihnen heute ({Datum}) per E-Mail geschickt. Vielen Dank für Ihren Auftrag!' + SIE_SIGNATURE,
    },
    du: {
      title: 'Rechnung verschickt (du)',
      body: 'Hallo {Vorname},\n\ndie Rechnung {Rechnungsnummer} über {Betrag} ist heute per E-Mail an dich raus. Danke für den Auftrag!' + DU_SIGNATURE,
    },
  },
  {
    key: 'payment-reminder',
    tags: ['Rechnung', 'Zahlung'],
    shortcut: 'zahlung',
    sie: {
      title: 'Zahlungserinnerung (freundlich)',
      body: 'Guten Tag {Name},\n\nsicher ist es im Alltag untergegangen: Unsere Rechnung {Rechnungsnummer} über {Betrag} ist noch offen. Wir freuen uns, wenn Sie die Überweisung in den nächsten Tagen erledigen. Falls Sie schon bezahlt haben, ist diese Nachricht natürlich hinfällig.' + SIE_SIGNATURE,
    },
    du: {
      title: 'Zahlungserinnerung (du)',
      body: 'Hallo {Vorname},\n\nkurze Erinnerung: Die Rechnung {Rechnungsnummer} über {Betrag} ist noch offen. Überweist du sie in den nächsten Tagen? Falls schon erledigt – danke und vergiss die Nachricht.' + DU_SIGNATURE,
    },
  },
  {
    key: 'away',
    tags: ['Abwesend', 'Urlaub'],
    shortcut: 'abwesend',
    // No name: an away message goes to whoever writes, including numbers not in the phone book.
    sie: {
      title: 'Betrieb geschlossen / abwesend',
      body: 'Guten Tag,\n\nvielen Dank für Ihre Nachricht. Unser Betrieb ist bis einschließlich {Abwesend bis} geschlossen; danach melden wir uns so schnell wie möglich. In dringenden Notfällen erreichen Sie unseren Notdienst unter {Notdienst}.' + SIE_SIGNATURE,
    },
    du: {
      title: 'Betrieb geschlossen / abwesend (du)',
      body: 'Hallo,\n\ndanke für deine Nachricht! Wir sind bis einschließlich {Abwesend bis} nicht da und melden uns danach. Im Notfall erreichst du den Notdienst unter {Notdienst}.' + DU_SIGNATURE,
    },
  },
  {
    key: 'thanks-for-order',
    tags: ['Auftrag'],
    shortcut: 'danke',
    sie: {
      title: 'Danke für den Auftrag',
      body: 'Guten Tag {Name},\n\nherzlichen Dank für Ihren Auftrag! Wir haben ihn unter der Nummer {Auftragsnummer} angelegt und melden uns wegen des Termins.' + SIE_SIGNATURE,
    },
    du: {
      title: 'Danke für den Auftrag (du)',
      body: 'Hallo {Vorname},\n\nvielen Dank für deinen Auftrag! Wir melden uns in Kürze wegen dem Termin.' + DU_SIGNATURE,
    },
  },
];

const crewMessages: PackEntry[] = [
  {
    key: 'crew-tomorrow',
    formality: 'du',
    title: 'Team: Einsatz morgen',
    body: 'Moin zusammen,\n\nmorgen ({Morgen}) geht es auf die Baustelle {Baustelle}. Treffpunkt {Treffpunkt}. Bitte denkt an Sicherheitsschuhe und Helm.',
    tags: ['Team', 'Baustelle'],
    shortcut: 'team-morgen',
  },
  {
    key: 'crew-material-pickup',
    formality: 'du',
    title: 'Team: Material abholen',
    body: 'Moin,\n\ndas Material für {Baustelle} liegt beim Händler zur Abholung bereit (Auftrag {Auftragsnummer}). Wer fährt vorbei? Kurze Rückmeldung hier.',
    tags: ['Team', 'Material'],
    shortcut: 'team-material',
  },
];

export const PACK_DE: readonly PackEntry[] = [
  ...customerMessages.flatMap(({ key, tags, shortcut, sie, du }): PackEntry[] => [
    { key, formality: 'sie', tags, shortcut, ...sie },
    { key, formality: 'du', tags, shortcut: `${shortcut}-du`, ...du },
  ]),
  ...crewMessages,
];
