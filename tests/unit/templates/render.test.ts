import { describe, expect, it } from 'vitest';
import { renderTemplate, type RenderContext } from '../../../utils/templates/render.ts';

// Local-time constructors: the picker formats in the user's time zone, so must the tests.
const friday = new Date(2026, 10, 27, 14, 30); // Freitag, 27.11.2026, 14:30

function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return { chatName: 'Anna Müller', companyName: 'Sanitär Becker', now: friday, locale: 'de', values: {}, ...overrides };
}

describe('renderTemplate — German', () => {
  it('fills names, company, dates and times', () => {
    const body = 'Hallo {Vorname} ({Name}), heute ist {Wochentag}, der {Datum}, {Uhrzeit} Uhr. Morgen: {Morgen}. {Firma}';
    expect(renderTemplate(body, context())).toEqual({
      text: 'Hallo Anna (Anna Müller), heute ist Freitag, der 27.11.2026, 14:30 Uhr. Morgen: 28.11.2026. Sanitär Becker',
    });
  });

  it('rolls {Morgen} over month and year ends', () => {
    expect(renderTemplate('{Morgen}', context({ now: new Date(2026, 10, 30, 9) }))).toEqual({ text: '01.12.2026' });
    expect(renderTemplate('{Morgen}', context({ now: new Date(2026, 11, 31, 23, 59) }))).toEqual({ text: '01.01.2027' });
    expect(renderTemplate('{Morgen}', context({ now: new Date(2028, 1, 28, 12) }))).toEqual({ text: '29.02.2028' });
  });

  it('keeps line breaks and literal braces', () => {
    expect(renderTemplate('Hallo {Vorname},\n\n{{Preis}}: {Betrag}\n}}', context({ values: { Betrag: '120 €' } }))).toEqual({
      text: 'Hallo Anna,\n\n{Preis}: 120 €\n}',
    });
  });
});

describe('renderTemplate — English', () => {
  it('fills English spellings with English formats', () => {
    const body = 'Hi {FirstName}, today is {Weekday}, {Date}, {Time}. Tomorrow: {Tomorrow}. {Company}';
    expect(renderTemplate(body, context({ locale: 'en', chatName: 'John Smith', companyName: 'Becker Plumbing' }))).toEqual({
      text: 'Hi John, today is Friday, November 27, 2026, 2:30 PM. Tomorrow: November 28, 2026. Becker Plumbing',
    });
  });

  it('uses the locale, not the spelling, for formats', () => {
    expect(renderTemplate('{Date} {Wochentag}', context({ locale: 'de' }))).toEqual({ text: '27.11.2026 Freitag' });
    expect(renderTemplate('{Datum} {Weekday}', context({ locale: 'en' }))).toEqual({ text: 'November 27, 2026 Friday' });
  });
});

describe('renderTemplate — missing values', () => {
  it('reports custom fields without values, once each, in order of appearance', () => {
    const body = 'Rechnung {Rechnungsnummer} über {Betrag} ({rechnungsnummer})';
    expect(renderTemplate(body, context())).toEqual({ missing: ['Rechnungsnummer', 'Betrag'] });
  });

  it('counts blank values as missing, never renders them empty', () => {
    expect(renderTemplate('{Betrag}', context({ values: { Betrag: '   ' } }))).toEqual({ missing: ['Betrag'] });
    expect(renderTemplate('{Betrag}', context({ values: { Betrag: '' } }))).toEqual({ missing: ['Betrag'] });
  });

  it('reports built-ins the context cannot supply', () => {
    expect(renderTemplate('{Name} {Vorname} {Firma}', context({ chatName: undefined, companyName: undefined }))).toEqual({
      missing: ['Name', 'Vorname', 'Firma'],
    });
    expect(renderTemplate('Hallo {Vorname}', context({ chatName: 'Familie Özdemir' }))).toEqual({ missing: ['Vorname'] });
    expect(renderTemplate('Ihr Auftrag, {Vorname}', context({ chatName: 'Anna & Tom Weber' }))).toEqual({ missing: ['Vorname'] });
    expect(renderTemplate('{Name}', context({ chatName: '+49 171 2345678' }))).toEqual({ missing: ['Name'] });
    expect(renderTemplate('{Firma}', context({ companyName: '  ' }))).toEqual({ missing: ['Firma'] });
  });

  it('reports a built-in once even when spelled two ways', () => {
    expect(renderTemplate('{Vorname} {FirstName} {vorname}', context({ chatName: undefined }))).toEqual({ missing: ['Vorname'] });
  });

  it('completes once the asked-for values are given, in any case or spelling', () => {
    const body = 'Hallo {Vorname}, Auftrag {Auftragsnummer}';
    const ctx = context({ chatName: 'Familie Özdemir' });
    const first = renderTemplate(body, ctx);
    expect(first).toEqual({ missing: ['Vorname', 'Auftragsnummer'] });
    expect(renderTemplate(body, { ...ctx, values: { FirstName: 'Ayşe', auftragsnummer: 'A-2026-117' } })).toEqual({
      text: 'Hallo Ayşe, Auftrag A-2026-117',
    });
  });

  it('lets a typed value override a derived one', () => {
    expect(renderTemplate('Hallo {Vorname}', context({ values: { Vorname: 'Anni' } }))).toEqual({ text: 'Hallo Anni' });
  });
});

describe('renderTemplate — hostile values stay plain text', () => {
  const hostile = ['<b>fett</b><script>alert(1)</script>', '{Name} {{Vorname}} {Betrag}', '\u202Egnirts desrever', '*fett* _kursiv_ ~x~', '$& $1 $$'];
  for (const value of hostile) {
    it(`inserts ${JSON.stringify(value)} verbatim, without expanding it`, () => {
      expect(renderTemplate('A {Notiz} B', context({ values: { Notiz: value } }))).toEqual({ text: `A ${value} B` });
    });
  }

  it('does not expand placeholders inside a chat name', () => {
    expect(renderTemplate('Hallo {Name}!', context({ chatName: '{Firma} <i>x</i>' }))).toEqual({ text: 'Hallo {Firma} <i>x</i>!' });
  });

  it('takes bidi controls out of chat names so they cannot flip the message', () => {
    expect(renderTemplate('Hallo {Name}, bis morgen', context({ chatName: 'Anna\u202E Müller' }))).toEqual({ text: 'Hallo Anna Müller, bis morgen' });
  });

  it('ignores a "__proto__" key in values', () => {
    const values = JSON.parse('{"__proto__": "x", "Betrag": "5 €"}') as Record<string, string>;
    expect(renderTemplate('{Betrag} {__proto__}', context({ values }))).toEqual({ text: '5 € {__proto__}' });
  });
});

describe('renderTemplate — the salutation falls back for companies and unknown names (issue #19, point 7)', () => {
  const sie = 'Guten Tag {Name},\n\nIhr Termin am {Datum} steht. Ihr Auftrag für {Name}.';
  it('a company keeps the greeting without its name in the salutation, and its name further down', () => {
    expect(renderTemplate(sie, context({ chatName: 'Fliesen Krüger GmbH' }))).toEqual({
      text: `Guten Tag,\n\nIhr Termin am 27.11.2026 steht. Ihr Auftrag für Fliesen Krüger GmbH.`,
    });
  });
  it('a person and a household are greeted by name', () => {
    expect(renderTemplate('Guten Tag {Name},', context({ chatName: 'Herr Maier' }))).toEqual({ text: 'Guten Tag Herr Maier,' });
    expect(renderTemplate('Guten Tag {Name},', context({ chatName: 'Familie Özdemir' }))).toEqual({ text: 'Guten Tag Familie Özdemir,' });
  });
  it('du and English templates fall back to their own greeting; a number or a group is not greeted by name', () => {
    expect(renderTemplate('Hallo {Vorname},\ndanke!', context({ chatName: 'Hausverwaltung Krause GmbH' }))).toEqual({ text: 'Hallo,\ndanke!' });
    expect(renderTemplate('Hallo {Vorname},', context({ chatName: 'Baustelle Lindenstraße', chatIsGroup: true }))).toEqual({ text: 'Hallo,' });
    expect(renderTemplate('Hello {Name},', context({ chatName: '+49 171 2345678', locale: 'en' }))).toEqual({ text: 'Hello,' });
  });
  it('a household still gets asked for a first name, and a typed value always wins', () => {
    expect(renderTemplate('Hallo {Vorname},', context({ chatName: 'Familie Özdemir' }))).toEqual({ missing: ['Vorname'] });
    expect(renderTemplate('Guten Tag {Name},', context({ chatName: 'Fliesen Krüger GmbH', values: { Name: 'Herr Krüger' } }))).toEqual({ text: 'Guten Tag Herr Krüger,' });
  });
});
