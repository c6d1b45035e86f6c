/**
 * Korean overlay for enhanced status codes X.5.0 to X.7.30 (data/enhanced-x5-x7.ts). Only prose is
 * translated; codes, server wording, commands and config keys stay as they are so they can still be
 * matched against logs.
 */
import type { EnhancedTranslation } from '../types.js';

// The English data shares three retry texts across many entries; the Korean shares them too, so
// the same English advice never reads two different ways.
const AUTO_RETRY =
  '정상적인 MTA는 메시지를 큐에 두고 스스로 재시도하며, 보통 최대 4–5일 동안 계속합니다. 같은 연기가 몇 시간째 반복될 때만 조치합니다.';
const FIX_THEN_RESEND = '그대로 다시 보내면 같은 이유로 실패합니다. 응답 텍스트에 적힌 원인을 고친 뒤 다시 보냅니다.';
const NOTHING_TO_RETRY = '성공 또는 정보성 상태입니다. 메시지가 받아들여졌으므로 재시도할 것이 없습니다.';

export const koEnhancedX5toX7: Record<string, EnhancedTranslation> = {
  // ── X.5.X 메일 배달 프로토콜 ──────────────────────────────────────────────────────────────────
  'X.5.0': {
    title: '기타 또는 미정의 프로토콜 상태',
    meaning:
      'SMTP 대화 자체에서 문제가 생겼지만, 서버가 더 정확한 프로토콜 코드를 고르지 않았습니다. 코드만으로는 "프로토콜 수준의 문제"라는 것밖에 알 수 없고, 실제 원인은 응답 텍스트에 있습니다.',
    whenSeen: [
      '어떤 프로토콜 거부에든 두루 이 코드를 쓰는 서버입니다. 예: 모든 RCPT가 거부된 뒤 DATA가 들어오면 "554 5.5.0 No recipients have been specified".',
      '일부 메일함 제공업체는 존재하지 않거나 잘못된 수신자에 550 5.5.0을 보냅니다. 엄밀히는 5.1.1이어야 합니다.',
      '2.5.0은 BDAT/BURL 청크나 ETRN 같은 명령 뒤의 단순 성공입니다.',
    ],
    fix: [
      '코드 뒤의 텍스트와, 그 응답이 어느 명령(MAIL, RCPT, DATA)에 대한 것인지 확인합니다. 무엇이 실패했는지는 코드가 아니라 이쪽이 알려 줍니다.',
      '텍스트에 수신자가 잘못됐다고 나오면 5.1.1처럼 처리합니다. 주소 오타를 확인하고, 정말 없어진 주소라면 보내기를 멈춥니다.',
      '받아들여진 수신자가 하나도 없다면 대화 기록을 위로 거슬러 올라갑니다. 실제 오류는 앞선 RCPT 응답에 있습니다.',
    ],
    notes: [
      '레지스트리는 이 코드가 주제 전체의 대체 코드이기 때문에 연관 응답 코드를 길게 적고 있습니다(2xx 성공 응답, 451/452/454/458/459, 501–503, 554).',
    ],
    keywords: ['프로토콜 오류', '수신자 없음', 'SMTP 프로토콜', '미정의'],
    retryAdvice: { '2': NOTHING_TO_RETRY, '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '2': { meaning: '명령이 받아들여졌습니다. 2.5.0은 프로토콜 수준의 일반적인 성공입니다.' },
    },
  },
  'X.5.1': {
    title: '잘못된 명령',
    meaning:
      '클라이언트가 서버가 지원하지 않는 명령을 보냈거나, 순서에 맞지 않게 보냈습니다(MAIL 전의 RCPT, 받아들여진 RCPT 없이 보낸 DATA, 트랜잭션 도중의 AUTH).',
    whenSeen: [
      '앞선 오류에 뒤따르는 오류입니다. MAIL FROM이나 모든 RCPT TO가 거부됐는데 클라이언트가 그대로 진행하면, 다음 명령이 "503 5.5.1 Error: need MAIL command" 또는 "554 5.5.1 Error: no valid recipients"를 받습니다.',
      'EHLO를 건너뛰거나, 서버가 광고하지 않은 명령을 보내거나, PIPELINING이 제공되지 않았는데 파이프라이닝하는 클라이언트나 스크립트입니다.',
      '전송 중에 명령을 망가뜨리는 방화벽이나 "SMTP fixup" 검사 장비입니다.',
    ],
    fix: [
      '대화 기록에서 바로 앞 명령에 대한 응답을 봅니다. MAIL이나 RCPT가 거부됐다면 그 오류를 고칩니다. 5.5.1은 그 결과일 뿐입니다.',
      '클라이언트가 EHLO를 먼저 보내고, 서버가 EHLO 응답에 나열한 확장만 쓰는지 확인합니다.',
      '회선상에서 명령이 바뀌어 보이면(예: STARTTLS 대신 "XXXX") 중간에 있는 방화벽의 SMTP 검사 기능을 끕니다.',
    ],
    notes: [
      'RFC 3463은 영구적 실패로만 의미가 있다고 설명합니다. 4.5.1은 드물며, 보통 프록시나 세션을 끝내는 중인 서버에서 나옵니다.',
    ],
    keywords: ['명령 순서 오류', 'need MAIL command', 'need RCPT command', '잘못된 명령', '인식할 수 없는 명령', '순서 위반'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  'X.5.2': {
    title: '구문 오류',
    meaning:
      '서버가 명령을 해석하지 못했습니다. 구문이 틀렸거나 모르는 명령입니다. 누가 보냈는지가 아니라 보낸 내용의 형식에 관한 코드입니다.',
    whenSeen: [
      '호스트 이름이 없거나, 맨 이름만 있거나, FQDN이 아닌 HELO/EHLO입니다. 예: Postfix "504 5.5.2 <host>: Helo command rejected: need fully-qualified hostname".',
      '직접 작성한 클라이언트나 스크립트가 보내는 잘못된 형식의 명령(꺾쇠괄호 누락, 불필요한 공백, CRLF 대신 bare LF로 끝나는 줄)입니다. 최근 Postfix 버전은 bare LF를 5.5.2 응답으로 거부합니다.',
      '유효한 base64가 아닌 AUTH 응답입니다("501 5.5.2 Cannot decode response").',
      'RFC 7208은 발신자의 SPF 레코드를 해석할 수 없을 때(SPF "permerror") 수신 측이 550 5.5.2를 쓰도록 합니다. 그래서 잘못된 명령이 아니라 고장 난 SPF 레코드를 가리킬 수도 있습니다.',
    ],
    fix: [
      '거부된 명령을 정확히 잡아(MTA 디버그 로그, 테스트라면 `swaks --to you@example.com --server mx.example.net`) RFC 5321 구문과 비교합니다.',
      '발신 호스트가 EHLO에서 DNS로 조회되는 FQDN을 쓰게 하고, 가능하면 역방향 DNS와 일치시킵니다.',
      '클라이언트가 모든 줄을 CRLF로 끝내는지 확인합니다. bare LF를 내보내는 라이브러리나 스크립트를 고칩니다.',
      '텍스트에 SPF가 나오면 발신자 도메인의 SPF 레코드를 검증합니다(`dig +short TXT example.com`, v=spf1 레코드는 하나만, 구문 오류 없음, DNS 조회 항목은 최대 10개).',
    ],
    notes: [
      'RFC 7372가 나중에 SPF permerror 경우를 위해 X.7.24 "SPF validation error"를 등록했습니다. 수신 측은 둘 중 어느 코드든 쓸 수 있습니다.',
    ],
    keywords: ['구문 오류', 'HELO 거부', 'FQDN 호스트 이름', 'bare LF', 'SPF permerror', '인식할 수 없는 명령'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  'X.5.3': {
    title: '수신자가 너무 많음',
    meaning:
      '트랜잭션의 수신자가 서버가 한 번에 받는 수보다 많습니다. 클라이언트는 포기하지 말고 나머지 수신자를 다른 트랜잭션으로 보내야 합니다.',
    whenSeen: [
      'RCPT TO 명령이 수백, 수천 개인 메시지가 수신 측의 메시지당 제한에 걸린 경우입니다. Postfix는 "452 4.5.3 Error: too many recipients"로 응답합니다(기본 제한은 1000).',
      '메시지당 또는 연결당 수신자 수에 상한을 두고, 넘으면 452 4.5.3으로 응답하는 메일함 제공업체입니다.',
      '계정별로 메시지당 수신자 수를 제한하고 5.5.3이나 자체 코드로 응답하는 제출(submission)·릴레이 서비스입니다.',
    ],
    fix: [
      'RCPT 단계의 4.5.3: 표준 MTA라면 할 일이 없습니다. 이미 받아들여진 수신자에게 전달하고 나머지는 새 트랜잭션으로 재시도합니다.',
      '애플리케이션이 SMTP를 직접 다룬다면 수신자 목록을 묶음으로 나누고(메시지당 100명이면 항상 안전합니다), RCPT에 대한 452는 나머지를 나중에 보내는 식으로 처리합니다.',
      '제출·릴레이 서비스의 5.5.3이면 그 서비스의 메시지당 수신자 제한을 확인하고, 더 작은 묶음으로 보내거나 메일링 리스트 도구를 씁니다.',
    ],
    notes: [
      'RFC 5321은 서버가 메시지당 최소 100명의 수신자를 받아야 한다고 요구하며, 이 이유로 RCPT에 552로 응답하는 것(오래된 관행)은 452처럼, 즉 일시적 실패로 취급해야 한다고 합니다.',
    ],
    keywords: ['수신자 너무 많음', '수신자 수 제한', 'RCPT 제한', 'smtpd_recipient_limit', '묶음 발송'],
    retryAdvice: {
      '4': '이미 받아들여진 수신자에게는 전달됩니다. 거부된 수신자는 MTA가 나중의 트랜잭션에서 스스로 보냅니다.',
      '5': FIX_THEN_RESEND,
    },
    // The English class-4 override changes only whoActs, so there is no prose to translate.
    byClass: { '4': {} },
  },
  'X.5.4': {
    title: '잘못된 명령 인수',
    meaning:
      '명령 자체는 유효하지만 인수 하나가 잘못됐습니다. 범위를 벗어났거나, 형식이 틀렸거나, 서버가 모르는 확장 매개변수입니다(SIZE=, BODY=, SMTPUTF8, AUTH 메커니즘 이름).',
    whenSeen: [
      '서버가 광고하지 않은 ESMTP 매개변수를 붙인 MAIL FROM이나 RCPT TO입니다. 대개 "555 5.5.4 Unsupported option: ..."로 응답합니다.',
      '서버가 제공하지 않는 메커니즘으로 보낸 AUTH입니다("504 5.5.4 Unrecognized authentication type").',
      '형식이 잘못된 SIZE= 값이나 그 밖의 매개변수 값입니다.',
    ],
    fix: [
      '클라이언트가 보내는 매개변수를 서버의 EHLO 응답과 비교하고(`openssl s_client -starttls smtp -connect mx.example.net:25` 후 `EHLO you.example.com`), 목록에 있는 것만 보냅니다.',
      'AUTH는 250-AUTH 줄에 있는 메커니즘 중에서 고릅니다(대개 TLS 위의 PLAIN이나 LOGIN, 또는 XOAUTH2).',
      '클라이언트 라이브러리가 확장을 무조건 보낸다면 업데이트하거나 설정을 바꿉니다.',
    ],
    notes: ['RFC 3463은 영구적 실패로만 의미가 있다고 설명합니다.'],
    keywords: ['지원하지 않는 옵션', '인식할 수 없는 매개변수', '잘못된 인수', 'MAIL FROM 매개변수', '인식할 수 없는 인증 방식'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  'X.5.5': {
    title: '잘못된 프로토콜 버전',
    meaning: '양쪽이 프로토콜 버전을 서로 다르게 알고 있고, 둘 사이에서 이를 맞추지 못했습니다.',
    whenSeen: [
      '실제로는 드뭅니다. SMTP가 아닌 것(HTTP 클라이언트, 평문 포트로 보낸 TLS 핸드셰이크)이 SMTP 포트에 접속할 때, 또는 MTA와 배달 에이전트 사이에서 LMTP와 SMTP가 뒤섞였을 때 나옵니다.',
    ],
    fix: [
      '클라이언트가 올바른 포트와 프로토콜을 가리키는지 확인합니다. 25/587번 포트는 평문 SMTP로 시작한 뒤 STARTTLS를 쓰고, 465번 포트는 첫 바이트부터 TLS를 기대하며, LMTP 소켓은 LHLO를 기대합니다.',
      '서버가 기대한 버전이 응답 텍스트에 나오는지 확인합니다.',
    ],
    notes: ['레지스트리에는 연관 응답 코드가 없습니다.'],
    keywords: ['프로토콜 버전', 'LMTP', '잘못된 포트'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  'X.5.6': {
    title: '인증 교환 줄이 너무 김',
    meaning:
      'AUTH 도중 클라이언트가 보낸 base64 응답이, 선택한 SASL 메커니즘에 대해 서버가 버퍼에 담을 수 있는 길이보다 길어서 AUTH 명령이 실패했습니다.',
    whenSeen: [
      '매우 큰 액세스 토큰을 AUTH 줄의 초기 응답(initial response)으로 보낸 XOAUTH2/OAUTHBEARER입니다.',
      '그룹 소속이 많아 커진 GSSAPI/Kerberos 티켓을 AUTH 줄 버퍼가 작은 서버로 보낸 경우입니다.',
      '자격 증명을 줄바꿈 없이 보내거나 두 번 보내는 버그 있는 클라이언트입니다.',
    ],
    fix: [
      '라이브러리에 그런 옵션이 있다면, SASL 응답을 AUTH 줄의 초기 응답으로 보내지 말고 334 챌린지 뒤에 별도의 줄로 보내게 합니다.',
      '다른 메커니즘(TLS 위의 PLAIN)이나 더 작은 토큰을 씁니다.',
      '서버를 운영한다면 AUTH 줄 길이 제한을 올립니다. RFC 4954는 AUTH 줄이 일반 명령 줄보다 훨씬 길어도 되도록 허용합니다.',
    ],
    notes: [
      'RFC 3030이 아니라 RFC 4954(SMTP AUTH)가 정의한 코드입니다. 레지스트리는 응답 코드 500과 짝지으며, 영구적 실패와 지속적인 일시적 실패 모두에 맞는다고 적고 있습니다.',
    ],
    keywords: ['AUTH 줄 너무 김', 'XOAUTH2', 'SASL', '토큰 너무 김', 'Kerberos'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },

  // ── X.6.X 메시지 내용 또는 미디어 ─────────────────────────────────────────────────────────────
  'X.6.0': {
    title: '기타 또는 미정의 미디어 오류',
    meaning:
      '메시지 내용의 어떤 점 때문에 전달할 수 없는데, 더 구체적인 미디어 코드가 맞지 않습니다. 콘텐츠 필터가 자체 판정에 흔히 씁니다.',
    whenSeen: [
      'DATA 끝에서 거부하는 콘텐츠 필터입니다. 예: "554 5.6.0 This message has been scored as spam ...".',
      '헤더 문제: 헤더 필드가 너무 많거나 큼("552 5.6.0 Headers too large"), 하나만 있어야 하는 헤더의 중복, 잘못된 MIME 구조입니다.',
      '게이트웨이가 처리하지 못한 첨부 파일이나 MIME 파트입니다.',
    ],
    fix: [
      '응답 텍스트를 읽습니다. 보통 걸린 규칙(스팸 점수, 헤더 제한, 첨부 파일 유형)이 나옵니다.',
      '같은 수신자에게 일반 텍스트 테스트 메시지를 보냅니다. 그것이 통과하면 문제는 원래 메시지의 내용이나 구조에 있습니다.',
      '원본 메시지를 검증하고(From, Date, Message-ID가 각각 하나, 올바른 MIME 경계, 줄 길이 998옥텟 이하) 흔치 않은 첨부 파일을 뺍니다.',
      '스팸 판정이면 내용 기반 5.7.1처럼 처리합니다. 인증과 내용을 고치고, 오탐이라면 수신자 쪽 postmaster에게 연락합니다.',
    ],
    notes: ['레지스트리에는 연관 응답 코드가 없습니다. 실제로는 DATA가 끝난 뒤 550, 552, 554와 함께 옵니다.'],
    keywords: ['내용 거부', '미디어 오류', '헤더 너무 큼', 'MIME 오류', '메시지 내용'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  'X.6.1': {
    title: '지원되지 않는 미디어',
    meaning:
      '메시지가 배달 프로토콜이나 다음 시스템이 실어 나를 수 없는 미디어 유형 또는 인코딩을 써서, 있는 그대로는 전달할 수 없습니다.',
    whenSeen: [
      '특정 첨부 파일 유형이나 MIME 구조를 거부하는 게이트웨이나 필터입니다("500 5.6.1 Message content rejected").',
      '7비트 데이터만 받는 시스템으로 보낸 8비트 또는 바이너리 내용의 메시지입니다.',
    ],
    fix: [
      '응답 텍스트에서 어느 부분(첨부 파일 유형, 문자 집합, 인코딩)이 거부됐는지 찾습니다.',
      '첨부 파일은 base64로 인코딩한 MIME 파트로, 텍스트는 quoted-printable로 보내고, 크거나 실행 가능한 파일은 링크로 공유합니다.',
      '수신자에게 그 유형의 내용이 꼭 필요하다면 그쪽 관리자에게 허용해 달라고 요청합니다.',
    ],
    notes: ['RFC 3463은 영구적 실패로만 의미가 있다고 설명합니다. 레지스트리에는 연관 응답 코드가 없습니다.'],
    keywords: ['미디어 미지원', '첨부 파일 차단', '콘텐츠 유형', '바이너리', '8비트'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.6.2': {
    title: '변환이 필요하지만 금지됨',
    meaning:
      '전달하려면 내용을 변환해야 하지만 변환이 허용되지 않습니다. 발신자가 변환하지 말라고 요청했거나 발신 호스트의 정책이 금지합니다.',
    whenSeen: [
      '8비트 파트를 7비트 구간에 맞게 다시 인코딩해야 하는 서명·암호화 메시지(S/MIME, PGP)입니다. 다시 인코딩하면 서명이 깨집니다.',
      '내용을 바꾸지 않고는 실어 나를 수 없는, SMTP가 아닌 시스템으로 가는 게이트웨이입니다.',
    ],
    fix: [
      '발신 클라이언트가 서명하기 전에 메시지를 7비트 전송용으로 인코딩하게 합니다(모든 파트를 quoted-printable이나 base64로).',
      '변환 금지가 우리 릴레이의 로컬 정책이라면 이 목적지에 대해 검토합니다.',
    ],
    notes: ['레지스트리에는 연관 응답 코드가 없습니다.'],
    keywords: ['변환 금지', '서명된 메시지', '7비트', '8BITMIME', '다운그레이드'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.6.3': {
    title: '변환이 필요하지만 지원되지 않음',
    meaning:
      '경로상의 호스트가 메시지를 넘기려면 내용을 변환해야 하는데(대개 8비트에서 7비트로), 그 변환을 할 수 없거나 하지 않습니다.',
    whenSeen: [
      '다운그레이드하지 않는 릴레이가 8BITMIME을 광고하지 않는 다음 홉으로 넘긴 8비트 메시지(UTF-8이나 Latin-1 본문을 인코딩 없이 담은 메시지)입니다.',
      'BINARYMIME/CHUNKING을 지원하지 않는 홉에 도달한 BINARYMIME 내용입니다.',
    ],
    fix: [
      '보내기 전에 애플리케이션이나 클라이언트에서 본문을 quoted-printable이나 base64로 인코딩해, 도중에 변환이 필요 없게 합니다.',
      '릴레이를 운영한다면 8비트에서 7비트로의 변환을 켭니다(Postfix에서는 `disable_mime_output_conversion = no`로 둡니다).',
      '어느 홉이 거부했는지 확인합니다(반송 메일의 Reporting-MTA / Remote-MTA 줄).',
    ],
    notes: [],
    keywords: ['8BITMIME', '변환 미지원', '다운그레이드', '7비트', 'BINARYMIME'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  'X.6.4': {
    title: '손실이 있는 변환 수행됨',
    meaning:
      '2.6.4는 경고입니다. 메시지는 전달됐지만 도중의 변환에서 일부 데이터가 손실됐습니다. 5.6.4는 발신자가 손실 있는 변환을 받아들일 수 없다고 했기 때문에 실패한 것입니다.',
    whenSeen: [
      '내용을 바꿔서 전달한 게이트웨이가 보내는 "250 2.6.4 MIME header conversion with loss performed" 같은 DSN이나 응답입니다.',
      '첨부 파일이나 서식을 버리는 팩스, SMS, 구형 메일 시스템으로 가는 게이트웨이입니다.',
    ],
    fix: [
      '2.6.4는 조치가 필요 없습니다. 다만 내용이 중요하다면 도착한 것을 쓸 수 있는지 수신자에게 확인합니다.',
      '5.6.4는 목적지가 손실 없이 실어 나르는 형태(일반 텍스트, 표준 인코딩)로 보내거나, 손실 있는 변환을 허용합니다.',
    ],
    notes: [],
    keywords: ['손실 변환', '손실 있는 변환', '게이트웨이 변환'],
    retryAdvice: { '2': NOTHING_TO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '5': {
        meaning:
          '전달하려면 손실 있는 변환이 필요했는데, 발신자가 손실 있는 변환을 하지 말라고 요청했기 때문에 거부됐습니다.',
      },
    },
  },
  'X.6.5': {
    title: '변환 실패',
    meaning: '내용 변환이 필요해서 시도했지만 성공하지 못했습니다.',
    whenSeen: [
      '잘못된 형식의 MIME 메시지(깨진 경계, 잘못된 base64)를 다시 인코딩하려다 실패한 게이트웨이나 릴레이입니다.',
      '구형 시스템으로 가는 게이트웨이에서 문자 집합 변환이 실패한 경우입니다.',
    ],
    fix: [
      '메시지가 올바른 MIME인지(경계 일치, 유효한 인코딩) 확인하고 표준 라이브러리로 다시 생성합니다.',
      '변환이 필요 없게 내용을 보냅니다(7비트에 안전한 인코딩).',
      '4.6.5는 큐가 재시도하도록 둡니다. 계속되면 영구적 실패와 같이 처리합니다.',
    ],
    notes: ['RFC 3463은 영구적 실패와 지속적인 일시적 실패 모두로 허용합니다. 레지스트리에는 연관 응답 코드가 없습니다.'],
    keywords: ['변환 실패', 'MIME', '문자 집합'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  'X.6.6': {
    title: '메시지 내용을 가져올 수 없음',
    meaning: '메시지 내용을 다른 시스템에서 가져와야 했는데(제출 시의 BURL/IMAP URL) 가져오지 못했습니다.',
    whenSeen: [
      'BURL 확장을 쓰는 제출에서, 제출 서버가 IMAP 서버로부터 참조된 메시지를 가져오지 못한 경우입니다("554 5.6.6 IMAP URL resolution failed").',
    ],
    fix: [
      'IMAP URL과 그 URLAUTH 권한이 유효하고 만료되지 않았는지 확인합니다.',
      '제출 서버가 IMAP 서버에 접속해 인증할 수 있는지 확인합니다.',
      '일반적인 DATA/BDAT 제출로 내용을 보내는 방식으로 되돌아갑니다.',
    ],
    notes: ['BURL을 지원하는 제출 클라이언트에서만 나옵니다. RFC 4468은 영구적 실패와 지속적인 일시적 실패 모두로 허용합니다.'],
    keywords: ['BURL', 'IMAP URL', 'URLAUTH', '내용을 가져올 수 없음'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  'X.6.7': {
    title: '해당 발신자/수신자에 비 ASCII 주소가 허용되지 않음',
    meaning:
      '주소에 비 ASCII 문자가 들어 있어서(국제화 주소), 그 자리에 그런 주소를 받지 않는 서버가 MAIL FROM이나 RCPT TO를 거부했습니다.',
    whenSeen: [
      '"josé@example.com" 같은 주소나 비 ASCII 도메인의 주소로(또는 그 주소에서) 보내는데, 서버가 그 주소에 대해 SMTPUTF8을 지원하지 않는 경우입니다.',
      'RFC 6531은 거부된 수신자에는 553, 거부된 발신자에는 550을 짝짓습니다.',
    ],
    fix: [
      '수신 서버가 EHLO 응답에서 SMTPUTF8을 광고하는지 확인합니다. 광고하지 않으면 그 주소를 받을 수 없습니다.',
      '주소 소유자에게 ASCII 별칭이 있으면 그것을 씁니다. 로컬 파트는 ASCII이고 도메인만 비 ASCII라면 도메인을 A-label(xn--) 형식으로 보냅니다.',
      '수신자의 제공업체가 국제화 메일을 받을 수 없다면 수신자에게 ASCII 주소를 요청합니다.',
    ],
    notes: [
      '실험적 선행 규격인 RFC 5336은 X.6.7에 다른 의미("ALT-ADDRESS is required but not specified")를 주었고, RFC 6531이 이를 대체했습니다.',
    ],
    keywords: ['SMTPUTF8', 'EAI', '국제화 주소', '비 ASCII', '유니코드 주소', 'IDN'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.6.8': {
    title: 'UTF-8 문자열 응답이 필요하지만 SMTP 클라이언트가 허용하지 않음',
    meaning:
      'VRFY나 EXPN의 답으로 메일함 이름을 UTF-8로 보여 줘야 하는데, 클라이언트가 UTF-8 응답을 받는다고 밝히지 않아서 서버가 답할 수 없습니다.',
    whenSeen: [
      '이름이 비 ASCII인 메일함에 대해 SMTPUTF8 매개변수 없이 보낸 VRFY나 EXPN입니다. RFC 6531에 따르면 서버는 이때 252 또는 550으로 응답합니다.',
    ],
    fix: [
      '클라이언트가 국제화 메일을 지원한다면 VRFY/EXPN에 SMTPUTF8 매개변수를 붙입니다(서버가 EHLO에 SMTPUTF8을 나열한 경우에만).',
      '그렇지 않다면 무시합니다. VRFY/EXPN 결과는 메일 전달에 필요하지 않습니다.',
    ],
    notes: ['X.6.10은 이 코드의 중복으로, 사용이 중단됐습니다.'],
    keywords: ['SMTPUTF8', 'VRFY', 'EXPN', 'UTF-8 응답'],
    retryAdvice: { '2': NOTHING_TO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '2': {
        meaning: '252와 함께 옵니다. 서버가 UTF-8 메일함 이름은 보여 주지 않지만, 그 메일함으로 오는 메일은 그대로 받습니다.',
      },
    },
  },
  'X.6.9': {
    title: 'UTF-8 헤더 메시지를 일부 수신자에게 전송할 수 없음',
    meaning:
      '메시지에 국제화(UTF-8) 헤더 필드가 있는데, 적어도 한 수신자로 가는 경로가 그런 메시지를 실어 나를 수 없어서 DATA가 끝난 뒤 거부됐습니다.',
    whenSeen: [
      'SMTPUTF8로 보낸 메시지(From/To/Subject에 인코딩 없는 UTF-8)를 SMTPUTF8을 지원하지 않는 다음 홉으로 릴레이해야 하는 경우입니다.',
      '다음 홉에 SMTPUTF8이 없을 때 발신 측 자체 릴레이가 DSN으로 보고하는 경우가 많습니다.',
    ],
    fix: [
      '목적지의 EHLO에 SMTPUTF8이 있는지 확인합니다. 없으면 보낸 그대로의 메시지는 받을 수 없습니다.',
      '헤더를 ASCII 형태로 보냅니다. 표시 이름과 제목은 인코딩된 단어(RFC 2047)로, 주소는 ASCII로, 도메인은 A-label로 보냅니다. 대부분의 라이브러리는 SMTPUTF8을 끄면 이렇게 합니다.',
      '인코딩하지 않은 UTF-8 헤더는 주소 자체가 국제화된 경우에만 쓰고, 그런 메일은 SMTPUTF8이 없는 서버로 가면 실패한다는 점을 받아들입니다.',
    ],
    notes: [
      '레지스트리는 550을 적고 있지만 RFC 6531 본문은 이 상황을 554 "Transaction failed"와 짝짓습니다. 둘 다 보입니다.',
      'RFC 5336(실험적, 폐기됨)에서 같은 번호는 "UTF8SMTP downgrade failed"라는 뜻이었습니다.',
    ],
    keywords: ['SMTPUTF8', 'EAI', 'UTF-8 헤더', '다운그레이드 실패', '국제화'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.6.10': {
    title: 'X.6.8의 중복 코드(사용 중단)',
    meaning:
      '이 코드에는 고유한 의미가 없습니다. 레지스트리는 X.6.8(UTF-8 응답이 필요하지만 클라이언트가 허용하지 않음)의 중복이자 사용 중단된 코드로 표시합니다.',
    whenSeen: ['사실상 나오지 않습니다. 실험적 UTF8SMTP 규격의 오래된 구현이 아직 보낼 수는 있습니다.'],
    fix: ['X.6.8로 읽고 그 설명을 따릅니다.'],
    notes: ['처음에는 RFC 5336이 등록했고, RFC 6531이 사용 중단으로 표시했습니다.'],
    keywords: ['사용 중단', 'SMTPUTF8', '중복 코드'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },

  // ── X.7.X 보안 또는 정책 ──────────────────────────────────────────────────────────────────────
  'X.7.0': {
    title: '기타 또는 미정의 보안 상태',
    meaning:
      '보안이나 정책상 이유로 명령이 멈췄는데, 서버에 더 정확한 코드가 없었거나 정책을 드러내지 않기로 했습니다. 2.7.0은 보안 관련 성공으로, 대부분 "235 2.7.0 Authentication successful"입니다.',
    whenSeen: [
      '4.7.0은 일상적인 일시적 정책 연기입니다. 대형 메일함 제공업체가 발송 속도 제한, 낮은 IP·도메인 평판, "try again later" 거부에 쓰며, 보통 421이나 450/451 응답과 함께 옵니다.',
      'TLS를 요구하는 서버에 클라이언트가 평문으로 보내거나 인증하려 할 때의 "530 5.7.0 Must issue a STARTTLS command first"(Postfix, Gmail 등).',
      '클라이언트가 로그인하지 않았을 때 제출 포트(587/465)에서 나오는 "530 5.7.0 Authentication required", 그리고 서버의 인증 백엔드가 다운됐을 때의 "454 4.7.0 Temporary authentication failure".',
      '더 세분된 코드를 쓰지 않는 콘텐츠·스팸 필터입니다("554 5.7.0 Reject ... SPAM").',
    ],
    fix: [
      '응답 텍스트부터 읽습니다. TLS 필요, 인증 필요, 발송 속도 제한, 평판, 스팸 중 어느 경우인지 텍스트로 가려지며, 해결 방법이 각각 다릅니다.',
      '"Must issue a STARTTLS command first"라면: 클라이언트에서 STARTTLS를 켜고(587번 포트에서 STARTTLS, 또는 465번 포트에서 암묵적 TLS), 클라이언트의 TLS 버전과 암호 스위트가 받아들여지는지 확인합니다.',
      '"Authentication required"라면: 계정 자격 증명으로 SMTP AUTH를 설정합니다. 우리 앱의 메일을 릴레이하는 서버라면 앱을 허용 목록에 넣거나 인증된 릴레이를 씁니다.',
      '제공업체의 4.7.0 연기라면: 큐가 재시도하도록 두고, 그 도메인으로 가는 발송 속도와 연결 수를 줄이고, 제공업체의 postmaster 도구(Google Postmaster Tools, Microsoft SNDS)에서 평판과 인증 문제를 확인합니다.',
    ],
    notes: [
      'RFC 3463은 보안 정책 때문에 정확한 상황을 숨길 때 이 코드를 쓰도록 명시적으로 허용합니다. 그래서 모호한 5.7.0은 의도적인 경우가 많습니다.',
      'Gmail 등 대형 제공업체는 자체 설명 텍스트와 도움말 링크를 붙여 421 4.7.0과 550 5.7.0을 보냅니다. 그 텍스트들은 제공업체별 항목에서 다룹니다.',
    ],
    keywords: ['정책', '발송 속도 제한', '스로틀링', '나중에 다시 시도', 'STARTTLS 필요', '인증 필요', '평판', '일시적 실패'],
    retryAdvice: {
      '2': NOTHING_TO_RETRY,
      '4': '큐에 그대로 둡니다. 제공업체의 연기는 발송 속도를 낮추면 보통 몇 분에서 몇 시간 안에 풀립니다. 몇 시간 넘게 계속되면 평판과 인증을 조사합니다.',
      '5': FIX_THEN_RESEND,
    },
    byClass: {
      '2': { meaning: '보안 단계가 성공했습니다. 대개 AUTH 성공 뒤의 "235 2.7.0"입니다.' },
      '4': {
        meaning:
          '일시적인 보안·정책 거부입니다. 발송 속도 제한, 평판에 따른 스로틀링, 일시적 인증 실패, 또는 그레이리스팅 같은 연기입니다.',
        whenSeen: [
          'Gmail, Yahoo, Microsoft 등이 발송량이나 평판 때문에 발신 IP나 도메인을 스로틀링할 때 보내는 421 4.7.0 또는 450/451 4.7.0.',
          '서버의 인증 백엔드를 쓸 수 없을 때의 454 4.7.0 "Temporary authentication failure".',
          '실패했거나 수신 측 정책에 따라 일시적으로 거부된 TLS 핸드셰이크입니다.',
        ],
        fix: [
          '큐가 재시도하도록 두고 손으로 다시 보내지 않습니다. 발송 속도나 평판 때문에 조절당하는 중이라면 시도를 늘릴수록 길어질 뿐이고, 그레이리스팅이라면 다음 재시도에서 풀립니다.',
          '그 목적지로 가는 동시 연결 수와 메시지 발송 속도를 줄입니다(MTA나 ESP의 목적지별 제한).',
          '우리 메일이 SPF, DKIM, DMARC를 통과하는지, IP가 주요 차단 목록에 없는지, 제공업체 postmaster 도구의 스팸 신고율이 낮은지 확인합니다.',
        ],
      },
    },
  },
  'X.7.1': {
    title: '배달 권한 없음, 메시지 거부됨',
    meaning:
      '수신 측이 이 발신자가 이 수신자에게 보낸 이 메시지를 받지 않습니다. 정책이나 필터가 거부했습니다. 릴레이 거부, 차단 목록에 오른 IP, 스팸 판정, 발신자·수신자 제한 등에 두루 쓰이는 포괄적인 정책 거부 코드이며, 어느 경우인지는 코드 뒤의 텍스트만 알려 줍니다.',
    whenSeen: [
      '릴레이 거부: 서버가 책임지지 않는 도메인으로 먼저 인증하지 않고 보낼 때의 "554 5.7.1 <user@example.org>: Relay access denied".',
      '차단 목록: "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org" 또는 텍스트에 이름이 나오는 다른 DNSBL.',
      '스팸·내용 판정: "550 5.7.1 Message content rejected, UBE" 또는 제공업체의 "likely unsolicited mail" 메시지.',
      '발신자·수신자 제한: 수신자가 내부 발신자나 승인된 발신자의 메일만 받거나, 발신자가 수신자의 차단 목록에 있거나, 배포 목록이 제한된 경우입니다.',
      'SPF "fail" 결과: RFC 7208은 수신 측이 이를 550 5.7.1로 거부하도록 합니다(최근 서버는 5.7.23을 쓰기도 합니다).',
    ],
    fix: [
      '5.7.1 뒤의 텍스트를 읽고 분류합니다. "Relay access denied"는 인증이나 라우팅 문제, DNSBL 이름(spamhaus, spamcop, barracuda, sorbs…)은 우리 IP 문제, "spam", "UBE", "content", "unsolicited"는 메시지 문제, "not authorized", "restricted", "not allowed to send"는 수신자 측 규칙 문제입니다.',
      '릴레이 거부: 보내기 전에 인증합니다(587번 포트의 SMTP AUTH). 수신 측 관리자라면 도메인이 accepted domains / relay_domains에 있는지, MX가 올바른 서버를 가리키는지 확인합니다.',
      '차단 목록에 오른 IP: 텍스트에 나온 목록에서 IP를 조회하고, 원인(탈취된 계정, 오픈 릴레이, 빠진 rDNS)을 고친 뒤 그 목록의 등재 해제 요청 양식을 씁니다.',
      '스팸 판정: SPF, DKIM, DMARC가 통과하는지 확인하고(Gmail로 보낸 테스트 메일의 Authentication-Results 헤더), URL 단축 링크와 의심스러운 링크를 빼고, 오탐이면 수신자 쪽 postmaster에게 연락합니다.',
      '수신자 제한: 수신자나 그쪽 관리자가 우리 주소나 도메인을 허용해야 합니다. 발신 측에서는 고칠 수 없습니다.',
    ],
    notes: [
      'RFC 3463은 영구적 실패로만 의미가 있다고 하지만, 실제로는 일시적 정책 연기에 4.7.1이 흔합니다. 그레이리스팅("Greylisted, try again later"), 일시적 평판 차단, Postfix의 450 4.7.1 정책 거부가 그 예입니다.',
      'Microsoft 365는 서로 다른 여러 상황(자체 IP 차단 목록, 제한된 배포 그룹 등)에 5.7.1을 보내고, 다른 상황에는 자체 세부 번호 5.7.5xx–5.7.7xx를 씁니다. 이것들은 제공업체별 항목에서 다룹니다.',
    ],
    keywords: [
      '릴레이 거부',
      '릴레이 접근 거부',
      '차단됨',
      '차단 목록',
      '블랙리스트',
      'DNSBL',
      'Spamhaus',
      '스팸',
      '원치 않는 메일',
      '정책 거부',
      '권한 없음',
      '접근 거부',
      '메시지 거부',
      'RBL',
    ],
    retryAdvice: {
      '4': '그레이리스팅과 일시적 정책 차단은 저절로 풀립니다. MTA가 몇 분 뒤 재시도합니다. 몇 시간이 지나도 계속 연기되면 5.7.1과 같은 방식으로 텍스트를 읽습니다.',
      '5': FIX_THEN_RESEND,
    },
    byClass: {
      '4': {
        meaning: '일시적인 정책 거부입니다. 그레이리스팅, 일시적 평판·발송 속도 차단, 또는 끝나지 못한 정책 검사입니다.',
        whenSeen: [
          '그레이리스팅: 처음 보는 발신자/IP의 첫 시도는 450 또는 451 4.7.1로 연기되고 재시도는 받아들여집니다.',
          '메일함 제공업체의 일시적인 평판 또는 발송량 차단입니다.',
          '수신 측의 정책 서비스(milter, 정책 데몬)가 시간 초과된 경우입니다.',
        ],
        fix: [
          'MTA가 재시도하도록 둡니다. 그레이리스팅은 몇 분 뒤 같은 IP에서 온 다음 시도를 통과시킵니다.',
          '여러 IP의 풀에서 보낸다면 한 메시지의 재시도는 같은 IP에서 나가게 합니다. 그렇지 않으면 그레이리스팅이 영영 풀리지 않습니다.',
          '몇 시간째 계속되면 텍스트에 나온 이유에 맞춰 5.7.1의 단계를 따릅니다.',
        ],
      },
    },
  },
  'X.7.2': {
    title: '메일링 리스트 확장 금지',
    meaning: '발신자에게 수신 주소인 메일링 리스트나 배포 그룹에 게시할 권한이 없습니다.',
    whenSeen: [
      '구독하지 않았거나 허용되지 않은 주소에서 회원 전용 리스트나 검토(moderated) 리스트에 게시한 경우입니다.',
      '내부 발신자나 등록된 발신자의 메일만 받는 회사 배포 그룹으로 보낸 경우입니다.',
    ],
    fix: [
      '리스트에 구독된 주소로 보내거나, 리스트 소유자에게 우리 주소를 추가하거나 허용해 달라고 요청합니다.',
      '회사 배포 그룹이라면 그룹 소유자나 관리자에게 외부 발신자나 우리 주소를 허용해 달라고 요청합니다.',
    ],
    notes: ['RFC 3463은 영구적 실패로만 의미가 있다고 설명합니다.'],
    keywords: ['메일링 리스트', '배포 목록', '회원 전용', '검토 리스트', '게시 권한 없음'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.3': {
    title: '보안 변환이 필요하지만 불가능함',
    meaning: '전달하려면 메시지를 한 보안 메시징 형식에서 다른 형식으로 변환해야 했는데, 그 변환을 할 수 없었습니다.',
    whenSeen: [
      '보호 방식을 옮기지 못하는 보안 메시징 시스템 간 게이트웨이입니다(예: S/MIME과 다른 보안 형식 사이).',
      'Microsoft Exchange와 Microsoft 365는 SMTP AUTH가 실패한 뒤 "535 5.7.3 Authentication unsuccessful"도 보냅니다. 레지스트리 항목과 관계없는 자체 의미입니다.',
    ],
    fix: [
      '실제 변환 실패라면: 목적지 게이트웨이가 지원하는 형식으로 보내거나, 정책이 허용하면 보호 없이 보냅니다.',
      '"535 5.7.3 Authentication unsuccessful"이라면: 로그인 실패로 처리합니다(X.7.8 참고). 사용자 이름(대개 전체 주소), 비밀번호나 앱 비밀번호, 메일함에 SMTP AUTH가 켜져 있는지 확인합니다.',
    ],
    notes: [
      '레지스트리에는 연관 응답 코드가 없으며, 영구적 실패로만 의미가 있다고 설명합니다.',
      '실제로 보이는 5.7.3 응답은 대부분 보안 형식 게이트웨이가 아니라 AUTH 뒤의 Microsoft 서버에서 옵니다.',
    ],
    keywords: ['보안 변환', '인증 실패', 'Exchange', '보안 메시징', 'Authentication unsuccessful'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.4': {
    title: '보안 기능 미지원',
    meaning: '메시지나 세션이 요청한 보안 기능(예: 특정 보안 인증 방식)을 배달 프로토콜이나 서버가 지원하지 않습니다.',
    whenSeen: [
      '서버가 제공하지 않는 인증 메커니즘이나 TLS 기능을 요청하는 클라이언트입니다(흔한 문구는 "504 5.7.4 Unrecognized authentication type").',
      '다음 홉이 지킬 수 없는 보안 요구 사항이 메시지에 실려 온 경우입니다.',
    ],
    fix: [
      '클라이언트가 요청하는 것과 서버가 EHLO에서 광고하는 것(AUTH 메커니즘, STARTTLS)을 비교하고, 제공되는 옵션을 씁니다.',
      '클라이언트 라이브러리가 서버에 없는 메커니즘을 고집한다면 업데이트합니다.',
    ],
    notes: ['RFC 3463은 영구적 실패로만 의미가 있다고 설명합니다.'],
    keywords: ['보안 기능 미지원', '인식할 수 없는 인증 방식', 'AUTH 메커니즘'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.5': {
    title: '암호 처리 실패',
    meaning: '메시지를 검증하거나 복호화할 권한이 있는 시스템이, 필요한 키가 없거나 유효하지 않아서 그렇게 하지 못했습니다.',
    whenSeen: [
      '수신자의 인증서나 키를 찾지 못하거나, 만료된 것을 가진 암호화 게이트웨이입니다.',
      '일부 MTA는 아웃바운드 연결의 TLS 핸드셰이크와 인증서 문제에도 4.7.5나 5.7.5를 씁니다.',
    ],
    fix: [
      '관련된 인증서나 키가 있고 유효한지(만료, 체인, 키 일치) 확인합니다.',
      '텍스트가 TLS 관련이면 핸드셰이크를 테스트합니다: `openssl s_client -starttls smtp -connect mx.example.net:25 -servername mx.example.net`.',
    ],
    notes: ['레지스트리에는 연관 응답 코드가 없습니다.'],
    keywords: ['암호 처리 실패', '인증서', '키', '복호화', 'TLS 핸드셰이크'],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
  },
  'X.7.6': {
    title: '암호 알고리즘 미지원',
    meaning: '메시지를 검증하거나 복호화할 권한이 있는 시스템이, 사용된 알고리즘을 지원하지 않아서 그렇게 하지 못했습니다.',
    whenSeen: [
      '수신자 게이트웨이가 지원하지 않는 알고리즘을 쓴 암호화·서명 메일입니다.',
      '관계없는 거부에 이 코드를 느슨하게 쓰는 서버도 있습니다. 텍스트를 읽습니다.',
    ],
    fix: [
      '서명이나 암호화에 널리 지원되는 알고리즘을 씁니다(예: S/MIME에서 RSA/SHA-256이나 AES).',
      '수신자에게 그쪽 게이트웨이가 받는 알고리즘을 묻습니다.',
    ],
    notes: ['레지스트리에는 연관 응답 코드가 없습니다.'],
    keywords: ['알고리즘 미지원', '암호', 'S/MIME', '암호화'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.7': {
    title: '메시지 무결성 실패',
    meaning: '메시지를 검증할 권한이 있는 시스템이 메시지가 손상됐거나 변경된 것을 발견해서 무결성 검사가 실패했습니다.',
    whenSeen: [
      '전송 중에 내용이 바뀌어(릴레이나 리스트가 붙인 바닥글, 줄 바꿈 재조정) 실패한 서명 검사입니다.',
      '일반적인 정책 위반에 이 코드를 쓰는 필터입니다("554 5.7.7 Email policy violation detected").',
    ],
    fix: [
      '서명과 검사 사이에서 메시지를 바꾼 것(면책 문구 바닥글, 리스트 관리 프로그램, 콘텐츠 필터)을 찾아, 그 단계 뒤에서 서명하거나 변경을 멈춥니다.',
      '텍스트가 무결성이 아니라 정책 위반을 설명한다면 필터의 설명을 따릅니다.',
    ],
    notes: [
      'RFC 3463은 영구적 실패, 지속적인 일시적 실패, 심지어 성공 상태로도 허용합니다. 레지스트리에는 연관 응답 코드가 없습니다.',
    ],
    keywords: ['무결성', '변경됨', '서명', '정책 위반'],
    retryAdvice: { '2': NOTHING_TO_RETRY, '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
  },
  'X.7.8': {
    title: '인증 자격 증명이 유효하지 않음',
    meaning:
      '자격 증명이 틀렸거나 충분하지 않아서 SMTP AUTH 시도가 실패했습니다. 잘못된 사용자 이름, 비밀번호, 토큰이거나, 이 방식으로 로그인할 수 없는 계정입니다.',
    whenSeen: [
      '앱, 프린터, 스크립트가 제출 서버에 로그인할 때의 "535 5.7.8 Error: authentication failed"(Postfix/Dovecot) 또는 "535-5.7.8 Username and Password not accepted"(Gmail).',
      '비밀번호를 바꾸거나 교체했는데 발송 앱에 반영하지 않은 경우입니다.',
      '기본(비밀번호) 인증을 끄고 OAuth2나 앱 비밀번호를 요구하는 제공업체입니다.',
    ],
    fix: [
      '같은 자격 증명을 직접 테스트합니다: `swaks --server smtp.example.com:587 --tls --auth LOGIN --auth-user user@example.com --to test@example.org`.',
      '서버가 기대하는 사용자 이름 형식(대개 전체 이메일 주소)을 확인하고 비밀번호를 다시 입력합니다. 끝에 붙은 공백과 잘못된 인코딩에 주의합니다.',
      'Gmail / Google Workspace와 Microsoft 365에서 기본 비밀번호가 더 이상 받아들여지지 않는다면 앱 비밀번호나 OAuth2를 쓰고, 메일함에 SMTP AUTH가 켜져 있는지 확인합니다.',
      '실패가 여러 번 있었다면 무차별 대입 방어 때문에 계정이 잠기거나 속도 제한에 걸리지 않았는지 확인합니다.',
    ],
    notes: [
      '레지스트리는 535, 554와 짝짓습니다. RFC 4954는 클라이언트가 사용자에게 새 자격 증명을 요청해야 한다고 합니다.',
      'RFC 4468은 한때 BURL의 "trust relationship required"에 X.7.8을 썼지만, RFC 5248이 그 경우를 X.7.14로 옮겼습니다.',
    ],
    keywords: ['인증 실패', '잘못된 자격 증명', '틀린 비밀번호', 'Username and Password not accepted', 'SMTP AUTH', '로그인 실패', '535'],
    retryAdvice: {
      '5': '같은 자격 증명으로 재시도하면 또 실패하고 계정이 잠길 수 있습니다. 자격 증명부터 고칩니다.',
    },
  },
  'X.7.9': {
    title: '인증 메커니즘이 너무 약함',
    meaning:
      '클라이언트가 고른 AUTH 메커니즘이 서버가 이 사용자에게 허용하는 것보다 약합니다. 클라이언트는 더 강한 메커니즘으로 다시 시도해야 합니다.',
    whenSeen: [
      '2단계 인증을 쓰는 계정이 일반 비밀번호로 로그인할 때 Gmail이 보내는 "534-5.7.9 Application-specific password required".',
      '특정 계정에 PLAIN/LOGIN을 거부하고 챌린지-응답이나 토큰 메커니즘을 요구하는 서버입니다.',
    ],
    fix: [
      '서버가 요구하는 메커니즘이나 자격 증명 유형을 씁니다. Google과 Microsoft는 앱 비밀번호나 OAuth2(XOAUTH2), 그 밖에는 서버의 AUTH 목록에 있는 더 강한 SASL 메커니즘입니다.',
      '클라이언트가 요구되는 메커니즘을 쓸 수 없다면 업데이트합니다.',
    ],
    notes: [],
    keywords: ['메커니즘이 너무 약함', '앱 비밀번호', '애플리케이션별 비밀번호', 'OAuth2', '534'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.10': {
    title: '암호화 필요',
    meaning:
      '요청한 인증 메커니즘은 TLS 같은 외부의 강력한 보호 계층 아래에서만 쓸 수 있습니다. 클라이언트는 먼저 TLS를 시작하거나 더 강한 메커니즘을 골라야 합니다.',
    whenSeen: [
      '평문 비밀번호를 TLS 안에서만 허용하는 서버에, 클라이언트가 암호화되지 않은 연결로 AUTH PLAIN이나 LOGIN을 시도하는 경우입니다.',
    ],
    fix: [
      '인증하기 전에 클라이언트에서 STARTTLS(587번 포트)나 암묵적 TLS(465번 포트)를 켭니다.',
      '클라이언트와 서버 사이의 무언가가 EHLO 응답에서 STARTTLS를 지우고 있지 않은지 확인합니다.',
    ],
    notes: [
      'X.7.10(RFC 5248)과 X.7.11(RFC 4954)은 거의 같은 상황을 설명합니다. 응답 코드 538과 함께 흔히 보이는 것은 X.7.11입니다.',
    ],
    keywords: ['암호화 필요', 'STARTTLS', 'TLS 필요', '평문 인증'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.11': {
    title: '요청한 인증 메커니즘에는 암호화가 필요함',
    meaning: '선택한 AUTH 메커니즘은 SMTP 연결이 암호화된 뒤에만 쓸 수 있습니다.',
    whenSeen: [
      '클라이언트가 STARTTLS 전에 AUTH를 보낼 때의 "538 5.7.11 Encryption required for requested authentication mechanism".',
    ],
    fix: [
      'AUTH 전에 STARTTLS를 실행하거나, 465번 포트에 암묵적 TLS로 접속합니다.',
      '서버는 TLS 전에 그런 메커니즘을 광고조차 하지 않아야 합니다. 우리 서버가 광고한다면 설정을 고칩니다(Postfix: `smtpd_tls_auth_only = yes`).',
    ],
    notes: [
      'RFC 4954는 이 코드를 주로 역사적인 이유로 남겨 두었습니다. 최신 서버는 암호화가 갖춰지기 전에는 암호화가 필요한 메커니즘을 제공하지 않아야 합니다.',
    ],
    keywords: ['암호화 필요', 'AUTH 전에 STARTTLS', 'TLS', '538'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.12': {
    title: '비밀번호 전환 필요',
    meaning:
      '사용자가 선택한 인증 메커니즘으로 옮겨 가야 합니다. 보통 PLAIN으로 한 번 로그인해서 서버가 새 형식의 비밀번호를 저장하게 합니다.',
    whenSeen: ['사용자를 새 비밀번호 방식으로 옮기는 중인 서버의 "432 4.7.12 A password transition is needed".'],
    fix: ['TLS 위에서 AUTH PLAIN으로 한 번 인증합니다. 그 뒤에는 요청한 메커니즘이 동작합니다.'],
    notes: [],
    keywords: ['비밀번호 전환', '432'],
    retryAdvice: {
      '4': '클라이언트가 먼저 PLAIN으로 한 번 로그인해야 합니다. 같은 메커니즘으로 그냥 재시도하면 계속 실패합니다.',
    },
  },
  'X.7.13': {
    title: '사용자 계정 비활성화',
    meaning:
      '인증은 성공했지만 계정이 비활성화되어 보낼 수 없습니다. 틀린 비밀번호와 달리 다시 입력해도 소용없고, 관리자가 계정을 다시 활성화해야 합니다.',
    whenSeen: [
      '요금 미납, 악용, 침해 의심으로 정지된 계정으로 제출 서버에 로그인한 뒤입니다.',
      '반송 메일에서 일부 수신 측은 수신자 계정이 비활성화되거나 정지됐다는 뜻으로 5.7.13을 씁니다.',
    ],
    fix: [
      '제공업체나 메일 관리자에게 계정이 왜 비활성화됐는지 알아보고 다시 활성화해 달라고 합니다.',
      '침해 의심으로 비활성화됐다면 먼저 비밀번호를 재설정하고, 승인되지 않은 전달 규칙이나 앱 비밀번호가 없는지 확인합니다.',
      '수신자에 대해 돌아온 것이라면 그 메일함이 정지된 것입니다. 다시 활성화됐다고 수신자가 알려 줄 때까지 보내지 않습니다.',
    ],
    notes: [],
    keywords: ['계정 비활성화', '계정 정지', '사용자 비활성화', '비활성 처리', '525'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.14': {
    title: '신뢰 관계 필요',
    meaning:
      '제출 서버가 메시지를 가져오려면 제3자 서버(대개 BURL 내용을 가진 IMAP 서버)와 설정된 신뢰 관계가 필요한데, 그것이 없습니다.',
    whenSeen: ['내용을 가진 IMAP 서버가 제출 서버를 신뢰하지 않는 BURL 제출입니다.'],
    fix: ['제출 서버와 IMAP 서버 사이의 신뢰를 설정하거나(제출 사용자에 대한 URLAUTH 접근), 내용을 DATA로 직접 제출합니다.'],
    notes: ['예전에 이 BURL 경우에 X.7.8을 쓰던 것을 대체했습니다.'],
    keywords: ['BURL', '신뢰 관계', 'URLAUTH'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.15': {
    title: '우선순위 수준이 너무 낮음',
    meaning:
      '메시지의 MT-PRIORITY 수준이 수신 서버가 지금 받는 수준보다 낮습니다. 예를 들어 서버가 높은 우선순위 트래픽만 받고 있는 동안입니다.',
    whenSeen: ['MT-PRIORITY 확장을 지원하는 서버가 더 높은 우선순위의 메시지만 받는 제한 운영 모드에 있는 경우입니다.'],
    fix: [
      '4.7.15는 큐가 나중에 재시도하도록 둡니다. 일시적인 상황인 경우가 많습니다.',
      '급한 메일이고 허용된다면 더 높은 MT-PRIORITY 값으로 다시 보냅니다.',
    ],
    notes: ['MT-PRIORITY 확장에서만 나오며, 대부분 폐쇄망이나 비상 서비스 환경입니다.'],
    keywords: ['MT-PRIORITY', '우선순위 너무 낮음'],
    retryAdvice: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    // The English class-5 override changes only whoActs, so there is no prose to translate.
    byClass: { '5': {} },
  },
  'X.7.16': {
    title: '지정한 우선순위에 비해 메시지가 너무 큼',
    meaning: '서버가 이 메시지의 MT-PRIORITY 수준에서는 일정 크기까지만 받는데, 이 메시지가 그보다 큽니다.',
    whenSeen: ['우선순위 수준별로 메시지 크기를 제한하는 MT-PRIORITY 서버이며, 이 제한은 일시적인 경우가 많습니다.'],
    fix: [
      '4.7.16은 큐가 재시도하도록 둡니다.',
      '메시지를 줄이거나(큰 첨부 파일을 빼거나 링크로 바꿔서) 그 크기가 허용되는 우선순위로 보냅니다.',
    ],
    notes: [],
    keywords: ['MT-PRIORITY', '메시지 너무 큼', '우선순위별 크기'],
    retryAdvice: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
  },
  'X.7.17': {
    title: '메일함 소유자가 바뀜',
    meaning:
      '메시지가 (RRVS나 Require-Recipient-Valid-Since 헤더로) 메일함의 소유자가 특정 날짜 이후 바뀌지 않은 경우에만 전달해 달라고 요청했는데, 수신 측은 그 뒤에 메일함 소유자가 바뀐 것을 알고 있습니다.',
    whenSeen: [
      '계정 관련 메일(비밀번호 재설정, 명세서)에 RRVS를 쓰는 발신자가, 폐쇄된 뒤 다른 사람에게 다시 할당된 메일함으로 보낸 경우입니다.',
    ],
    fix: ['그 주소는 더 이상 우리 사용자의 것이 아닌 것으로 처리합니다. 보내기를 멈추고 다른 경로로 사용자에게 현재 주소를 요청합니다.'],
    notes: ['레지스트리는 영구적 실패(5XX)용으로 적고 있습니다.'],
    keywords: ['RRVS', 'Require-Recipient-Valid-Since', '메일함 소유자 변경', '재활용된 주소'],
    retryAdvice: {
      '5': '주소가 이제 다른 사람의 것입니다. 목록에서 제거합니다.',
    },
  },
  'X.7.18': {
    title: '도메인 소유자가 바뀜',
    meaning:
      '메시지가 RRVS로 특정 날짜 이후 소유자가 계속 같은 경우에만 전달해 달라고 요청했고, 수신 측은 수신자 도메인의 소유자가 그 뒤에 바뀌었다고 알려 줍니다.',
    whenSeen: ['만료된 뒤 다른 사람이 다시 등록한 도메인의 주소로 보낸, RRVS로 보호된 메일입니다.'],
    fix: ['이 사용자에게는 그 도메인의 주소로 보내기를 멈추고, 다른 경로로 새 주소를 받습니다.'],
    notes: ['레지스트리는 영구적 실패(5XX)용으로 적고 있습니다.'],
    keywords: ['RRVS', '도메인 소유자 변경', '만료된 도메인'],
    retryAdvice: {
      '5': '도메인의 소유자가 바뀌었습니다. 이 사용자의 메일을 다시는 그곳으로 보내지 않습니다.',
    },
  },
  'X.7.19': {
    title: 'RRVS 검사를 완료할 수 없음',
    meaning:
      '메시지가 RRVS 소유권 검사를 요청했지만, 수신 측이 이에 답하는 데 필요한 시각 정보를 기록해 두지 않아서 소유권이 계속 유지됐는지 확인할 수 없습니다.',
    whenSeen: ['RRVS는 지원하지만 그 메일함의 이력이 없는 수신 측으로 보낸, RRVS로 보호된 메일입니다.'],
    fix: ['메시지를 RRVS 보호 없이 보내도 되는지 결정합니다. 된다면 RRVS 매개변수나 헤더를 빼고 다시 보냅니다.'],
    notes: ['레지스트리는 영구적 실패(5XX)용으로 적고 있습니다.'],
    keywords: ['RRVS', '완료할 수 없음'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.20': {
    title: '통과한 DKIM 서명 없음',
    meaning:
      '수신 측이 유효한 DKIM 서명을 요구하는데, 메시지에 검증을 통과한 서명이 하나도 없습니다. 서명이 없거나 모든 서명이 실패했습니다.',
    whenSeen: [
      '서명하도록 설정된 적 없는 새 발송 플랫폼이나 앱에서 온, 서명 없는 메일입니다.',
      '바닥글, 줄 바꿈 재조정, 헤더 변경 때문에 전송 중에 깨진 서명, 또는 DNS 키 레코드가 없거나 잘린 경우입니다.',
    ],
    fix: [
      '내가 관리하는 메일함(예: Gmail)으로 테스트 메일을 보내고, "Show original"(원본 보기)에서 dkim= 결과와 이유를 읽습니다.',
      '우리 도메인으로 보내는 모든 플랫폼에서 DKIM 서명을 켜고 그 키를 게시합니다: `dig +short TXT selector._domainkey.example.com`.',
      '전송 중에 서명이 깨진다면 메시지를 바꾸는 단계(면책 문구, 바닥글) 뒤에서 서명하거나 그런 변경을 멈춥니다.',
    ],
    notes: [
      '레지스트리 항목은 이 이유로 거부하는 것이 RFC 6376 §6.1의 권고에 어긋난다고 지적합니다. 순전히 수신 측의 로컬 정책입니다.',
    ],
    keywords: ['DKIM', 'DKIM 서명 없음', 'DKIM 실패', '서명 없음', '인증'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.21': {
    title: '받아들일 수 있는 DKIM 서명 없음',
    meaning:
      '검증을 통과한 DKIM 서명이 하나 이상 있지만, 수신 측이 받아들이는 서명은 없습니다. 예를 들어 서명 도메인, 알고리즘, 키 크기 때문입니다.',
    whenSeen: [
      '수신 측은 발신자 도메인의 서명을 원하는데 ESP 자체 도메인으로만 서명된 메일입니다.',
      '수신 측 정책이 거부하는 rsa-sha1이나 짧은 RSA 키를 쓴 서명입니다.',
    ],
    fix: [
      'rsa-sha256과 최소 1024비트, 가능하면 2048비트 키를 써서 우리 도메인으로 서명합니다(ESP의 사용자 지정 DKIM).',
      '텍스트에 나오지 않는다면 수신 측에 어떤 서명을 받는지 묻습니다.',
    ],
    notes: ['X.7.20과 마찬가지로, 이를 이유로 거부하는 것은 RFC 6376 §6.1이 권하지 않는 로컬 정책입니다.'],
    keywords: ['DKIM', '받아들일 수 없는 서명', 'rsa-sha1', '키 크기', '서명 도메인'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.22': {
    title: '작성자와 일치하는 유효한 DKIM 서명 없음',
    meaning:
      'DKIM 서명은 검증됐지만, 수신 측이 요구하는 대로 From 헤더의 작성자 주소와 일치하는 도메인이 만든 서명이 없습니다. X.7.21의 특수한 경우입니다.',
    whenSeen: [
      '외부 플랫폼(뉴스레터 도구, CRM, 티켓 시스템)이 자체 도메인으로 서명하는데 From 헤더에는 우리 도메인이 나오는 경우입니다.',
      'DMARC 정렬(alignment)의 DKIM 쪽 절반인 작성자 도메인 서명을 강제하는 수신 측입니다.',
    ],
    fix: [
      '플랫폼에 사용자 지정 DKIM을 설정해 우리 From 도메인으로 서명하게 합니다(플랫폼이 알려 주는 CNAME이나 TXT 레코드를 게시합니다).',
      '받은 메일 사본에서 DKIM 결과의 header.d=가 From 도메인과 같거나 그 하위 도메인인지 확인합니다.',
    ],
    notes: [
      '이를 이유로 거부하는 것은 RFC 6376 §6.1이 권하지 않는 로컬 정책입니다. 대신 DMARC가 도메인 소유자가 이를 공개적으로 요청하는 방법을 제공합니다.',
    ],
    keywords: ['DKIM 정렬', '작성자 도메인', 'From 도메인', 'DMARC 정렬', '외부 발송 서비스'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.23': {
    title: 'SPF 검증 실패',
    meaning:
      '봉투 발신자(MAIL FROM 또는 HELO)에 대한 SPF 검사 결과가 "fail"입니다. 발신 IP가 도메인의 SPF 레코드에서 허용되지 않았고, 로컬 정책이 이를 거부합니다.',
    whenSeen: [
      '도메인의 SPF 레코드에 추가된 적 없는 새 서버, 클라우드 서비스, ESP에서 보낸 경우입니다.',
      '전달된 메일: 전달 서버의 IP가 원래 발신자의 SPF 레코드에 없습니다.',
      '우리 도메인을 사칭한 메일입니다(이 경우 거부는 의도대로 동작한 것입니다).',
    ],
    fix: [
      'SPF 레코드를 읽고(`dig +short TXT example.com | grep spf1`), 반송 메일이나 MTA 로그에서 발신 IP를 찾습니다.',
      '빠진 발송원(ip4:/ip6: 또는 제공업체의 include:)을 하나뿐인 v=spf1 레코드에 추가하되, DNS 조회 항목은 10개 이내로 유지합니다.',
      '전달 때문에 실패한다면 전달 서버가 봉투 발신자를 다시 써야 합니다(SRS). 발신 측에서는 고칠 수 없습니다.',
    ],
    notes: [
      'RFC 7208 자체는 SPF fail을 550 5.7.1로 거부하도록 하고, RFC 7372는 더 정확한 대안으로 5.7.23을 제시합니다. 둘 다 나온다고 보면 됩니다.',
    ],
    keywords: ['SPF', 'SPF 실패', '하드 페일', '발송 권한 없음', 'Sender Policy Framework', '메일 전달'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.24': {
    title: 'SPF 검증 오류',
    meaning:
      '메시지에 대한 SPF 평가가 결과가 아니라 오류로 끝났습니다. 일시적인 DNS 문제(temperror)이거나 해석할 수 없는 레코드(permerror)입니다.',
    whenSeen: [
      '451과 함께 오는 4.7.24: SPF 레코드 조회가 시간 초과됐거나 DNS가 SERVFAIL을 돌려줬습니다(temperror).',
      '550과 함께 오는 5.7.24: SPF 레코드가 고장 났습니다. 예: v=spf1 레코드 두 개, 구문 오류, DNS 조회 항목 10개 초과(permerror).',
    ],
    fix: [
      '레코드를 확인합니다. `dig +short TXT example.com`에 v=spf1 문자열이 정확히 하나만 나와야 합니다. 구문을 고치고 include/a/mx/ptr/exists/redirect 항목 수를 셉니다(최대 10개).',
      '조회 횟수를 10개 넘게 만드는 중첩 include를 평탄화하거나 줄입니다.',
      '4.7.24라면 도메인의 권한 DNS 서버가 안정적으로 응답하는지 확인합니다(`dig @ns1.example.com TXT example.com`).',
    ],
    notes: [
      'RFC 7208은 temperror에 451 4.4.3, permerror에 550 5.5.2를 쓰고, RFC 7372는 둘 다를 대체하는 코드로 X.7.24를 제시합니다.',
    ],
    keywords: ['SPF', 'permerror', 'temperror', 'DNS 조회 너무 많음', 'SPF 구문', '여러 SPF 레코드'],
    retryAdvice: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '4': {
        meaning: '일시적인 SPF 오류(temperror)로, 대개 레코드를 가져오는 동안의 DNS 시간 초과나 SERVFAIL입니다.',
        fix: [
          '큐가 재시도하도록 둡니다.',
          '계속되면 발신자 도메인의 DNS 서버가 TXT 질의에 빠르고 일관되게 응답하는지 확인합니다.',
        ],
      },
    },
  },
  'X.7.25': {
    title: '역방향 DNS 검증 실패',
    meaning:
      '접속한 IP가 수신 측의 역방향 DNS 검사에 실패했습니다. PTR 레코드가 없거나, PTR 이름이 같은 IP로 다시 조회되지 않습니다(정방향 확인 역방향 DNS, "iprev").',
    whenSeen: [
      'PTR 레코드가 없거나 범용 PTR만 있는 IP를 쓰는 새 VPS, 클라우드 인스턴스, 사무실 회선에서 보낸 경우입니다.',
      'Postfix reject_unknown_client_hostname: "450 4.7.25 Client host rejected: cannot find your hostname"으로 응답합니다(영구 거부로 설정하면 550 5.7.25).',
      'Gmail 등 제공업체는 발신자에게 유효한 정방향·역방향 DNS를 요구합니다.',
    ],
    fix: [
      '양방향을 모두 확인합니다. `dig +short -x 192.0.2.1`이 이름을 돌려주고, `dig +short A that.name`이 다시 192.0.2.1을 돌려줘야 합니다.',
      'PTR은 IP 소유자 쪽(클라우드 콘솔, 호스팅 패널, ISP 지원)에서 설정합니다. 우리 도메인의 존(zone)에서는 설정할 수 없습니다.',
      '구체적인 이름(mail.example.com)을 쓰고, 서버가 EHLO에서 그 이름을 쓰게 합니다.',
    ],
    notes: [
      'iprev 검사 자체는 Authentication-Results 헤더와 함께 정의됩니다(RFC 8601, 이전에는 RFC 7601). RFC 7372는 코드만 등록합니다.',
    ],
    keywords: ['역방향 DNS', 'PTR', 'rDNS', 'FCrDNS', 'iprev', 'cannot find your hostname', 'Client host rejected'],
    retryAdvice: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '4': {
        meaning:
          '역방향 DNS 검사가 실패했거나 끝나지 못했고, 수신 측이 거부 대신 연기하고 있습니다. DNS 조회 실패가 일시적일 수 있기 때문인 경우가 많습니다.',
        fix: [
          '한두 번 재시도하게 둡니다. 계속 실패하면 5.7.25와 마찬가지로 PTR/A 레코드를 고칩니다.',
          '우리 네트워크 밖에서 `dig -x`로 PTR이 빨리 응답하는지 확인합니다.',
        ],
      },
    },
  },
  'X.7.26': {
    title: '여러 인증 검사 실패',
    meaning:
      '메시지가 둘 이상의 인증 검사에 실패했고 로컬 정책이 이를 거부합니다. 어떤 검사가 실패했는지는 코드에 나오지 않습니다. 실제로는 발신 도메인의 SPF, DKIM, DMARC 설정이 이 메일을 인증하지 못한다는 뜻입니다.',
    whenSeen: [
      '발신자 도메인에 대해 SPF도 DKIM도 통과하지 못할 때 Gmail이 보내는 "550-5.7.26 This mail has been blocked because the sender is unauthenticated"와 그 DMARC 정책 변형입니다.',
      '2024년 Gmail/Yahoo 발신자 요구 사항 이후 SPF, DKIM, DMARC 정렬을 갖추지 못한 대량 발신자입니다.',
      'DMARC 정책이 p=reject인 도메인을 사칭한 메일입니다(의도대로 동작한 것입니다).',
    ],
    fix: [
      'Gmail 주소로 테스트 메일을 보내 "Show original"(원본 보기)을 열고 SPF, DKIM, DMARC 결과를 읽습니다. 실패한 것이 고칠 대상입니다.',
      'SPF: 발신 IP가 봉투 도메인의 레코드에 있는지 확인합니다(`dig +short TXT example.com`).',
      'DKIM: 모든 발송 플랫폼에서 우리 From 도메인으로 서명하도록 켜고 키를 게시합니다(`dig +short TXT selector._domainkey.example.com`).',
      'DMARC: `_dmarc.example.com`을 게시하고(`dig +short TXT _dmarc.example.com`), SPF나 DKIM이 From 헤더와 정렬된 도메인으로 통과하는지 확인합니다.',
      '메일이 전달되거나 리스트를 거쳐 보내지는 경우 중간 시스템에 SRS/ARC가 필요합니다. 우리 레코드를 고쳐도 소용없습니다.',
    ],
    notes: [
      '레지스트리는 RFC 7372에서 물려받은 특이한 점으로 응답 코드 500과 짝짓지만, 실제 거부는 550으로 옵니다.',
      'Gmail은 인증되지 않은 발신자와 DMARC 정책 거부에 5.7.26을 씁니다. 정확한 문구와 4.7.26 연기는 제공업체별 항목을 참고합니다.',
    ],
    keywords: [
      '인증되지 않음',
      'SPF',
      'DKIM',
      'DMARC',
      '인증 실패',
      'sender is unauthenticated',
      'Gmail 5.7.26',
      'DMARC 정책',
      '정렬',
    ],
    retryAdvice: { '5': FIX_THEN_RESEND, '4': AUTO_RETRY },
    byClass: {
      '4': {
        meaning:
          '인증 검사가 실패했고 수신 측이 거부 대신 연기하고 있습니다. 본격 적용 전의 경고이거나 DNS 조회가 실패했기 때문인 경우가 많습니다.',
        fix: [
          '큐가 재시도하도록 두되, SPF, DKIM, DMARC는 지금 고칩니다. 같은 실패는 대개 5.7.26 거부로 바뀝니다.',
          '테스트 메시지의 Authentication-Results 헤더에서 결과를 확인합니다.',
        ],
      },
    },
  },
  'X.7.27': {
    title: '발신자 주소에 null MX가 설정됨',
    meaning:
      '봉투 발신자의 도메인이 메일을 받지 않는다고 선언하는 "null MX"(MX 0 ".")를 게시하고 있습니다. 수신 측은 그곳으로 반송을 돌려보낼 수 없으므로 그 도메인에서 온 메일을 거부합니다.',
    whenSeen: [
      '"메일 없음"으로 설정된 도메인(`MX 0 .`을 게시한 파킹 도메인이나 발송 전용 도메인)의 주소를 MAIL FROM으로 쓰는 애플리케이션입니다.',
      'null MX가 있는 관계없는 도메인이나 기본 도메인(예: 호스트 이름이나 자리 표시용 도메인)을 쓰는 봉투 발신자입니다.',
    ],
    fix: [
      '도메인을 확인합니다: `dig +short MX example.com`. "0 ."이면 null MX입니다.',
      '봉투 발신자(Return-Path)를 반송을 받을 수 있는 도메인으로 바꾸거나, 그 도메인이 메일을 받아야 한다면 null MX를 지우고 실제 MX 레코드를 게시합니다.',
    ],
    notes: ['X.1.10은 수신자 도메인에 null MX가 있을 때의 대응 코드입니다.'],
    keywords: ['null MX', '널 MX', 'MX 0 .', 'Return-Path', '봉투 발신자', '반송 주소', '메일 안 받는 도메인'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.28': {
    title: '메일 폭주 감지',
    meaning:
      '수신 측이 이 메시지를 비슷한 원치 않는 메시지가 쏟아지는 폭주("메일 폭탄", 흔히 악용된 가입 양식에서 나옴)의 일부로 보고 거부하거나 연기합니다.',
    whenSeen: [
      '봇이 악용해 피해자 주소로 확인 메일을 대량으로 보내게 만든 가입, 뉴스레터, 문의 양식입니다.',
      '한 발신자가 한 제공업체로 보내는 양이 갑자기 치솟은 경우입니다. Gmail은 IP나 도메인에서 오는 원치 않는 메일의 비율이 비정상일 때 421 4.7.28 / 550 5.7.28을 씁니다.',
    ],
    fix: [
      '아웃바운드 로그에서 같은 수신자나 도메인으로 가는 비슷한 메시지가 급증했는지 확인합니다.',
      '양식을 보호합니다. CAPTCHA, IP별·주소별 발송 속도 제한, 주소당 확인 메일을 최대 한 통만 보내는 이중 옵트인을 씁니다.',
      '그 제공업체로 보내는 속도를 낮추고 연기된 메일은 재시도하게 둡니다. 그 제공업체의 postmaster 도구에서 스팸 신고율과 평판을 확인합니다.',
    ],
    notes: [
      '이 코드를 정의한 RFC는 없습니다. 가입 양식 메일을 식별하는 방법에 관한 Internet-Draft(draft-levine-mailbomb-header)를 통해 RFC 5248의 레지스트리 규칙에 따라 등록됐습니다. 여기의 설명은 그 등록 내용에 따른 것입니다.',
      'Gmail은 발신 IP나 도메인의 발송 속도·스팸 발송량 제한에 4.7.28과 5.7.28을 씁니다. 제공업체별 항목을 참고합니다.',
    ],
    keywords: ['메일 폭주', '메일 폭탄', '구독 폭탄', '발송 속도 제한', '비정상 발송량', '양식 악용'],
    retryAdvice: { '4': AUTO_RETRY, '5': FIX_THEN_RESEND },
    byClass: {
      '4': {
        meaning:
          '폭주나 비정상적인 발송량 때문에 수신 측이 일시적으로 거부하고 있습니다. 발송 속도가 떨어지면 다시 받아들여집니다.',
        fix: [
          '큐가 재시도하도록 두고 그 제공업체로 보내는 속도를 낮춥니다.',
          '영구 차단으로 바뀌기 전에 급증의 원인(악용된 양식, 폭주하는 작업)을 찾아 멈춥니다.',
        ],
      },
    },
  },
  'X.7.29': {
    title: 'ARC 검증 실패',
    meaning: '메시지에 붙은 ARC(Authenticated Received Chain)가 검증되지 않았고, 수신 측이 이를 이유로 거부합니다.',
    whenSeen: [
      'ARC 헤더를 잘못 붙이거나 봉인(seal)한 뒤 메시지를 수정한 전달 서버나 메일링 리스트를 거친 메일입니다.',
    ],
    fix: [
      '중간 시스템을 내가 운영한다면: ARC 서명 키가 게시됐는지, 마지막 수정 뒤에 봉인하는지 확인합니다.',
      '그렇지 않다면 중간 시스템 운영자에게 알립니다. 원래 발신자는 다른 사람의 ARC 체인을 고칠 수 없습니다.',
    ],
    notes: [
      'RFC 8617(Experimental)은 실패한 체인을 체인이 없는 것처럼 다루라고 하므로, 이를 이유로 바로 거부하는 일은 드뭅니다.',
    ],
    keywords: ['ARC', 'Authenticated Received Chain', '메일 전달', '메일링 리스트'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
  'X.7.30': {
    title: 'REQUIRETLS 지원 필요',
    meaning:
      '메시지가 REQUIRETLS 옵션(검증된 TLS로만 전송해야 함)으로 보내졌는데, 다음 홉이 이를 제공하지 못해 전달되지 않았습니다.',
    whenSeen: [
      'MX가 REQUIRETLS를 제공하지 않거나 TLS·인증서 검증이 실패한 목적지로, REQUIRETLS를 붙여 제출한 메일입니다.',
    ],
    fix: [
      '목적지 MX가 유효한 인증서로 STARTTLS를 지원하고(필요하면 MTA-STS나 DANE도), REQUIRETLS를 광고하는지 확인합니다.',
      '수신자가 지원할 수 없고 그런 보장 없이 내용을 보내도 된다면, MAIL FROM의 REQUIRETLS 옵션을 빼고 다시 보냅니다.',
    ],
    notes: ['공용 메일함 제공업체 중 REQUIRETLS를 지원하는 곳은 드뭅니다.'],
    keywords: ['REQUIRETLS', 'TLS 필요', 'MTA-STS', 'DANE', '암호화'],
    retryAdvice: { '5': FIX_THEN_RESEND },
  },
};
