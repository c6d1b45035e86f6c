/**
 * Korean versions of the sentences the catalog composes itself (see ../en.ts). Korean particles
 * (은/는, 이/가) depend on how the preceding code is read aloud, so the templates put codes before a
 * colon or in parentheses instead of attaching particles to them.
 */
import type { CatalogPhrases } from '../en.js';

export const koCatalogPhrases: CatalogPhrases = {
  classConsequence: {
    success: '성공입니다. 명령이 받아들여졌고 고칠 것이 없습니다',
    intermediate: '중간 응답입니다. 서버가 클라이언트의 다음 입력을 기다리고 있습니다',
    transient: '일시적 실패입니다. 발신 서버가 메시지를 보관하고 알아서 재시도합니다',
    permanent: '영구적 실패입니다. 그대로 재시도해도 소용없고 발신자는 반송 메일을 받습니다',
  },
  classWord: {
    success: '성공',
    intermediate: '중간 응답',
    transient: '일시적 실패',
    permanent: '영구적 실패',
  },
  who: {
    sender: '발신 측이 무언가를 고쳐야 합니다',
    'recipient-admin': '수신 측 메일 관리자가 조치해야 합니다',
    recipient: '수신자 본인이 조치해야 합니다',
    nobody: '아무도 조치할 필요가 없습니다',
  },
  derived: {
    classes: (a: string, ac: string, b: string, bc: string) => `${a}: ${ac}. ${b}: ${bc}.`,
    sameClass: (cls: string, a: string, at: string, b: string, bt: string) =>
      `둘 다 ${cls} 코드입니다. ${a}의 의미: ${at}. ${b}의 의미: ${bt}.`,
    who: (a: string, aw: string, b: string, bw: string) => `${a}에서는 ${aw}. ${b}에서는 ${bw}.`,
    retry: (a: string, ar: string, b: string, br: string) => `재시도: ${a}: ${ar} ${b}: ${br}`,
    seen: (a: string, as: string, b: string, bs: string) => `${a}: ${as} ${b}: ${bs}`,
  },
  defaultRetry: {
    success: '재시도할 것이 없습니다. 서버가 명령을 받아들였습니다.',
    intermediate: '재시도할 것이 없습니다. 서버가 명령을 받아들였습니다.',
    transient: '발신 서버가 메시지를 큐에 보관하고 알아서 다시 시도합니다. 보통 최대 4~5일 동안 재시도합니다.',
    permanent: '같은 메시지를 다시 보내면 똑같이 실패합니다. 먼저 원인을 고친 뒤 다시 보냅니다.',
  },
  unregistered: {
    title: (subject: string) => `${subject} (등록되지 않은 세부 코드)`,
    meaning: (code: string, cls: string, subject: string) =>
      `${code}: IANA 레지스트리에 없는 코드이므로 앞의 두 부분만 표준 의미가 있습니다. ${cls} ${subject}`,
    whenSeen: [
      '대형 제공업체와 일부 MTA는 등록된 클래스와 서브젝트 뒤에 자체 세부 번호를 붙입니다. 실제 설명은 코드 뒤의 텍스트에 있습니다.',
    ],
    fix: [
      '서버가 코드와 함께 보낸 텍스트를 읽습니다. 거기에 원인이 적혀 있습니다.',
      '코드를 보낸 제공업체 이름과 함께 검색합니다(예: "smtp microsoft 5.7.708").',
    ],
  },
  usedWith: (code: string, classes: string, digit: string) =>
    `${code}: 보통 ${classes} 형태로 쓰이며 ${digit}.X.X 형태로는 쓰이지 않습니다. 서버가 이례적으로 쓰고 있으므로 응답 코드와 서버가 보낸 텍스트를 기준으로 판단합니다.`,
  or: ' 또는 ',
  together: {
    disagree: (reply: string, rc: string, enhanced: string, ec: string) =>
      `두 코드가 서로 맞지 않습니다. ${reply}: ${rc}, ${enhanced}: ${ec}. 첫 자리 숫자는 같아야 합니다. ` +
      `대부분의 발신 서버는 세 자리 응답 코드를 따르므로 ${rc} 응답으로 처리될 것으로 봅니다. ` +
      '이 응답을 보낸 서버의 운영자에게 불일치를 알립니다.',
    reading: (reply: string, rt: string, enhanced: string, et: string) =>
      `${reply}: 명령이 어떻게 처리됐는지를 알려 줍니다(${rt}). ${enhanced}: 그 이유를 알려 줍니다(${et}).`,
    unusual: (reply: string, enhanced: string) =>
      `${reply} 응답과 ${enhanced} 코드의 조합은 흔하지 않습니다. 응답 코드의 일반적인 의미보다 확장 상태 코드와 서버가 보낸 텍스트를 믿습니다.`,
  },
  /** Korean has no letter case, so titles go into sentences unchanged. */
  inline: (title: string) => title,
};
