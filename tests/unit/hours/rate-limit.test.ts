import { describe, expect, it } from 'vitest';
import { canSendAwayReply, type AwayReplyLogEntry } from '../../../utils/hours';

const NOW = Date.parse('2026-05-12T20:00:00Z');
const MINUTE = 60_000;
const entry = (chatKey: string, minutesAgo: number, periodId = 'p1'): AwayReplyLogEntry => ({ chatKey, sentAt: NOW - minutesAgo * MINUTE, periodId });

describe('canSendAwayReply', () => {
  it('allows the first reply', () => {
    expect(canSendAwayReply([], 'chat-a', 'p1', NOW, 10)).toEqual({ ok: true });
  });

  it('answers each chat once per closed period, however long ago', () => {
    const log = [entry('chat-a', 600)];
    expect(canSendAwayReply(log, 'chat-a', 'p1', NOW, 10)).toEqual({ ok: false, reason: 'already-replied-this-period' });
    expect(canSendAwayReply(log, 'chat-a', 'p2', NOW, 10)).toEqual({ ok: true });
    expect(canSendAwayReply(log, 'chat-b', 'p1', NOW, 10)).toEqual({ ok: true });
  });

  it('allows at most maxPerHour replies in any sliding hour', () => {
    const log = [entry('a', 59), entry('b', 30), entry('c', 1)];
    expect(canSendAwayReply(log, 'd', 'p1', NOW, 3)).toEqual({ ok: false, reason: 'rate-limit', retryAt: NOW + MINUTE });
    expect(canSendAwayReply(log, 'd', 'p1', NOW, 4)).toEqual({ ok: true });
    // Exactly an hour ago has left the window.
    expect(canSendAwayReply([entry('a', 60), entry('b', 30)], 'd', 'p1', NOW, 1)).toEqual({ ok: false, reason: 'rate-limit', retryAt: NOW + 30 * MINUTE });
    expect(canSendAwayReply([entry('a', 60), entry('b', 61)], 'd', 'p1', NOW, 1)).toEqual({ ok: true });
  });

  it('a limit of zero (or less) sends nothing', () => {
    expect(canSendAwayReply([], 'a', 'p1', NOW, 0)).toMatchObject({ ok: false, reason: 'rate-limit' });
    expect(canSendAwayReply([], 'a', 'p1', NOW, -1)).toMatchObject({ ok: false, reason: 'rate-limit' });
  });

  it('checks the chat before the rate', () => {
    const log = [entry('a', 1), entry('b', 2)];
    expect(canSendAwayReply(log, 'a', 'p1', NOW, 1)).toEqual({ ok: false, reason: 'already-replied-this-period' });
  });
});
