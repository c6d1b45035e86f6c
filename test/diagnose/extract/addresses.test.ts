import { describe, expect, it } from 'vitest';
import { addressesIn } from '../../../src/diagnose/extract/addresses.js';

const found = (line: string) => addressesIn(line).map((h) => h.address);

describe('addressesIn', () => {
  it('finds ASCII addresses, lower-cased, without an e-mail domain taken as one', () => {
    expect(found('to=<Kim.Lee+news@Example.COM>, relay=mx.example.com')).toEqual(['kim.lee+news@example.com']);
    expect(found('ask postmaster@ or @everyone')).toEqual([]);
  });

  it('reads internationalized addresses (RFC 6531) where they stand delimited', () => {
    expect(found('RCPT TO:<用户@例子.广告>')).toEqual(['用户@例子.广告']);
    expect(found('Final-Recipient: utf-8; 用户@例子.广告')).toEqual(['用户@例子.广告']);
    expect(found('<müller@bücher.de>: host mx.bücher.de said: 550 5.1.1 unknown')).toEqual(['müller@bücher.de']);
    expect(found('to=<josé@example.es>, relay=none')).toEqual(['josé@example.es']);
    expect(found('配信先 jürgen@example.de は存在しません')).toEqual(['jürgen@example.de']);
  });

  it('does not take the words of Japanese or Chinese prose around an ASCII address into it', () => {
    expect(found('お客様user@example.jpへの配信に失敗しました')).toEqual(['user@example.jp']);
    expect(found('宛先：user@example.jp')).toEqual(['user@example.jp']);
    // No delimiter around it: which letters belong to the address cannot be known.
    expect(found('用户@例子.广告的邮件无法投递')).toEqual([]);
  });

  it('stays bounded on a line of at-signs and letters', () => {
    const hits = addressesIn('用@'.repeat(100_000));
    expect(hits.length).toBeLessThanOrEqual(20);
  });
});
