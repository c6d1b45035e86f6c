/**
 * Korean prose for the Gmail / Google Workspace provider responses (src/catalog/providers/gmail.ts).
 * Google reuses registered enhanced codes with its own meanings. The registry titles quoted in
 * `differsFromRegistry` are given in Korean, as the standard-meaning block shows them, with the
 * English title beside them in brackets: engineers compare them with RFC text.
 * Quoted server wording, config keys, commands and host names stay as sent.
 */
import type { ProviderTranslations } from '../types.js';

const WAIT =
  '큐에 그대로 둡니다. 원인이 사라지면 지연은 저절로 풀리며, 일반적인 MTA 재시도 일정(몇 분 간격에서 점차 몇 시간 간격으로)이면 충분합니다.';
const MAIL_FLOOD = 'X.7.28은 "메일 폭주 감지"(mail flood detected)로 등록되어 있으며, Gmail은 자체 발송 속도 제한에 이 코드를 씁니다.';
const SPF_NULL_MX = 'X.7.27은 RFC 7505에 "발신자 주소에 null MX가 설정됨"(sender address has null MX)으로 등록되어 있으며, Gmail은 SPF 실패에 이 코드를 씁니다.';
const DKIM_REQUIRETLS = 'X.7.30은 RFC 8689에 "REQUIRETLS 지원 필요"(REQUIRETLS support required)로 등록되어 있으며, Gmail은 DKIM 실패에 이 코드를 씁니다.';
const CONGESTION = 'X.4.5는 "메일 시스템 혼잡"(mail system congestion, 일시적인 네트워크 상태)으로 등록되어 있지만, Gmail은';

export const koProvidersGmail: ProviderTranslations = {
  // ---------------------------------------------------------------- recipient-side limits and state
  'gmail-450-4.2.1-receiving-too-fast': {
    title: '수신자가 메일을 너무 빨리 받고 있음',
    meaning:
      '이 Gmail 메일함 하나가 Google이 사용자별로 허용하는 양보다 많은 메일을 지금 받고 있어, 이 메일함으로 가는 메시지가 지연됩니다. 발신 IP나 도메인이 아니라 수신자 쪽 수신 속도의 문제입니다.',
    fix: [
      '큐가 재시도하도록 둡니다. 일회성이라면 고칠 것이 없습니다.',
      '자체 시스템이 이 주소로 메시지를 많이 보낸다면(알림 폭주, 이벤트마다 보내는 통지) 묶어서 보내거나 요약 메일로 바꿉니다.',
      '같은 주소에서 계속 발생한다면 catch-all 메일함이거나 메일이 몰리고 있을 가능성이 높으므로 메일함 소유자에게 알립니다.',
    ],
    retryAdvice: '일반적인 백오프로 재시도합니다. 보통 한두 시간 안에 풀립니다. 같은 수신자에게 연달아 보내지 않습니다.',
    warnings: [
      '수신자별 한도이므로 다른 Gmail 수신자는 영향을 받지 않습니다. 평판 문제가 아니며 IP나 도메인을 바꿀 필요도 없습니다.',
    ],
  },
  'gmail-550-5.2.1-receiving-too-fast': {
    title: '수신자가 메일을 너무 빨리 받고 있음(영구적 실패로 응답)',
    meaning:
      '원인은 450 4.2.1과 같습니다. 수신자 메일함이 수신 속도 한도를 넘었습니다. Gmail이 이를 5xx로 보낼 때가 있어, 메시지가 큐에서 기다리지 않고 반송됩니다.',
    fix: [
      '나중에 메시지를 다시 보냅니다. 주소 자체는 유효합니다.',
      '자체 시스템이 이 주소로 메시지를 한꺼번에 보내고 있지 않은지 확인하고, 속도를 제한하거나 묶어서 보냅니다.',
    ],
    retryAdvice: '메시지는 거부되었지만 주소에는 문제가 없습니다. 그 메일함으로 몰리던 메일이 멈춘 뒤(몇 시간 후) 다시 보냅니다.',
    differsFromRegistry:
      'X.2.1은 "mailbox disabled, not accepting messages"(메일함 비활성화)로 등록되어 있지만, Gmail은 수신자별 속도 제한에도 5.2.1을 씁니다. 둘은 응답 문구로만 구별됩니다.',
    warnings: [
      'Gmail의 5.2.1을 모두 없어진 메일함으로 처리하지 않습니다. 이 문구라면 주소는 정상이므로 발송 제외 목록에 넣어서는 안 됩니다.',
      '메일함이 없어졌다는 뜻은 550 5.2.1 "account … is inactive / disabled" 응답입니다.',
    ],
  },
  'gmail-550-5.2.1-account-disabled': {
    title: '수신자 계정이 비활성 상태이거나 사용 중지됨',
    meaning:
      'Gmail 계정은 존재하지만 사용 중지되었거나 비활성 상태가 되어 메일을 받지 않습니다. 예전 반송에는 "is disabled", 최근 반송에는 "is inactive"라고 나옵니다.',
    fix: ['메일링 목록에서 이 주소를 발송 제외 처리합니다.', '다른 경로로 당사자에게 연락해 사용 중인 주소를 요청합니다.'],
    retryAdvice: '재시도하지 않습니다. 계정이 다시 활성화되었다는 사실을 확인하기 전까지는 하드 바운스로 처리합니다.',
    warnings: [
      '550 5.2.1 "receiving email at a rate that prevents …"와 비교합니다. 코드는 같지만 뜻은 정반대입니다(속도 제한이며 주소는 유효).',
    ],
  },
  'gmail-452-4.2.2-over-quota': {
    title: '수신자 메일함 용량 초과(일시적)',
    meaning: '수신자의 Google 저장 용량(Gmail, Drive, Photos가 함께 씀)이 가득 차서 Gmail이 메시지를 지연시킵니다.',
    fix: ['큐가 재시도하도록 둡니다.', '중요한 메일이라면 다른 경로로 수신자에게 Google 저장 용량이 가득 찼다고 알립니다.'],
    retryAdvice: '일반적인 재시도 기간 동안 큐에 둡니다. 소유자가 그 안에 공간을 비우면 전달됩니다.',
    warnings: [
      '"and inactive"가 붙은 552 5.2.2 변형은 오래 방치된 메일함입니다. 이 452는 활성 사용자의 메일함이 단지 가득 찬 경우입니다.',
    ],
  },
  'gmail-552-5.2.2-over-quota-inactive': {
    title: '수신자 메일함 용량 초과 및 비활성',
    meaning: '메일함 저장 공간이 가득 찼고 계정도 비활성 상태라서 Gmail이 메시지를 바로 거부합니다.',
    fix: ['아무도 읽지 않는 주소이므로 발송 제외 처리하거나 표시해 둡니다.', '상대에게 현재 쓰는 주소를 요청합니다.'],
    retryAdvice: '자동으로 재시도하지 않습니다. 가득 찬 채 쓰이지 않는 메일함입니다. 반송이 반복되면 발송 제외 처리합니다.',
  },
  'gmail-550-5.1.1-no-such-user': {
    title: '수신자 주소가 존재하지 않음',
    meaning: '그 주소로 된 Gmail 또는 Workspace 계정이 없습니다.',
    fix: [
      '주소에 오타(gmial.com, 불필요한 점이나 공백)가 없는지 확인하고 원본 데이터에서 바로잡습니다.',
      '이 주소로 보내는 모든 목록에서 발송 제외 처리합니다.',
      'Workspace 도메인이라면 수신 측 관리자가 사용자나 별칭이 삭제되었거나 이름이 바뀌었는지 확인할 수 있습니다.',
    ],
    retryAdvice: '이 주소로는 절대 재시도하지 않습니다. 목록에서 제거합니다.',
  },
  'gmail-553-5.1.2-no-such-domain': {
    title: '수신자 도메인을 찾을 수 없음',
    meaning:
      'Gmail(릴레이나 발신 경로로 쓰인 경우)이 수신자 주소의 도메인을 찾지 못했습니다. 존재하지 않는 도메인이거나 뒤에 문장 부호나 공백이 붙어 있습니다.',
    fix: [
      '도메인 부분에 오타나 뒤에 붙은 불필요한 문자가 없는지 확인합니다.',
      '도메인이 조회되는지 확인합니다: dig +short MX domain, dig +short A domain.',
    ],
    retryAdvice: '주소를 고칩니다. 그대로 다시 보내면 또 실패합니다.',
  },
  'gmail-553-5.1.3-invalid-rcpt-syntax': {
    title: '유효한 RFC 5321 주소가 아님',
    meaning:
      'RCPT TO(5.1.3) 또는 MAIL FROM(5.1.7)의 주소가 SMTP 주소 문법에 맞지 않습니다. 꺾쇠괄호 누락, 공백, 따옴표로 감싸지 않은 특수 문자, 도메인 없는 로컬 파트 등이 원인입니다.',
    fix: [
      '클라이언트가 실제로 보낸 RCPT TO / MAIL FROM 줄을 확인합니다(swaks 또는 MTA 디버그 로그). 형식은 <local@domain>이어야 합니다.',
      '주소를 SMTP로 넘기기 전에 표시 이름, 공백, 끝에 붙은 점을 제거합니다.',
      '확장 상태 코드가 5.1.7이면 문제는 발신자(MAIL FROM) 쪽입니다. 애플리케이션의 봉투 발신자를 고칩니다.',
    ],
    retryAdvice: '주소나 주소를 만드는 클라이언트를 고칠 때까지 실패합니다.',
  },
  // ---------------------------------------------------------------- size and count limits
  'gmail-552-5.3.4-message-too-big': {
    title: 'Gmail이 받는 크기보다 큰 메시지',
    meaning:
      '메시지가 Gmail이 받는 크기보다 큽니다. Google은 Gmail에서 보낼 때 첨부 파일 25 MB, 받는 메시지는 최대 50 MB라고 안내하며, 크기는 인코딩된 메시지 기준입니다(base64 때문에 첨부 파일이 약 3분의 1 커집니다). 예전 반송에는 같은 문구가 5.2.3과 함께 나옵니다.',
    fix: [
      '큰 파일은 첨부 대신 링크(Drive, S3 presigned URL)로 보냅니다.',
      'base64가 약 33%를 더한다는 점을 감안합니다. 20 MB 파일은 전송 시 약 27 MB가 됩니다.',
    ],
    retryAdvice: '같은 메시지를 다시 보내면 실패합니다. 먼저 크기를 줄입니다.',
  },
  'gmail-552-5.3.4-too-many-attachments': {
    title: '첨부 파일이 너무 많음',
    meaning: '메시지 한 통에 Gmail이 허용하는 것보다 많은 첨부 파일이 있습니다.',
    fix: ['파일을 압축 파일 하나로 묶거나 링크를 보냅니다.', '소프트웨어가 메일을 만든다면 메시지당 첨부 파일 수에 상한을 둡니다.'],
    retryAdvice: '첨부 파일을 여러 메시지로 나누거나 압축한 뒤 다시 보냅니다.',
  },
  'gmail-552-5.3.4-header-too-big': {
    title: '헤더 영역 또는 헤더 필드가 너무 큼',
    meaning: '헤더 값 하나, 헤더 이름, Subject, 또는 헤더 영역 전체가 Gmail의 헤더 크기 한도를 넘었습니다.',
    fix: [
      '원본 메시지 헤더를 살펴봅니다. 아주 긴 To/Cc 목록, 거대한 사용자 정의 X- 헤더, 매우 긴 Subject나 추적용 헤더가 있는지 봅니다.',
      '긴 수신자 목록은 Bcc로 옮기거나 개별 발송합니다. 소프트웨어가 덧붙이는 사용자 정의 헤더는 빼거나 줄입니다.',
    ],
    retryAdvice: '헤더를 줄일 때까지 실패합니다.',
  },
  'gmail-452-4.5.3-too-many-recipients': {
    title: '메시지 한 통의 수신자가 너무 많음',
    meaning: '한 트랜잭션의 RCPT TO 수신자가 Gmail이 한 번에 받는 수보다 많아, 초과한 수신자가 지연됩니다.',
    fix: ['트랜잭션당 수신자 수를 제한합니다(Postfix: smtp_destination_recipient_limit, Exim: 트랜스포트의 max_rcpt).'],
    retryAdvice: '표준을 따르는 MTA는 지연된 수신자를 새 트랜잭션으로 보냅니다. 사용 중인 MTA가 그렇게 하는지 확인합니다.',
  },
  'gmail-452-4.5.3-domain-policy-size': {
    title: '한 트랜잭션에 담기에는 수신자 정책이 너무 큼',
    meaning:
      '이 트랜잭션의 수신자들에 걸린 Workspace 정책(라우팅·규정 준수 규칙)을 합치면 Gmail이 한 번에 평가하는 양을 넘습니다. Gmail은 이 수신자를 별도 트랜잭션으로 보내 달라고 요청합니다.',
    fix: ['그 도메인으로 가는 트랜잭션당 수신자 수를 줄입니다(계속 발생하면 트랜잭션당 한 명).'],
    retryAdvice: '그 수신자만 별도 트랜잭션으로 재시도하면 성공합니다. 대부분의 MTA는 이를 알아서 처리합니다.',
  },
  'gmail-550-5.5.3-too-many-recipients-sender': {
    title: '이 발신자의 수신자 수 초과',
    meaning: '발신 계정이 Google이 허용하는 수신자 수(메시지당 또는 기간당)를 넘었습니다.',
    fix: ['발송을 더 작은 묶음으로 나눕니다.', '대규모 배포에는 Gmail/Workspace 메일함 대신 대량 메일 서비스를 씁니다.'],
    retryAdvice: '한도 기간이 지나기를 기다렸다가 메시지당 수신자 수를 줄여 보냅니다.',
  },
  'gmail-450-4.2.1-relay-peak-limit': {
    title: 'Workspace SMTP 릴레이 순간 최대 한도 도달',
    meaning: 'Google Workspace 조직이 smtp-relay.gmail.com을 통해 단기 릴레이 한도가 허용하는 것보다 빠르게 보내고 있습니다.',
    fix: ['릴레이로 가는 동시 연결 수와 분당 메시지 수를 낮춥니다.', '대량 메일이나 애플리케이션 메일은 전용 발송 서비스로 옮깁니다.'],
    retryAdvice: '일시적입니다. 백오프하며 재시도하고 smtp-relay.gmail.com으로의 동시 연결 수를 줄입니다.',
  },
  'gmail-550-5.4.5-daily-user-limit': {
    title: 'Google 계정의 일일 발송 한도 도달',
    meaning:
      '발신에 쓰는 Gmail 또는 Workspace 계정이 일일 발송 한도에 도달했습니다. Google은 최대 24시간 동안 이 계정의 추가 발송을 막습니다.',
    fix: [
      '계정이 탈취되어 스팸 발송에 쓰이지 않았는지 확인합니다(Admin console: 보고서, Email Log Search).',
      '정상적인 발송량은 여러 계정이나 대량 발송 서비스로 나눕니다.',
    ],
    retryAdvice: '직전 24시간 기준의 기간이 지나면 발송이 재개됩니다. 그때 다시 보냅니다.',
    differsFromRegistry: `${CONGESTION} 5.4.5를 발신자의 일일 할당량에 씁니다.`,
  },
  'gmail-550-5.4.5-daily-relay-limit-user': {
    title: 'Workspace SMTP 릴레이: 이 사용자의 일일 한도 도달',
    meaning: '한 사용자가 오늘 Workspace SMTP 릴레이로 보낸 양이 사용자별 한도를 넘었습니다.',
    fix: ['이 사용자 이름으로 릴레이를 거쳐 보내는 애플리케이션이나 기기를 찾아 발송량을 줄이거나 분산합니다.'],
    retryAdvice: '일일 기간이 초기화된 뒤 다시 보내거나, 다른 발신자로 보냅니다.',
    differsFromRegistry: `${CONGESTION} 5.4.5를 릴레이 일일 할당량에 씁니다.`,
  },
  'gmail-550-5.7.1-daily-relay-limit-customer': {
    title: 'Workspace SMTP 릴레이: 조직의 일일 한도 도달',
    meaning: 'Workspace 고객 조직 전체가 smtp-relay.gmail.com을 통한 일일 릴레이 한도에 도달했습니다.',
    fix: [
      '대량 메일이나 애플리케이션 메일은 Workspace 릴레이 대신 전용 발송 업체를 거치게 합니다.',
      '릴레이 로그에서 예상하지 못한 발신원(탈취된 기기나 앱)이 없는지 확인합니다.',
    ],
    retryAdvice: '일일 기간이 지나면 릴레이가 재개됩니다. 그때까지 큐에 두거나 다른 경로로 보냅니다.',
  },
  'gmail-550-5.7.1-rate-limited': {
    title: '발신 계정 발송 속도 제한',
    meaning: '발신 계정이 발송 속도 한도를 넘어 Google이 이 메시지를 막았습니다.',
    fix: ['이 계정의 발송 속도를 늦춥니다.', '발송량이 예상 밖이라면 계정이 탈취된 흔적이 없는지 확인합니다.'],
    retryAdvice: '한도가 초기화될 때까지 기다린 뒤 더 낮은 속도로 보냅니다.',
  },
  // ---------------------------------------------------------------- connection and protocol
  'gmail-421-4.7.0-ip-not-in-whitelist': {
    title: '수신자 도메인이 지정된 IP의 메일만 받음',
    meaning:
      '보내려는 Workspace 도메인이 특정 IP 주소(보통 자체 인바운드 게이트웨이)의 메일만 받도록 설정되어 있고, 발신 IP는 그중에 없습니다.',
    fix: [
      '도메인의 MX를 조회합니다. 필터링 게이트웨이(Proofpoint, Mimecast …)를 가리킨다면 Google로 직접 보내지 말고 그 게이트웨이로 전달합니다.',
      '그렇지 않다면 수신 측 Workspace 관리자에게 인바운드 게이트웨이 설정의 허용 목록에 발신 IP를 추가해 달라고 요청합니다.',
    ],
    retryAdvice:
      '같은 IP에서 재시도하면 계속 실패합니다. 수신 측 관리자가 설정을 바꾸거나, 발신 측이 그쪽 게이트웨이를 거쳐 전달해야 합니다.',
    warnings: ['평판 문제도 아니고 Gmail 전체의 문제도 아닙니다. 이 수신자 도메인만 거부하는 것입니다.'],
  },
  'gmail-421-4.7.0-try-again-later-closing': {
    title: '연결 일시 거부(주로 HELO/EHLO 단계)',
    meaning:
      'Gmail이 연결을 끊고 나중에 다시 오라고 요청합니다. Google은 이를 서비스 거부(DoS) 공격 방어로 설명하며, 주로 SMTP 릴레이 연결의 HELO 단계에서 발생합니다.',
    fix: [
      'EHLO 이름을 확인합니다. 조회되는 정규화된 호스트 이름(FQDN)이어야 하고 발신 IP의 PTR과 일치해야 합니다(dig -x <ip>).',
      'Google로 가는 동시 연결 수를 줄이고, 짧은 간격으로 재연결을 반복하지 않습니다.',
      'smtp-relay.gmail.com이라면 Workspace 릴레이 설정에 발신 IP나 SMTP AUTH가 설정되어 있는지 확인합니다.',
    ],
    retryAdvice: '백오프하며 재시도합니다. 몇 시간째 계속되면 EHLO 이름과 연결 방식을 고칩니다.',
    warnings: [
      '문구에 HELO/EHLO가 나오면 발송량보다 먼저 잘못되었거나 성의 없는 EHLO 이름(localhost, IP 그대로, 조회되지 않는 호스트)을 의심합니다.',
    ],
  },
  'gmail-421-4.7.0-connection-expired': {
    title: 'SMTP 세션을 너무 오래 열어 둠',
    meaning: '너무 오래 열려 있었거나 유휴 상태였던 세션을 Gmail이 닫았습니다. 다음 메시지는 새 연결을 열어 보냅니다.',
    fix: [
      'MTA에서 연결당 메시지 수와 유휴 시간을 제한합니다(Postfix: smtp_connection_cache_time_limit / smtp_connection_reuse_time_limit).',
    ],
    retryAdvice: '다시 연결해 재전송합니다. 모든 메시지에서 발생하지 않는 한 따로 할 일은 없습니다.',
  },
  'gmail-451-4.4.2-timeout': {
    title: '클라이언트가 너무 느려 연결 시간 초과',
    meaning: '세션 중에 Gmail이 클라이언트를 너무 오래 기다리다 연결을 끊었습니다.',
    fix: [
      'DATA가 끝나기 전에 멈춰 있는 콘텐츠 필터나 milter가 없는지 확인합니다.',
      '발신 경로의 패킷 손실이나 MTU 문제를 찾습니다(gmail-smtp-in.l.google.com 으로 mtr 실행).',
    ],
    retryAdvice: '재시도합니다. 시간 초과가 반복되면 발신 측의 느린 네트워크 경로, 멈춘 콘텐츠 필터, 막힌 MTU를 의심합니다.',
  },
  'gmail-421-4.4.5-server-busy': {
    title: 'Gmail 서버 과부하',
    meaning: '연결된 Gmail 프런트엔드 서버가 과부하 상태라 당분간 세션을 거부합니다.',
    fix: ['큐가 재시도하도록 둡니다. 다음 MX 호스트로 시도합니다.'],
    retryAdvice: WAIT,
  },
  'gmail-421-4.3.0-temporary-system-problem': {
    title: 'Google 측 일시적 문제',
    meaning: 'Google이 세션을 처리하던 중 내부 문제가 생겼습니다(4.7.0과 함께 오기도 합니다). 발신 메일에는 문제가 없습니다.',
    fix: ['큐가 재시도하도록 둡니다.', '여러 수신자에게서 몇 시간째 계속되면 Google Workspace Status Dashboard를 확인합니다.'],
    retryAdvice: WAIT,
  },
  'gmail-451-4.3.0-temporarily-rejected': {
    title: '메시지 일시 거부',
    meaning: 'Gmail이 구체적인 이유 없이 이 메시지를 당분간 거부했습니다. 보통 Google 측의 일시적인 문제입니다.',
    fix: [
      '큐가 재시도하도록 둡니다. 특정 메시지 하나만 계속 이 응답을 받는다면 그 메시지의 특이한 점(크기, 헤더, 첨부 파일)을 살펴봅니다.',
    ],
    retryAdvice: WAIT,
  },
  'gmail-451-4.3.0-multiple-destination-domains': {
    title: '한 트랜잭션에 여러 수신자 도메인',
    meaning: '클라이언트가 서로 다른 도메인의 수신자를 한 SMTP 트랜잭션에 넣었습니다. Gmail은 트랜잭션마다 목적지 도메인 하나를 요구합니다.',
    fix: [
      '트랜잭션마다 수신자를 도메인별로 묶습니다. 대부분의 MTA는 기본으로 그렇게 하므로, 직접 작성한 코드나 스마트 호스트 구성을 확인합니다.',
    ],
    retryAdvice: '표준을 따르는 MTA는 남은 수신자를 새 트랜잭션으로 재시도합니다. 사용 중인 MTA가 그렇게 하는지 확인합니다.',
  },
  'gmail-451-4.5.0-protocol-violation': {
    title: 'SMTP 프로토콜 위반',
    meaning:
      '클라이언트가 SMTP 프로토콜을 어겨(잘못된 파이프라이닝, 순서가 틀린 명령, CR 없는 LF 줄바꿈 등) Gmail이 세션을 끊었습니다.',
    fix: [
      'swaks --server gmail-smtp-in.l.google.com --to you@gmail.com 으로 세션을 기록해 클라이언트의 세션과 비교합니다.',
      '줄 끝이 CRLF인지, PIPELINING이 이어 보내기를 허용하지 않는 지점에서 클라이언트가 응답을 기다리는지 확인합니다.',
    ],
    retryAdvice: '클라이언트를 고칠 때까지 재시도해도 같은 오류가 납니다.',
  },
  'gmail-5xx-5.5.1-bad-sequence': {
    title: 'SMTP 명령 순서 오류',
    meaning:
      '명령이 잘못된 순서로 오면(EHLO 전에 MAIL, RCPT 전에 DATA, BDAT 뒤에 DATA) Gmail은 503 5.5.1로, 모르거나 구현하지 않은 명령에는 502 5.5.1로 응답합니다.',
    fix: [
      '세션을 기록해 순서를 확인합니다: EHLO, (STARTTLS, EHLO), MAIL FROM, RCPT TO, DATA 또는 BDAT.',
      '한 트랜잭션에서 DATA와 BDAT(CHUNKING)를 섞어 쓰지 않습니다.',
    ],
    retryAdvice: '클라이언트를 고칩니다. 같은 순서로는 항상 실패합니다.',
  },
  'gmail-501-5.5.4-bad-helo': {
    title: '잘못되었거나 비어 있는 HELO/EHLO 이름',
    meaning: '클라이언트가 HELO/EHLO로 보낸 이름이 비어 있거나 유효한 호스트 이름 또는 주소 리터럴이 아니어서 Gmail이 연결을 닫습니다.',
    fix: [
      'EHLO에 정규화된 호스트 이름(FQDN)을 설정합니다(Postfix: smtp_helo_name = mail.example.com, Exim: helo_data).',
      'A 레코드가 발신 IP를 가리키고 PTR과 일치하는 이름을 씁니다.',
    ],
    retryAdvice: 'EHLO 이름을 설정할 때까지 매번 실패합니다.',
  },
  // ---------------------------------------------------------------- message format
  'gmail-554-5.4.6-mail-loop': {
    title: '메일 루프(50홉 초과)',
    meaning: '메시지에 Received 헤더가 50개를 넘게 있어, Gmail은 메시지가 전달 서버들 사이를 돌고 있다고 판단합니다.',
    fix: [
      '반송된 사본의 Received 헤더를 읽어 메시지를 서로 주고받는 두 시스템을 찾습니다.',
      '발신자 쪽으로 되돌려 보내는 전달 규칙, 별칭, MX/라우팅을 고칩니다.',
    ],
    retryAdvice: '원인이 된 전달 설정을 고칠 때까지 다시 루프가 생깁니다.',
  },
  'gmail-554-5.6.0-malformed': {
    title: '형식이 잘못된 메시지',
    meaning: '메시지가 유효한 인터넷 메일 형식으로 해석되지 않아(깨진 MIME 구조, 잘못된 헤더 문법) Gmail이 거부합니다.',
    fix: [
      '원본 메시지를 검증합니다. MIME 경계가 닫혔는지, 헤더 접기(folding)가 올바른지, 줄 끝이 CRLF인지, NUL 바이트가 없는지 봅니다.',
      '라이브러리가 메시지를 만든다면 업데이트하고, MIME을 직접 조립하는 방식은 그만둡니다.',
    ],
    retryAdvice: '같은 바이트는 다시 실패합니다. 메시지를 만드는 쪽을 고칩니다.',
  },
  'gmail-550-5.7.1-from-header-invalid': {
    title: 'From: 헤더 누락, 잘못됨 또는 중복',
    meaning:
      'Gmail은 유효한 주소 하나를 담은 From: 헤더가 정확히 하나 있어야 합니다. 이 메시지에는 From:이 없거나, 여러 개이거나, 주소나 도메인이 잘못되어 있습니다.',
    fix: [
      '애플리케이션이 실제로 조회되는 도메인을 쓴 From: "Name" <user@example.com> 하나만 내보내도록 합니다.',
      '릴레이, 메일링 리스트 관리자, 템플릿이 두 번째 From:을 추가하지 않는지 확인합니다.',
    ],
    retryAdvice: '메시지를 고칠 때까지 실패합니다.',
  },
  'gmail-550-5.7.1-message-id-missing': {
    title: 'Message-ID 누락 또는 잘못됨',
    meaning: 'Gmail이 요구하는 유효한 Message-ID: 헤더가 메시지에 없습니다.',
    fix: [
      '메시지를 만들 때 Message-ID: <unique@your-domain>을 추가하거나, 제출(submission) MTA가 추가하도록 합니다(Postfix always_add_missing_headers = yes).',
    ],
    retryAdvice: 'Message-ID를 추가할 때까지 실패합니다.',
  },
  'gmail-550-5.7.1-duplicate-headers': {
    title: '한 번만 와야 하는 헤더의 중복 또는 형식 오류',
    meaning:
      '한 번만 나와야 하는 헤더(Subject, Date, To, Message-ID …)가 두 번 나오거나 형식이 잘못되었습니다. Gmail은 DKIM 재전송(replay) 수법을 막기 위해 이런 메시지를 차단합니다.',
    fix: [
      '어느 홉이 두 번째 사본을 추가하는지 찾습니다(릴레이나 메일링 리스트 소프트웨어를 거치기 전후의 원본 메시지를 비교).',
      '앱이나 릴레이가 헤더를 덧붙이지 않고 교체하도록 설정합니다.',
    ],
    retryAdvice: '중복을 없앨 때까지 실패합니다.',
  },
  'gmail-550-5.7.1-header-encoding': {
    title: '헤더에 허용되지 않는 인코딩이나 문자',
    meaning:
      '순수 ASCII여야 하는 헤더에 인코딩되지 않은 유니코드가 있거나, 허용되지 않는 위치(예: 주소 부분)에 RFC 2047 encoded-word가 들어 있습니다.',
    fix: [
      'ASCII가 아닌 문자는 표시 이름과 Subject에서만 RFC 2047로 인코딩합니다. 주소 자체에는 절대 넣지 않습니다.',
      '응답에 언급된 헤더를 원본 메시지에서 확인합니다.',
    ],
    retryAdvice: '헤더를 올바르게 인코딩할 때까지 실패합니다.',
  },
  // ---------------------------------------------------------------- reputation and volume
  'gmail-421-4.7.0-low-reputation-ip': {
    title: '지연: 발신 IP 평판이 매우 낮음',
    meaning: 'Gmail이 발신 IP의 평판을 매우 나쁘게 평가해 그 IP의 메일에 발송 속도 제한을 걸고 있습니다.',
    fix: [
      'Google Postmaster Tools에서 도메인의 IP 평판과 스팸률을 확인합니다.',
      '오래되었거나 구매했거나 반응 없는 주소로 보내지 않습니다. 사용자 스팸 신고율을 0.3% 미만으로 유지합니다(Google 권장은 0.1% 미만).',
      '새 IP는 점진적으로 워밍업하고 발송량을 일정하게 유지합니다.',
    ],
    retryAdvice: '재시도하면 조금씩 통과하거나 아예 통과하지 못합니다. 기다리지 말고 원인을 고칩니다.',
    warnings: ['공개 차단 목록 조회가 깨끗해도 원인에서 배제되지 않습니다. Google 자체 평판입니다.'],
  },
  'gmail-421-4.7.0-low-reputation-domain': {
    title: '지연: 발신 도메인 평판이 매우 낮음',
    meaning: 'Gmail이 메일 인증에 쓰인 도메인의 평판을 매우 나쁘게 평가해 그 도메인의 메일을 보류하고 있습니다.',
    fix: [
      'Google Postmaster Tools에서 도메인 평판과 스팸률을 확인합니다.',
      '마케팅 메일과 트랜잭션 메일을 서로 다른 하위 도메인으로 나눠 한쪽이 다른 쪽의 평판을 끌어내리지 않게 합니다.',
      '반응 없는 수신자를 제거하고 원클릭 수신 거부(RFC 8058)를 제공합니다.',
    ],
    retryAdvice: '평판이 나쁜 동안은 재시도가 대부분 실패합니다. 발송 방식을 고칩니다.',
    warnings: ['새 IP로 옮겨도 소용없습니다. 평판은 DKIM/SPF 도메인을 따라갑니다.'],
  },
  'gmail-550-5.7.1-low-reputation-ip': {
    title: '차단: 발신 IP 평판이 매우 낮음',
    meaning: 'IP 평판 차단의 영구적 형태입니다. 메시지를 보낸 IP의 평판이 매우 낮아 Gmail이 이 메시지를 거부합니다.',
    fix: [
      '421 변형과 같습니다. Postmaster Tools를 확인하고, 반응 없는 수신자와 스팸 신고가 잦은 수신자를 정리하고, 발송 속도를 늦춥니다.',
    ],
    retryAdvice: '평판이 회복된 뒤에만 다시 보냅니다. 무작정 반복해서 보내면 더 나빠집니다.',
    warnings: ['수신자가 아니라 발신자에 관한 것입니다. 이 이유로 수신자 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
  'gmail-550-5.7.1-low-reputation-domain': {
    title: '차단: 발신 도메인 평판이 매우 낮음',
    meaning: '발신 도메인의 평판이 매우 낮아 Gmail이 메시지를 거부합니다.',
    fix: ['Postmaster Tools에서 도메인 평판을 확인하고, 다시 보내기 전에 수신자 목록 관리 상태와 스팸 신고율을 개선합니다.'],
    retryAdvice: '도메인 평판이 회복된 뒤에만 다시 보냅니다.',
    warnings: ['이 이유로 수신자를 발송 제외 목록에 넣지 않습니다. 수신자에게는 문제가 없습니다.'],
  },
  'gmail-421-4.7.0-suspicious-content': {
    title: '지연: 콘텐츠나 링크가 의심스러움',
    meaning: '메시지 본문이나 링크의 무언가(주로 평판이 나쁜 URL이나 링크 도메인) 때문에 Gmail이 스팸일 가능성이 높다고 판단합니다.',
    fix: [
      '추적용·단축 URL 도메인을 포함한 모든 링크 도메인을 Spamhaus DBL과 Google Safe Browsing에서 조회합니다.',
      '공용 URL 단축 서비스를 그만 쓰고, 인증된 자체 링크 도메인을 씁니다.',
    ],
    retryAdvice: '같은 콘텐츠는 계속 거부됩니다. 콘텐츠를 바꿉니다.',
  },
  'gmail-550-5.7.1-likely-unsolicited': {
    title: '스팸으로 판단되어 차단됨',
    meaning: 'Gmail 필터가 이 메시지를 원치 않는 메일로 판단해 거부했습니다.',
    fix: [
      '메일이 SPF, DKIM, DMARC를 통과하는지 확인합니다(Gmail 테스트 받은편지함에서 "Show original"(원본 보기)).',
      '콘텐츠와 링크 도메인을 검토하고, 수신자가 이 메일을 받기로 동의했는지 확인합니다.',
      'Postmaster Tools에서 스팸률과 평판을 지켜봅니다.',
    ],
    retryAdvice: '같은 메시지를 그대로 다시 보내지 않습니다.',
    warnings: ['이 550은 메시지와 발신자에 관한 것이지, 수신자를 발송 제외할 이유가 아닙니다.'],
  },
  'gmail-421-4.7.0-unusual-rate-legacy': {
    title: 'IP에서 원치 않는 메일이 비정상적으로 많음(예전 문구)',
    meaning:
      'Google이 발신 IP에서 스팸으로 보이는 메일이 급증한 것을 보고 발송 속도를 제한하고 있습니다. 현재 반송에는 421 4.7.28이 쓰이며, 4.7.0 문구는 예전 것이지만 아직 보입니다.',
    fix: ['Gmail로 가는 발송량을 줄이고, 급증 원인(새 목록, 탈취된 계정)을 찾고, Postmaster Tools를 확인합니다.'],
    retryAdvice: '발송 속도가 내려가면 지연된 메일이 조금씩 통과합니다. 그동안 속도를 늦춥니다.',
  },
  'gmail-421-4.7.28-unsolicited-rate-ip': {
    title: '속도 제한: IP에서 원치 않는 메일이 비정상적으로 많음',
    meaning:
      'Gmail이 발신 IP 주소에서 원치 않는 메일로 보이는 메일이 급증한 것을 보고, 그 IP에서 받는 양을 일시적으로 줄이고 있습니다. 이 메시지 하나나 수신자에 대한 판정이 아니라 그 IP에서 오는 트래픽에 대한 판정입니다.',
    fix: [
      '그 IP에서 Gmail로 보내는 속도를 늦춥니다(MTA의 목적지별 동시 연결 수와 발송 속도).',
      '급증의 원인을 찾습니다. 새로 만들었거나 구매한 목록, 탈취된 계정이나 폼, 수신 거부 신고가 많은 캠페인 등입니다.',
      'Postmaster Tools에서 IP와 도메인을 확인하고, 빠진 것이 있으면 SPF, DKIM, DMARC 인증을 갖춥니다.',
    ],
    retryAdvice: '발송 속도가 줄면 지연된 메일이 전달됩니다. 그동안 Gmail로 보내는 속도를 낮춥니다.',
    differsFromRegistry: 'X.7.28은 "메일 폭주 감지"(mail flood detected)로 등록되어 있으며, Gmail은 원치 않는 메일에 대한 자체 속도 제한에 4.7.28을 씁니다.',
    warnings: ['수신자를 발송 제외 목록에 넣지 않습니다. 주소에는 문제가 없으며, 제한은 발신 IP에 걸려 있습니다.'],
  },
  'gmail-421-4.7.28-unusual-rate-ip': {
    title: '속도 제한: IP 또는 넷블록에서 비정상적인 발송량',
    meaning:
      'Gmail이 발신 IP 주소나 그 넷블록에서 비정상적으로 많은(주로 원치 않는) 메일을 보고 일시적으로 속도를 제한하거나 차단합니다.',
    fix: [
      'Gmail로 가는 동시 연결 수와 시간당 메시지 수를 낮춥니다(MTA의 목적지별 발송 속도 제한).',
      '새 IP는 며칠이 아니라 몇 주에 걸쳐 워밍업합니다.',
      'IP 대역을 다른 발신자와 공유한다면 제공업체에 같은 대역의 다른 발신자에 대해 문의합니다. 넷블록 단위 제한은 다른 사람의 메일 때문일 수 있습니다.',
    ],
    retryAdvice: '낮은 속도로 계속 재시도합니다. 발송량과 스팸 신고가 줄면 제한이 완화됩니다.',
    differsFromRegistry:
      'X.7.28은 "메일 폭주 감지"(mail flood detected)로 등록되어 있습니다. Gmail은 4.7.28을 자체 발송량·스팸률 제한과 동일 Message-ID 대량 발송에 씁니다.',
  },
  'gmail-421-4.7.28-unusual-rate-domain': {
    title: '속도 제한: DKIM 또는 SPF 도메인에서 비정상적인 발송량',
    meaning: '제한은 IP가 아니라 인증된 도메인(DKIM d= 또는 SPF 도메인)에 걸려 있으므로, 어느 IP에서 보내든 따라갑니다.',
    fix: [
      '캠페인 발송 속도를 늦추고 반응 없는 수신자를 제외합니다.',
      'Postmaster Tools에서 도메인의 스팸률을 확인하고 0.3% 미만으로 유지합니다.',
      '대량 메일과 트랜잭션 메일을 서로 다른 DKIM 하위 도메인으로 나눕니다.',
    ],
    retryAdvice: '더 낮은 속도로 재시도합니다. 스팸 신고와 발송량이 줄면 제한이 완화됩니다.',
    differsFromRegistry: MAIL_FLOOD,
    warnings: ['IP를 바꿔도 소용없습니다. 제한은 도메인을 따라갑니다.'],
  },
  'gmail-421-4.7.28-unusual-rate-url': {
    title: '속도 제한: 메일에 포함된 링크 도메인',
    meaning:
      'Gmail이 메시지에 있는 링크 도메인 중 하나가 들어간 원치 않는 메일을 너무 많이 보고 있어, 그 도메인이 들어간 메시지를 모두 제한합니다.',
    fix: [
      '메시지의 링크 도메인(추적, 단축 URL, CDN)을 확인하고, 공유되거나 악용된 도메인은 쓰지 않습니다.',
      '자체 링크 추적 도메인을 씁니다.',
    ],
    retryAdvice: '재시도는 천천히 성공합니다. 그 링크 도메인이 없는 메시지는 영향을 받지 않습니다.',
    differsFromRegistry: MAIL_FLOOD,
  },
  'gmail-421-4.7.28-duplicate-message-id': {
    title: '같은 Message-ID를 가진 메시지가 너무 많음',
    meaning:
      '발신자가 동일한 Message-ID로 Gmail이 받아들이는 수보다 많은 사본을 보냈습니다. Gmail은 이 패턴을 DKIM 재전송(replay) 악용과 연관 짓습니다.',
    fix: ['메시지마다, 수신자 묶음마다 고유한 Message-ID를 만듭니다. 템플릿의 고정 ID를 재사용하지 않습니다.'],
    retryAdvice: '그 Message-ID를 단 사본은 계속 거부됩니다. 메시지마다 고유한 ID를 붙입니다.',
    differsFromRegistry:
      'X.7.28은 "메일 폭주 감지"(mail flood detected)로 등록되어 있으며, Gmail은 동일 Message-ID 대량 발송에 이 코드를 적용합니다.',
  },
  'gmail-550-5.7.28-unusual-rate-blocked': {
    title: '차단: IP에서 원치 않는 메일이 비정상적으로 많음',
    meaning: '속도 제한의 영구적 형태입니다. 발신 IP에서 원치 않는 메일이 급증해 Gmail이 그 IP의 메일을 거부합니다.',
    fix: ['급증의 원인(탈취된 계정, 새 목록)을 찾아 멈춥니다.', '적은 발송량으로 재개하고 Postmaster Tools를 지켜봅니다.'],
    retryAdvice: '그 IP에서 Gmail로 보내는 것을 멈추고, 원인을 고친 뒤, 천천히 재개합니다.',
    differsFromRegistry:
      'X.7.28은 "메일 폭주 감지"(mail flood detected)로 등록되어 있으며, Gmail은 자체 발송량 차단에 이 코드를 씁니다.',
    warnings: ['이 이유로 수신자를 발송 제외 목록에 넣지 않습니다. 차단된 것은 IP입니다.'],
  },
  // ---------------------------------------------------------------- reverse DNS and direct delivery
  'gmail-550-5.7.1-ip-not-authorized-direct': {
    title: '직접 전달이 허용되지 않는 IP(제공업체의 릴레이 사용)',
    meaning:
      '발신 IP가 Gmail MX와 직접 통신해서는 안 되는 최종 사용자용 또는 동적 주소(가정용 인터넷, 일부 클라우드 대역)로 보입니다.',
    fix: [
      'ISP나 메일 제공업체의 인증된 SMTP 릴레이(포트 587)를 거쳐 보냅니다.',
      '실제 서버라면 올바른 PTR 레코드가 있는 고정 IP를 할당합니다.',
    ],
    retryAdvice: '이 IP에서는 매번 실패합니다. 제대로 된 메일 서버를 릴레이로 거칩니다.',
  },
  'gmail-421-4.7.0-no-ptr': {
    title: '속도 제한: 발신 IP에 PTR 레코드 없음',
    meaning: '발신 IP에 역방향 DNS(PTR) 레코드가 없거나, PTR이 가리키는 이름이 다시 그 IP로 조회되지 않습니다.',
    fix: [
      '확인합니다: dig -x <ip> +short 로 이름이 나오고, dig +short <name> 으로 같은 IP가 나와야 합니다.',
      'IP 소유자(호스팅 또는 클라우드 제공업체)에게 PTR 설정을 요청합니다.',
    ],
    retryAdvice: '정방향 확인된 역방향 DNS(FCrDNS)가 갖춰질 때까지 지연이 계속됩니다.',
  },
  'gmail-451-4.7.23-no-ptr': {
    title: '속도 제한: PTR 없음 또는 불일치',
    meaning: '발신 IP에 PTR 레코드가 없거나, PTR 이름을 정방향으로 조회한 결과가 발신 IP가 아닙니다.',
    fix: [
      '발신 IP의 PTR과 A/AAAA 레코드가 서로 일치하게 합니다(dig -x <ip>, 그다음 dig <name>).',
      'IPv6로 보낸다면 IPv6 주소도 똑같이 맞추거나, IPv4로 보냅니다.',
    ],
    retryAdvice: '정방향 확인된 역방향 DNS가 동작할 때까지 계속 지연됩니다.',
    differsFromRegistry:
      'X.7.23은 RFC 7372에 "SPF 검증 실패"(SPF validation failed)로 등록되어 있습니다. Gmail은 4.7.23을 역방향 DNS 누락이나 불일치에 쓰며, 이는 SPF와 무관합니다.',
    warnings: ['코드만 보고 SPF 레코드를 뒤지지 않습니다. 이 문구라면 문제는 역방향 DNS입니다.'],
  },
  'gmail-550-5.7.25-no-ptr': {
    title: '차단: 발신 IP에 일치하는 PTR 레코드 없음',
    meaning:
      'Gmail은 PTR 레코드가 없거나 PTR 이름이 다시 그 IP로 조회되지 않는 IP의 메일을 거부합니다. 예전 반송에는 550 5.7.1로 나옵니다.',
    fix: [
      'IP 소유자가 PTR을 게시하게 합니다(dig -x <ip> +short 가 이름을 돌려줘야 합니다).',
      '그 이름이 같은 IP로 조회되게 합니다(정방향 확인된 역방향 DNS).',
      'EHLO 이름도 같은 호스트 이름으로 설정합니다.',
    ],
    retryAdvice: '역방향 DNS를 고칠 때까지 매번 실패합니다.',
  },
  'gmail-550-5.7.1-ipv6-ptr-auth': {
    title: 'PTR이나 인증 없는 IPv6 메일',
    meaning: 'Gmail은 IPv6에서 더 엄격합니다. 발신 IPv6 주소에 일치하는 PTR이 있어야 하고, 메시지가 SPF나 DKIM을 통과해야 합니다.',
    fix: [
      'IPv6 주소의 PTR과 이에 일치하는 AAAA 레코드를 게시합니다.',
      'IPv6 주소나 대역을 SPF에 추가하고(ip6:…) DKIM으로 서명합니다.',
      '임시 방편으로 MTA가 Gmail로 보낼 때 IPv4를 우선 쓰게 합니다(Postfix: smtp_address_preference = ipv4).',
    ],
    retryAdvice: '고칠 때까지 IPv6에서는 실패합니다. 그동안 IPv4로 보내면 성공할 수 있습니다.',
  },
  // ---------------------------------------------------------------- sender authentication
  'gmail-550-5.7.26-unauthenticated': {
    title: '차단: SPF와 DKIM 모두 통과하지 못함',
    meaning: '메시지가 SPF와 DKIM 중 어느 것도 통과하지 못했습니다. Gmail은 모든 발신자에게 둘 중 하나 이상의 통과를 요구합니다.',
    fix: [
      '봉투(MAIL FROM) 도메인에 메일을 보내는 모든 IP와 서비스를 포함한 SPF를 게시합니다: dig +short TXT example.com.',
      '발신 시스템에서 DKIM 서명을 켜고 공개 키를 게시합니다: dig +short TXT selector._domainkey.example.com.',
      'Gmail 받은편지함으로 테스트 메일을 보내 "Show original"(원본 보기)에서 SPF와 DKIM 결과를 확인합니다.',
    ],
    retryAdvice: '이 발송 경로에서 SPF나 DKIM이 통과할 때까지 다시 보내도 실패합니다.',
    differsFromRegistry:
      'X.7.26은 RFC 7372에 "여러 인증 검사 실패"(multiple authentication checks failed)로 등록되어 있습니다. Gmail은 이 경우뿐 아니라 SPF 하드 실패 하나나 DMARC reject 하나에도 5.7.26을 보냅니다.',
    warnings: ['수신자 잘못이 아니라 발신자의 인증 문제입니다. 수신자 주소는 정상이므로 발송 제외 목록에 넣어서는 안 됩니다.'],
  },
  'gmail-421-4.7.26-unauthenticated': {
    title: '속도 제한: SPF와 DKIM 모두 통과하지 못함',
    meaning: '인증 요구 사항의 일시적 형태입니다. 메시지가 SPF와 DKIM 중 어느 것도 통과하지 못해 Gmail이 지연시킵니다.',
    fix: ['550 5.7.26과 같은 방법으로 발송 경로의 SPF나 DKIM(또는 둘 다)을 고친 뒤 큐가 재시도하도록 둡니다.'],
    retryAdvice: 'SPF나 DKIM이 통과할 때까지 재시도해도 계속 실패합니다.',
    warnings: ['수신자 잘못이 아닙니다. 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
  'gmail-550-5.7.26-spf-hardfail': {
    title: '차단: SPF 하드 실패(-all)',
    meaning: '봉투 발신자 도메인이 -all로 끝나는 SPF 레코드를 게시하고 있고 발신 IP가 거기에 없어서 Gmail이 메시지를 거부합니다.',
    fix: [
      '레코드를 조회합니다: dig +short TXT <mail-from-domain>. 발신 IP가 포함되는지(ip4/ip6/include) 확인합니다.',
      '빠진 서비스의 include:나 IP를 추가합니다. DNS 조회 횟수는 SPF가 허용하는 10회(RFC 7208) 안으로 유지합니다.',
      '전달(forwarding) 때문이라면 전달하는 쪽이 봉투 발신자를 다시 써야 합니다(SRS).',
    ],
    retryAdvice: 'SPF에서 IP를 허용하거나 허용된 서버를 거쳐 보낼 때까지 실패합니다.',
  },
  'gmail-550-5.7.26-dmarc-reject': {
    title: 'From 도메인의 DMARC 정책으로 차단됨',
    meaning:
      'From: 도메인이 DMARC p=reject를 게시하고 있는데, 메시지에는 그 도메인과 정렬(alignment)된 SPF 통과도 DKIM 통과도 없었습니다. 예전 반송에는 같은 문구가 550 5.7.1로 나옵니다.',
    fix: [
      'From: 도메인으로 DKIM 서명을 합니다. DMARC 기본값인 완화(relaxed) 정렬에서는 d=가 From 도메인과 같은 조직 도메인을 써야 합니다(From: news.example.com이면 d=example.com도 됩니다). 엄격(strict) 정렬은 정확히 같은 도메인이어야 합니다.',
      '또는 봉투 발신자를 From 도메인의 하위 도메인으로 하고, 그 SPF가 발신 IP를 포함하게 합니다.',
      '다른 사람의 From: 도메인(gmail.com, 고객사 도메인)으로 보내고 있다면 그만둡니다. 자체 도메인을 쓰고 상대 주소는 Reply-To에 넣습니다.',
    ],
    retryAdvice: '메시지가 From 도메인과 정렬되거나, 도메인 소유자가 정책을 완화할 때까지 실패합니다.',
    warnings: ['책임은 그 From: 도메인으로 보낸 쪽에 있습니다. 수신자는 고칠 수 없습니다.'],
  },
  'gmail-451-4.7.26-dmarc-dns-temp': {
    title: 'DMARC 확인 불가: 일시적 DNS 실패',
    meaning: 'From: 도메인에 DMARC reject 정책이 있는데, DNS 조회가 일시적으로 실패해 Gmail이 SPF나 DKIM 확인을 끝내지 못했습니다.',
    fix: [
      '외부에서 DNS를 테스트합니다: 권한 네임서버마다 dig TXT example.com @<server>, 그리고 DKIM 셀렉터 레코드도 확인합니다.',
      '시간 초과가 나거나 조회 한도를 넘는 SPF include가 없는지 찾습니다.',
    ],
    retryAdvice: '재시도합니다. 발신 측 DNS가 안정적으로 응답하면 통과합니다.',
  },
  'gmail-4xx-5xx-7.24-spf-suspicious': {
    title: 'SPF 레코드에 의심스러운 항목',
    meaning:
      'Gmail이 발신 도메인의 SPF 레코드에서 의심스러운 항목을 찾았습니다. 보통 지나치게 넓은 대역이나 너무 많은 호스트를 허용하는 메커니즘입니다. 451 4.7.24(속도 제한) 또는 550 5.7.24(차단)로 응답합니다.',
    fix: [
      '+all, ?all, 매우 넓은 ip4 대역(/8, /16), 필요 없는 "a"/"mx"/"ptr" 메커니즘을 제거합니다.',
      '도메인 명의로 실제 메일을 보내는 서비스의 IP와 include: 항목만 나열합니다.',
    ],
    retryAdvice: 'SPF 레코드를 고칩니다. 그러면 지연된 메일이 재시도 때 통과합니다.',
    differsFromRegistry:
      'X.7.24는 RFC 7372에 "SPF 검증 오류"(SPF validation error, 문법 또는 DNS 문제)로 등록되어 있습니다. Gmail은 SPF 레코드가 검증은 되지만 너무 허용적이라고 판단할 때 이 코드를 씁니다.',
  },
  'gmail-421-4.7.27-spf-bulk': {
    title: '속도 제한: SPF 미통과(대량 발신자)',
    meaning: '대량 발신자는 SPF를 통과해야 하는데 이 메시지는 통과하지 못해 Gmail이 지연시킵니다.',
    fix: [
      '봉투(MAIL FROM / Return-Path) 도메인의 SPF에 발신 IP나 ESP를 포함합니다.',
      '레코드가 10회 조회 안에 해석되는지 확인합니다: dig +short TXT <domain>.',
    ],
    retryAdvice: '봉투 도메인의 SPF가 통과할 때까지 지연이 계속됩니다.',
    differsFromRegistry:
      'X.7.27은 RFC 7505에 "발신자 주소에 null MX가 설정됨"(sender address has null MX)으로 등록되어 있습니다. Gmail은 4.7.27/5.7.27을 대량 발신자의 SPF 실패에 씁니다.',
    warnings: ['코드의 등록된 의미와 달리 null MX와는 관계없습니다.'],
  },
  'gmail-550-5.7.27-spf-bulk': {
    title: '차단: SPF 미통과(대량 발신자)',
    meaning: '영구적 형태입니다. 대량 메시지가 SPF를 통과하지 못해 Gmail이 거부했습니다.',
    fix: ['봉투 도메인의 SPF에서 발신 IP나 ESP를 허용한 뒤 다시 보냅니다.'],
    retryAdvice: 'SPF가 통과할 때까지 실패합니다.',
    differsFromRegistry: SPF_NULL_MX,
  },
  'gmail-421-4.7.30-dkim-bulk': {
    title: '속도 제한: DKIM 미통과(대량 발신자)',
    meaning: '대량 발신자는 DKIM으로 서명해야 하는데 이 메시지에 유효한 서명이 없어 Gmail이 지연시킵니다.',
    fix: [
      '발신 시스템이나 ESP에서 DKIM 서명을 켜고 공개 키를 게시합니다.',
      '확인합니다: dig +short TXT <selector>._domainkey.<domain>, 그다음 Gmail 테스트 받은편지함에서 "Show original"(원본 보기)을 봅니다.',
      '서명 이후에 본문이나 서명된 헤더를 다시 쓰는 단계(꼬리말 추가, 링크 재작성)가 없는지 확인합니다.',
    ],
    retryAdvice: '메시지에 유효한 DKIM 서명이 붙을 때까지 지연이 계속됩니다.',
    differsFromRegistry: DKIM_REQUIRETLS,
  },
  'gmail-550-5.7.30-dkim-bulk': {
    title: '차단: DKIM 미통과(대량 발신자)',
    meaning: '영구적 형태입니다. 대량 메시지에 통과한 DKIM 서명이 없어 Gmail이 거부했습니다.',
    fix: ['DKIM 서명을 켜고 공개 키를 게시한 뒤 다시 보냅니다.'],
    retryAdvice: 'DKIM이 통과할 때까지 실패합니다.',
    differsFromRegistry: DKIM_REQUIRETLS,
  },
  'gmail-421-4.7.40-no-dmarc': {
    title: '속도 제한: DMARC 레코드 없음(대량 발신자)',
    meaning: '대량 발신자는 발신 도메인에 DMARC를 게시해야 하는데, 이 도메인에는 DMARC 레코드가 없거나 정책이 없는 레코드만 있습니다.',
    fix: [
      '최소한 다음을 게시합니다: _dmarc.example.com TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com".',
      '확인합니다: dig +short TXT _dmarc.example.com.',
    ],
    retryAdvice: 'DMARC 레코드를 게시할 때까지 지연이 계속됩니다.',
    differsFromRegistry: '4.7.40은 IANA 확장 상태 코드 레지스트리에 없습니다. Google 자체의 세부 번호입니다.',
  },
  'gmail-550-5.7.40-no-dmarc': {
    title: '차단: DMARC 레코드 없음(대량 발신자)',
    meaning: '영구적 형태입니다. DMARC 레코드나 정책이 없는 도메인에서 온 대량 메시지를 Gmail이 거부했습니다.',
    fix: ['DMARC 레코드를 게시한 뒤(요구 사항을 채우는 데는 p=none이면 충분합니다) 다시 보냅니다.'],
    retryAdvice: 'DMARC를 게시할 때까지 실패합니다.',
    differsFromRegistry:
      '5.7.40은 IANA 레지스트리에 없습니다. Google 표에는 이와 무관한 AUTH 오류로 "504 5.7.40 Unrecognized authentication type"도 있으므로, 번호만 보지 말고 문구를 읽습니다.',
  },
  'gmail-421-4.7.32-dmarc-alignment': {
    title: '속도 제한: From 도메인이 SPF·DKIM과 정렬되지 않음',
    meaning:
      'SPF나 DKIM이 통과했더라도 From:과 다른 도메인으로 통과했기 때문에 DMARC 정렬(alignment)이 실패해 Gmail이 메시지를 지연시킵니다.',
    fix: [
      'd=를 From: 도메인(또는 그 조직 도메인)으로 해서 DKIM 서명합니다. 많은 ESP가 이를 "custom DKIM" 또는 "domain authentication"이라고 부릅니다.',
      '또는 From: 도메인의 하위 도메인을 사용자 지정 Return-Path(반송) 도메인으로 써서 SPF가 정렬되게 합니다.',
    ],
    retryAdvice: '인증된 도메인 중 하나가 From:과 정렬될 때까지 지연이 계속됩니다.',
    differsFromRegistry: '4.7.32는 IANA 확장 상태 코드 레지스트리에 없습니다. Google 자체의 세부 번호입니다.',
    warnings: ['헤더 확인에서 "SPF pass, DKIM pass"가 나와도 해결된 것이 아닙니다. 중요한 것은 어느 도메인이 통과했는지입니다.'],
  },
  'gmail-5.7.32-dmarc-alignment-blocked': {
    title: '차단: From 도메인이 SPF·DKIM과 정렬되지 않음',
    meaning:
      '정렬 규칙의 영구적 형태입니다. From: 도메인이 통과한 SPF 도메인과도, DKIM 도메인과도 일치하지 않습니다. Google 표는 이 코드를 응답 코드 421과 짝지어 "blocked"라는 문구와 모순되므로, 서버가 실제로 받은 응답을 확인합니다.',
    fix: ['DKIM d=나 Return-Path 도메인을 From: 도메인과 정렬한 뒤 다시 보냅니다.'],
    retryAdvice: '정렬을 고칠 때까지 실패합니다.',
    differsFromRegistry: '5.7.32는 IANA 레지스트리에 없습니다. Google 자체의 세부 번호입니다.',
  },
  // ---------------------------------------------------------------- TLS
  'gmail-421-4.7.0-tls-required-rcpt-domain': {
    title: '수신자 도메인이 TLS를 요구함',
    meaning: '수신 측 Workspace 관리자가 발신 측(또는 모든 발신자)의 메일에 TLS를 요구하는데, 세션이 암호화되지 않았습니다.',
    fix: [
      'MTA에서 기회적 TLS(opportunistic TLS)를 켭니다(Postfix: smtp_tls_security_level = may, Exim: hosts_try_tls).',
      '테스트합니다: openssl s_client -starttls smtp -connect gmail-smtp-in.l.google.com:25.',
    ],
    retryAdvice: 'MTA가 Google로 보낼 때 STARTTLS를 쓸 때까지 실패합니다.',
  },
  'gmail-421-4.7.29-tls-bulk': {
    title: '속도 제한: TLS 미사용(대량 발신자)',
    meaning: '대량 발신자는 Gmail로 보낼 때 TLS를 써야 하는데, 이 메시지는 평문 세션으로 왔습니다.',
    fix: ['발신 메일에 STARTTLS를 켜고, 경로상의 방화벽이나 프록시가 이를 제거하지 않는지 확인합니다.'],
    retryAdvice: 'MTA가 STARTTLS를 쓸 때까지 지연이 계속됩니다.',
    differsFromRegistry:
      'X.7.29는 RFC 8617에 "ARC 검증 실패"(ARC validation failure)로 등록되어 있습니다. Gmail은 4.7.29/5.7.29를 TLS 없이 보낸 대량 메일에 씁니다.',
  },
  'gmail-550-5.7.29-tls-bulk': {
    title: '차단: TLS 미사용(대량 발신자)',
    meaning: '영구적 형태입니다. 대량 메시지가 TLS 없이 전송되어 Gmail이 거부했습니다.',
    fix: ['발신 MTA에서 STARTTLS를 켠 뒤 다시 보냅니다.'],
    retryAdvice: 'TLS를 쓸 때까지 실패합니다.',
    differsFromRegistry: 'X.7.29는 RFC 8617에 "ARC 검증 실패"(ARC validation failure)로 등록되어 있으며, Gmail은 TLS 미사용에 이 코드를 씁니다.',
  },
  'gmail-530-5.7.0-starttls-first': {
    title: '이 명령 전에 STARTTLS 필요',
    meaning: 'Google이 STARTTLS를 먼저 요구하는 포트(smtp.gmail.com:587, Workspace 릴레이)에서 MAIL이나 AUTH를 보냈습니다.',
    fix: ['클라이언트에서 STARTTLS를 켜거나, 포트 465에서 암묵적 TLS(implicit TLS)를 씁니다.'],
    retryAdvice: '클라이언트가 STARTTLS를 보낼 때까지 실패합니다.',
  },
  'gmail-523-5.7.10-pipelining-after-starttls': {
    title: 'STARTTLS 뒤에 명령을 파이프라이닝함',
    meaning:
      '클라이언트가 STARTTLS와 같은 패킷에 다른 명령을 이어 보냈습니다. RFC 3207은 이를 금지합니다(명령 주입이 가능해지기 때문입니다).',
    fix: ['SMTP 클라이언트 라이브러리를 고치거나 업데이트해, STARTTLS 응답을 기다리고 TLS 협상을 마친 뒤 다음 명령을 보내게 합니다.'],
    retryAdvice: '클라이언트가 STARTTLS에 대한 220 응답을 기다릴 때까지 실패합니다.',
    differsFromRegistry:
      'X.7.10은 RFC 4954에 "암호화 필요"(encryption needed)로 등록되어 있습니다. Gmail은 5.7.10을 STARTTLS 파이프라이닝 위반에 씁니다.',
  },
  // ---------------------------------------------------------------- submission / AUTH (smtp.gmail.com)
  'gmail-530-5.7.0-authentication-required': {
    title: '인증 필요',
    meaning: '로그인하지 않고 smtp.gmail.com(또는 허용된 IP가 아닌 곳에서 릴레이)을 통해 보내려 했습니다.',
    fix: ['클라이언트에 SMTP AUTH(OAuth 2.0 또는 앱 비밀번호)를 설정합니다.', 'Workspace 릴레이라면 대신 릴레이 설정에 발신 IP를 등록합니다.'],
    retryAdvice: '클라이언트가 인증할 때까지 실패합니다.',
  },
  'gmail-535-5.7.8-bad-credentials': {
    title: '로그인 거부',
    meaning:
      'smtp.gmail.com이 사용자 이름이나 비밀번호를 거부했습니다. 대부분의 계정에서 일반 비밀번호는 더 이상 통하지 않으며, Google은 OAuth 2.0이나 앱 비밀번호를 요구합니다.',
    fix: ['앱 비밀번호를 만들거나(2단계 인증 필요) 클라이언트를 OAuth 2.0으로 바꿉니다.', '사용자 이름이 전체 주소인지 확인합니다.'],
    retryAdvice: '같은 자격 증명으로 재시도하면 실패하며 "too many login attempts"가 발생할 수 있습니다.',
    differsFromRegistry:
      'Google 표에는 5.7.80으로 나오지만, 실제로 전송되는 코드는 5.7.8(authentication credentials invalid, 인증 자격 증명이 유효하지 않음)입니다.',
  },
  'gmail-534-5.7.9-app-password-required': {
    title: '앱 비밀번호 또는 브라우저 로그인 필요',
    meaning:
      '계정에 앱 비밀번호가 필요하거나(2단계 인증이 켜져 있음), Google이 SMTP 로그인을 허용하기 전에 대화형 로그인을 요구합니다. 브라우저 로그인이 필요한 경우에는 5.7.14가 옵니다.',
    fix: [
      '클라이언트용 앱 비밀번호를 만들거나 클라이언트를 OAuth 2.0으로 옮깁니다.',
      '같은 네트워크에서 브라우저로 계정에 한 번 로그인해 보안 확인 절차를 통과합니다.',
    ],
    retryAdvice: '계정 소유자가 앱 비밀번호를 만들거나 브라우저로 한 번 로그인할 때까지 실패합니다.',
    differsFromRegistry:
      'Google 표에는 5.7.90으로 나옵니다. 등록된 코드는 5.7.9(authentication mechanism too weak, 인증 메커니즘이 너무 약함)이고, 5.7.14는 "trust relationship required"(신뢰 관계 필요)로 등록되어 있습니다.',
  },
  'gmail-454-4.7.0-too-many-logins': {
    title: '로그인 시도 횟수 초과',
    meaning: 'smtp.gmail.com이 이 계정이나 이 IP에서 AUTH 시도를 너무 많이 받아 당분간 로그인을 거부합니다.',
    fix: [
      '잘못된 비밀번호로 계속 시도하는 클라이언트(오래된 기기, 스크립트)를 찾아 고치거나 멈춥니다.',
      '메시지마다 로그인하지 말고 인증된 연결을 재사용합니다.',
    ],
    retryAdvice: '한동안 재시도를 멈추고, 자격 증명을 고친 뒤 다시 시도합니다.',
  },
  'gmail-504-5.7.4-auth-type': {
    title: '지원하지 않는 AUTH 메커니즘',
    meaning:
      '클라이언트가 Google이 제공하지 않는 AUTH 메커니즘(예전 XOAUTH 등)을 요청했습니다. Google 표에는 504 5.7.40으로 나오며, 이에 해당하는 등록된 코드는 5.7.4입니다.',
    fix: ['XOAUTH2(OAuth 2.0)를 쓰거나, TLS 위에서 앱 비밀번호로 PLAIN/LOGIN을 씁니다.'],
    retryAdvice: '클라이언트가 지원되는 메커니즘을 쓸 때까지 실패합니다.',
    differsFromRegistry:
      '5.7.40은 IANA 레지스트리에 없습니다. Google은 제공하지 않는 AUTH 메커니즘에는 504와 함께, DMARC 레코드 누락에는 421/550과 함께 이 코드를 보냅니다.',
  },
  // ---------------------------------------------------------------- Workspace relay and admin policy
  'gmail-550-5.7.0-relay-denied': {
    title: 'Workspace SMTP 릴레이가 이 발신자를 거부함',
    meaning:
      'smtp-relay.gmail.com이 릴레이를 해 주지 않습니다. IP, HELO, MAIL FROM 도메인이 Workspace 계정에 등록되어 있지 않거나, 악용 때문에 계정이 정지되었습니다.',
    fix: [
      'Admin console(Apps › Google Workspace › Gmail › Routing › SMTP relay service)에서 발신 IP를 추가하거나 SMTP AUTH를 요구하도록 설정합니다.',
      'HELO나 MAIL FROM에 Workspace 도메인 중 하나를 씁니다.',
      '계정이 악용으로 정지되었다는 문구가 있다면, Google에 복구를 요청하기 전에 악용 발신원을 찾아 멈춥니다.',
    ],
    retryAdvice: '릴레이 설정(또는 계정)을 고칠 때까지 실패합니다.',
  },
  'gmail-550-5.7.1-invalid-relay-credentials': {
    title: 'Workspace 릴레이: IP가 발신 도메인과 맞지 않음',
    meaning:
      'Workspace SMTP 릴레이에 등록된 IP가 메시지의 도메인과 맞지 않거나, 봉투 발신자가 비어 있어 발신 도메인을 식별할 수 없습니다.',
    fix: ['릴레이에서 SMTP AUTH를 쓰거나, EHLO에 Workspace 도메인 중 하나를 제시합니다.', 'MAIL FROM을 비워 두지 말고 자체 도메인 중 하나로 설정합니다.'],
    retryAdvice: '릴레이가 메시지를 계정과 연결할 수 있을 때까지 실패합니다.',
  },
  'gmail-550-5.7.0-sending-denied': {
    title: '발신 계정이 사용 중지되었거나 알 수 없음',
    meaning: '메시지의 발신 계정이 Workspace 도메인에서 사용 중지되었거나 존재하지 않아 Google이 발송하지 않습니다.',
    fix: ['Admin console에서 발신 계정이 존재하고 활성 상태인지 확인합니다.', '애플리케이션이 존재하는 사용자나 별칭으로 보내게 합니다.'],
    retryAdvice: '유효하고 활성 상태인 계정으로 보낼 때까지 실패합니다.',
  },
  'gmail-550-5.7.1-admin-policy': {
    title: '도메인 관리자의 규칙으로 차단됨',
    meaning:
      '수신 측(또는 발신 측)의 Workspace 관리자가 이 메시지를 금지하는 규칙을 두었습니다. 응답에 "gcdp"가 있으면 관리자가 만든 규칙이라는 표시입니다.',
    fix: [
      '응답에 나온 도메인의 관리자에게 어떤 규칙에 걸렸는지 문의합니다(관리자는 Email Log Search에서 찾을 수 있습니다).',
      '자체 도메인의 규칙이라면 Admin console에서 Gmail 규정 준수(compliance) 및 라우팅 설정을 확인합니다.',
    ],
    retryAdvice: '규칙이나 메시지가 바뀔 때까지 실패합니다.',
    warnings: ['Google 전체의 차단이 아니라 한 조직의 설정입니다.'],
  },
  'gmail-552-5.7.0-blocked-content': {
    title: '차단된 첨부 파일 또는 위험한 콘텐츠',
    meaning:
      '메시지에 Gmail이 차단하는 파일 형식(실행 파일, 일부 압축 파일과 스크립트)이나 바이러스처럼 보안 위험으로 판단되는 콘텐츠가 있습니다.',
    fix: [
      '차단되는 파일 형식(.exe, .js, .bat 등, 압축 파일 안에 든 것 포함)을 빼고 대신 링크로 공유합니다.',
      '원래 첨부 파일을 보낼 일이 없는 시스템이라면 발신 시스템을 검사합니다.',
    ],
    retryAdvice: '첨부 파일을 빼거나 바꿀 때까지 실패합니다.',
  },
  'gmail-notice-recipient-server-unreachable': {
    title: 'Gmail이 수신자의 메일 서버에 연결하지 못함',
    meaning:
      'Gmail이 수신 도메인의 메일 서버들에 연결을 시도했지만 어느 서버도 연결을 받지 않았습니다. 끝의 대괄호에 어느 서버가 어떻게 실패했는지(시간 초과, 거부)가 적혀 있습니다. Gmail은 재시도하는 동안 이 알림을 보내고, 포기할 때 다시 보냅니다.',
    fix: [
      '다른 경로로 수신자에게 그쪽 메일 서버에 연결할 수 없다고 알립니다. 그쪽 관리자가 도메인의 MX 레코드와, 그 호스트들이 인터넷에서 포트 25 연결을 받는지 확인해야 합니다.',
      '외부 기계에서 직접 확인합니다: `dig MX example.org` 다음에 `nc -vz <mx-host> 25`.',
    ],
    retryAdvice: 'Gmail이 알아서 재시도하며, 얼마 동안 하는지는 알림에 적혀 있습니다. 최종 알림은 재시도를 멈췄다는 뜻입니다.',
  },
};
