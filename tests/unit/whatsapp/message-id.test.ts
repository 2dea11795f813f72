import { describe, expect, it } from 'vitest';
import { normaliseMessageId, parseMessageId } from '../../../utils/whatsapp/message-id.ts';

describe('message data-id', () => {
  it('normalises full and bare ids to the bare message id', () => {
    expect(normaliseMessageId('false_491701234567@c.us_3A12F0908922EFDD735D')).toBe('3A12F0908922EFDD735D');
    expect(normaliseMessageId('true_120363041234567890@g.us_3EB0A1B2C3D4E5F60718_35210880090140@lid')).toBe('3EB0A1B2C3D4E5F60718');
    expect(normaliseMessageId('3EB0C431A1B2C3D4E5F6A7')).toBe('3EB0C431A1B2C3D4E5F6A7');
    expect(normaliseMessageId('  3EB0C431A1B2C3D4E5F6A7 ')).toBe('3EB0C431A1B2C3D4E5F6A7');
  });

  it('parses direction, chat JID and participant from the full form', () => {
    expect(parseMessageId('false_491701234567@c.us_3A12F0908922EFDD735D')).toEqual({ id: '3A12F0908922EFDD735D', fromMe: false, chatJid: '491701234567@c.us', participant: null });
    expect(parseMessageId('true_123@lid_3EB04F6E38F70E080EF6FF')).toEqual({ id: '3EB04F6E38F70E080EF6FF', fromMe: true, chatJid: '123@lid', participant: null });
    expect(parseMessageId('false_120363041234567890@g.us_3EB0A1B2C3D4E5F60718_35210880090140@lid')).toEqual({
      id: '3EB0A1B2C3D4E5F60718',
      fromMe: false,
      chatJid: '120363041234567890@g.us',
      participant: '35210880090140@lid',
    });
  });

  it('a bare id has no direction and no chat', () => {
    expect(parseMessageId('3EB0C431A1B2C3D4E5F6A7')).toEqual({ id: '3EB0C431A1B2C3D4E5F6A7', fromMe: null, chatJid: null, participant: null });
  });

  it('an unknown prefixed shape still tells the direction', () => {
    expect(parseMessageId('true_weird_ABC').fromMe).toBe(true);
  });
});
