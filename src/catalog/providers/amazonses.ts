/**
 * Amazon SES as the sending service: what its SMTP interface (email-smtp.<region>.amazonaws.com)
 * and its API answer when they refuse to take a message from you. These are about your SES
 * account, never about a recipient. No host is listed on purpose: bounces that SES relays from a
 * remote server (Reporting-MTA …amazonses.com) are that server's answer, which must keep its own
 * provider entry; SES's own refusals are known by their wording alone.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  errors: { title: 'Amazon SES email sending errors', url: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html' },
  quotas: { title: 'Amazon SES: errors related to sending quotas', url: 'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html' },
  identities: { title: 'Amazon SES: verified identities', url: 'https://docs.aws.amazon.com/ses/latest/dg/verify-addresses-and-domains.html' },
  sandbox: { title: 'Amazon SES: request production access (leave the sandbox)', url: 'https://docs.aws.amazon.com/ses/latest/dg/request-production-access.html' },
} as const;

const SEEN = '2026-11';
const NOT_THE_RECIPIENT = 'About your SES account, not the recipient: do not suppress the address because of it.';

export const amazonses: ProviderInput = {
  id: 'amazonses',
  name: 'Amazon SES (sending)',
  aliases: ['ses', 'aws-ses', 'amazon-ses'],
  hosts: [],
  links: [L.errors],
  responses: [
    {
      id: 'amazonses-554-identity-not-verified',
      reply: '554',
      match: ['Email address is not verified', 'identities failed the check in region'],
      title: 'SES refused: sending identity not verified',
      meaning:
        'SES will only send from addresses or domains verified in the AWS region you send through; an identity in From, Source, Sender or Return-Path is not. While the account is in the SES sandbox, every recipient must be verified too, so the identity named can also be a recipient.',
      reason: 'rejected',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Nothing was sent; send again once the identity is verified in that region.' },
      fix: [
        'Verify the sending domain (or address) in the SES console of the same region as the SMTP endpoint or API you use: verification is per region.',
        'Make sure From and Return-Path use that verified domain.',
        'If the identity named is a recipient, the account is still in the sandbox: request production access.',
      ],
      links: [L.identities, L.sandbox],
      warnings: [NOT_THE_RECIPIENT],
      lastSeen: SEEN,
    },
    {
      id: 'amazonses-account-paused',
      match: ['Account is paused'],
      title: 'SES refused: sending paused for the account',
      meaning: 'AWS has paused the account\'s ability to send through SES, usually after bounce or complaint rates rose too high; the console still works, sending does not.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Every message fails until AWS lifts the pause.' },
      fix: [
        'Read the notice AWS sent to the account\'s e-mail address and the SES reputation metrics (bounce and complaint rates).',
        'Fix the cause (list hygiene, suppression of hard bounces, opt-in), then ask AWS to review the pause as the notice explains.',
      ],
      links: [L.errors],
      warnings: [NOT_THE_RECIPIENT],
      lastSeen: SEEN,
    },
    {
      id: 'amazonses-454-max-sending-rate',
      reply: '454',
      match: ['Maximum sending rate exceeded'],
      title: 'SES throttled: maximum sending rate exceeded',
      meaning: 'You sent more messages per second than the account\'s SES sending rate allows. SES dropped this message; it does not retry it for you.',
      reason: 'speeding',
      whoActs: 'sender',
      retry: { policy: 'automatic', advice: 'Your client must resend: AWS advises waiting (up to about 10 minutes) and retrying at a lower rate.' },
      fix: [
        'Pace sending below the per-second rate shown in the SES console (or the GetAccount API), with back-off on 454 replies.',
        'If the volume is legitimate, request a higher sending rate from AWS.',
      ],
      links: [L.quotas],
      family: 'amazonses-quota',
      warnings: [NOT_THE_RECIPIENT],
      lastSeen: SEEN,
    },
    {
      id: 'amazonses-454-daily-quota',
      reply: '454',
      match: ['Daily message quota exceeded'],
      title: 'SES throttled: daily sending quota used up',
      meaning: 'The account has sent as many messages in the last 24 hours as its SES quota allows. SES dropped this message; it does not retry it for you.',
      reason: 'speeding',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Resend once the 24-hour window frees quota, or after AWS raises the quota.' },
      fix: [
        'Check the sending quota and what used it in the SES console; hold non-urgent mail.',
        'If the volume is legitimate, request a higher daily quota from AWS.',
      ],
      links: [L.quotas],
      family: 'amazonses-quota',
      warnings: [NOT_THE_RECIPIENT],
      lastSeen: SEEN,
    },
  ],
};
