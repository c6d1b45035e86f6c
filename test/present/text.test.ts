import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/present/respond.js';
import { columns, renderText, wrap } from '../../src/present/text/render.js';
import { messages } from '../../src/present/i18n/index.js';

describe('terminal rendering', () => {
  it('wraps at the width and keeps long words whole', () => {
    const lines = wrap('alpha beta gamma delta epsilon '.repeat(10) + 'x'.repeat(120), 40, '  ');
    expect(lines.slice(0, -1).every((l) => l.length <= 40)).toBe(true);
    expect(lines.at(-1)).toContain('x'.repeat(120));
  });

  it('counts Hangul as two columns, so Korean wraps at the same visible width', async () => {
    expect(columns('응답 550')).toBe(8);
    const text = renderText(await answerQuery('421', { lang: 'ko' }), messages('ko'));
    const prose = text.split('\n').filter((l) => /[\uac00-\ud7a3]/.test(l) && !l.startsWith('    |'));
    expect(prose.length).toBeGreaterThan(5);
    expect(prose.filter((l) => columns(l) > 88 && / .* /.test(l.trim()))).toEqual([]);
  });

  it('renders an explanation without Slack markup', async () => {
    const text = renderText(await answerQuery('250 vs 251'));
    expect(text).not.toMatch(/\*[^*\s][^*]*\*/);
    expect(text).toContain('250');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('shows the disagreement warning first for a 4xx reply with a 5.x.x status', async () => {
    const text = renderText(await answerQuery('421 5.7.1'));
    const warn = text.indexOf('WARNING');
    expect(warn).toBeGreaterThanOrEqual(0);
    expect(warn).toBeLessThan(text.indexOf('Meaning:'));
  });
});
