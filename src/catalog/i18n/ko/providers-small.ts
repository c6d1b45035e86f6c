/**
 * Korean prose for the smaller provider catalogs: yahoo, apple, proofpoint, mimecast, barracuda,
 * cisco, spamhaus, zoho, gmx, orange, comcast, mailru, qq, and the MTA-generated texts (postfix,
 * exim, sendmail, qmail). Provider codes (TSS04, OFR_999, BL000010), quoted server wording, host
 * names, URLs, config keys and commands stay in English because engineers match on them.
 */
import type { ProviderTranslations } from '../types.js';

const KEEP_RCPT = '발신 측 문제이므로 이 이유로 수신자 주소를 발송 제외(suppression) 목록에 넣지 않습니다.';
const ICLOUD_ESCALATE =
  'Apple 요구 사항을 모두 지키는데도 계속된다면 회사명, 도메인, 발신 IP, 정확한 SMTP 응답 원문, 시작 시각을 적어 icloudadmin@apple.com 으로 메일을 보냅니다.';
const MIMECAST_CONTACT =
  '전화나 다른 주소로 수신자에게 연락해, 그쪽 IT 팀이 Mimecast(Message Center의 거부·지연 메시지)에서 이 메시지를 찾아 정책을 조정하도록 요청합니다. Mimecast 지원팀은 고객사가 지정한 담당자와만 상대합니다.';
const MIMECAST_NOT_DEAD =
  '한 조직의 게이트웨이가 내린 정책·평판 판단이지 사라진 메일함이 아닙니다. 수신자 주소를 발송 제외 목록에 넣지 않습니다.';
const REP_NOT_MAILBOX =
  '평판·정책 차단은 메일함이 존재하는지와 무관합니다. 이 이유로 수신자를 발송 제외 목록에 넣지 않습니다.';
const CISCO_NOT_MAILBOX = '평판이나 발송 속도에 대한 판단이지 메일함 문제가 아닙니다. 이 이유로 수신자를 발송 제외 목록에 넣지 않습니다.';
const PDR_NOT_ADDRESS = '발신 IP에 대한 차단이지 주소에 대한 판정이 아닙니다. 이 이유로 수신자를 발송 제외 목록에 넣지 않습니다.';
const PDR_OWN_DATA = '공개 차단 목록(DNSBL) 조회 결과가 깨끗해도 원인에서 배제되지 않습니다. PDR은 Proofpoint 자체 평판 데이터입니다.';
const SPAMHAUS_NOT_RCPT = '발신 IP나 도메인이 목록에 오른 것입니다. 이 때문에 수신자 주소를 발송 제외 목록에 넣어서는 안 됩니다.';
const GMX_NOT_MAILBOX = '발신 IP 차단이나 정책 거부는 메일함 상태와 무관합니다. 수신자를 발송 제외 목록에 넣지 않습니다.';
const ORANGE_KEEP = 'Orange의 일시적 거부는 메일함이 아니라 발신 IP에 관한 것입니다. 수신자는 활성 상태로 유지합니다.';
const COMCAST_KEEP = '이 코드들은 발신 IP에 관한 것입니다. 이 이유로 Comcast 수신자를 발송 제외(suppression) 목록에 넣지 않습니다.';
const QQ_KEEP = '빈도 제한은 메일함 상태와 무관합니다. 수신자를 발송 제외 목록에 넣지 않습니다.';
const QQ_RETRY =
  '영향받은 발신원에서 QQ로 보내는 것을 잠시(걸린 한도에 따라 몇 분에서 하루) 멈춘 뒤, 더 낮은 속도로 재개합니다.';

export const koProvidersSmall: ProviderTranslations = {
  // ---------------------------------------------------------------- Yahoo
  'yahoo-421-4.7.0-tss04': {
    title: '일시 지연: 예상 밖의 발송량 또는 스팸 신고 (TSS04)',
    meaning:
      'Yahoo가 평소와 다른 발송량, 사용자 스팸 신고, 실제로는 낮은 평판이나 인증 누락 때문에 해당 IP의 메일을 지연시키고 있습니다. Yahoo가 평판 관련으로 두루 쓰는 지연 응답이라 이 중 무엇이 원인인지는 거의 알려 주지 않습니다.',
    fix: [
      'Yahoo/AOL MX 호스트로 가는 동시 연결 수와 시간당 메시지 수를 낮춥니다.',
      'SPF, DKIM, DMARC가 통과하고 정렬(alignment)되는지, IP에 정방향 확인된 PTR(FCrDNS)이 있는지 확인합니다.',
      'Yahoo 스팸 신고 피드백 루프(Sender Hub)에 가입해 신고한 사용자를 목록에서 빼고, 반응 없는 수신자도 정리합니다.',
      '48시간 넘게 계속되면 응답 전문을 첨부해 Sender Hub에서 발신자 지원 요청을 제출합니다.',
    ],
    retryAdvice: '속도를 낮춘 상태로 몇 시간에 걸쳐 계속 재시도합니다. 이틀 넘게 이어지면 기다리지 말고 조치합니다.',
    warnings: [
      '끝에 붙은 "4.16.55.1"은 Yahoo 내부 번호이지 확장 상태 코드가 아닙니다. 4.7.0으로 읽습니다.',
      '공개 차단 목록 조회가 깨끗해도 원인에서 배제되지 않습니다. Yahoo는 자체 평판 데이터를 씁니다.',
    ],
  },
  'yahoo-421-4.7.0-ts01': {
    title: '일시 지연: 사용자 스팸 신고 (TS01, 구형)',
    meaning:
      '예전 Yahoo 지연 응답으로, 해당 IP에서 평소와 다른 트래픽이 있었거나 Yahoo 사용자의 신고가 있었다는 뜻입니다. 당시 Yahoo는 약 4시간 뒤 재시도하라고 안내했습니다.',
    fix: [
      'Yahoo로 가는 발송 속도를 낮추고, 신고한 수신자와 반응 없는 수신자를 목록에서 제거합니다.',
      '스팸 신고 피드백 루프에 가입합니다.',
    ],
    retryAdvice: '연달아 두드리지 말고 몇 시간 뒤에 재시도합니다. 큐 보관 기간은 충분히 길게 둡니다.',
  },
  'yahoo-421-4.7.0-ts02': {
    title: '일시 지연: 사용자 스팸 신고 (TS02, 구형)',
    meaning: '신고나 비정상 트래픽에 대한 예전 Yahoo 지연 응답으로, TS01보다 한 단계 높은 조치입니다(내부 번호 4.16.56).',
    fix: ['발송량을 줄이고, 신고한 주소와 비활성 주소를 정리하며, 인증 상태를 확인합니다.'],
    retryAdvice: '몇 시간 뒤 더 낮은 속도로 재시도합니다.',
  },
  'yahoo-421-4.7.1-ts03': {
    title: '모든 메시지 영구 지연 (TS03, 구형)',
    meaning:
      'Yahoo가 해당 IP에서 원치 않는 대량 메일의 전형적인 발송량을 감지했습니다. 4xx로 응답하지만 Yahoo는 발송 방식이 바뀌기 전에는 다시 보내지 말라고 안내했습니다.',
    fix: [
      '수신자 목록을 어떻게 모았는지 점검하고, 메일을 요청한 사람에게만 보냅니다.',
      '문제를 고치는 동안 그 IP에서 Yahoo로 가는 메일을 멈춥니다.',
    ],
    retryAdvice: '421이지만 그대로 재시도해서는 성공하지 않습니다. 멈추고, 고치고, 천천히 재개합니다.',
    differsFromRegistry: '421/4.7.1 응답은 정의상 일시적 실패인데, Yahoo는 재시도로는 풀리지 않는 차단에 이 코드를 씁니다.',
  },
  'yahoo-553-5.7.2-tss09-permanently-deferred': {
    title: '해당 IP의 모든 메시지 영구 지연 (TSS09/TSS11)',
    meaning: 'Yahoo가 평판 문제로 해당 IP에서 오는 메일을 모두 거부하고 있으며, 재시도해도 성공하지 않는다고 밝힙니다.',
    fix: [
      '무엇이 바뀌었는지 찾습니다: 탈취된 계정, 새 수신자 목록, 발송량 급증, 이전에 다른 사람이 쓰던 IP 등.',
      '원인을 고친 뒤 응답 전문과 IP를 적어 Sender Hub 지원 요청을 제출합니다.',
    ],
    retryAdvice: '이 IP에서 재시도하지 않습니다. 원인을 고치고 Yahoo 발신자 지원팀에 연락합니다.',
    differsFromRegistry: 'X.7.2는 레지스트리에 "메일링 리스트 확장 금지"로 등록되어 있지만, Yahoo는 5.7.2를 IP 평판 차단에 씁니다.',
    warnings: ['수신자에게는 문제가 없습니다. IP 단위 차단 때문에 수신자를 발송 제외 목록에 넣지 않습니다.'],
  },
  'yahoo-553-5.7.1-bl21-spamhaus': {
    title: 'Spamhaus에 등재된 IP (BL21/BL23)',
    meaning:
      '발신 IP가 Spamhaus 목록에 올라 있어 Yahoo가 연결을 거부합니다(BL23은 감염되거나 악용된 호스트를 싣는 XBL을 가리킵니다).',
    fix: [
      'check.spamhaus.org에서 IP를 조회하고 안내된 삭제 절차를 따릅니다.',
      'XBL/CSS 등재라면 등재 해제 요청 전에 그 IP 뒤에 있는 감염 호스트나 탈취된 계정을 먼저 찾아냅니다.',
    ],
    retryAdvice: 'Spamhaus가 IP를 목록에서 뺄 때까지 계속 실패합니다.',
  },
  'yahoo-554-5.7.9-policy-reasons': {
    title: '정책상 이유로 메시지 거부',
    meaning:
      'Yahoo가 내용이나 발송 정책(스팸성 내용, 악성 링크, 인증 또는 DMARC 실패) 때문에 이 메시지를 거부했습니다. 응답 문구로는 어느 쪽인지 알 수 없습니다.',
    fix: [
      '이 메시지에 대해 SPF, DKIM, DMARC가 통과하고 정렬되는지 확인합니다.',
      '링크와 첨부 파일을 점검합니다: 모든 URL 도메인을 Spamhaus DBL에서 조회하고, 단축 URL이나 탈취된 링크가 없는지 봅니다.',
      '다른 메시지는 들어간다면 이 메시지가 무엇이 다른지 비교합니다.',
    ],
    retryAdvice: '같은 메시지를 그대로 다시 보내지 않습니다.',
    differsFromRegistry:
      'X.7.9는 레지스트리에 "인증 메커니즘이 너무 약함"(AUTH 명령용 코드)으로 등록되어 있지만, Yahoo는 554 5.7.9를 내용·정책 거부에 씁니다.',
    warnings: ['수신자가 아니라 메시지에 대한 판단입니다. 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
  'yahoo-554-ph01-content': {
    title: '내용 차단 (PH01)',
    meaning: 'Yahoo가 메시지에서 정책상 받을 수 없는 것을 찾았습니다: 악성코드, 피싱, 랜섬웨어 또는 그런 곳으로 가는 링크.',
    fix: [
      '메시지와 첨부 파일을 검사하고, 링크 도메인 각각의 평판을 확인합니다.',
      '의도하지 않은 메일이 서버에서 나갔다면 발신 큐에 악용 흔적이 있는지 확인합니다.',
    ],
    retryAdvice: '내용을 정리하기 전에는 다시 보내지 않습니다.',
  },
  'yahoo-550-5.7.9-unauthenticated': {
    title: '차단: SPF와 DKIM 모두 실패',
    meaning:
      'Yahoo는 모든 발신자에게 SPF 또는 DKIM 통과를 요구하는데, 이 메시지는 둘 다 통과하지 못했습니다. 대량 발신자는 둘 다 통과하고 DMARC 정책도 게시해야 합니다.',
    fix: [
      '봉투(envelope) 도메인에 발신 IP를 포함하는 SPF를 게시하고, 자기 도메인으로 DKIM 서명합니다.',
      '대량 발신자: DMARC를 게시하고(최소 p=none) SPF 또는 DKIM을 From: 도메인과 정렬합니다.',
      '포워더와 메일링 리스트: From:을 리스트 주소로 바꾸거나 ARC를 추가합니다.',
    ],
    retryAdvice: '인증이 통과할 때까지 계속 실패합니다.',
    differsFromRegistry:
      'X.7.9는 레지스트리에 "인증 메커니즘이 너무 약함"(SMTP AUTH)으로 등록되어 있지만, Yahoo는 5.7.9를 메시지 인증(SPF/DKIM) 실패에 씁니다.',
    warnings: ['발신 측 문제입니다. 이 이유로 수신자를 발송 제외 목록에 넣지 마십시오.'],
  },
  'yahoo-451-unresolvable-from-domain': {
    title: 'MAIL FROM 또는 From: 도메인이 조회되지 않음',
    meaning:
      'Yahoo는 MAIL FROM과 From: 헤더의 도메인이 존재하는지 SOA 조회로 확인하는데, 이 도메인은 조회에 실패했습니다(시간 초과나 SERVFAIL이면 451, 확실히 존재하지 않으면 554).',
    fix: [
      'dig SOA <domain-in-mail-from> 과 dig SOA <domain-in-from-header> 를 실행합니다. 둘 다 응답이 와야 합니다.',
      '메시지별 서브도메인(bounce.example.com, 와일드카드)을 쓴다면 A/MX 레코드뿐 아니라 SOA 응답도 돌아오는지 확인합니다.',
    ],
    retryAdvice: '451은 자동으로 재시도되지만, 그 이름에 대해 DNS가 응답할 때까지 계속 실패합니다.',
  },
  'yahoo-554-dd-no-account': {
    title: '존재하지 않는 Yahoo 계정',
    meaning: '수신자 주소가 Yahoo에 존재하지 않습니다(응답 문구에 yahoo.com 같은 도메인이 나옵니다).',
    fix: ['수신자와 확인해 주소를 고치거나, 발송 제외 목록에 넣습니다.'],
    retryAdvice: '재시도하지 않습니다. 주소를 목록에서 제거합니다.',
  },
  'yahoo-552-1-mailbox-not-found': {
    title: '메일함을 찾을 수 없음 (552와 단독 "1")',
    meaning: '수신자 메일함이 존재하지 않습니다. Yahoo는 응답 코드 552와 함께, 확장 상태 코드 자리에 단독 "1"을 넣어 보냅니다.',
    fix: ['주소를 발송 제외 목록에 넣거나 고칩니다.'],
    retryAdvice: '하드 바운스로 처리합니다.',
    differsFromRegistry: 'RFC 5321에서 552는 "저장 공간 할당 초과"인데, 여기서는 수신자 없음의 의미로 쓰입니다.',
    warnings: ['여기서 552를 "메일함 가득 참"으로 읽지 마십시오. 문구는 메일함을 찾지 못했다고 말합니다.'],
  },
  'yahoo-554-no-longer-valid': {
    title: '계정 해지 또는 비활성화',
    meaning:
      'Yahoo 또는 AOL 계정이 있었지만 해지되었거나 비활성화되었습니다("dd … is no longer valid", AOL Japan은 "This mailbox is disabled").',
    fix: ['주소를 발송 제외 목록에 넣고, 연락처에 현재 쓰는 주소를 요청합니다.'],
    retryAdvice: '재시도하지 않습니다. 주소를 발송 제외 목록에 넣습니다.',
  },
  'aol-521-5.2.1-will-not-accept': {
    title: 'AOL이 메시지를 거부함 (주소 문제 아님)',
    meaning:
      'AOL 필터가 이 메시지를 거부했습니다. 대개 DATA 뒤에 본문(링크나 도메인)을 보고 거부하며, 발신 IP 평판 때문인 경우도 있습니다. 수신자 메일함에는 문제가 없습니다.',
    fix: [
      '메시지 안의 링크와 도메인(URL 단축 서비스, 평판이 나쁜 호스트로 가는 링크, IP 주소만 쓴 링크)과 발신 IP 평판을 확인합니다.',
      '내용을 바꿔 다시 보냅니다. 평범한 메일도 거부되면 응답 전문을 첨부해 Yahoo/AOL 발신자 지원에 요청합니다.',
    ],
    retryAdvice: '같은 메시지를 다시 보내면 또 거부됩니다. 원인이 된 부분을 먼저 바꿉니다.',
    differsFromRegistry: 'X.2.1은 레지스트리에 "메일함 비활성화", 521은 "메일을 받지 않음"으로 등록되어 있지만, AOL은 메일함이 아니라 메시지를 거부할 때 둘 다 씁니다.',
    warnings: ['주소에는 문제가 없습니다. 이 응답 때문에 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
  'yahoo-450-receiving-too-fast': {
    title: '수신자가 메일을 너무 빠르게 받고 있음',
    meaning: '해당 Yahoo 메일함이 Yahoo가 사용자 한 명에게 허용하는 속도보다 빠르게 메일을 받고 있어, 이후 메일이 지연됩니다.',
    fix: ['재시도하도록 둡니다. 시스템이 이 주소 하나에 알림을 쏟아붓고 있다면 묶어서 보내거나 속도를 제한합니다.'],
    retryAdvice: '백오프를 두고 나중에 재시도합니다.',
  },
  'yahoo-421-max-messages-per-connection': {
    title: '한 연결에 보낸 메시지가 너무 많음',
    meaning: '하나의 SMTP 연결로 Yahoo가 허용하는 것보다 많은 메시지를 보냈습니다. Yahoo가 연결을 닫으므로 나머지는 새 연결로 보내야 합니다.',
    fix: [
      'Yahoo로 가는 연결당 메시지 수에 상한을 둡니다(Postfix: smtp_connection_reuse_count_limit, 여러 ESP MTA에는 도메인별 설정이 있습니다).',
    ],
    retryAdvice: 'MTA가 다시 연결해 이어서 보냅니다. 실제로 그렇게 하는지 확인합니다.',
  },
  'yahoo-451-resources-unavailable': {
    title: 'Yahoo 서버 혼잡',
    meaning: 'Yahoo 메일 서버가 바빠서 트랜잭션을 받지 못했습니다. Yahoo는 이런 상황이 잠깐이라고 설명합니다.',
    fix: ['고칠 것은 없습니다. 계속되면 Yahoo로 가는 동시 연결 수를 낮춥니다.'],
    retryAdvice: '큐가 재시도하도록 둡니다. 보통 금방 풀립니다.',
  },
  'yahoo-421-message-temporarily-deferred-legacy': {
    title: '4.16.x 진단 번호가 붙은 일시 지연 (구형)',
    meaning:
      '예전 Yahoo 지연 응답입니다. 메시지가 스팸처럼 보였거나 해당 네트워크에서 나간 메일에 신고가 들어왔다는 뜻입니다. 4.16.5x 숫자는 Yahoo 내부 진단 번호입니다.',
    fix: ['발신 큐에 악용 흔적이 있는지 확인하고, 목록을 정리하고, Yahoo로 가는 발송량을 줄입니다.'],
    retryAdvice: '나중에 더 낮은 속도로 재시도합니다.',
    warnings: ['"4.16.51" 같은 숫자는 RFC 3463 확장 상태 코드가 아닙니다. 확장 상태 코드로 찾아보지 마십시오.'],
  },
  'yahoo-550-relaying-denied': {
    title: '릴레이 거부',
    meaning:
      '접속한 Yahoo 서버가 해당 수신 도메인의 메일을 받지 않습니다. 보통 Yahoo가 호스팅하지 않는 도메인의 MX 레코드가 Yahoo를 가리키고 있어서 생깁니다.',
    fix: ['수신 도메인의 MX 레코드를 확인합니다. 도메인 소유자가 이 도메인을 받는 서버로 MX를 바꿔야 합니다.'],
    retryAdvice: '수신 도메인의 MX나 호스팅 설정이 고쳐질 때까지 계속 실패합니다.',
  },

  // ---------------------------------------------------------------- Apple iCloud
  'apple-550-5.7.1-cs01-local-policy': {
    title: 'iCloud 정책에 의한 거부 (CS01)',
    meaning:
      'iCloud 필터가 정책상 이유로 메시지를 거부했습니다: 발신자 평판, 내용, 또는 대량 발신자 요구 사항 미충족. Apple은 어느 쪽인지 알려 주지 않습니다.',
    fix: [
      '발신 도메인의 SPF, DKIM, 게시된 DMARC 정책과 IP의 PTR을 확인합니다. Apple은 대량 메일에 이 모두를 요구합니다.',
      '수신자가 수신 동의(opt-in)를 했는지, 수신 거부가 제대로 동작하는지, 반송되거나 비활성인 주소를 빼고 있는지 확인합니다.',
      ICLOUD_ESCALATE,
    ],
    retryAdvice: '그대로 다시 보내면 계속 실패합니다. 유력한 원인부터 고칩니다.',
    warnings: [KEEP_RCPT],
  },
  'apple-554-5.7.1-hm08-local-policy': {
    title: 'iCloud 정책에 의한 거부 (HM07/HM08)',
    meaning:
      'CS01과 같은 종류의 iCloud 정책 거부로, DATA 끝에서 554로 옵니다. 필터가 이 메시지나 같은 발신자의 비슷한 메일을 원치 않는 메일로 판단했습니다. 보고된 사례로는 내용(링크, 공용 URL 단축 서비스)이나 발송 내용·양의 갑작스러운 변화와 엮인 경우가 많습니다. Apple은 이 코드들을 문서로 설명하지 않습니다.',
    fix: [
      '범위부터 확인합니다: 메시지 하나인지, 캠페인 하나인지, 발신 IP 하나인지, 모든 iCloud 주소인지. 같은 시스템에서 단순한 테스트 메일을 보내 통과하면 내용이 원인입니다.',
      'URL 단축 링크와 평판이 나쁜 도메인으로 가는 링크를 빼고, 메시지에 든 도메인을 Spamhaus DBL에서 확인합니다.',
      '발신 도메인의 SPF, DKIM, DMARC와 iCloud로 보내는 양이 갑자기 늘지 않았는지 확인합니다.',
      ICLOUD_ESCALATE,
    ],
    retryAdvice: '같은 메시지를 다시 보내면 계속 실패합니다. 원인으로 보이는 것을 먼저 바꿉니다.',
    warnings: [KEEP_RCPT],
  },
  'apple-554-5.7.1-hme1-spf-dkim': {
    title: '차단: SPF와 DKIM 모두 실패 (HME1)',
    meaning: 'SPF와 DKIM 중 어느 것도 통과하지 못해 iCloud가 메시지를 거부했습니다.',
    fix: [
      '봉투 도메인의 SPF에 발신 IP를 허용하고 DKIM으로 서명합니다.',
      '메일을 iCloud로 포워딩한다면 SRS를 쓰고 DKIM 서명을 깨뜨리지 않습니다(또는 ARC를 추가합니다).',
    ],
    retryAdvice: '최소 하나가 통과할 때까지 실패합니다(Apple은 대량 메일에 둘 다 요구합니다).',
    warnings: ['수신자 잘못이 아닙니다. 주소는 그대로 유지합니다.'],
  },
  'apple-554-5.7.1-dmarc-policy': {
    title: 'From 도메인의 DMARC 정책에 의한 거부',
    meaning:
      'iCloud는 DMARC를 따릅니다. From: 도메인이 p=reject를 게시했는데 메시지가 정렬된 SPF나 DKIM을 통과하지 못했습니다. 554와 550 두 가지로 나타납니다.',
    fix: [
      'DKIM(d=) 또는 SPF(Return-Path 도메인)를 From: 도메인과 정렬합니다.',
      '관리하지 않는 도메인을 From:에 넣어 보내지 말고, 그 주소는 Reply-To에 넣습니다.',
    ],
    retryAdvice: '메시지가 From: 도메인과 정렬될 때까지 실패합니다.',
  },
  'apple-550-5.7.1-spamhaus-dbl': {
    title: '메시지 안의 도메인이 Spamhaus DBL에 등재됨',
    meaning: 'iCloud가 메시지에서 Spamhaus Domain Block List에 오른 도메인을 찾았습니다. 보통 링크 도메인이고, 가끔 발신자 자신의 도메인입니다.',
    fix: [
      '메시지 안의 모든 도메인(From, 링크, 이미지, 추적 도메인)을 check.spamhaus.org에서 조회합니다.',
      '등재된 도메인을 메시지에서 빼거나 Spamhaus를 통해 등재 해제를 받습니다.',
    ],
    retryAdvice: '그 도메인을 메시지에서 빼거나 등재가 해제될 때까지 실패합니다.',
  },
  'apple-550-5.7.1-spamhaus-ip': {
    title: '발신 IP가 Spamhaus 목록에 등재됨',
    meaning: 'Spamhaus가 발신 IP를 목록(예: SBL)에 올려 두어 iCloud가 그 IP의 메일을 거부합니다.',
    fix: ['check.spamhaus.org에서 IP를 조회하고, 원인을 고친 뒤 삭제를 요청합니다.'],
    retryAdvice: 'Spamhaus가 IP를 목록에서 뺄 때까지 실패합니다.',
    warnings: ['수신자에게는 문제가 없습니다. 발송 제외 목록에 넣지 않습니다.'],
  },
  'apple-550-5.7.0-proofpoint-blocked': {
    title: 'iCloud 필터링 업체의 IP 평판에 의한 차단',
    meaning: '발신 IP가 Proofpoint 평판 목록에 올라 있어 iCloud가 거부합니다. 응답에 그 IP에 대한 Proofpoint 조회 페이지 링크가 들어 있습니다.',
    fix: [
      '응답의 링크를 엽니다. 등재 내용과 Proofpoint 해제 요청 양식이 있습니다.',
      '요청하기 전에 원인(계정 탈취, 목록 품질)부터 고칩니다.',
    ],
    retryAdvice: 'IP가 목록에서 빠질 때까지 실패합니다.',
    warnings: ['공개 DNS 차단 목록에는 보이지 않습니다. Proofpoint 자체 조회 페이지에서 확인합니다.'],
  },
  'apple-554-not-accepting-connections': {
    title: 'iCloud가 연결을 거부함',
    meaning: 'iCloud 수신 서버가 접속 단계에서 세션을 거부했습니다. 보통 접속한 IP의 평판 때문입니다.',
    fix: ['Spamhaus와 Proofpoint 조회 페이지에서 IP를 확인하고, PTR도 확인합니다.', ICLOUD_ESCALATE],
    retryAdvice: '차단이 유지되는 동안 같은 IP에서 재시도해도 계속 실패합니다.',
  },
  'apple-421-4.7.1-excessive-volume': {
    title: '지연: 이 수신자에게 메일이 너무 많음',
    meaning: '이 수신자가 너무 많은 메일을 너무 빠르게 받고 있어 iCloud가 지연시키고 있습니다(시드·테스트 주소에서 흔합니다).',
    fix: ['이 수신자에게 보내는 시간당 메시지 수를 줄이고, 테스트를 시간상 분산합니다.'],
    retryAdvice: '백오프를 두고 나중에 재시도합니다.',
  },
  'apple-421-4.7.0-too-many-errors': {
    title: '오류가 너무 많아 연결 종료',
    meaning: '클라이언트가 세션 안에서 오류를 너무 많이 일으켜(예: 다수의 수신자 거부) iCloud 서버가 세션을 닫았습니다.',
    fix: [
      '같은 세션의 앞선 응답을 봅니다. 알 수 없는 수신자나 정책 거부가 흔한 원인입니다.',
      '목록에서 잘못된 주소를 정리합니다.',
    ],
    retryAdvice: 'MTA가 재시도합니다. 반복되면 세션 앞부분에서 무엇이 거부됐는지 확인합니다.',
  },
  'apple-552-5.2.2-over-quota': {
    title: 'iCloud 메일함 가득 참',
    meaning: '수신자의 iCloud 저장 공간이 가득 차서 메일함이 새 메일을 받을 수 없습니다.',
    fix: ['다른 경로로 수신자에게 iCloud 저장 공간이 가득 찼다고 알립니다.'],
    retryAdvice: '수신자가 공간을 비운 뒤 다시 보냅니다. 몇 주째 반송이 반복되면 방치된 계정일 가능성이 높습니다.',
  },
  'apple-550-5.1.1-inactive-address': {
    title: 'iCloud 주소 비활성',
    meaning: 'iCloud 주소는 존재하지만 비활성 상태라 메일을 받지 않습니다.',
    fix: ['주소를 발송 제외 목록에 넣고, 연락처에 현재 쓰는 주소를 요청합니다.'],
    retryAdvice: '소유자가 다시 활성화했다고 알려 주지 않는 한 하드 바운스로 처리합니다.',
  },
  'apple-550-5.1.1-user-does-not-exist': {
    title: '존재하지 않는 iCloud 주소',
    meaning: 'iCloud에 해당 주소가 없습니다(또는 유효하지 않은 별칭입니다).',
    fix: ['주소를 고치거나 발송 제외 목록에 넣습니다.'],
    retryAdvice: '재시도하지 않습니다. 주소를 목록에서 제거합니다.',
    warnings: [
      '2021년 4월 장애 때 iCloud가 실제 사용자에게 "user lookup success but no user record found"를 잘못 돌려준 적이 있습니다. 정상으로 알던 주소들에 iCloud 5.1.1이 갑자기 몰려오면 일괄 발송 제외 처리 전에 한 번 더 확인할 가치가 있습니다.',
    ],
  },

  // ---------------------------------------------------------------- Proofpoint
  'proofpoint-pdr-blocked-ipcheck': {
    title: 'Proofpoint Dynamic Reputation이 발신 IP를 차단',
    meaning:
      'Proofpoint의 Dynamic Reputation(PDR)이 발신 IP를 차단 목록에 올려 두어 연결이나 메시지를 거부했습니다. 같은 문구가 접속 인사 단계의 554로도, 세션 후반의 550 5.7.0으로도 나오며, iCloud 수신 서버도 이 문구를 돌려줍니다.',
    fix: [
      '반송 메시지에 있는 ipcheck.proofpoint.com 링크(IP가 들어 있음)를 열어 IP가 차단된 것인지 지연만 되는 것인지 확인합니다.',
      '먼저 스팸 발생원을 찾습니다: 탈취된 계정, 열려 있는 웹 폼, 스팸 트랩이 섞인 목록. Proofpoint는 실제로 받은 스팸·바이러스 트래픽이 있을 때만 IP를 등재합니다.',
      'ipcheck.proofpoint.com의 등재 해제 양식에 수신자, 메일 종류, 고친 내용을 적어 제출합니다.',
      'Proofpoint postmaster 페이지가 요구하는 기본 사항을 확인합니다: 정방향 확인된 PTR, 발신 도메인의 SPF·DKIM 통과.',
    ],
    retryAdvice:
      '차단된 동안에는 같은 IP로 재시도해도 계속 실패합니다. 급한 메일은 다른 깨끗한 IP로 우회시키고, 등재 해제 후 재시도합니다.',
    warnings: [
      PDR_NOT_ADDRESS,
      PDR_OWN_DATA,
      'PDR은 동적이라 몇 시간 뒤 조회하면 "not blocked"로 나올 수 있습니다. 증거로 반송 원문과 타임스탬프를 보관합니다.',
    ],
  },
  'proofpoint-pdr-client-blocked': {
    title: 'Proofpoint Dynamic Reputation으로 클라이언트 호스트 차단',
    meaning:
      '수신 서버(주로 Proofpoint 평판 피드를 쓰는 Postfix 계열 프런트엔드)가 PDR이 해당 IP를 스팸 발생원으로 등재하고 있어 클라이언트를 거부했습니다.',
    fix: [
      'ipcheck.proofpoint.com에서 IP를 조회하고 그곳에서 삭제를 요청합니다.',
      '등재 해제 요청 전에 등재 원인이 된 트래픽(탈취된 메일함, 폼 악용, 구매한 목록)부터 멈춥니다.',
      '발신 IP와 도메인의 PTR, SPF, DKIM을 확인합니다.',
    ],
    retryAdvice: '같은 IP에서 계속 재시도하지 않습니다. 급한 메일은 다른 경로로 보내고, IP 등재가 해제되면 재시도합니다.',
    warnings: [PDR_NOT_ADDRESS, PDR_OWN_DATA],
  },

  // ---------------------------------------------------------------- Mimecast
  'mimecast-421-sender-address-blocked': {
    title: 'Blocked Senders 정책으로 발신자 차단 (지연)',
    meaning:
      '수신 조직의 Blocked Senders 정책에 발신 IP와 일치하는 항목이 있습니다. Mimecast가 일시적 코드로 응답하므로 발신 서버는 메시지가 만료될 때까지 계속 재시도합니다.',
    fix: [MIMECAST_CONTACT, '일치하는 Blocked Senders 항목을 찾을 수 있도록 발신 IP와 시도한 정확한 시각을 알려 줍니다.'],
    retryAdvice:
      '수신 측 관리자가 정책 항목을 지울 때까지 재시도는 계속 실패합니다. 만료되게 두거나 취소한 뒤, 해제되면 다시 보냅니다.',
    warnings: [MIMECAST_NOT_DEAD, '4xx 코드지만 부하 문제가 아닙니다. 수신 측 관리자가 움직이기 전에는 아무것도 바뀌지 않습니다.'],
  },
  'mimecast-421-unable-to-process': {
    title: 'Mimecast 혼잡: 연결 지연',
    meaning: 'Mimecast MTA가 최대 부하 상태라 지금은 연결을 돌려보냅니다. 이후 시도에서 메시지가 받아들여집니다.',
    fix: [
      '메시지를 큐에 그대로 둡니다.',
      'Mimecast에 호스팅된 여러 도메인에서 몇 시간째 계속되면 Mimecast 공개 상태 페이지에서 장애 여부를 확인합니다.',
    ],
    retryAdvice: '일반적인 큐 재시도(분 단위, 점점 간격을 늘림)로 부하가 줄면 전달됩니다. 몇 시간 이어지지 않는 한 조치할 필요 없습니다.',
  },
  'mimecast-451-internal-resource': {
    title: '그레이리스팅 또는 평판 확인 중',
    meaning:
      'Mimecast가 메시지를 일시적으로 거부합니다. 발신자가 그레이리스팅 대상이거나(약 1분에서 12시간 사이에 재시도해야 함), 발신 IP 평판이 낮아 Mimecast가 최신 평판 데이터를 가져오는 중입니다.',
    fix: [
      'MTA가 4xx 응답을 반송하지 않고 재시도하는지 확인합니다(일부 웹 앱과 API는 재시도하지 않습니다).',
      '끝내 풀리지 않으면 공개 차단 목록에서 발신 IP를 확인하고 평판 문제를 고칩니다.',
      '신뢰할 수 있는 발신자라면 수신 측 관리자가 Auto Allow 또는 Permitted Senders 항목으로 이 검사를 건너뛰게 할 수 있습니다.',
    ],
    retryAdvice:
      '일반적인 MTA라면 재시도해서 통과합니다. 그레이리스팅이 기대하는 대로 몇 시간 안에 같은 IP에서 재시도가 나가는지 확인합니다.',
    warnings: ['4xx 응답을 재시도하지 않는 발송 시스템은 이 메시지를 잃습니다. 해결책은 Mimecast 문의가 아니라 재시도입니다.'],
  },
  'mimecast-550-poor-reputation-sender': {
    title: '거부: 발신 IP 평판 낮음 (Mimecast/Cloudmark 데이터)',
    meaning:
      'Mimecast가 확인하는 평판 데이터에서 발신 IP의 평판이 낮아 연결을 거부했습니다(csi.mimecast.org는 Cloudmark Sender Intelligence 데이터를 가리킵니다).',
    fix: [
      'Cloudmark Sender Intelligence(csi.cloudmark.com)에서 IP를 조회하고, 점수가 낮으면 그곳에서 초기화(reset)를 요청합니다.',
      '그 IP에서 나가는 나쁜 트래픽의 원인(탈취된 계정, 오래된 목록으로의 대량 발송)을 찾아 멈춥니다.',
      'IP가 깨끗하다고 확신한다면 수신자를 통해 그쪽 관리자에게 Permitted Senders 항목 추가를 요청합니다.',
    ],
    retryAdvice: '같은 IP에서 재시도하면 계속 실패합니다. 급한 메일은 우회시키고, 평판을 고친 뒤 재시도합니다.',
    warnings: ['발신 IP에 관한 문제이므로 절대 수신자 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
  'mimecast-550-anti-spoofing': {
    title: 'Mimecast Anti-Spoofing 정책에 의한 거부',
    meaning:
      '메시지가 수신 조직이 보호하는 도메인(대개 자기 도메인)에서 왔다고 주장하지만, Mimecast에 신뢰하도록 등록되지 않은 출처에서 들어와 헤더 기반 Anti-Spoofing 정책이 거부했습니다.',
    fix: [
      '전형적인 경우: 외부 플랫폼(CRM, 티켓 시스템, 뉴스레터 도구)이 수신자 자신의 도메인으로 메일을 보냅니다. 수신 측 관리자가 그 플랫폼의 IP나 봉투 발신자에 대해 Anti-Spoofing 예외를 추가해야 합니다.',
      '예외를 좁게 걸 수 있도록 SPF에 플랫폼을 포함시키고, From 도메인으로 DKIM 서명하게 합니다.',
      MIMECAST_CONTACT,
    ],
    retryAdvice: '수신 측 관리자가 예외를 추가하거나 발신자가 보호 대상 도메인을 쓰지 않을 때까지 같은 방식으로 실패합니다.',
    warnings: [MIMECAST_NOT_DEAD, 'SPF, DKIM, DMARC가 통과해도 그것만으로는 이 정책을 넘지 못합니다. 수신 측의 로컬 규칙입니다.'],
  },
  'mimecast-554-security-policies': {
    title: 'Mimecast 보안 정책에 의한 거부 (내용 또는 첨부 파일)',
    meaning:
      'Mimecast가 메시지를 검사한 뒤 거부했습니다: 스팸 점수, 스팸 시그니처, URL·첨부 파일 검사, 또는 수신자별 통제 중 하나가 막았습니다. 반송 메시지는 어느 것인지 알려 주지 않습니다.',
    fix: [
      '첨부 파일이나 링크 없는 단순한 메시지로 다시 보내 내용이 원인인지 확인합니다.',
      '위험한 첨부 파일(실행 파일, 매크로, 압축 파일)은 빼거나 파일 공유 링크로 바꾸고, 단축 URL은 원래 URL로 바꿉니다.',
      MIMECAST_CONTACT,
    ],
    retryAdvice: '같은 메시지를 다시 보내면 결과도 같습니다. 내용을 바꾸거나 수신 측 관리자에게 해제·허용을 받습니다.',
    warnings: [MIMECAST_NOT_DEAD, '같은 회사 안에서도 어떤 수신자는 막히고 어떤 수신자는 통과할 수 있습니다. 정책과 개인 차단 목록이 메일함마다 다릅니다.'],
  },
  'mimecast-550-envelope-blocked': {
    title: 'Mimecast 정책으로 봉투(envelope) 차단',
    meaning: '수신 조직의 Mimecast 정책(대개 봉투 발신자나 그 도메인에 대한 Blocked Senders 항목)이 봉투 정보를 근거로 메시지를 막았습니다.',
    fix: [MIMECAST_CONTACT, '봉투 발신자(Return-Path) 주소, 발신 IP, 시각을 보내 줍니다.'],
    retryAdvice: '수신 측 관리자가 차단을 지우거나 예외를 두기 전에는 성공하지 않습니다.',
    warnings: [MIMECAST_NOT_DEAD, '문구 전체로 판별합니다. "Administrative prohibition"만으로는 다른 MTA도 쓰는 일반적인 표현입니다.'],
  },

  'mimecast-550-envelope-blocked-user-entry': {
    title: '수신 측 Blocked Senders 항목으로 차단',
    meaning:
      '사용자 본인(Mimecast 개인 포털이나 Outlook 플러그인) 또는 그 관리자가 수신 측에 추가한 Blocked Senders 항목이 봉투 발신자나 그 도메인과 일치했습니다. 우리 IP나 평판 문제가 아닙니다. 같은 조직의 다른 사람들은 우리 메일을 계속 받습니다.',
    fix: [
      '다른 경로로 수신자에게 연락해 Blocked Senders 목록에서 우리 주소나 도메인을 지워 달라고 하거나, 그쪽 IT 팀에 일치한 항목을 찾아 달라고 요청합니다.',
      '거부된 메시지의 봉투 발신자(Return-Path)를 전달되는 메일과 비교합니다. 항목 하나가 주소 하나만 가리킬 수도 있습니다.',
    ],
    retryAdvice: '수신 측에서 항목을 지우기 전에는 매번 실패합니다.',
    warnings: ['수신자 한 명(또는 한 조직)의 선택입니다. 다른 수신자와는 무관하며, 우리 쪽에서 바꿀 것은 없습니다.'],
  },

  // ---------------------------------------------------------------- Barracuda
  'barracuda-554-barracuda-reputation': {
    title: 'Barracuda Reputation으로 클라이언트 호스트 차단',
    meaning:
      'Barracuda 어플라이언스나 게이트웨이가, 관련된 IP가 Barracuda Reputation Block List에 등재되어 있어 메일을 거부했습니다. 등재된 IP는 발신 릴레이가 아니라 Received 헤더에서 뽑아낸 최초 제출자 IP일 수 있습니다.',
    fix: [
      '대괄호 안의 호스트명이 아니라 응답의 조회 링크(…q.cgi?ip= 또는 reputation/?ip=)에 있는 IP를 가져와 barracudacentral.org/lookups에서 확인합니다.',
      '자사 릴레이라면: 스팸 발생원을 멈춘 뒤 barracudacentral.org/rbl/removal-request에서 삭제를 요청합니다.',
      'Received 헤더에서 뽑힌 사용자의 집·사무실 IP라면 그 사용자 ISP의 IP가 등재된 것입니다. 수신 측 관리자가 어플라이언스의 Received 헤더 IP 검사를 끄거나, 사용자가 깨끗한 네트워크에서 메일을 제출하면 됩니다.',
    ],
    retryAdvice: 'IP가 등재된 동안은 재시도가 실패합니다. 등재 해제는 보통 빨리 처리되므로 그 뒤에 다시 보냅니다.',
    warnings: [REP_NOT_MAILBOX, '대괄호 안의 호스트는 깨끗한 자사 릴레이이고 등재된 IP는 앞선 홉일 수 있습니다. 링크 안의 IP를 봅니다.'],
  },
  'barracuda-brbl-zone-listed': {
    title: 'Barracuda 차단 목록(BRBL)을 조회하는 서버가 거부',
    meaning:
      '공개 BRBL 존 b.barracudacentral.org를 조회하는 Barracuda 이외의 MTA(Postfix, Exim 등)가 접속 IP가 등재된 것을 보고 거부했습니다. 응답 코드와 문구는 MTA마다 다릅니다(554 또는 550 5.7.1).',
    fix: [
      'barracudacentral.org/lookups에서 IP를 확인합니다.',
      '원인을 고친 뒤 barracudacentral.org/rbl/removal-request에서 삭제를 요청합니다.',
    ],
    retryAdvice: 'IP가 BRBL에서 빠질 때까지 실패합니다. 삭제된 뒤 다시 보냅니다.',
    warnings: [REP_NOT_MAILBOX],
  },
  'barracuda-ess-550-permanent-failure': {
    title: 'Barracuda Email Security Service: 영구적 실패 (차단)',
    meaning:
      '수신자 측 Barracuda Email Security Service가 정책으로 메시지를 거부했습니다. 응답 뒤에 "blocked" 같은 수신자별 결과가 붙는 경우가 많습니다. 테넌트 차단 목록, 내용·URL 필터, 인증 검사, 평판 중 어느 것에서든 나올 수 있습니다.',
    fix: [
      'barracudacentral.org/lookups에서 발신 IP와 도메인을 확인합니다. 등재되어 있으면 고친 뒤 삭제를 요청합니다.',
      '조회 결과가 깨끗하면 다른 경로로 수신자에게 연락해, 관리자가 Barracuda 메시지 로그의 사유를 확인하고 발신자를 허용하도록 요청합니다.',
      '링크 없는 일반 텍스트 메시지로 시험해 내용이 원인인지 확인합니다.',
    ],
    retryAdvice: '하드 거부입니다. 그대로 다시 보내면 또 실패합니다. 수신 측 관리자에게 사유를 받거나 내용을 바꿉니다.',
    warnings: [REP_NOT_MAILBOX, '공개 조회 결과가 깨끗해도 원인에서 배제되지 않습니다. 대부분은 수신 측 테넌트 규칙이 결정합니다.'],
  },

  // ---------------------------------------------------------------- Cisco Secure Email (IronPort)
  'cisco-554-poor-reputation': {
    title: '거부: 발신 MTA 평판 낮음 (SenderBase/Talos)',
    meaning:
      '게이트웨이가 SenderBase Reputation Score 때문에 발신 IP를 차단 발신자 그룹에 넣고 연결을 거부했습니다. 평판은 공개 DNS 차단 목록이 아니라 Talos 데이터에서 옵니다.',
    fix: [
      'talosintelligence.com/reputation_center에서 IP를 조회합니다. 이메일 평판이 "Poor"면 이 경우가 맞습니다.',
      '원인(탈취된 계정, 공유 호스트의 스팸, 워밍업 없이 발송량을 늘린 새 IP)을 멈추고, 같은 페이지에서 Talos에 평판 티켓을 제출합니다.',
      '중요한 수신자 한 곳이라면 그쪽 관리자에게 게이트웨이의 허용 발신자 그룹에 IP를 넣어 달라고 요청합니다.',
    ],
    retryAdvice: '점수가 낮은 동안 같은 IP의 재시도는 실패합니다. 급한 메일은 우회시키고, 평판이 회복되면 재시도합니다.',
    warnings: [CISCO_NOT_MAILBOX, '공개 차단 목록 결과가 깨끗해도 원인에서 배제되지 않습니다. 점수는 Cisco 자체 데이터입니다.'],
  },
  'cisco-452-too-many-recipients-hour': {
    title: '속도 제한: IP의 시간당 수신자 한도 도달',
    meaning:
      '발신 IP에 적용된 메일 흐름 정책(mail flow policy)이 시간당 받는 수신자 수를 제한하는데(평판이 낮거나 모르는 발신자는 한도가 작은 경우가 많음) 그 한도를 다 썼습니다. 이후 수신자는 다음 시간대까지 지연됩니다.',
    fix: [
      '큐가 천천히 빠지도록 둡니다. 연결을 더 여는 것으로는 한도가 늘지 않으니 그러지 않습니다.',
      '해당 도메인으로 가는 대량 발송을 여러 시간에 걸쳐 분산합니다.',
      '정상적인 소량·신규 발신자인데 작은 한도에 묶여 있다면 수신 측 관리자에게 신뢰 발신자 그룹에 IP를 넣어 달라고 요청합니다.',
    ],
    retryAdvice: '메시지를 큐에 둔 채 한 시간 창이 지난 뒤 재시도합니다. 15~60분 간격이면 충분합니다.',
    warnings: [CISCO_NOT_MAILBOX, '다른 게이트웨이도 이 문구를 쓰는 경우가 있습니다. 조치(속도를 줄이고 재시도)는 같습니다.'],
  },
  'cisco-550-5.1.0-address-rejected': {
    title: '게이트웨이가 수신자 주소를 거부',
    meaning:
      '게이트웨이가 디렉터리(LDAP acceptance query)나 Recipient Access Table에서 수신자를 찾지 못해 주소를 받아들이지 않았습니다.',
    fix: [
      '주소에 오타가 없는지 보고, 다른 경로로 수신자에게 주소를 확인합니다.',
      '수신자가 주소가 맞다고 하면 그쪽 관리자가 게이트웨이의 LDAP acceptance query와 디렉터리 동기화를 확인해야 합니다.',
    ],
    retryAdvice: '수신 조직이 모르는 주소입니다. 주소가 있다고 확인해 주기 전에는 재시도하지 않습니다.',
  },

  // ---------------------------------------------------------------- Spamhaus (as seen at any receiver)
  'spamhaus-zen-listed': {
    title: '거부: 발신 IP가 Spamhaus ZEN에 등재됨',
    meaning:
      '수신 서버가 접속 IP를 Spamhaus ZEN에서 찾아 거부했습니다. ZEN은 SBL, SBL CSS, XBL, PBL을 합친 것이라 응답만으로는 이유를 알 수 없고, 등재 페이지(또는 127.0.0.x 응답값)를 봐야 합니다.',
    fix: [
      'check.spamhaus.org에서 IP를 조회해 어느 목록(SBL, CSS, XBL, PBL)에 왜 올랐는지 확인합니다.',
      'XBL: 그 IP 뒤의 감염 장비나 악용된 서비스를 찾아(LAN에서 나가는 25번 포트 트래픽, NAT 게이트웨이 확인) 정리한 뒤 셀프서비스 삭제를 이용합니다.',
      'CSS 또는 SBL: 스팸을 멈추고 목록 관리와 인증을 점검한 뒤, 등재 페이지의 삭제 절차를 따릅니다.',
      'PBL: 그 IP에서 직접 보내지 말고 ISP의 스마트호스트나 제대로 된 메일 서버를 거쳐 보냅니다.',
    ],
    retryAdvice: '등재된 동안 그 IP의 재시도는 모두 실패합니다. 큐의 메일은 잠시 기다릴 수 있지만, 먼저 고치고 등재 해제를 받습니다.',
    warnings: [
      SPAMHAUS_NOT_RCPT,
      'check.spamhaus.org에서 IP가 등재되지 않았다고 나오면, 수신 측이 공개 DNS 리졸버로 Spamhaus를 조회하고 있을 수 있습니다. Spamhaus는 이때 오류 코드 127.255.255.254를 돌려주는데, 허술한 설정은 이를 등재로 취급합니다. 수신 측 관리자에게 우리 IP 문제가 아니라 그쪽 DNS 설정 문제라고 알립니다.',
    ],
  },
  'spamhaus-sbl-listed': {
    title: '거부: IP 또는 대역이 Spamhaus Block List(SBL)에 등재됨',
    meaning:
      'IP(또는 IP가 속한 대역)가 SBL에 올라 있습니다. SBL은 확인된 스팸 발생원, 스팸 서비스, 범죄 호스팅을 Spamhaus가 직접 등록하는 목록입니다. 티켓 번호(SBLnnnnnn)로 등재 건을 식별합니다.',
    fix: [
      '링크에서 SBL 기록을 열어 증거와, 등재가 누구를 대상으로 하는지(대개 본인이 아니라 호스팅 업체) 확인합니다.',
      '공유·호스팅 IP라면 호스팅 업체에 연락합니다. 많은 SBL 기록이 대역 전체에 걸려 있어 그들만 해결할 수 있습니다.',
      '스팸 발생원을 제거한 뒤 SBL 기록의 안내대로 삭제를 요청합니다.',
    ],
    retryAdvice: '기다린다고 풀리지 않습니다. 원인을 고치고 SBL 기록을 삭제받은 뒤 다시 보냅니다.',
    warnings: [SPAMHAUS_NOT_RCPT],
  },
  'spamhaus-xbl-listed': {
    title: '거부: IP가 Spamhaus Exploits Block List(XBL)에 등재됨',
    meaning:
      'IP가 XBL에 올라 있습니다. Spamhaus가 그 IP에서 악성코드, 봇넷, 오픈 프록시의 전형적인 트래픽을 봤다는 뜻입니다. NAT 뒤의 감염된 장비 한 대 때문에 사무실 IP 전체가 등재되는 일이 흔합니다.',
    fix: [
      'check.spamhaus.org에서 IP를 조회합니다. 상세 페이지에 가능한 경우 탐지된 악성코드나 행위가 나옵니다.',
      '실제 메일 서버를 제외한 모든 장비에서 나가는 TCP 25번 포트를 막고, 방화벽 로그에서 감염 호스트를 찾아 정리합니다.',
      '발생원을 없앤 뒤 check.spamhaus.org의 셀프서비스 삭제를 이용합니다.',
    ],
    retryAdvice: '감염부터 정리합니다. 그러지 않고 등재 해제만 하면 금방 다시 등재됩니다.',
    warnings: [SPAMHAUS_NOT_RCPT, 'XBL 등재는 메일 서버 자체가 깨끗하더라도 같은 공인 IP를 쓰는 장비 중 하나가 감염되었다는 뜻인 경우가 많습니다.'],
  },
  'spamhaus-pbl-listed': {
    title: '거부: IP가 Spamhaus Policy Block List(PBL)에 등재됨',
    meaning:
      'IP가 속한 대역을 네트워크 소유자(또는 Spamhaus)가 다른 도메인의 MX로 직접 메일을 보내면 안 되는 최종 사용자용·동적 대역으로 표시해 두었습니다. 대역에 대한 정책 표시이지 스팸의 증거는 아닙니다.',
    fix: [
      '직접 보내지 말고 ISP나 메일 서비스의 인증된 스마트호스트로 발신 메일을 릴레이합니다.',
      '실제로 메일 서버를 운영하는 고정 IP라면 제대로 된 PTR 이름을 붙이고 check.spamhaus.org의 PBL 삭제 옵션을 이용합니다(또는 ISP에 PBL 항목 변경을 요청합니다).',
    ],
    retryAdvice: '그 IP에서는 계속 실패합니다. 발송 경로를 바꾼 뒤 다시 보냅니다.',
    warnings: [
      'PBL 등재는 그 IP가 스팸을 보냈다는 뜻이 아닙니다. 직접 메일을 전달하도록 되어 있지 않은 최종 사용자용·동적 대역이라는 뜻입니다.',
      SPAMHAUS_NOT_RCPT,
    ],
  },
  'spamhaus-dbl-listed': {
    title: '거부: 도메인이 Spamhaus Domain Block List(DBL)에 등재됨',
    meaning:
      '메시지 안의 도메인(발신 도메인, HELO나 역방향 DNS 이름, 본문 링크)이 평판 나쁜 도메인 목록인 DBL에 올라 있습니다. IP는 전혀 문제가 없을 수 있습니다.',
    fix: [
      '어떤 도메인이 검사됐는지 찾아(거부 문구에 이름이 나옵니다) check.spamhaus.org에서 조회합니다.',
      '관리하지 않는 링크 도메인(단축 URL, 추적 도메인)이라면 링크를 빼거나 바꿉니다.',
      '자사 도메인이라면 원인(탈취된 사이트, 악용된 리다이렉트, 스팸)을 고치고 조회 페이지에서 삭제를 요청합니다.',
    ],
    retryAdvice: '그대로 다시 보내면 또 실패합니다. 등재된 도메인을 메시지에서 빼거나 등재 해제를 받습니다.',
    warnings: [SPAMHAUS_NOT_RCPT, '발신 IP만 조회하면 아무것도 안 나옵니다. DBL은 도메인을 싣는 목록입니다.'],
  },

  // ---------------------------------------------------------------- Zoho
  'zoho-550-5.4.6-unusual-sending-activity': {
    title: 'Zoho 계정 발송 차단: 비정상 활동',
    meaning:
      '발송 패턴이 비정상적으로 보여(새 계정이 바로 발송, 메일 폭주, 비밀번호 탈취 징후) Zoho가 해당 Zoho 계정의 발신 메일을 멈췄습니다.',
    fix: [
      '탈취됐을 경우에 대비해 계정 비밀번호를 바꾸고 활성 세션과 앱 비밀번호를 점검합니다.',
      '관리 콘솔에서 Zoho 지원팀에 연락해 트래픽을 설명하고 발신 차단 해제를 요청합니다.',
      '대량·애플리케이션 메일은 메일함 계정 대신 그 용도의 서비스(ZeptoMail이나 ESP)를 씁니다.',
    ],
    retryAdvice: 'Zoho가 차단을 풀 때까지 그 계정에서는 아무것도 나가지 않습니다. 해제된 뒤 다시 보냅니다.',
    differsFromRegistry: 'RFC 3463은 X.4.6을 라우팅 루프로 정의하지만, Zoho는 5.4.6을 계정 발송 차단에 씁니다.',
    warnings: ['수신자가 아니라 자사 Zoho 계정의 문제입니다. 이 이유로 수신자를 발송 제외 목록에 넣지 않습니다.'],
  },
  'zoho-554-5.1.8-sender-address-blocked': {
    title: 'Zoho 발신: 발신자 주소 차단',
    meaning:
      'Zoho 발신 SMTP가 이 주소로 보내기를 거부했습니다. 대개 악용 의심이나 발송 한도 초과 이후 계정의 발신이 차단된 상태입니다.',
    fix: [
      'Zoho 조직 관리자에게 관리 콘솔에서 해당 사용자의 발신 상태를 확인해 달라고 요청합니다.',
      '계정 보안(비밀번호, 앱 비밀번호)을 정리하고 Zoho 지원팀에 차단 해제를 요청합니다.',
    ],
    retryAdvice: 'Zoho나 조직 관리자가 계정 차단을 풀 때까지 차단 상태가 유지됩니다.',
    differsFromRegistry: 'RFC 3463에서 X.1.8은 발신자 도메인이 잘못됐다는 뜻인데, Zoho는 발신이 차단된 계정에 이 코드를 씁니다.',
  },
  'zoho-553-relaying-disallowed': {
    title: '릴레이 불허 (도메인 미설정 또는 허용되지 않은 From)',
    meaning:
      '수신 방향: Zoho MX에 해당 수신 도메인의 메일 호스팅이 설정되어 있지 않습니다. 발신 방향(Zoho SMTP 또는 ZeptoMail): 인증한 계정이 쓸 수 없는 From 주소입니다.',
    fix: [
      '수신 방향: 수신 도메인 소유자가 Zoho Mail에 도메인 추가와 인증을 마치거나, 실수로 Zoho를 가리키는 MX 레코드를 고쳐야 합니다.',
      '발신 방향: 인증한 Zoho 계정에 속한 From 주소(또는 그 계정에 설정된 별칭·인증된 도메인)로 보냅니다.',
    ],
    retryAdvice: '도메인이 Zoho에 추가·인증되거나 From 주소가 고쳐질 때까지 실패합니다.',
    warnings: ['Zoho에 호스팅된 도메인으로 보내는 쪽이라면, 메일함이 없는 것이 아니라 수신 도메인의 설정 문제입니다.'],
  },
  'zoho-552-5.7.1-virus-detected': {
    title: 'Zoho Mail이 바이러스 탐지',
    meaning: 'Zoho 검사기가 메시지나 첨부 파일에서 악성코드(또는 EICAR 같은 테스트 시그니처)를 찾아 거부했습니다.',
    fix: [
      '첨부 파일과 발신 PC를 최신 백신으로 검사합니다.',
      '정상 파일인데 탐지된다면 첨부 대신 공유 링크로 보냅니다.',
    ],
    retryAdvice: '같은 내용은 매번 거부됩니다. 정리한 뒤 다시 보냅니다.',
  },

  // ---------------------------------------------------------------- GMX / WEB.DE (United Internet)
  'gmx-554-ip-block-listed': {
    title: '연결 거부: 발신 IP가 차단 목록에 등재됨',
    meaning:
      '전달하는 서버의 IP가 GMX/WEB.DE MX가 쓰는 차단 목록에 올라 있어, 접속 단계에서 SMTP 세션을 거부했습니다("Service not available", "No SMTP service").',
    fix: [
      '응답 마지막 줄의 postmaster 링크를 엽니다. 그 IP에 해당하는 사례를 설명해 줍니다.',
      '공개 목록(check.spamhaus.org 등)에서 IP를 확인하고, 원인을 고친 뒤 등재 해제를 받습니다.',
      'IP가 깨끗하다면 응답 전문을 첨부해 GMX postmaster 문의 양식으로 차단을 알립니다.',
    ],
    retryAdvice: '등재가 풀릴 때까지 같은 IP의 재시도는 실패합니다. 고친 뒤 큐가 재시도하도록 둡니다.',
    warnings: [GMX_NOT_MAILBOX, '여러 줄 응답의 마지막 줄을 읽습니다. 앞줄들은 일반적인 배너입니다.'],
  },
  'gmx-554-nemesis-service-not-available': {
    title: 'GMX/WEB.DE가 세션을 거부 (사례 링크 참조)',
    meaning:
      'United Internet MX가 이 연결에 서비스를 거부했습니다. 이유는 뒤따르는 줄과 postmaster 사례 링크에 있습니다(링크의 c= 파라미터가 사례를 가리킵니다. 예: 차단 목록 등재, 역방향 DNS 없음).',
    fix: [
      '응답의 postmaster 사례 링크를 열어 해당 사례의 설명을 따릅니다.',
      'GMX가 요구하는 기본 사항을 확인합니다: IP로 다시 풀리는 PTR 레코드, 완전한 도메인 이름(FQDN)의 HELO, 발신 도메인의 SPF/DKIM.',
      '잘못된 판단이라고 생각되면 postmaster 문의 양식에 참조 번호가 있는 응답 전문을 넣어 보냅니다.',
    ],
    retryAdvice: '대개 발신 측에서 먼저 무언가를 바꿔야 합니다. 그 뒤 큐가 재시도하도록 둡니다.',
    warnings: [GMX_NOT_MAILBOX],
  },
  'gmx-550-reject-spf-policy': {
    title: '거부: SPF가 발신 IP를 허용하지 않음',
    meaning:
      '발신 서버 IP가 봉투 발신자 도메인의 SPF 레코드에서 허용되지 않고, 그 도메인의 SPF 정책 때문에 GMX/WEB.DE가 메시지를 거부합니다.',
    fix: [
      '봉투 발신자 도메인의 SPF 레코드에 발송 서비스나 IP를 추가합니다(dig TXT <domain> 으로 확인).',
      '포워딩 서버: SRS로 봉투 발신자를 다시 써서 SPF가 자사 도메인 기준으로 검사되게 합니다.',
    ],
    retryAdvice: 'SPF가 IP를 허용하거나 봉투 발신자가 바뀔 때까지 매번 실패합니다.',
    warnings: ['포워딩된 메일은 포워더가 SRS를 쓰지 않는 한 GMX/WEB.DE에서 SPF에 실패합니다. 원래 발신자는 이를 고칠 수 없습니다.'],
  },
  'gmx-550-reject-policy-restrictions': {
    title: '정책 제한으로 거부 (1&1 IONOS / GMX)',
    meaning:
      'United Internet MX가 MAIL FROM 단계에서 정책상 이유로 발신자를 거부했습니다. 응답의 postmaster 링크(c=poli)에 발신 IP에 해당하는 구체적 사례가 나옵니다.',
    fix: [
      '응답의 postmaster 오류 메시지 링크를 열어 자사 IP에 대한 설명을 읽습니다.',
      '역방향 DNS, HELO 이름, 인증, IP의 차단 목록 등재 여부를 확인하고 지적된 것을 고칩니다.',
      '해당되는 것이 없으면 응답 전문을 넣어 postmaster 양식으로 문의합니다.',
    ],
    retryAdvice: '발신 측의 정책 문제가 고쳐질 때까지 실패합니다.',
    warnings: [GMX_NOT_MAILBOX],
  },

  // ---------------------------------------------------------------- Orange / Wanadoo
  'orange-421-ofr-999': {
    title: 'Orange: 서비스 거부, IP 일시 정지 (OFR_999)',
    meaning:
      'Orange가 받아들이지 않는 행동(스팸 신고, 잘못된 수신자, 앞선 OFR 지연 무시)을 본 뒤, 발신 IP의 메일을 한동안(보통 최소 두어 시간) 거부합니다("Service refuse. Veuillez essayer plus tard").',
    fix: [
      'orange.fr와 wanadoo.fr를 별도의 느린 큐로 분리합니다: 동시 연결은 적게(Orange는 IP당 연결 한도가 작습니다), 시간당 발송량은 적당히.',
      'Orange로 가는 대량 메일은 멈추고, 트랜잭션 메일은 천천히 재시도하게 둡니다.',
      '무엇이 바뀌었는지 봅니다: 스팸 신고율(Orange는 엄격합니다), 잘못된 수신자 비율, 발송량 급증. 발송량을 원래대로 올리기 전에 고칩니다.',
      'postmaster.orange.fr에서 기본 사항을 확인합니다: PTR, FQDN HELO, SPF/DKIM/DMARC, TLS.',
    ],
    retryAdvice:
      '발송을 늦춥니다: Orange/Wanadoo로 가는 메일을 몇 시간 보류하고 큐가 긴 간격으로 재시도하게 둡니다. 연달아 두드리면 정지 기간이 늘어납니다.',
    warnings: [ORANGE_KEEP, '며칠 안에 OFR_999가 반복되면 근본 원인이 고쳐지지 않은 것입니다. Orange 장애가 아닙니다.'],
  },
  'orange-421-ofr004-104': {
    title: 'Orange: 해당 IP의 연결이 너무 많음 (OFR004_104)',
    meaning: '발신 IP가 Orange로 연 동시 SMTP 세션이 허용치보다 많아, 초과한 세션을 닫습니다.',
    fix: [
      'Orange MX 호스트로 가는 동시 연결을 IP당 적은 수로 제한합니다(Postfix라면 destination_concurrency_limit을 낮게 둔 전용 transport).',
      '대량 발송은 한꺼번에 보내지 말고 더 긴 시간에 걸쳐 분산합니다.',
    ],
    retryAdvice: '동시 연결이 줄면 재시도가 성공합니다. 지연이 멈추도록 동시 연결 수를 낮춥니다.',
    warnings: [ORANGE_KEEP],
  },

  // ---------------------------------------------------------------- Comcast
  'comcast-es000001-comcast-dynamic': {
    title: 'Comcast: Comcast 가정용·동적 IP에서 발송',
    meaning:
      'Comcast 자체의 가정용(동적) 대역 IP에서 메일이 바로 왔습니다. Comcast 가입자는 MX 호스트로 직접 보내지 말고 Comcast SMTP 서버를 거쳐 보내야 합니다.',
    fix: [
      'smtp.comcast.net(인증 제출) 또는 다른 업체의 인증된 스마트호스트를 거쳐 보냅니다.',
      '메일 서버를 운영해야 한다면 고정 IP와 제대로 된 PTR 레코드가 있는 비즈니스 회선을 씁니다.',
    ],
    retryAdvice: '가정용 IP에 대한 이 차단은 풀리지 않습니다. 발송 경로를 바꾼 뒤 다시 보냅니다.',
    warnings: [COMCAST_KEEP],
  },
  'comcast-es000010-external-dynamic': {
    title: 'Comcast: 발신 IP가 동적·가정용으로 보임',
    meaning:
      'Comcast가 발신 IP를 (Comcast 소유가 아닌) 동적 또는 가정용 대역으로 분류했습니다. 역방향 DNS 이름이 고정 서버 이름처럼 보이지 않는 것이 흔한 이유입니다.',
    fix: [
      'IP에 고정 서버처럼 보이는 이름(203-0-113-7.dynamic.isp.net이 아니라 mail.example.com)의 PTR 레코드를 달고, 그 이름이 다시 같은 IP로 풀리게 합니다.',
      '또는 업체의 스마트호스트로 릴레이합니다.',
    ],
    retryAdvice: 'IP가 고정으로 취급될 때까지 실패합니다. PTR을 고치거나 제대로 된 서버로 릴레이한 뒤 다시 보냅니다.',
    warnings: [COMCAST_KEEP],
  },
  'comcast-bl000000-spam-patterns': {
    title: 'Comcast: 스팸성 발송 패턴으로 IP 차단',
    meaning: 'Comcast 자체 필터가 해당 IP의 메일에서 스팸 특유의 패턴을 보고 차단했습니다. 공개 차단 목록과는 관계없습니다.',
    fix: [
      '무엇이 바뀌었는지 찾습니다: 발송량 급증, 탈취된 계정, 존재하지 않는 Comcast 사용자가 많은 오래된 목록으로의 발송.',
      'Comcast가 "not our customer"로 응답한 주소를 빼고 발송 속도를 낮춥니다.',
      '고친 뒤 Comcast postmaster 사이트에서 삭제를 요청합니다. 차단이 반복될수록 삭제가 어려워집니다.',
    ],
    retryAdvice: '차단된 동안 재시도는 실패합니다. 원인을 고치고 삭제를 요청한 뒤 다시 보냅니다.',
    warnings: [COMCAST_KEEP, '공개 차단 목록 조회가 깨끗해도 BL000000은 풀리지 않습니다. Comcast 자체 평판 판단입니다.'],
  },
  'comcast-bl000001-spamhaus-zen': {
    title: 'Comcast: IP가 Spamhaus ZEN에 등재됨',
    meaning: 'IP가 Spamhaus ZEN(SBL, CSS, XBL, PBL)에 올라 있어 Comcast가 거부했습니다.',
    fix: ['check.spamhaus.org에서 IP를 조회하고, 등재 내용이 지적하는 것을 고친 뒤 그곳의 삭제 절차를 이용합니다.'],
    retryAdvice: 'Spamhaus가 IP를 목록에서 뺀 뒤에야 풀립니다. 그 다음 다시 보냅니다.',
    warnings: [COMCAST_KEEP, 'Spamhaus 등재가 PBL이라면 직접 발송하면 안 되는 최종 사용자 대역이라는 뜻이지, 스팸을 보냈다는 뜻은 아닙니다.'],
  },
  'comcast-bl000010-cloudmark-csi': {
    title: 'Comcast: IP가 Cloudmark CSI에 등재됨',
    meaning: 'Cloudmark Sender Intelligence가 IP에 나쁜 평판을 매겨 Comcast가 거부했습니다.',
    fix: ['스팸 발생원을 고친 뒤 csi.cloudmark.com/reset-request에서 확인하고 초기화를 요청합니다.'],
    retryAdvice: 'Cloudmark가 IP 평판을 초기화한 뒤 풀립니다. 그 다음 다시 보냅니다.',
    warnings: [COMCAST_KEEP],
  },
  'comcast-bl000100-senderscore': {
    title: 'Comcast: IP가 SenderScore 차단 목록에 등재됨',
    meaning: 'IP가 SenderScore(Validity) 차단 목록에 올라 있어 Comcast가 거부했습니다.',
    fix: ['senderscore.org에서 IP를 확인하고, 스팸 신고·스팸 트랩의 원인을 고친 뒤 안내된 삭제 절차를 따릅니다.'],
    retryAdvice: 'SenderScore 등재가 풀린 뒤 해결됩니다. 그 다음 다시 보냅니다.',
    warnings: [COMCAST_KEEP],
  },
  'comcast-bl-combined-lists': {
    title: 'Comcast: IP가 차단 목록 두 곳에 등재됨 (ZEN, CSI, SenderScore)',
    meaning:
      '코드 끝자리 비트가 어느 목록에 걸렸는지 알려 줍니다: BL000011은 Spamhaus ZEN과 Cloudmark CSI, BL000101은 ZEN과 SenderScore, BL000110은 SenderScore와 CSI.',
    fix: [
      '비트를 해석해(001 ZEN, 010 CSI, 100 SenderScore) 해당하는 목록마다 등재 해제를 받습니다.',
      '여러 목록에 동시에 오른 것은 대개 실제 스팸이 그 IP에서 나갔다는 뜻입니다. 먼저 찾아서 멈춥니다.',
    ],
    retryAdvice: '해당 목록이 모두 풀릴 때까지 Comcast는 계속 거부합니다.',
    warnings: [COMCAST_KEEP],
  },
  'comcast-bl000111-all-lists': {
    title: 'Comcast: IP가 ZEN, CSI, SenderScore 모두에 등재됨',
    meaning: 'Comcast가 확인하는 차단 목록 세 곳(Spamhaus ZEN, Cloudmark CSI, SenderScore) 모두에 IP가 올라 있습니다.',
    fix: ['그 IP에서 스팸이 지금 나가고 있는 문제로 다룹니다: 발생원을 멈춘 뒤 세 목록 각각에 삭제를 요청합니다.'],
    retryAdvice: '세 곳의 등재가 모두 풀릴 때까지 실패합니다.',
    warnings: [COMCAST_KEEP],
  },
  'comcast-421-too-many-sessions': {
    title: 'Comcast: 해당 IP의 동시 연결이 너무 많음',
    meaning: '발신 IP가 Comcast로 연 SMTP 세션 수가 IP당 한도를 넘었습니다(Comcast 문서 기준 발신 IP당 동시 연결 25개).',
    fix: ['발신 IP별로 Comcast MX 호스트로 가는 동시 연결을 한도 아래로 제한합니다.'],
    retryAdvice: '동시 연결이 줄면 재시도가 통과합니다. 지연이 멈추도록 동시 연결 수를 낮춥니다.',
  },
  'comcast-421-reverse-dns-failure': {
    title: 'Comcast: 발신 IP의 역방향 DNS 조회 실패',
    meaning: 'Comcast는 모든 발신 IP에 유효한 PTR 레코드를 요구합니다. 이번 조회가 실패(또는 시간 초과)했고, Comcast는 이를 일시적 실패로 처리합니다.',
    fix: [
      'PTR을 확인합니다: dig -x <ip> 가 이름을 돌려줘야 하고, 그 이름은 다시 같은 IP로 풀려야 합니다.',
      '역방향 존의 네임서버가 안정적으로 응답하는지 확인합니다(SERVFAIL이나 시간 초과도 이 응답의 원인입니다).',
    ],
    retryAdvice: '일시적입니다. 큐가 재시도합니다. 끝내 풀리지 않으면 PTR 레코드가 없거나 잘못된 것입니다.',
  },
  'comcast-550-not-our-customer': {
    title: 'Comcast: 수신자가 Comcast 고객이 아님 (알 수 없는 사용자)',
    meaning: 'Comcast에 해당 주소가 없습니다. Comcast는 발신자에게 이 통지를 수신 거부(구독 해지)로 취급해 달라고 요청합니다.',
    fix: ['주소를 발송 제외 목록에 넣고, 어떻게 목록에 들어왔는지(오타, 오래되거나 구매한 데이터) 확인합니다.'],
    retryAdvice: '재시도하지 않고 주소를 제거합니다. 존재하지 않는 사용자에게 반복해 보내면 Comcast에서 IP가 차단됩니다.',
  },

  // ---------------------------------------------------------------- Mail.ru
  'mailru-550-invalid-mailbox': {
    title: 'Mail.ru: 메일함 사용 불가 (사용자 없음 또는 비활성)',
    meaning:
      'Mail.ru가 이 주소의 메일을 받지 않습니다. "Local mailbox … is unavailable:" 뒤의 문구가 이유를 알려 줍니다: "user not found"(계정 없음), "account is disabled" 또는 "user is terminated"(해지된 계정).',
    fix: [
      '주소를 발송 제외 목록에 넣습니다. 웹 폼에서 들어온 주소라면 오타(mail.ru 대신 mail.ry, 글자 누락)를 확인합니다.',
      '존재하지 않는 Mail.ru 사용자에게 반복해 보내면 그곳에서의 평판이 나빠집니다. 목록을 정리합니다.',
    ],
    retryAdvice: '재시도하지 않습니다. 계정이 없거나 해지되었습니다. 목록에서 제거합니다.',
  },
  'mailru-550-spam-message-rejected': {
    title: 'Mail.ru: 스팸으로 판정되어 메시지 거부',
    meaning:
      'Mail.ru 스팸 필터가 메시지를 스팸으로 분류해 거부했습니다. 응답에는 오류 코드, 메시지 ID, 그리고 이 값들로 미리 채워지는 지원 양식 링크가 들어 있습니다.',
    fix: [
      '응답의 링크를 따라갑니다. 지원 양식에 오류 코드와 메시지 ID가 채워지고, 제출하면 Mail.ru가 원본 메시지를 검토할 수 있습니다.',
      'Postmaster Mail.ru에서 도메인과 IP 상태(스팸 신고, 스팸 트랩 적중)와 인증(SPF, DKIM, DMARC)을 확인합니다.',
      '내용을 점검합니다: 링크 도메인, 단축 URL, 이미지로만 된 메시지.',
    ],
    retryAdvice: '같은 메시지는 다시 거부됩니다. 내용을 바꾸거나 평판을 고치거나, 링크로 지원팀에 요청합니다.',
    warnings: ['수신자를 발송 제외 목록에 넣지 않습니다. 메일함이 아니라 메시지나 발신 평판에 대한 거부입니다.'],
  },
  'mailru-550-sending-disabled': {
    title: 'Mail.ru: 발신 계정의 발송이 비활성화됨',
    meaning:
      'Mail.ru 계정으로 Mail.ru 자체 SMTP를 통해 보낼 때 나옵니다. 대개 계정 탈취나 스팸 발송이 의심된 뒤 해당 계정의 발송이 막힌 상태입니다.',
    fix: [
      '웹에서 계정에 로그인해 비밀번호를 바꾸거나 복구하고, Mail.ru가 요구하는 소유자 확인을 마칩니다.',
      '그 계정을 쓰는 앱과 기기에 악성코드나 유출된 자격 증명이 없는지 확인합니다.',
    ],
    retryAdvice: '계정 잠금이 풀릴 때까지 그 계정에서는 아무것도 나가지 않습니다.',
    warnings: ['수신자가 아니라 자사 Mail.ru 계정의 문제입니다. 이 이유로 수신자를 발송 제외 목록에 넣지 않습니다.'],
  },
  'mailru-550-5.7.1-dmarc': {
    title: 'Mail.ru: 발신 도메인의 DMARC 정책으로 거부',
    meaning:
      '메시지가 From 도메인에 대한 DMARC에 실패했고 그 도메인이 p=reject를 게시하고 있어 Mail.ru가 거부했습니다. 흔한 원인: 웹사이트나 CRM이 자기 서버에서 From: someone@mail.ru(또는 다른 엄격한 도메인)로 보내는 경우.',
    fix: [
      '자사 도메인의 From 주소로 보내고, 그 도메인으로 DKIM 서명합니다(또는 SPF를 봉투 발신자와 정렬합니다).',
      '자사 서버에서 보내는 메일의 From에 @mail.ru, @gmail.com 같은 타사 주소를 절대 넣지 않습니다. 그런 주소는 Reply-To에 넣습니다.',
    ],
    retryAdvice: 'From 도메인이 직접 인증하는 도메인이 될 때까지 매번 실패합니다.',
  },

  // ---------------------------------------------------------------- QQ Mail (Tencent)
  'qq-550-ip-frequency-limited': {
    title: 'QQ: 발신 IP가 QQ 빈도 제한을 초과',
    meaning:
      '이 IP에서 QQ로 보낸 메일이 QQ가 공개하지 않은 분당·시간당·일당 한도 중 하나를 넘어, 한동안 IP가 거부됩니다. 550이지만 영구 거부가 아니라 발송 속도 차단입니다.',
    fix: [
      'qq.com/foxmail.com으로 가는 메일을 IP별로 속도 제한하고 하루에 걸쳐 분산합니다.',
      '공유 IP에서는 다른 발신자의 발송량도 합산됩니다. 중요한 메일은 워밍업된 전용 IP로 옮깁니다.',
      '발신 도메인을 QQ postmaster 서비스에 등록해 스팸 신고 데이터를 확인합니다.',
    ],
    retryAdvice: QQ_RETRY,
    differsFromRegistry: '상태는 일시적인데 550으로 보내므로, 많은 MTA가 재시도하지 않고 반송합니다.',
    warnings: [QQ_KEEP, 'QQ가 IP를 신뢰하지 않으면 아주 적은 발송량에서도 이 응답을 받았다는 운영자 보고가 있습니다. 발송량이 진짜 원인이 아닐 수도 있습니다.'],
  },
  'qq-550-connection-frequency-limited': {
    title: 'QQ: 서버의 연결 또는 메시지가 너무 많음',
    meaning: '발신 서버 IP가 QQ의 연결 빈도 또는 발송 빈도 한도를 넘어 한동안 거부됩니다.',
    fix: [
      'QQ MX 호스트로 가는 동시 연결 수와 메시지 속도를 낮춥니다.',
      '메시지마다 연결을 새로 열지 말고 한 연결로 여러 메시지를 보냅니다.',
    ],
    retryAdvice: QQ_RETRY,
    differsFromRegistry: '상태는 일시적인데 550으로 보냅니다.',
    warnings: [QQ_KEEP],
  },
  'qq-550-domain-frequency-limited': {
    title: 'QQ: 발신 도메인이 QQ 빈도 제한을 초과',
    meaning: '이 발신 도메인에서 QQ로 보낸 메일이 QQ의 도메인별 속도 한도를 넘어, 도메인이 몇 분, 몇 시간, 또는 그날 남은 시간 동안 거부됩니다.',
    fix: [
      'QQ 수신자 대상 캠페인을 더 긴 기간에 걸쳐 분산합니다.',
      '트랜잭션 메일과 대량 메일을 서로 다른 발신 도메인이나 서브도메인으로 분리합니다.',
    ],
    retryAdvice: QQ_RETRY,
    warnings: [QQ_KEEP],
  },
  'qq-550-sender-frequency-limited': {
    title: 'QQ: 발신자 주소가 QQ 빈도 제한을 초과',
    meaning: '이 발신자 주소 하나에서 나간 메일이 QQ의 발신자별 속도 한도를 넘어 한동안 거부됩니다.',
    fix: ['그 주소의 발송 속도를 낮춥니다. 한도를 피하려고 주소를 돌려 쓰지 않습니다. QQ는 이를 스팸 행위로 봅니다.'],
    retryAdvice: QQ_RETRY,
    warnings: [QQ_KEEP],
  },
  'qq-550-mailbox-unavailable-or-access-denied': {
    title: 'QQ: 수신자 일시 보호 중 (받은 메일이 너무 많음)',
    meaning: '수신자가 짧은 시간에 많은 메일을 받아, QQ가 보호 차원에서 그 주소로 오는 메일을 일시적으로 거부합니다. 메일함이 없다는 뜻이 아닙니다.',
    fix: [
      '그 주소로 보내는 것을 몇 시간 멈춘 뒤 한 번 재시도합니다.',
      '같은 QQ 주소로 중복 메일이나 루프가 나가고 있지 않은지 확인합니다.',
    ],
    retryAdvice: '그 수신자에게 가는 메일을 멈췄다가 나중에 다시 시도합니다.',
    warnings: ['문구와 달리 "user unknown"으로 처리하지 않습니다. 주소는 존재합니다.'],
  },
  'qq-550-mailbox-not-found': {
    title: 'QQ: 메일함을 찾을 수 없음',
    meaning: '해당 QQ 주소가 존재하지 않습니다.',
    fix: ['주소를 발송 제외 목록에 넣고, 주소 출처에서 오타를 확인합니다(QQ 주소는 숫자로 된 경우가 많아 잘못 입력하기 쉽습니다).'],
    retryAdvice: '재시도하지 않습니다. 주소를 제거합니다.',
  },
  'qq-550-mail-content-denied': {
    title: 'QQ: 메시지 내용이 스팸으로 거부됨',
    meaning: '많은 QQ 사용자가 스팸으로 신고한 대량 메일과 내용이 비슷해 보여 QQ가 메시지를 거부했습니다.',
    fix: [
      '신고된 메일에 나오는 링크와 도메인을 빼거나 바꾸고, 단축 URL을 쓰지 않습니다.',
      '수신자가 메일을 요청했는지 확인하고, 명확한 수신 거부 방법을 제공합니다.',
    ],
    retryAdvice: '같은 내용은 계속 거부됩니다. 내용을 바꾼 뒤 다시 보냅니다.',
    warnings: ['수신자를 발송 제외 목록에 넣지 않습니다. 거부된 것은 주소가 아니라 내용입니다.'],
  },

  // ---------------------------------------------------------------- Postfix
  'postfix-550-5.1.1-unknown-local-recipient': {
    title: 'Postfix: 알 수 없는 사용자 (로컬 수신자 테이블)',
    meaning: '수신 측 Postfix가 로컬 수신자 맵(시스템 사용자와 별칭)에서 수신자를 찾지 못했습니다. 그 서버에 해당 주소가 없습니다.',
    fix: [
      '발신자: 주소에 오타가 없는지 확인하고, 잘못된 주소라면 발송 제외 목록에 넣습니다.',
      '주소가 있어야 한다고 보는 수신 측 관리자: 사용자나 별칭을 추가하거나, 그 도메인의 메일이 다른 곳에서 처리된다면 mydestination에서 도메인을 뺍니다.',
    ],
    retryAdvice: '주소를 고치지 않은 채로는 재시도하지 않습니다. 매번 거부됩니다.',
  },
  'postfix-550-5.1.1-unknown-virtual-mailbox': {
    title: 'Postfix: 알 수 없는 사용자 (가상 메일함 또는 별칭 테이블)',
    meaning: '해당 Postfix에서 도메인이 가상 도메인으로 호스팅되는데, 수신자가 가상 메일함 맵에도 가상 별칭 맵에도 없습니다.',
    fix: [
      '발신자: 수신자에게 주소를 확인하고, 잘못된 주소라면 발송 제외 목록에 넣습니다.',
      '수신 측 관리자: 가상 맵에 메일함이나 별칭을 추가합니다(hash/lmdb 파일이면 postmap 실행).',
    ],
    retryAdvice: '재시도하지 않습니다. 수신 시스템에 해당 주소가 없습니다.',
  },
  'postfix-554-5.7.1-relay-access-denied': {
    title: 'Postfix: 릴레이 접근 거부 (Relay access denied)',
    meaning:
      '서버가 수신 도메인의 최종 목적지가 아니고, 클라이언트를 릴레이 허용 대상으로 인정하지 않습니다(mynetworks에 없고 인증도 안 함). 발신 측 원인: 잘못된 서버를 쓰고 있거나 로그인하지 않았습니다. 수신 측 원인: 그 서버에 도메인이 local/virtual/relay로 설정되어 있지 않습니다.',
    fix: [
      '메일 클라이언트나 앱: 유효한 자격 증명으로 SMTP 인증을 켭니다(587번 포트, STARTTLS).',
      'MX로 직접 전달하다 이 응답을 받았다면 그 MX는 도메인을 호스팅하지 않습니다. 도메인의 MX 레코드와, 수신 측 관리자가 도메인을 등록했는지(mydestination, virtual_mailbox_domains 또는 relay_domains) 확인합니다.',
    ],
    retryAdvice: '인증이나 서버의 도메인 설정이 바뀔 때까지 실패합니다.',
  },
  'postfix-450-4.7.1-cannot-find-your-hostname': {
    title: 'Postfix: 클라이언트 거부, 쓸 수 있는 역방향 DNS 없음',
    meaning:
      '"cannot find your hostname"(reject_unknown_client_hostname): IP에 PTR이 없거나, PTR 이름이 같은 IP로 다시 풀리지 않습니다. "cannot find your reverse hostname"(reject_unknown_reverse_client_hostname): PTR 자체가 없습니다. 기본값은 450(일시적 DNS 문제일 수 있으므로)이고, 관리자가 코드를 바꾼 곳에서는 550입니다.',
    fix: [
      'dig -x <sending ip> +short 가 이름을 돌려주고, dig <that name> +short 가 같은 IP를 돌려주는지 확인합니다.',
      'IP 소유자(호스팅 업체나 ISP)에게 PTR을 메일 서버 이름으로 설정해 달라고 요청하고, 짝이 되는 A/AAAA 레코드를 추가합니다.',
    ],
    retryAdvice: 'DNS가 잠깐 실패한 경우에만 재시도가 도움이 됩니다. 아니라면 PTR을 고친 뒤 큐가 재시도하게 둡니다.',
  },
  'postfix-504-5.5.2-helo-not-fqdn': {
    title: 'Postfix: HELO 이름이 완전한 도메인 이름(FQDN)이 아님',
    meaning: '발신 클라이언트가 도메인 없는 이름("server", "localhost", Windows 컴퓨터 이름)으로 인사했고, 수신 측이 reject_non_fqdn_helo_hostname을 쓰고 있습니다.',
    fix: [
      'Postfix 발신 측: myhostname(또는 smtp_helo_name)을 mail.example.com 같은 실제 FQDN으로 설정합니다.',
      'Exim: primary_hostname / helo_data를 설정합니다. 애플리케이션: SMTP 라이브러리의 로컬 호스트명을 설정합니다.',
      'HELO 이름이 DNS에서 풀리게 하고, 가능하면 발신 IP의 PTR과 일치시킵니다.',
    ],
    retryAdvice: '클라이언트가 FQDN HELO 이름을 보낼 때까지 매번 실패합니다.',
  },
  'postfix-521-5.3.2-postscreen-drop': {
    title: 'Postfix postscreen: SMTP 전에 클라이언트를 돌려보냄',
    meaning:
      '수신 측 Postfix의 postscreen이 SMTP 세션이 시작되기도 전에 발신 클라이언트를 거부했습니다. 그 IP가 사이트의 거부 목록이나 DNS 차단 목록에 있거나, 인사말(220) 전에 말을 걸었기 때문입니다. "drop" 동작이면 postscreen은 521로 답하고 연결을 끊고, "enforce"면 같은 문구가 550과 함께 RCPT TO마다 옵니다. 521이지만 메일을 받지 않는 도메인이 아니라 이 클라이언트가 거부된 것입니다.',
    fix: [
      '발신 IP를 공개 차단 목록(Spamhaus ZEN 등)에서 확인하고, 원인을 고친 뒤 등재 해제를 요청합니다.',
      '클라이언트가 EHLO를 보내기 전에 220 인사말을 기다리는지 확인합니다. 먼저 말하는 것은 postscreen이 끊는 봇의 특징입니다.',
      'IP에 문제가 없다면 수신 측 포스트마스터에게 postscreen_access_list와 DNSBL 설정을 확인해 달라고 요청합니다.',
    ],
    retryAdvice: '등재가 해제되거나 허용될 때까지 그 IP의 모든 연결이 거부됩니다.',
    warnings: ['주소가 아니라 발신 IP에 대한 거부입니다. 수신자를 발송 제외 목록에 넣지 않습니다.'],
  },
  'postfix-550-5.1.8-sender-domain-not-found': {
    title: 'Postfix: 발신자 도메인이 DNS에 없음',
    meaning:
      '봉투 발신자의 도메인에 A나 MX 레코드가 없습니다(reject_unknown_sender_domain). Postfix의 기본 응답은 450 4.1.8(unknown_address_reject_code)이고, 많은 사이트가 550 5.1.8로 바꿔 씁니다. 검사 중 DNS가 일시적으로 실패해도 지연으로 끝납니다.',
    fix: [
      'From:만 보지 말고 봉투 발신자(Return-Path)를 확인합니다. 앱이 root@localhost.localdomain 같은 기본값이나 내부 도메인을 쓰는 경우가 많습니다.',
      '발신자 도메인에 MX나 A 레코드를 게시하거나, 공개 도메인의 발신자 주소로 보냅니다.',
    ],
    retryAdvice: '450은 계속 재시도되지만 도메인이 DNS에서 조회되기 시작해야만 성공하고, 550은 바로 반송됩니다. 어느 쪽이든 발신자 도메인을 고칩니다.',
  },
  'postfix-450-4.2.0-postgrey-greylisted': {
    title: 'postgrey 그레이리스팅 (나중에 다시 시도)',
    meaning:
      '수신 측 Postfix가 postgrey를 씁니다. 처음 보는 발신자/IP/수신자 조합의 첫 시도는 일부러 지연시키고, 몇 분 뒤의 재시도는 받아들입니다.',
    fix: [
      '일반적인 MTA라면 할 일이 없습니다. 메시지가 끝내 도착하지 않으면 발신 측이 4xx 응답을 재시도하는지, 같은 IP에서 재시도하는지 확인합니다(발송 IP 풀이 크면 계속 그레이리스트에 걸릴 수 있습니다).',
    ],
    retryAdvice: '일반적인 MTA 재시도(5분 이상 뒤, 같은 IP에서)로 통과합니다. 조치할 필요 없습니다.',
    warnings: ['주소를 거부한 것이 아닙니다. 450 그레이리스팅 응답으로 발송 제외 목록에 넣지 마십시오.'],
  },
  'postfix-503-5.5.0-improper-pipelining': {
    title: 'Postfix: 클라이언트가 허락 없이 명령을 파이프라이닝함',
    meaning:
      '서버가 PIPELINING을 제공하지 않았는데(또는 EHLO 전에) 클라이언트가 서버 응답을 기다리지 않고 명령을 보냈습니다. Postfix(reject_unauth_pipelining 또는 postscreen의 pipelining 테스트)는 이를 스팸 프로그램의 행동으로 봅니다.',
    fix: [
      '제대로 된 SMTP 라이브러리나 MTA를 씁니다. 직접 짠 스크립트는 인사(greeting)와 각 응답을 받은 뒤에 다음 명령을 보내야 합니다.',
      '경로 중간에 SMTP 대화를 고쳐 쓰는 방화벽이나 TLS 프록시가 있는지 확인합니다.',
    ],
    retryAdvice: '클라이언트가 응답마다 기다리게 될 때까지 실패합니다.',
  },
  'postfix-552-5.3.4-message-size-exceeds-limit': {
    title: 'Postfix: 수신 서버가 받는 크기보다 큰 메시지',
    meaning: '메시지(첨부 파일 인코딩으로 약 3분의 1이 늘어난 크기 포함)가 수신 측의 message_size_limit보다 큽니다.',
    fix: [
      '큰 파일은 첨부하지 말고 링크로 공유합니다.',
      '더 큰 메일을 받고 싶은 수신 측 관리자: message_size_limit을 올립니다(mailbox_size_limit은 이보다 작으면 안 됩니다).',
    ],
    retryAdvice: '같은 메시지를 다시 보내도 실패합니다. 크기를 줄입니다.',
  },
  'postfix-421-4.7.0-too-many-connections': {
    title: 'Postfix: 해당 IP의 연결이 너무 많음',
    meaning: '클라이언트가 그 Postfix에 연 동시 연결 수가 smtpd_client_connection_count_limit 허용치를 넘었습니다.',
    fix: ['그 목적지로 가는 병렬 연결 수를 낮춥니다(Postfix 발신 측이라면 전용 transport에 목적지별 동시성 제한을 둡니다).'],
    retryAdvice: '열린 연결이 줄면 재시도가 성공합니다. 동시 연결 수를 낮춥니다.',
  },
  'postfix-delivery-temporarily-suspended': {
    title: 'Postfix (발신 측): 해당 목적지로의 전달 일시 중단',
    meaning:
      '원격 서버가 아니라 발신 측 Postfix가 남긴 메시지입니다. 그 목적지로의 이전 시도가 실패해서(연결 시간 초과·거부, 연결 끊김) Postfix가 전달을 잠시 멈추고 메일을 큐에 둡니다. 이유는 콜론 뒤에 나옵니다.',
    fix: [
      '콜론 뒤 문구를 읽습니다: "Connection timed out"은 대개 발신 25번 포트가 막혔거나(클라우드 호스트에서 흔함) MX가 다운된 것이고, "Connection refused"는 그쪽 25번 포트에서 아무것도 듣고 있지 않다는 뜻입니다.',
      '발신 호스트에서 nc -vz <mx host> 25 (또는 telnet)로 시험하고, dig MX <domain> 으로 MX 레코드를 확인합니다.',
    ],
    retryAdvice: '메일은 큐에 남아 maximal_queue_lifetime(기본 5일)이 끝날 때까지 재시도됩니다.',
  },
  'postfix-host-not-found-name-service-error': {
    title: 'Postfix (발신 측): 수신 도메인을 조회할 수 없음',
    meaning:
      '발신 측 Postfix가 수신 도메인의 MX나 A 레코드를 찾지 못했습니다. "Host not found"는 도메인이 존재하지 않는다는 뜻이고(반송), "Host not found, try again"은 일시적 DNS 실패입니다(재시도).',
    fix: [
      '수신 도메인에 오타(gmial.com, hotmial.com)가 없는지 확인합니다.',
      '발신 호스트에서 dig MX <domain> 과 dig A <domain> 으로 조회를 시험합니다. 그 호스트에서만 실패한다면 로컬 리졸버를 고칩니다.',
    ],
    retryAdvice: '일시적 DNS 실패는 자동으로 재시도됩니다. 존재하지 않는 도메인은 반송되며 주소를 고치기 전에는 해결되지 않습니다.',
  },
  'postfix-5.4.6-loops-back-to-myself': {
    title: 'Postfix (발신 측): 도메인의 MX가 이 서버 자신을 가리킴',
    meaning:
      '기록한 Postfix 자신이 그 도메인의 가장 우선하는 MX인데, 정작 이 서버가 전달을 맡은 도메인(mydestination, virtual_alias_domains, virtual_mailbox_domains, relay_domains)에는 없습니다. 여러 홉을 도는 루프가 아니라 한 서버의 설정 불일치입니다.',
    fix: [
      '이 서버가 그 도메인의 메일을 받아야 한다면 도메인을 mydestination, virtual_mailbox_domains 또는 relay_domains(전송 설정과 함께)에 추가하고 postfix reload 합니다.',
      '받지 않아야 한다면 도메인의 MX가 잘못된 것입니다. MX 레코드를 고치거나, 내부 홉이라면 메일을 이리로 보내는 relayhost나 transport 맵을 고칩니다.',
    ],
    retryAdvice: 'Postfix 설정이나 도메인의 MX를 고치기 전에는 실패합니다.',
  },

  // ---------------------------------------------------------------- Exim
  'exim-550-unrouteable-address': {
    title: 'Exim: 라우팅할 수 없는 주소 (unrouteable address)',
    meaning:
      'Exim의 라우터 중 어느 것도 주소를 받지 않았습니다. 그 시스템에 로컬 파트가 없거나, 처리하지 않는 도메인이라 릴레이도 허용되지 않습니다. 발신 측에서는 수신 도메인을 조회할 수 없을 때도 나옵니다.',
    fix: [
      '주소와 도메인 철자를 확인하고 수신자가 존재하는지 확인합니다.',
      '수신 측 관리자: exim -bt user@domain 으로 주소를 점검해 어떤 라우터도 받지 않는 이유를 확인합니다.',
    ],
    retryAdvice: '그대로 재시도하지 않습니다. 주소를 고치거나 수신 측 관리자에게 주소를 추가해 달라고 합니다.',
  },
  'exim-retry-timeout-exceeded': {
    title: 'Exim: 재시도 기간이 끝나 포기함',
    meaning:
      '발신 측 Exim이 이 주소나 호스트에 대해 재시도 규칙의 시간 한도가 끝날 때까지 일시적 실패만 받아 메시지를 반송했습니다. 앞에 나온 문구가 마지막으로 받은 일시적 오류입니다.',
    fix: [
      '"retry timeout exceeded" 앞의 오류를 읽습니다. 그것이 진짜 원인입니다(예: "452 too many recipients", 연결 시간 초과, 발신 측이 끝내 통과하지 못한 그레이리스팅).',
      '목적지가 며칠 동안 다운됐었다면 복구된 지금 다시 보냅니다.',
    ],
    retryAdvice: '이미 포기했습니다. 앞선 오류 문구의 원인을 고친 뒤 다시 보냅니다.',
  },
  'exim-all-hosts-failing-long-time': {
    title: 'Exim: 도메인의 모든 호스트가 오랫동안 실패 중',
    meaning:
      '도메인의 모든 MX 호스트가 재시도 한도보다 오래 실패했고 아직 재시도 시점이 되지 않아, Exim이 새 메시지를 큐에 넣지 않고 바로 실패 처리합니다("retry time not reached").',
    fix: [
      '목적지를 확인합니다: dig MX <domain> 을 실행한 뒤, 발신 호스트에서 nc -vz <mx> 25 를 실행합니다.',
      '다시 동작하면: exinext <domain> 으로 재시도 상태를 보고, exim -M <message-id> 로 큐의 메시지를 강제 전달하거나(재시도 시간 무시) exim_fixdb로 재시도 기록을 지운 뒤, 반송된 메일을 다시 보냅니다.',
    ],
    retryAdvice: '목적지에 다시 연결되면 재발송합니다. 발신 호스트에서 재시도 데이터를 지우면 Exim이 바로 시도합니다.',
  },
  'exim-550-relay-not-permitted': {
    title: 'Exim: 릴레이 허용 안 됨 (relay not permitted)',
    meaning:
      'Exim 기본 설정이 수신자를 거부했습니다. 도메인이 로컬 도메인도 릴레이 도메인도 아니고, 클라이언트가 허용된 릴레이 호스트나 인증된 사용자가 아닙니다.',
    fix: [
      '메일 클라이언트나 앱: 외부 도메인으로 보내기 전에 인증합니다(587번 포트, STARTTLS).',
      '도메인의 MX에서 이 응답이 왔다면 그 Exim에 도메인이 설정되어 있지 않거나(local_domains/relay_to_domains) MX 레코드가 잘못된 서버를 가리킵니다.',
    ],
    retryAdvice: '클라이언트가 인증하거나 서버에 해당 도메인이 설정될 때까지 실패합니다.',
  },
  'exim-550-sender-verify-failed': {
    title: 'Exim: 발신자 주소 검증 실패',
    meaning:
      '수신 측 Exim이 봉투 발신자를 검증했는데(verify = sender, 때로는 발신 도메인 MX로 콜아웃까지) 전달할 수 없는 주소로 판정했습니다.',
    fix: [
      '실제로 존재하고 메일(널 발신자의 반송 포함)을 받는 봉투 발신자(Return-Path)를 씁니다.',
      '발신자 도메인에 동작하는 MX 레코드가 있고, 그 서버가 검증 탐침을 거부하지 않는지 확인합니다.',
    ],
    retryAdvice: '봉투 발신자가 실제로 전달 가능한 주소가 될 때까지 실패합니다.',
  },
  'exim-451-could-not-complete-sender-verify': {
    title: 'Exim: 발신자 검증을 마칠 수 없음 (일시적)',
    meaning: '수신 측 Exim이 봉투 발신자를 검증하려다 일시적 실패를 받았습니다. 발신자 도메인 MX가 콜아웃에 제때 응답하지 않은 경우가 많습니다.',
    fix: ['발신자 도메인의 MX 호스트가 인터넷에서 오는 25번 포트 연결을 받고, 발신자 주소에 대한 RCPT에 빠르게 응답하는지 확인합니다.'],
    retryAdvice: '큐가 재시도합니다. 계속되면 발신자 도메인 MX가 콜아웃에 대해 연결되지 않거나 느린 것입니다.',
  },
  'exim-mailbox-full-mta-quota': {
    title: 'Exim: 메일함 가득 참 (Exim에서 설정한 쿼터)',
    meaning: 'Exim의 appendfile transport가 수신자에게 설정된 메일함 쿼터를 넘게 되어 메시지를 쓸 수 없었습니다.',
    fix: ['다른 경로로 수신자에게 메일함을 비우라고 알리거나, 수신 측 관리자에게 쿼터를 늘려 달라고 요청합니다.'],
    retryAdvice: 'Exim이 한동안 재시도합니다. 수신자가 공간을 비우면 성공하고, 아니면 재시도 기간이 끝날 때 반송합니다.',
    warnings: ['메일함이 가득 찬 것은 알 수 없는 사용자가 아닙니다. 처음 한 번 나왔다고 발송 제외 목록에 넣지 않습니다.'],
  },
  'exim-421-too-many-concurrent-connections': {
    title: 'Exim: 해당 IP의 동시 연결이 너무 많음',
    meaning: '클라이언트가 그 Exim 서버에 연 연결 수가 smtp_accept_max_per_host 허용치를 넘었습니다.',
    fix: ['그 목적지로 병렬로 보내는 메시지 수를 줄입니다(발송 앱이나 MTA의 큐·연결 풀 제한).'],
    retryAdvice: '열린 연결이 줄면 재시도가 통과합니다. 그 호스트로의 동시 연결 수를 낮춥니다.',
  },

  // ---------------------------------------------------------------- Sendmail
  'sendmail-550-5.1.1-user-unknown': {
    title: 'Sendmail: 알 수 없는 사용자 (User unknown)',
    meaning: '수신 측 sendmail에 그 주소에 해당하는 로컬 사용자, 별칭, 가상 사용자 항목이 없습니다.',
    fix: [
      '발신자: 주소를 고치거나 발송 제외 목록에 넣습니다.',
      '주소가 동작해야 한다고 보는 수신 측 관리자: 사용자를 추가하거나, aliases 항목을 추가(후 newaliases)하거나, virtusertable 항목을 추가(후 맵 재생성)합니다.',
    ],
    retryAdvice: '재시도하지 않습니다. 그 서버에 해당 주소가 없습니다.',
  },
  'sendmail-550-5.7.1-relaying-denied-auth': {
    title: 'Sendmail: 릴레이 거부, 인증 필요',
    meaning: '서버가 수신 도메인의 최종 목적지가 아니고, 클라이언트가 릴레이 접근 목록에 없으며 인증도 하지 않아 sendmail이 릴레이를 거부합니다.',
    fix: [
      '메일 클라이언트나 앱: 계정 자격 증명으로 SMTP AUTH를 켭니다. 보통 587번 포트와 STARTTLS를 씁니다.',
      '수신 측 관리자: 도메인이 로컬이어야 한다면 local-host-names(Cw)나 가상 도메인으로 추가합니다. 릴레이 호스트라면 access 맵에 클라이언트를 RELAY로 추가합니다.',
    ],
    retryAdvice: '클라이언트가 인증할 때까지(또는 서버가 그 도메인을 받도록 설정될 때까지) 실패합니다.',
  },
  'sendmail-550-5.1.2-host-unknown': {
    title: 'Sendmail: 알 수 없는 호스트 (DNS에서 수신 도메인을 찾을 수 없음)',
    meaning:
      '발신 측 sendmail이 수신 도메인의 MX나 주소 레코드를 하나도 찾지 못했습니다("host not found" 또는 "no data known"). 그 도메인은 메일을 받을 수 없습니다.',
    fix: [
      '도메인에 오타(outlook.comm, hotmial.com)가 없는지 확인합니다.',
      'dig MX <domain> 으로 조회되는지 확인합니다. 다른 곳에서는 풀리는데 발신 호스트에서만 안 된다면 그 호스트의 리졸버를 고칩니다.',
    ],
    retryAdvice: '재시도되지 않습니다. 도메인이 조회되지 않습니다. 주소를 고친 뒤 다시 보냅니다.',
  },
  'sendmail-deferred-connection-timed-out': {
    title: 'Sendmail: 지연, 수신 호스트 연결 시간 초과',
    meaning: '발신 측 sendmail이 수신자 메일 서버의 25번 포트에 연결하지 못해, 다음 시도를 위해 메시지를 큐에 둡니다.',
    fix: [
      '발신 호스트에서 nc -vz <mx host> 25 로 시험합니다. 어디로든 시간 초과가 난다면 대개 호스팅 업체나 방화벽이 발신 25번 포트를 막고 있습니다.',
      'dig MX <domain> 을 확인합니다. MX 호스트가 죽은 주소를 가리켜도 같은 증상이 납니다.',
    ],
    retryAdvice: '큐에 남아 큐 반송 시한(기본 5일)까지 재시도됩니다.',
  },
  'sendmail-warning-could-not-send-for-past': {
    title: 'Sendmail: 지연 경고 (아직 시도 중)',
    meaning: '경고일 뿐입니다. 메시지가 경고 간격(기본 4시간) 동안 큐에 있었고 sendmail이 계속 재시도 중입니다. 다시 보낼 필요는 없습니다.',
    fix: ['경고에 들어 있는 대화 기록(transcript)에서 지연 이유(시간 초과, 4xx 응답)를 읽고, 자사 쪽 문제라면 고칩니다.'],
    retryAdvice: 'Sendmail은 반송 시한(기본 5일)까지 계속 재시도합니다.',
  },
  'sendmail-message-could-not-be-delivered-for-days': {
    title: 'Sendmail: 큐 시한이 지나 포기함',
    meaning:
      '메시지가 반송 시한 내내(보통 "for 5 days") 큐에 있으면서 한 번도 전달되지 않아, sendmail이 반송했습니다("Message will be deleted from queue").',
    fix: [
      '대화 기록의 "Deferred:" 줄이나 4xx 줄을 봅니다. 모든 시도가 실패한 이유입니다.',
      '목적지에 연결할 수 없었다면 다시 보내기 전에 지금은 연결되는지 확인합니다.',
    ],
    retryAdvice: '이미 포기했습니다. 대화 기록에 나온 원인을 고친 뒤 다시 보냅니다.',
  },
  'sendmail-552-5.2.3-message-size-exceeds-maximum': {
    title: 'Sendmail: 서버 최대 크기보다 큰 메시지',
    meaning: '메시지가 수신 측 sendmail의 MaxMessageSize보다 큽니다(한도는 괄호 안에 바이트 단위로 나옵니다).',
    fix: ['큰 파일은 첨부 대신 링크로 보냅니다. 인코딩 때문에 첨부 크기가 약 3분의 1 늘어난다는 점을 감안합니다.'],
    retryAdvice: '같은 메시지는 매번 거부됩니다. 크기를 줄입니다.',
    warnings: ['다른 서버도 같은 문구를 다른 코드와 함께 씁니다. 크기에 대한 조치는 같습니다.'],
  },

  // ---------------------------------------------------------------- qmail
  'qmail-5.1.1-no-mailbox-here': {
    title: 'qmail: 그런 이름의 메일함 없음 (no mailbox here by that name)',
    meaning: 'qmail-local(또는 vpopmail)이 로컬 파트에 해당하는 사용자나 .qmail 파일을 찾지 못했습니다. 그 서버에 해당 주소가 없습니다.',
    fix: [
      '주소를 고치거나 발송 제외 목록에 넣습니다.',
      '수신 측 관리자: 주소가 있어야 한다면 메일함이나 .qmail 별칭 파일을 만듭니다.',
    ],
    retryAdvice: '재시도하지 않습니다. 메일함이 존재하지 않습니다.',
  },
  'qmail-4.4.1-no-smtp-connection': {
    title: 'qmail: 원격 SMTP 서버에 연결할 수 없음',
    meaning:
      'qmail-remote가 수신 도메인의 메일 서버 어디에도 SMTP 연결을 열지 못했습니다. 일시적 실패이며, qmail은 큐 보관 기간(기본 7일)이 끝날 때까지 계속 재시도합니다.',
    fix: [
      '발신 호스트에서 nc -vz <mx host> 25 로 시험합니다. 호스팅 업체의 발신 25번 포트 차단이 흔한 원인입니다.',
      '수신 도메인의 MX 레코드를 확인합니다(dig MX <domain>).',
    ],
    retryAdvice: 'qmail이 자체 일정대로 재시도합니다. 반송 메시지에 "I\'m not going to try again"도 있다면 포기한 것입니다.',
  },
  'qmail-queue-too-long': {
    title: 'qmail: 큐에 너무 오래 있어 포기함',
    meaning: 'qmail-send가 queuelifetime(기본 7일)에 도달했을 때 마지막 시도도 일시적으로 실패하고 있어 메시지를 반송했습니다. 바로 앞 줄이 마지막 오류입니다.',
    fix: ['바로 위 줄(예: "#4.4.1" 연결 실패나 원격 4xx 응답)을 읽고 그것을 고친 뒤 다시 보냅니다.'],
    retryAdvice: '이미 포기했습니다. 앞 줄에 나온 원인을 고친 뒤 다시 보냅니다.',
  },
  'qmail-5.4.6-looping-delivered-to': {
    title: 'qmail: 메일 루프 감지 (Delivered-To가 이미 있음)',
    meaning:
      '메시지에 같은 주소에 대한 이 서버의 Delivered-To 헤더가 이미 붙어 있어, 전에 전달된 곳으로 되돌아왔다는 뜻입니다. 포워딩 루프입니다.',
    fix: [
      '자기 자신으로 돌아오는 포워딩을 찾습니다: 되돌려 포워딩하는 주소로 보내는 .qmail 파일, 서로에게 포워딩하는 두 계정 등.',
      '반송된 사본의 Delivered-To 헤더로 루프 경로를 확인합니다.',
    ],
    retryAdvice: '포워딩을 고치기 전까지 다시 루프가 생깁니다.',
  },
  'qmail-5.1.2-no-host-named': {
    title: 'qmail: 수신 도메인이 존재하지 않음',
    meaning: 'qmail-remote가 수신 도메인의 DNS 레코드를 찾지 못했으므로 영구적으로 전달할 수 없습니다.',
    fix: ['도메인에 오타가 없는지 보고 dig MX <domain> 과 dig A <domain> 으로 확인합니다.'],
    retryAdvice: '재시도하지 않습니다. 먼저 도메인을 고칩니다.',
  },
  'qmail-5.4.4-no-mail-exchanger': {
    title: 'qmail: 수신 도메인에 MX나 주소 레코드가 없음',
    meaning: '도메인은 존재하지만 쓸 수 있는 MX 레코드도 주소 레코드도 없어, qmail-remote가 전달할 곳이 없습니다.',
    fix: ['dig MX <domain> 을 확인합니다. 도메인 소유자가 동작하는 MX 레코드를 게시해야 합니다.'],
    retryAdvice: '도메인이 MX(또는 A) 레코드를 게시할 때까지 실패합니다.',
  },
  'qmail-553-5.7.1-not-in-rcpthosts': {
    title: 'qmail-smtpd: 도메인이 rcpthosts에 없음 (릴레이 거부)',
    meaning:
      'qmail-smtpd는 (클라이언트가 릴레이 허용 대상이 아닌 한) control/rcpthosts에 등록된 도메인의 메일만 받습니다. 수신 도메인이 등록되어 있지 않고 클라이언트도 릴레이가 허용되지 않습니다.',
    fix: [
      '메일 클라이언트: 외부 도메인으로 보내기 전에 인증(SMTP AUTH)합니다.',
      '도메인의 MX에서 이 응답이 왔다면 그 서버의 control/rcpthosts(그리고 virtualdomains 또는 locals)에 도메인이 빠져 있거나 MX 레코드가 잘못된 호스트를 가리킵니다.',
    ],
    retryAdvice: '클라이언트가 인증하거나 서버에 도메인이 추가될 때까지 실패합니다.',
  },
};
