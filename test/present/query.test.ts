import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/present/query.js';

describe('parseQuery', () => {
  it.each([
    ['', { type: 'help' }],
    ['help', { type: 'help' }],
    ['421', { type: 'explain', codes: ['421'] }],
    ['explain 421', { type: 'explain', codes: ['421'] }],
    ['550 5.1.1', { type: 'explain', codes: ['550', '5.1.1'] }],
    ['251 vs 421', { type: 'compare', a: '251', b: '421' }],
    ['251 vs. 421', { type: 'compare', a: '251', b: '421' }],
    ['compare 251 421', { type: 'compare', a: '251', b: '421' }],
    ['search mailbox full', { type: 'search', words: 'mailbox full' }],
    ['mailbox full', { type: 'search', words: 'mailbox full', orDiagnose: true }],
    ['4211', { type: 'explain', codes: ['4211'] }],
  ])('%j', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it('treats a multi-line paste as something to diagnose', () => {
    const q = parseQuery('Final-Recipient: rfc822; a@example.com\nStatus: 5.1.1');
    expect(q.type).toBe('diagnose');
  });

  it('keeps the text after "diagnose" intact', () => {
    expect(parseQuery('diagnose 550 5.1.1 user unknown')).toEqual({ type: 'diagnose', text: '550 5.1.1 user unknown' });
  });
});
