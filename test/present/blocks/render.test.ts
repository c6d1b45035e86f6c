import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/present/answer.js';
import { renderAnswer } from '../../../src/present/blocks/index.js';
import { codeBlock, mrkdwnLink, neutraliseSpecials, safeMrkdwn, truncate } from '../../../src/present/blocks/escape.js';
import { answerQuery } from '../../../src/present/respond.js';
import { Message, textLength } from './schema.js';

const base: Answer = { kind: 'explain', title: 'T', sections: [], warnings: [], links: [], actions: [], fallback: 'T' };

function huge(): Answer {
  const long = 'x'.repeat(5000);
  return {
    ...base,
    title: 'Y'.repeat(400),
    summary: long,
    warnings: Array.from({ length: 30 }, (_, i) => `warning ${i} ${long}`),
    sections: Array.from({ length: 80 }, (_, i) => ({
      header: `part ${i} ${'h'.repeat(300)}`,
      heading: 'Heading',
      text: long,
      bullets: Array.from({ length: 40 }, () => 'b'.repeat(200)),
      fields: Array.from({ length: 23 }, (_, j) => ({ label: `L${j}`, value: 'v'.repeat(3000) })),
      preformatted: `${'p'.repeat(6000)}\n\`\`\`\n<!channel>`,
      context: 'c'.repeat(5000),
    })),
    links: Array.from({ length: 20 }, (_, i) => ({ title: `RFC ${i}|x>`, url: `https://example.org/${i}?a=1&b=<2>` })),
    actions: [
      { type: 'share', label: 'S'.repeat(200) },
      { type: 'fix-steps', label: 'Fix steps', code: '5.1.1' },
      {
        type: 'compare',
        label: 'Compare with…',
        code: '5.1.1',
        options: Array.from({ length: 150 }, (_, i) => ({ label: `o${i} ${'l'.repeat(100)}`, value: `5.1.1 vs 5.1.${i}` })),
      },
      ...Array.from({ length: 40 }, (_, i) => ({ type: 'explain' as const, label: `Explain more: ${i}`, code: `5.1.${i}` })),
    ],
    fallback: 'f'.repeat(50_000),
  };
}

describe('renderAnswer', () => {
  it('keeps a huge answer inside every Block Kit limit, with a visible truncation note', () => {
    const msg = renderAnswer(huge(), { shareValue: 'v'.repeat(5000), footer: `Shared by ${'n'.repeat(5000)} <!here>` });
    expect(Message.safeParse(msg).error?.issues ?? []).toEqual([]);
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    expect(textLength(msg.blocks)).toBeLessThanOrEqual(10_000);
    expect(msg.blocks.at(-1)?.type).toBe('actions');
    expect(JSON.stringify(msg.blocks.at(-2))).toContain('Shared by');
    expect(JSON.stringify(msg.blocks.at(-3))).toContain('shortened');
    expect(msg.text.length).toBeLessThanOrEqual(3000);
    expect(msg.text.endsWith('…')).toBe(true);
  });

  it('renders real answers from the core within the limits', async () => {
    for (const q of ['421', '550 5.1.1', '5.7.26', '251 vs 421', 'search mailbox full', 'help', 'diagnose 550 5.1.1 user unknown', '999']) {
      const msg = renderAnswer(await answerQuery(q), { shareValue: '{}' });
      const parsed = Message.safeParse(msg);
      expect(parsed.error?.issues ?? [], q).toEqual([]);
      expect(msg.blocks[0]?.type, q).toBe('header');
    }
  });

  it('puts the code and title in the header and offers the buttons', async () => {
    const msg = renderAnswer(await answerQuery('421'), { shareValue: 'share-me' });
    const json = JSON.stringify(msg.blocks);
    expect(msg.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(JSON.stringify(msg.blocks[0])).toContain('421');
    expect(json).toContain('"action_id":"smtp_share:0"');
    expect(json).toContain('"value":"share-me"');
    expect(json).toContain('smtp_fix:');
  });

  it('leaves the share button out when no share value is given', async () => {
    const msg = renderAnswer(await answerQuery('421'));
    expect(JSON.stringify(msg.blocks)).not.toContain('smtp_share');
  });

  it('drops every control when not interactive', async () => {
    const msg = renderAnswer(await answerQuery('421'), { interactive: false, shareValue: 'x' });
    expect(msg.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('escapes user text and neutralises every mention form', () => {
    const evil = '<!channel> <!here|here> <!everyone> <!subteam^S123|@oncall> <@U123ABC> <@W9> @here & <http://x|y>';
    const answer: Answer = {
      ...base,
      title: evil,
      summary: evil,
      warnings: [evil],
      sections: [{ header: evil, heading: evil, text: evil, bullets: [evil], fields: [{ label: evil, value: evil }], preformatted: evil, context: evil }],
      actions: [{ type: 'explain', label: evil, code: '550' }],
      fallback: evil,
      query: evil,
    };
    const msg = renderAnswer(answer);
    expect(Message.safeParse(msg).error?.issues ?? []).toEqual([]);
    const json = JSON.stringify(msg);
    expect(json).not.toMatch(/<!|<@|<http/);
    expect(json).not.toMatch(/@here\b/);
    expect(json).toContain('&amp;');
  });

  it('keeps a paste in a code block that cannot be broken out of', () => {
    const block = codeBlock('line 1\n```\n*bold* <@U1>', 3000);
    expect(block.startsWith('```')).toBe(true);
    expect(block.endsWith('```')).toBe(true);
    expect(block.slice(3, -3)).not.toContain('```');
    expect(block).toContain('&lt;@U1&gt;');
  });
});

describe('escape helpers', () => {
  it('truncates with an ellipsis, never mid-entity or mid-surrogate', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab&amp;cd', 5)).toBe('ab…');
    expect(truncate('a😀b', 3)).toBe('a…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('makes links safe and only for http(s)', () => {
    expect(mrkdwnLink('https://www.rfc-editor.org/rfc/rfc5321#section-4.2', 'RFC 5321 | <x>')).toBe(
      '<https://www.rfc-editor.org/rfc/rfc5321#section-4.2|RFC 5321 ¦ &lt;x&gt;>',
    );
    expect(mrkdwnLink('javascript:alert(1)', 'bad')).toBe('bad');
  });

  it('reads special sequences as words in plain text', () => {
    expect(neutraliseSpecials('<!here> <@U1|bob> <!subteam^S1|@ops>')).not.toMatch(/[<>]/);
    expect(safeMrkdwn('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });
});
