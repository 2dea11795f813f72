import { describe, expect, it } from 'vitest';
import { cleanChatName, deriveFirstName } from '../../../utils/templates/first-name.ts';

describe('deriveFirstName', () => {
  const cases: [string, string | undefined][] = [
    ['Anna Müller', 'Anna'],
    ['Anna', 'Anna'],
    ['anna müller', 'Anna'],
    ['ANNA MÜLLER', 'Anna'],
    ['Hans-Peter Schmidt', 'Hans-Peter'],
    ['Anna von der Heide', 'Anna'],
    ['Müller, Anna', 'Anna'],
    ['Dr. Anna Müller', 'Anna'],
    ['~ Anna 🌸', 'Anna'],
    ['~Jörg', 'Jörg'],
    ['🔧 Kai Becker 🔧', 'Kai'],
    ['👩🏽‍🔧 Ayşe Yılmaz', 'Ayşe'],
    ['Anna Müller (Bad OG)', 'Anna'],
    ['Anna Müller - Dachausbau', 'Anna'],
    ['Мария Иванова', 'Мария'],
    ['Familie Özdemir', undefined],
    ['Fam. Özdemir', undefined],
    ['Hausverwaltung Krause GmbH', undefined],
    ['Krause GmbH & Co. KG', undefined],
    ['Baustelle Lindenstraße', undefined],
    ['Anna & Tom', undefined],
    ['Anna und Tom Weber', undefined],
    ['Herr Müller', undefined],
    ['Frau Dr. Schmidt', undefined],
    ['Dr. Müller', undefined],
    ['A. Müller', undefined],
    ['+49 171 2345678', undefined],
    ['Kunde 4711', undefined],
    ['🔧🔧', undefined],
    ['', undefined],
    ['Anna vom Bäcker an der Ecke', undefined],
  ];
  it.each(cases)('%j → %j', (chatName, expected) => {
    expect(deriveFirstName(chatName)).toBe(expected);
  });
});

describe('cleanChatName', () => {
  it('drops the push-name tilde, emoji, invisible controls and notes', () => {
    expect(cleanChatName('~\u00A0Anna 🌸')).toBe('Anna');
    expect(cleanChatName('Anna\u200B Mül\u202Eler')).toBe('Anna Müller');
    expect(cleanChatName('Krause GmbH [Rechnung an Zentrale]')).toBe('Krause GmbH');
    expect(cleanChatName('Anna Müller | Dach')).toBe('Anna Müller');
  });

  it('keeps names that look like markup as the text they are', () => {
    expect(cleanChatName('<b>Anna</b>')).toBe('<b>Anna</b>');
  });

  it('returns nothing usable for phone numbers', () => {
    expect(cleanChatName('+49 (0)171 234 56 78')).toBe('');
  });
});
