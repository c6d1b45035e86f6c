import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/present/answer.js';
import {
  BurstGuard,
  Dedupe,
  ThreadLimiter,
  TtlCache,
  WorkLimiter,
  codesInQuery,
  codesOf,
  isFromHuman,
  mentions,
  messageKeys,
  redactAnswer,
  redactText,
  withoutMention,
  type BurstSummary,
} from '../../src/slack/guard/index.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('TtlCache', () => {
  it('never holds more than its bound and forgets the oldest first', () => {
    const c = new TtlCache<number>(100, 60_000);
    for (let i = 0; i < 10_000; i++) c.set(`k${i}`, i);
    expect(c.size).toBe(100);
    expect(c.get('k0')).toBeUndefined();
    expect(c.get('k9999')).toBe(9999);
  });

  it('expires entries', () => {
    const t = clock();
    const c = new TtlCache<string>(10, 1000, t.now);
    c.set('a', 'x');
    t.advance(999);
    expect(c.get('a')).toBe('x');
    t.advance(1);
    expect(c.get('a')).toBeUndefined();
  });
});

describe('Dedupe', () => {
  it('lets the first claim of any key win', () => {
    const d = new Dedupe();
    expect(d.claim('ev:1', ...messageKeys('C1', '1.1', 'cm-1'))).toBe(true);
    expect(d.claim('ev:1')).toBe(false); // Slack's retry
    expect(d.claim('ev:2', ...messageKeys('C1', '1.1'))).toBe(false); // same message, other event type
    expect(d.claim('ev:3', ...messageKeys('C2', '9.9', 'cm-1'))).toBe(false); // same client_msg_id
    expect(d.claim('ev:4', ...messageKeys('C1', '1.2'))).toBe(true);
    expect(d.claim(undefined, '', null)).toBe(true);
  });

  it('stays bounded', () => {
    const d = new Dedupe(1000);
    for (let i = 0; i < 50_000; i++) d.claim(`ev:${i}`);
    expect(d.size).toBe(1000);
  });
});

describe('message filter', () => {
  const self = { botUserId: 'UBOT', botId: 'BBOT' };
  it('accepts people and rejects bots, itself, edits, deletions and joins', () => {
    expect(isFromHuman({ user: 'U1', text: '550' }, self)).toBe(true);
    expect(isFromHuman({ user: 'U1', text: '550', subtype: 'thread_broadcast' }, self)).toBe(true);
    expect(isFromHuman({ user: 'U1', text: '550', bot_id: 'B2' }, self)).toBe(false);
    expect(isFromHuman({ user: 'UBOT', text: '550' }, self)).toBe(false);
    expect(isFromHuman({ user: 'U1', text: '550', subtype: 'message_changed' }, self)).toBe(false);
    expect(isFromHuman({ text: '550', subtype: 'message_deleted' }, self)).toBe(false);
    expect(isFromHuman({ user: 'U1', text: 'joined', subtype: 'channel_join' }, self)).toBe(false);
    expect(isFromHuman({ user: 'U1', text: '   ' }, self)).toBe(false);
  });

  it('finds and strips mentions of the bot', () => {
    expect(mentions('hey <@UBOT> 421', 'UBOT')).toBe(true);
    expect(mentions('hey <@UBOT|smtp> 421', 'UBOT')).toBe(true);
    expect(mentions('hey <@UOTHER> 421', 'UBOT')).toBe(false);
    expect(withoutMention('<@UBOT>: 550 5.1.1', 'UBOT')).toBe('550 5.1.1');
  });
});

describe('ThreadLimiter', () => {
  it('allows one reply per thread per window unless new codes appear', () => {
    const t = clock();
    const l = new ThreadLimiter(10 * 60_000, 100, t.now);
    expect(l.allow('C1:1', ['550 5.1.1'])).toBe(true);
    expect(l.allow('C1:1', ['550 5.1.1'])).toBe(false);
    expect(l.allow('C1:2', ['550 5.1.1'])).toBe(true);
    expect(l.allow('C1:1', ['421'])).toBe(true);
    expect(l.allow('C1:1', ['421', '550 5.1.1'])).toBe(false);
    t.advance(10 * 60_000);
    expect(l.allow('C1:1', ['550 5.1.1'])).toBe(true);
  });
});

describe('BurstGuard', () => {
  it('answers the first few pastes and summarises the rest once', async () => {
    const summaries: BurstSummary[] = [];
    const b = new BurstGuard((s) => summaries.push(s), 3, 50);
    const results = Array.from({ length: 10 }, (_, i) => b.admit('C1', [i % 2 ? '421' : '550']));
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(b.admit('C2', ['550'])).toBe(true);
    await new Promise((r) => setTimeout(r, 120));
    expect(summaries).toEqual([{ channel: 'C1', suppressed: 7, codes: [{ code: '421', count: 4 }, { code: '550', count: 3 }] }]);
    b.stop();
  });
});

describe('sanitize', () => {
  it('redacts e-mail addresses and IPv4/IPv6 addresses, not times or codes', () => {
    const text = 'to=<jane.o+x@mail.example.co.uk>, relay=mx[203.0.113.25]:25, v6 2001:db8::1, at 12:30:45, said 550 5.1.1';
    const out = redactText(text);
    expect(out).not.toMatch(/jane|203\.0\.113|2001:db8/);
    expect(out).toContain('12:30:45');
    expect(out).toContain('550 5.1.1');
  });

  it('redacts every string of an answer but keeps link URLs', () => {
    const a: Answer = {
      kind: 'diagnose',
      title: 'bob@example.com',
      sections: [{ text: '198.51.100.7', fields: [{ label: 'Recipient', value: 'bob@example.com' }], preformatted: 'bob@example.com' }],
      warnings: [],
      links: [{ title: 'RFC', url: 'https://www.rfc-editor.org/rfc/rfc3463' }],
      actions: [],
      fallback: 'bob@example.com 198.51.100.7',
    };
    const json = JSON.stringify(redactAnswer(a));
    expect(json).not.toMatch(/bob@|198\.51/);
    expect(json).toContain('https://www.rfc-editor.org/rfc/rfc3463');
  });

  it('reads codes from answers and queries', () => {
    expect(codesInQuery('550 5.1.1 and 421')).toEqual(['550', '5.1.1', '421']);
    expect(codesInQuery('mailbox full')).toEqual([]);
    expect(codesOf({ kind: 'diagnose', title: 't', sections: [], warnings: [], links: [], fallback: '', actions: [{ type: 'explain', label: 'x', code: '550 5.1.1' }] })).toEqual(['550 5.1.1']);
  });
});

describe('WorkLimiter', () => {
  it('runs at most `concurrency` jobs at once and drops beyond the queue bound', async () => {
    const l = new WorkLimiter(2, 3);
    let active = 0;
    let peak = 0;
    const job = () => async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 10));
      active--;
    };
    const results = await Promise.all(Array.from({ length: 8 }, () => l.run(job())));
    expect(peak).toBe(2);
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(l.dropped).toBe(3);
    expect(l.pending).toBe(0);
  });
});
