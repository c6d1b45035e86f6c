import type { ReasonRule } from './types.js';

/**
 * An e-mail API's complaint event, in its JSON: SES "notificationType": "Complaint" (and its event
 * publishing's "eventType"), Postmark "RecordType": "SpamComplaint", SparkPost "type":
 * "spam_complaint", Resend "type": "email.complained", and the "event" SendGrid ("spamreport"),
 * Mailgun ("complained") and Mandrill ("spam") send. The recipient marked the mail as spam; it is a
 * feedback report, not a bounce.
 */
const API_COMPLAINT = /"(?:notificationtype|eventtype|recordtype|type)"\s{0,3}:\s{0,3}"(?:complaint|spamcomplaint|spam_complaint|email\.complained)"|"event"\s{0,3}:\s{0,3}"(?:spamreport|complained|spam)"/i;

/**
 * Whether the text holds such an event. Its keys all end in "type" or "event", looked for as plain
 * text first: the pattern is not among the phrases below, which run over every report.
 */
export function apiComplaint(text: string): boolean {
  return (text.includes('ype"') || text.includes('event"')) && API_COMPLAINT.test(text);
}

/** A feedback-loop (ARF) report: a user marked the mail as spam; nothing bounced. */
export const feedback: ReasonRule = {
  reason: 'feedback',
  weight: 100,
  codes: [],
  phrases: ['feedback-type:'],
};
