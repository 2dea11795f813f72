import { describe, expect, it } from 'vitest';
import { DEFAULT_AWAY_TEXT, renderAwayText, summarizeWeek, type AwayTextContext } from '../../../utils/hours';
import { at, emptyWeek, replyWords, weekWith } from './fixtures';

const context = (overrides: Partial<AwayTextContext> = {}): AwayTextContext => ({
  nextOpening: at('2026-05-18T07:00:00+02:00'),
  locale: 'de',
  timeZone: 'Europe/Berlin',
  week: weekWith({}),
  words: replyWords(overrides.locale ?? 'de'),
  ...overrides,
});

describe('renderAwayText', () => {
  it('fills the German default text', () => {
    expect(renderAwayText(DEFAULT_AWAY_TEXT.de, context())).toBe(
      'Vielen Dank für Ihre Nachricht! Wir sind gerade nicht im Büro und melden uns ab Montag, 18. Mai um 7:00 Uhr. ' +
        'Unsere Öffnungszeiten: Mo–Fr 7:00–12:00, 13:00–17:00.',
    );
  });

  it('fills the English default text', () => {
    expect(renderAwayText(DEFAULT_AWAY_TEXT.en, context({ locale: 'en' }))).toBe(
      'Thank you for your message! We are out of the office right now and will get back to you from Monday 18 May at 7:00. ' +
        'Our opening hours: Mon–Fri 7:00–12:00, 13:00–17:00.',
    );
  });

  it('knows both languages’ placeholder names, ignoring case and spaces', () => {
    expect(renderAwayText('{back at} / { WIEDER  da }', context())).toBe('Montag, 18. Mai um 7:00 Uhr / Montag, 18. Mai um 7:00 Uhr');
    expect(renderAwayText('{Opening Hours}', context({ locale: 'en', week: emptyWeek() }))).toBe('no fixed opening hours');
  });

  it('formats the next opening in the firm’s zone', () => {
    expect(renderAwayText('{Wieder da}', context({ timeZone: 'America/New_York', nextOpening: at('2026-05-18T07:00:00-04:00') }))).toBe(
      'Montag, 18. Mai um 7:00 Uhr',
    );
  });

  it('says "soon" when there is no next opening', () => {
    expect(renderAwayText('ab {Wieder da}', context({ nextOpening: null }))).toBe('ab in Kürze');
    expect(renderAwayText('{Back at}', context({ nextOpening: null, locale: 'en' }))).toBe('shortly');
  });

  it('leaves unknown placeholders and stray braces as literal text', () => {
    const template = 'Hallo {Name}, {} {{Wieder da}} { {Öffnungszeiten';
    expect(renderAwayText(template, context())).toBe('Hallo {Name}, {} {Montag, 18. Mai um 7:00 Uhr} { {Öffnungszeiten');
  });

  it('treats markup as plain text, and never expands a placeholder twice', () => {
    const hostile = '<script>alert("{Wieder da}")</script><img src=x onerror=alert(1)> $& $1 {constructor} {__proto__}';
    expect(renderAwayText(hostile, context())).toBe(
      '<script>alert("Montag, 18. Mai um 7:00 Uhr")</script><img src=x onerror=alert(1)> $& $1 {constructor} {__proto__}',
    );
  });
});

describe('summarizeWeek', () => {
  it('groups runs of equal days, leaves closed days out and keeps midnight intervals', () => {
    const week = weekWith({
      fri: [{ start: '07:00', end: '14:00' }],
      sat: [{ start: '22:00', end: '02:00' }],
    });
    expect(summarizeWeek(week, 'de', replyWords('de'))).toBe('Mo–Do 7:00–12:00, 13:00–17:00; Fr 7:00–14:00; Sa 22:00–2:00');
    expect(summarizeWeek(week, 'en', replyWords('en'))).toBe('Mon–Thu 7:00–12:00, 13:00–17:00; Fri 7:00–14:00; Sat 22:00–2:00');
  });

  it('does not join days separated by a closed day', () => {
    const week = { ...emptyWeek(), mon: [{ start: '08:00', end: '12:00' }], wed: [{ start: '08:00', end: '12:00' }] };
    expect(summarizeWeek(week, 'de', replyWords('de'))).toBe('Mo 8:00–12:00; Mi 8:00–12:00');
  });

  it('an empty week', () => {
    expect(summarizeWeek(emptyWeek(), 'de', replyWords('de'))).toBe('keine festen Öffnungszeiten');
  });
});
