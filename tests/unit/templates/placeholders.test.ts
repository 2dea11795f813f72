import { describe, expect, it } from 'vitest';
import { builtInPlaceholder, customFieldNames, escapeTemplateText, parseBody, parsePlaceholders } from '../../../utils/templates/placeholders.ts';

describe('parsePlaceholders', () => {
  it('finds built-ins in German and English spellings with their positions', () => {
    const body = 'Hallo {Vorname}, Termin am {Morgen} – {FirstName}';
    expect(parsePlaceholders(body)).toEqual([
      { kind: 'built-in', builtIn: 'firstName', name: 'Vorname', key: 'vorname', start: 6, end: 15 },
      { kind: 'built-in', builtIn: 'tomorrow', name: 'Morgen', key: 'morgen', start: 27, end: 35 },
      { kind: 'built-in', builtIn: 'firstName', name: 'FirstName', key: 'firstname', start: 38, end: 49 },
    ]);
    expect(body.slice(6, 15)).toBe('{Vorname}');
  });

  it('maps every documented spelling, case-insensitively', () => {
    const expected = {
      Name: 'name', Vorname: 'firstName', FirstName: 'firstName', 'First Name': 'firstName', Datum: 'date', Date: 'date',
      Uhrzeit: 'time', Time: 'time', Morgen: 'tomorrow', Tomorrow: 'tomorrow', Wochentag: 'weekday', Weekday: 'weekday',
      Firma: 'company', Company: 'company', VORNAME: 'firstName', datum: 'date', 'first  name': 'firstName',
    } as const;
    for (const [name, builtIn] of Object.entries(expected)) expect(builtInPlaceholder(name), name).toBe(builtIn);
    expect(builtInPlaceholder('Auftragsnummer')).toBeUndefined();
  });

  it('treats other names as custom fields, spaces, dots and hyphens included', () => {
    const tokens = parsePlaceholders('{Auftragsnummer} {Neuer Termin} {Rechnungs-Nr.} {Betrag_2}');
    expect(tokens.map((token) => [token.kind, token.name, token.key])).toEqual([
      ['custom', 'Auftragsnummer', 'auftragsnummer'],
      ['custom', 'Neuer Termin', 'neuer termin'],
      ['custom', 'Rechnungs-Nr.', 'rechnungs-nr.'],
      ['custom', 'Betrag_2', 'betrag_2'],
    ]);
  });

  it('leaves braces that are not placeholders as text', () => {
    for (const body of ['{ }', '{}', '{12}', '{ Name}', '{Name }', '{a:b}', 'Preis {', 'x } y', `{${'a'.repeat(41)}}`, '{Na\nme}']) {
      expect(parsePlaceholders(body), body).toEqual([]);
      expect(parseBody(body), body).toEqual([{ kind: 'text', text: body }]);
    }
  });

  it('reads {{ and }} as literal braces, also around a name', () => {
    expect(parseBody('{{Name}} und {{ }}')).toEqual([{ kind: 'text', text: '{Name} und { }' }]);
    expect(parseBody('{{{Name}}}')).toEqual([
      { kind: 'text', text: '{' },
      { kind: 'built-in', builtIn: 'name', name: 'Name', key: 'name', start: 2, end: 8 },
      { kind: 'text', text: '}' },
    ]);
  });

  it('lists custom fields once, in the spelling of their first use', () => {
    expect(customFieldNames('{Betrag} {Name} {betrag} {Auftragsnummer} {BETRAG}')).toEqual(['Betrag', 'Auftragsnummer']);
  });

  it('escapes text so it survives as literal', () => {
    const text = 'JSON: {"a": 1} und {Name}';
    expect(parseBody(escapeTemplateText(text))).toEqual([{ kind: 'text', text }]);
  });

  it('stays linear on a body full of stray braces', () => {
    const body = '{'.repeat(20_000) + 'x';
    const started = performance.now();
    expect(parsePlaceholders(body)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
