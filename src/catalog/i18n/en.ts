/**
 * The sentences the catalog composes itself (derived comparisons, unregistered codes, class
 * defaults), in English. Each language has a file of this shape; the entries' own prose is
 * translated in overlay files (see types.ts).
 */
import type { CodeClass, WhoActs } from '../schema.js';

export const enCatalogPhrases = {
  classConsequence: {
    success: 'a success: the command was accepted and there is nothing to fix',
    intermediate: 'an intermediate reply: the server is waiting for the client to send more',
    transient: 'a temporary failure: the sending server keeps the message and retries by itself',
    permanent: 'a permanent failure: retrying unchanged will not help and the sender gets a bounce',
  } satisfies Record<CodeClass, string>,
  classWord: {
    success: 'success',
    intermediate: 'intermediate reply',
    transient: 'temporary failure',
    permanent: 'permanent failure',
  } satisfies Record<CodeClass, string>,
  who: {
    sender: 'the sending side has to fix something',
    'recipient-admin': "the recipient's mail administrator has to act",
    recipient: 'the recipient has to act',
    nobody: 'nobody needs to act',
  } satisfies Record<WhoActs, string>,
  derived: {
    classes: (a: string, ac: string, b: string, bc: string) => `${a} is ${ac}; ${b} is ${bc}.`,
    sameClass: (cls: string, a: string, at: string, b: string, bt: string) =>
      `Both are ${cls} codes. ${a} means: ${at}; ${b} means: ${bt}.`,
    who: (a: string, aw: string, b: string, bw: string) => `With ${a} ${aw}; with ${b} ${bw}.`,
    retry: (a: string, ar: string, b: string, br: string) => `Retry: ${a}: ${ar} ${b}: ${br}`,
    seen: (a: string, as: string, b: string, bs: string) => `${a}: ${as} ${b}: ${bs}`,
  },
  defaultRetry: {
    success: 'Nothing to retry: the server accepted the command.',
    intermediate: 'Nothing to retry: the server accepted the command.',
    transient: 'The sending server keeps the message queued and tries again by itself, usually for up to 4–5 days.',
    permanent: 'Sending the same message again will fail the same way; fix the cause first, then resend.',
  } satisfies Record<CodeClass, string>,
  unregistered: {
    title: (subject: string) => `${subject} (unregistered detail)`,
    meaning: (code: string, cls: string, subject: string) =>
      `${code} is not in the IANA registry, so only its first two parts carry a standard meaning. ${cls} ${subject}`,
    whenSeen: [
      'Large providers and some MTAs add their own detail numbers to a registered class and subject; the text after the code is the real explanation.',
    ],
    fix: [
      'Read the text the server sent with the code: it names the cause.',
      'Look the code up together with the provider that sent it (for example "smtp microsoft 5.7.708").',
    ],
  },
  usedWith: (code: string, classes: string, digit: string) =>
    `${code} is normally sent as ${classes}, not ${digit}.X.X: the server is using it unusually, so rely on the reply code and the server's text.`,
  or: ' or ',
  together: {
    disagree: (reply: string, rc: string, enhanced: string, ec: string) =>
      `The codes disagree: ${reply} is a ${rc} but ${enhanced} says ${ec}. The first digits should match. ` +
      `Most sending servers act on the three-digit reply, so expect this to be handled as a ${rc}; ` +
      'report the mismatch to whoever runs the server that sent it.',
    reading: (reply: string, rt: string, enhanced: string, et: string) =>
      `${reply} says what happened to the command (${rt}); ${enhanced} says why: ${et}.`,
    unusual: (reply: string, enhanced: string) =>
      `${reply} with ${enhanced} is an unusual pair; trust the enhanced code and the server's text over the reply code's generic meaning.`,
  },
  /** Lower-cases a title inside a sentence; languages without case return it unchanged. */
  inline: (title: string) => title.charAt(0).toLowerCase() + title.slice(1),
};

export type CatalogPhrases = typeof enCatalogPhrases;
