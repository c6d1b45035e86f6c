import type { ReasonRule } from './types.js';

/** The recipient's mailbox is over its storage quota. */
export const mailboxfull: ReasonRule = {
  reason: 'mailboxfull',
  weight: 85,
  codes: ['X.2.2'],
  phrases: [
    // Localized notices: fr, de, es, pt, it, ja, zh, ko, ru.
    'boîte aux lettres (?:du destinataire )?est pleine', 'postfach (?:des empfängers )?ist voll', 'buzón (?:de correo )?(?:del destinatario )?está lleno',
    'caixa de correio (?:do destinatário )?está cheia', 'casella (?:di posta )?(?:del destinatario )?è piena', 'メールボックスがいっぱい', '邮箱已满', '사서함이 가득', 'ящик переполнен',
    'mailbox (?:is )?full', 'mailbox (?:is )?(?:over|exceeded|exceeds) (?:its |the )?(?:quota|size|storage)', 'over ?quota', 'quota exceeded',
    'exceeded (?:the |its |their )?(?:storage|quota|mailbox)', 'exceeds (?:the |its )?(?:storage|quota)', 'quota (?:full|exceed)',
    'inbox is full', 'mailbox size limit', 'out of storage', 'storage (?:space|quota) (?:is )?(?:full|exceeded)', 'disk quota',
    'mail ?box full', 'user is over', 'has exceeded (?:his|her|the|their)', 'insufficient (?:disk )?space (?:for|in) (?:the )?(?:user|mailbox)',
    'full mailbox', 'mailfolder is full', 'too many messages in (?:the|this) mailbox', 'not enough storage', 'maildir over',
    'mailbox exceeds allowed size', 'account is full', 'is over (?:its |the )?(?:quota|limit)', 'quotaexceeded', 'quota-exceeded',
  ],
};
