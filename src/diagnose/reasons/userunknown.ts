import type { ReasonRule } from './types.js';

/** The mailbox does not exist at the receiving domain. */
export const userunknown: ReasonRule = {
  reason: 'userunknown',
  weight: 70,
  codes: ['X.1.1', 'X.1.3', 'X.1.4', 'X.1.351', 'X.1.0'],
  phrases: [
    'user unknown', 'unknown user', 'user(?:name)? (?:is )?not found', 'no such (?:user|mailbox|recipient|address|local user|person)',
    'unknown (?:recipient|mailbox|address|local[- ]part|email address|account)', 'recipient (?:unknown|not found|does not exist|address rejected: (?:user unknown|undeliverable|access denied|unknown|invalid))',
    'mailbox (?:unavailable|not found|does not exist|doesn\'t exist|is unavailable|not available|name not allowed|unknown)', 'invalid (?:recipient|mailbox|address|user|e-?mail address)',
    'address (?:unknown|not found|does not exist|doesn\'t exist|invalid)',
    // Outlook's own non-delivery report, with or without the code under it.
    'address you entered (?:couldn\'t|could not|can\'t|cannot) be found', '(?:wasn\'t|was not) found at', 'unknown to address', 'account (?:does not exist|doesn\'t exist|not found|unknown|that you tried to reach does not exist)',
    'does not exist', 'doesn\'t exist', 'recipnotfound', 'recipientnotfound', 'resolver\\.adr\\.', 'not our customer',
    'no mailbox here', 'no such account',
    // Courier's local delivery: "550 User <bob> unknown".
    'user <[^<>\\s]{1,64}> unknown', 'not a valid (?:mailbox|recipient|user)', 'user not local',
    'doesn\'t have a .{1,40} account', 'does not have an? .{1,40} account', 'is not a known user', 'bad destination mailbox',
    'no valid recipients', 'not listed in', 'mailbox .{0,40}(?:does not|doesn\'t) exist',
    'user does not exist', 'unknown or illegal alias', 'destination addresses were unknown', 'could not be delivered to .{0,40} unknown',
    'no such mailbox', 'addressee unknown', 'is not a valid', 'undeliverable address', 'delivery error: dd',
    'sorry, no mailbox', 'not (?:a )?valid recipient', 'account is unavailable', 'user doesn\'t exist', 'no account by that name',
    // The same in the languages of non-English reports (de, fr, es, it, nl, ja, zh, ko, ru).
    // Exchange's and Gmail's "address not found", as their localized notices say it.
    'adresse (?:wurde )?nicht gefunden', 'e-mail-adresse wurde nicht gefunden', 'adresse (?:de messagerie )?(?:que vous avez entrée )?est introuvable', 'adresse introuvable',
    'dirección (?:de correo )?no encontrada', 'no se encontró la dirección', 'endereço (?:de e-?mail )?(?:que você inseriu )?não (?:foi )?encontrado',
    'indirizzo non trovato', 'impossibile trovare l\'indirizzo', 'nie znaleziono adresu', 'адрес не найден', 'アドレスが見つかりません', 'アドレスが見つかりませんでした',
    '找不到(?:您输入的电子邮件)?地址', '주소를 찾을 수 없',
    'benutzer unbekannt', 'unbekannter? (?:benutzer|empfänger)', 'empfänger(?:adresse)? unbekannt', 'utilisateur inconnu', 'destinataire inconnu',
    'usuario desconocido', 'destinatario (?:desconocido|sconosciuto)', 'utente sconosciuto', 'gebruiker onbekend', '宛先不明', '用户不存在',
    '收件人不存在', '사용자 없음', '존재하지 않는 (?:사용자|계정|주소)', 'пользователь не найден', 'нет такого пользователя',
    // An address retired with a message of its own (Exim's ":fail:", an autoresponder of a closed mailbox).
    'address is no longer in use', '(?:has|have) left the (?:company|organi[sz]ation|firm)', 'no longer (?:with|employed (?:at|by)|works? (?:at|for)) (?:the |this |our )?(?:company|organi[sz]ation|firm)',
    'unknown or invalid', 'recipient name is not recognized', 'invalid (?:final delivery )?user ?id', 'not a registered user', 'not exist', 'ユーザ', 'this address no longer accepts mail', 'mailbox not exist',
    // A gateway's notice that only asks to check the address: weak, so any other wording wins.
    ['please check (?:if|that|whether) (?:the )?(?:e-?mail )?address(?:es)? (?:is|are) correct', 30],
  ],
};
