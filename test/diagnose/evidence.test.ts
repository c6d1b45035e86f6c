import { describe, expect, it } from 'vitest';
import { textShows, trimEvidence } from '../../src/diagnose/evidence.js';

describe('trimEvidence', () => {
  it('folds white space and shortens a long line with an ellipsis', () => {
    expect(trimEvidence('  550   5.1.1\tgone  ')).toBe('550 5.1.1 gone');
    const long = trimEvidence('x'.repeat(5000));
    expect(long).toHaveLength(400);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('textShows', () => {
  it('finds a provider code in the reply, the notice or the report, case aside', () => {
    const none = () => '';
    expect(textShows('AS(201806281)', '550 5.4.1 … as(201806281)', '', none)).toBe(true);
    expect(textShows('S3150', '', '', () => 'part of their network is on our block list (S3150)')).toBe(true);
    expect(textShows('AS(201806281)', '550 5.4.1 Recipient address rejected: Access denied', '', none)).toBe(false);
  });
});
