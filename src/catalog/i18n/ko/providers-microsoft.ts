/**
 * Korean prose for the Microsoft catalog: Exchange Online / Microsoft 365 (EOP), the consumer
 * Outlook.com service and on-premises Exchange wordings. Microsoft's internal tags (S3150,
 * AS(201806281), RESOLVER.ADR…), PowerShell cmdlets, host names and quoted server wording stay in
 * English because engineers search and match on them.
 */
import type { ProviderTranslations } from '../types.js';

const MS_OWN_LIST = '공개 차단 목록 조회가 깨끗해도 원인에서 배제되지 않습니다. Microsoft 자체 목록입니다.';

export const koProvidersMicrosoft: ProviderTranslations = {
  // ---------------------------------------------------------------- recipients
  'microsoft-550-5.1.10-recipient-not-found': {
    title: '테넌트에서 수신자를 찾을 수 없음',
    meaning: 'Exchange Online이 수신 조직의 디렉터리에서 수신자 주소를 조회했지만 찾지 못했습니다.',
    fix: [
      '주소에 오타가 없는지 확인하고 수신자에게 직접 확인합니다.',
      '자사 테넌트라면 사용자나 별칭이 있는지(Get-Recipient <address>) 확인하고, 하이브리드 환경에서는 디렉터리 동기화로 Exchange Online에 생성되었는지 확인합니다.',
    ],
    retryAdvice: '재시도하지 않습니다. 주소를 고치거나 목록에서 제거합니다.',
    differsFromRegistry:
      'X.1.10은 RFC 7505에 "수신자 주소에 null MX가 있음"으로 등록되어 있는데, Microsoft는 디렉터리에 없는 수신자에 5.1.10을 씁니다.',
  },
  'microsoft-550-5.1.1-recipnotfound': {
    title: '수신자 메일함이 존재하지 않음',
    meaning:
      '주소가 대상 Exchange 조직의 어떤 메일함과도 일치하지 않습니다. 조직 내부에서는 삭제 후 다시 만든 메일함을 Outlook이 오래된 자동 완성 항목으로 채웠을 때도 발생합니다.',
    fix: [
      '주소를 확인하고 다시 보냅니다.',
      '같은 조직 안이라면 Outlook의 자동 완성 항목을 지우고 주소록에서 수신자를 다시 선택합니다(오래된 X.500/LegacyExchangeDN).',
    ],
    retryAdvice: '같은 메시지를 다시 보내도 실패합니다. 주소를 고칩니다.',
  },
  'microsoft-550-5.5.0-mailbox-unavailable-consumer': {
    title: 'Outlook.com/Hotmail 주소 없음',
    meaning:
      'Outlook.com(hotmail.com, outlook.com, live.com)에 해당 주소의 메일함이 없습니다. 대부분의 시스템이 5.1.1을 보낼 상황에서 Microsoft는 5.5.0을 보냅니다.',
    fix: ['주소를 고치거나 발송 제외 목록에 넣습니다.'],
    retryAdvice: '하드 바운스로 처리합니다.',
    differsFromRegistry:
      'X.5.0은 "기타 또는 정의되지 않은 프로토콜 상태"로 등록되어 있는데, Outlook.com은 알 수 없는 수신자에 550 5.5.0을 씁니다.',
  },
  'microsoft-550-5.4.1-dbeb-access-denied': {
    title: '경계에서 수신자 거부 (Directory-Based Edge Blocking)',
    meaning:
      'Exchange Online Protection이 해당 테넌트의 유효한 수신자가 아니라는 이유로 메시지를 받기 전에 수신자를 거부했습니다(Directory-Based Edge Blocking). Microsoft 365 도메인의 없는 주소에 대해 Microsoft가 흔히 보내는 응답입니다.',
    fix: [
      '수신자에게 주소를 확인합니다. 삭제되었거나 이름이 바뀌었을 수 있습니다.',
      '수신 테넌트를 직접 운영한다면 주소가 Exchange Online에 있는지(하이브리드 사용자는 동기화되어 있어야 함), 허용 도메인 유형(Authoritative 또는 Internal Relay)이 맞는지 확인합니다.',
    ],
    retryAdvice: '그대로 재시도하지 않습니다. 그곳에서 유효한 주소가 아닙니다.',
    differsFromRegistry:
      'X.4.1은 "호스트 응답 없음"으로 등록되어 있는데, Microsoft는 유효하지 않은 수신자를 경계에서 거부할 때 5.4.1을 씁니다.',
    warnings: ['"Access denied"라는 문구와 달리 발신 IP 차단이 아닙니다. 같은 도메인의 다른 수신자는 계속 메일을 받습니다.'],
  },
  'microsoft-550-5.1.351-remote-unknown': {
    title: '다음 단계 서버가 수신자를 알 수 없다고 응답',
    meaning:
      'Exchange Online이 메시지를 다음 서버(예: 온프레미스나 타사 서버)로 릴레이했고 그 서버가 수신자를 거부했습니다. 원래 응답은 텍스트의 화살표 뒤에 있습니다.',
    fix: [
      '실제 원인은 "->" 뒤에 있는 다음 단계 서버의 응답에서 확인합니다.',
      '주소가 있어야 한다면 커넥터 경로와 다음 단계 서버의 수신자 목록을 확인합니다.',
    ],
    retryAdvice: '주소를 고치거나, 주소가 있어야 하는 경우라면 라우팅을 고칩니다.',
  },
  'microsoft-550-5.7.504-5.7.505-banned-recipient': {
    title: '수신자 주소 차단됨',
    meaning:
      'Exchange Online이 이 수신자 주소로 가는 메일을 아예 거부합니다(5.7.505). 관련 코드인 5.7.504는 수신자 주소가 유효하지 않아 거부되었다는 뜻입니다.',
    fix: [
      '다른 경로로 수신자에게 주소를 확인합니다.',
      '잘못된 판정이라고 생각되면 수신자 측 관리자가 Microsoft에 지원 요청을 열어야 합니다.',
    ],
    retryAdvice: '이 수신자에게는 재시도하지 않습니다.',
  },
  'microsoft-5.2.2-mailbox-full': {
    title: '수신자 메일함 가득 참',
    meaning: '수신자 메일함이 저장 용량 한도를 넘어 새 메일을 거부합니다.',
    fix: [
      '다른 경로로 수신자에게 알립니다.',
      '자사 테넌트라면 할당량을 늘리거나 보관(archive)을 켭니다(Set-Mailbox -ProhibitSendReceiveQuota).',
    ],
    retryAdvice: '수신자가 공간을 비운 뒤 다시 보냅니다. 몇 주에 걸쳐 반송이 반복되면 방치된 메일함입니다.',
    warnings: ['Microsoft는 발신자 쪽 한도인 "submission quota exceeded"에도 5.2.2를 보냅니다. 본문을 읽고 구분합니다.'],
  },
  'microsoft-432-4.3.2-recipient-thread-limit': {
    title: '수신자 메일함 전달 제한 (동시 전달이 너무 많음)',
    meaning:
      'Exchange가 이 메일함 하나에 허용된 최대 속도로 전달하고 있어, 바쁜 메일함 하나가 데이터베이스 전체를 느리게 하지 않도록 나머지 메시지를 지연시킵니다. 저널링 메일함과 공유 메일함에서 흔합니다.',
    fix: [
      '보통 할 일은 없습니다. 큐가 모두 처리될 때까지 둡니다.',
      '온프레미스의 저널링 메일함이나 매우 바쁜 메일함이라면 전달 서비스 설정에서 RecipientThreadLimit / MaxMailboxDeliveryPerMdbConnections 값을 올리고 전송 서비스를 다시 시작합니다.',
    ],
    retryAdvice: '큐에 있는 메시지는 메일함이 따라잡는 대로 재시도되어 전달됩니다.',
    differsFromRegistry:
      '432는 RFC 5321이 이런 용도로 정의한 응답 코드가 아닙니다. Exchange는 저장소 드라이버(store driver) 제한에 이 코드를 씁니다(RFC 4954는 432를 AUTH 후 "a password transition is needed"에만 정의합니다).',
  },
  'microsoft-5.2.121-5.2.122-receive-limit': {
    title: '수신자의 시간당 수신 한도 초과',
    meaning:
      'Microsoft 365 수신자가 이번 한 시간 동안 허용치보다 많은 메시지를 받았습니다. 기준은 해당 발신자에게서 온 메일(5.2.121) 또는 전체 발신자에게서 온 메일(5.2.122)입니다. 자동 발신 시스템의 메일 폭주로부터 메일함을 보호하기 위한 제한입니다.',
    fix: ['이 수신자에게 메일을 쏟아내는 시스템(경보 루프, 알림 폭주)을 찾아 속도를 제한하거나 묶어서 보냅니다.'],
    retryAdvice: '한 시간이 지난 뒤 다시 보내고, 이 수신자에게 보내는 시간당 메시지 수를 줄입니다.',
  },
  // ---------------------------------------------------------------- sending limits
  'microsoft-550-5.1.8-bad-outbound-sender': {
    title: '스팸 발송으로 발신 메일함이 차단됨',
    meaning:
      'Microsoft 365가 이 발신 계정이 스팸으로 보이는 메일을 보냈다는 이유로 차단했습니다. 대개 계정이 탈취된 경우입니다.',
    fix: [
      '계정 탈취로 보고 대응합니다: 암호를 재설정하고, 세션을 취소하고, 받은 편지함 규칙과 전달 설정을 점검하고, MFA를 적용합니다.',
      '정리를 마친 뒤 Microsoft Defender 포털의 Restricted entities에서 사용자 차단을 해제합니다.',
    ],
    retryAdvice: '관리자가 차단을 해제하기 전까지 이 계정에서는 아무것도 발송되지 않습니다.',
  },
  'microsoft-550-5.1.90-daily-recipient-limit': {
    title: '발신자가 일일 수신자 한도에 도달',
    meaning:
      '발신 메일함이 24시간 동안 Exchange Online이 허용하는 것보다 많은 수신자에게 보냈습니다. 계정이 탈취되었다는 신호일 수도 있습니다.',
    fix: ['발송량이 예상 밖이라면 계정 탈취 여부를 확인합니다.', '대량 발송은 그 용도로 만든 서비스로 옮깁니다.'],
    retryAdvice: '24시간 기간이 지나가면서 발송이 다시 가능해집니다. 그때 다시 보냅니다.',
    differsFromRegistry: '5.1.90은 IANA 레지스트리에 없는 Microsoft 고유의 세부 번호입니다.',
  },
  'microsoft-5.2.2-submission-quota': {
    title: '발신자가 메시지 수 또는 수신자 수 발송 한도를 초과',
    meaning:
      '발신 메일함이 Exchange Online의 발송 한도(기간당 메시지 수 또는 수신자 수)를 넘었습니다. 메일함 가득 참과 코드는 같지만 의미가 다릅니다.',
    fix: [
      '계정 탈취 여부를 확인합니다.',
      '정상적인 발송이라면 Microsoft가 공개한 한도 안에서 시간을 나누거나 여러 메일함으로 분산합니다.',
    ],
    retryAdvice: '한도 기간이 초기화될 때까지 기다린 뒤 더 낮은 속도로 다시 보냅니다.',
    differsFromRegistry: 'X.2.2는 (수신자의) "메일함 가득 참"으로 등록되어 있는데, 여기서는 발신자의 제출(submission) 한도를 뜻합니다.',
    warnings: ['수신자에게 공간을 비우라고 안내하지 않습니다. 이 문구라면 문제는 발신 측에 있습니다.'],
  },
  'microsoft-550-5.7.501-503-spam-abuse': {
    title: '스팸 발송으로 발신 계정 또는 IP가 차단됨',
    meaning:
      'Exchange Online이 발신 계정이나 발신원에서 스팸을 감지해 차단했습니다(5.7.501–5.7.503). 대개 계정이 탈취된 경우입니다.',
    fix: [
      '무엇보다 먼저 계정 탈취를 해결합니다(자격 증명 재설정, 악성 규칙 제거).',
      '자사 테넌트의 계정이라면 관리 센터를 통해 Microsoft 지원에 연락해 발송을 복구합니다.',
    ],
    retryAdvice: '차단이 풀리기 전에는 아무것도 전달되지 않습니다.',
    differsFromRegistry: '5.7.501–5.7.503은 IANA 레지스트리에 없는 Microsoft 고유 번호입니다.',
  },
  'microsoft-550-5.7.511-banned-sender': {
    title: '발신 IP 차단됨 (delist@messaging.microsoft.com 으로 메일)',
    meaning: 'Microsoft가 발신 IP를 차단했습니다. 5.7.6xx 차단과 달리 셀프서비스 포털로는 해제되지 않습니다.',
    fix: [
      'NDR 전문과 IP 주소를 적어 delist@messaging.microsoft.com 으로 메일을 보냅니다.',
      '차단 원인(계정 탈취, 스팸 발송원)을 먼저 해결하고, 요청에 그 사실을 적습니다.',
    ],
    retryAdvice: '차단 목록에서 제거될 때까지 이 IP에서 Microsoft로 보내는 것을 멈춥니다.',
    differsFromRegistry: '5.7.511은 IANA 레지스트리에 없는 Microsoft 고유의 세부 번호입니다.',
    warnings: ['IP 차단은 수신자에 대해 아무것도 알려 주지 않습니다. 이 이유로 수신자를 발송 제외 목록에 넣지 않습니다.'],
  },
  'microsoft-550-5.7.606-649-banned-ip': {
    title: 'Microsoft 차단 목록에 오른 발신 IP (셀프서비스 해제)',
    meaning: 'Exchange Online Protection이 발신 IP가 Microsoft 자체 차단 목록에 있어 거부합니다(5.7.606–5.7.649).',
    fix: [
      'https://sender.office.com 에서 차단 해제를 요청합니다(IP와 확인 메일을 받을 주소를 입력).',
      '원인을 먼저 해결합니다: 오픈 릴레이, 탈취된 계정, 동의 없이 모은 수신자 목록.',
    ],
    retryAdvice: '차단 목록에서 제거될 때까지 실패합니다. 해제 확인 후에도 최대 하루 정도 걸릴 수 있습니다.',
    differsFromRegistry: '5.7.606–5.7.649는 Microsoft 고유의 세부 번호입니다.',
    warnings: [
      '공개 차단 목록 조회가 깨끗해도 원인에서 배제되지 않습니다. Microsoft의 비공개 목록입니다.',
      '수신자를 발송 제외 목록에 넣지 않습니다. 차단 대상은 IP입니다.',
    ],
  },
  'microsoft-550-5.7.705-tenant-threshold': {
    title: 'Microsoft 365 테넌트의 발송이 차단됨',
    meaning:
      'Microsoft가 테넌트 전체의 외부 발송을 멈췄습니다. 최근 보낸 메일 대부분이 의심스럽다고 판단되었기 때문입니다. 5.7.700–5.7.749는 Microsoft의 테넌트 단위 발송 차단 코드입니다.',
    fix: [
      '원인을 찾아 제거합니다: 탈취된 계정, 오픈 릴레이 커넥터, 메일함에서 보낸 대량 메일.',
      '그런 다음 Microsoft 365 관리 센터에서 지원 요청을 열어 발송을 복구합니다.',
      '대량 메일은 사용자 메일함이 아니라 전용 발송 서비스로 보냅니다.',
    ],
    retryAdvice: 'Microsoft가 차단을 풀기 전까지 테넌트에서 아무것도 나가지 않습니다.',
    differsFromRegistry: '5.7.700–5.7.749는 Microsoft 고유의 세부 번호입니다.',
    warnings: ['수신자를 발송 제외 목록에 넣지 않습니다. 차단 대상은 수신자 주소가 아니라 발신 테넌트입니다.'],
  },
  'microsoft-550-5.7.708-ip-not-accepted': {
    title: 'Microsoft 365가 이 IP의 트래픽을 받지 않음',
    meaning:
      '발신 IP의 최근 트래픽 대부분이 의심스럽다고 판단되어 Exchange Online이 그 IP의 메일을 거부합니다. 새 테넌트나 기본 onmicrosoft.com 도메인으로 보내는 테넌트가 가장 자주 겪습니다.',
    fix: [
      '탈취된 계정이나 메일을 보내는 웹 폼이 있는지 확인하고 의심스러운 흐름을 멈춥니다.',
      'onmicrosoft.com 도메인 대신 확인된 사용자 지정 도메인으로 보내고, 새 테넌트에서는 발송량을 천천히 늘립니다.',
      '정상 트래픽이라면 Microsoft 365 관리 센터에서 지원 요청을 엽니다.',
    ],
    retryAdvice: 'Microsoft가 IP를 다시 받아 줄 때까지 실패합니다. 그대로 재시도하면 의심 트래픽만 늘어납니다.',
    differsFromRegistry: '5.7.708은 Microsoft의 5.7.700–5.7.749 발송 차단 범위에 속하는 고유 세부 번호입니다.',
    warnings: ['수신자를 발송 제외 목록에 넣지 않습니다. 거부 대상은 발신 IP입니다.'],
  },
  'microsoft-550-5.7.750-unregistered-domains': {
    title: '테넌트가 확인되지 않은 도메인으로 발송',
    meaning: '테넌트가 자신의 허용·확인된 도메인이 아닌 From 도메인으로 의심스러울 만큼 많은 메일을 보내고 있습니다.',
    fix: [
      '발송에 쓰는 모든 도메인을 Microsoft 365 관리 센터(Settings › Domains)에서 추가하고 확인합니다.',
      '소유하지 않은 도메인의 메일을 테넌트를 통해 릴레이하지 않습니다.',
    ],
    retryAdvice: '도메인을 추가하고 확인할 때까지 실패합니다.',
    differsFromRegistry: '5.7.750은 Microsoft 고유의 세부 번호입니다.',
  },
  'microsoft-550-5.7.520-external-forwarding': {
    title: '조직이 외부로의 자동 전달을 막음',
    meaning:
      '우리 테넌트의 메일함이 받은 메일을 외부 주소로 자동 전달하려 했으나(받은편지함 규칙이나 메일함 전달), 테넌트의 발신 스팸 정책이 외부 자동 전달을 허용하지 않습니다.',
    fix: [
      '이 전달이 의도된 것인지 확인합니다. 예상하지 못한 외부 전달은 계정 탈취의 징후입니다.',
      '의도된 것이라면 관리자가 발신 스팸 정책(Microsoft Defender)에서 해당 메일함의 자동 전달을 허용하고, 아니라면 받은편지함 규칙이나 메일함 전달을 제거합니다.',
    ],
    retryAdvice: '정책이나 전달 설정이 바뀔 때까지 전달되는 메시지마다 같은 이유로 실패합니다.',
    differsFromRegistry: '5.7.520은 Microsoft 고유의 세부 번호입니다.',
  },
  // ---------------------------------------------------------------- Outlook.com consumer blocks
  'microsoft-550-5.7.1-s3150-blocklist': {
    title: 'Outlook.com 차단 목록 (S3150)',
    meaning:
      'Outlook.com(hotmail.com, outlook.com, live.com)이 발신 IP가 Microsoft 내부의 소비자 서비스용 차단 목록에 있어 거부합니다. Microsoft는 이유를 공개하지 않으며, "(S3150)" 태그는 Microsoft 자체 문제 해결용입니다.',
    fix: [
      'Outlook.com 발신자 지원(olcsupport.office.com)에 IP, 반송 전문, S3150 태그를 적어 요청을 엽니다.',
      'IP를 SNDS와 JMRP에 등록해 Outlook.com이 보는 데이터를 확인합니다.',
      '발송 경로의 PTR, SPF, DKIM, DMARC와 스팸 신고율을 점검합니다.',
    ],
    retryAdvice:
      '같은 IP에서 다시 보내면 Outlook.com이 차단을 풀 때까지 실패합니다. 차단 해제 후에는 큐에서 정상적으로 재시도된 메일이 성공하기도 합니다.',
    warnings: [
      MS_OWN_LIST,
      'sender.office.com은 Microsoft 365(EOP) 차단용입니다. Outlook.com 소비자 서비스 차단은 Outlook.com 발신자 지원을 통해 처리합니다.',
      '예전 반송에 보이는 "AS3150" 형태는 자율 시스템(AS) 번호가 아니라 같은 내부 태그입니다.',
      '이 이유로 수신자를 발송 제외 목록에 넣지 않습니다. 차단된 것은 IP이고 주소는 정상입니다.',
    ],
  },
  'microsoft-550-5.7.1-s3140-blocklist': {
    title: 'Outlook.com 차단 목록 (S3140)',
    meaning:
      'S3150과 문구도 처리 방법도 같습니다. 발신 IP가 Outlook.com 내부 차단 목록에 있습니다. Microsoft는 두 태그의 차이를 문서화하지 않았습니다.',
    fix: [
      '반송 전문과 태그를 적어 Outlook.com 발신자 지원에 차단 해제를 요청합니다.',
      'SNDS에서 IP 상태와 스팸 신고 데이터를 확인합니다.',
    ],
    retryAdvice: 'Outlook.com이 IP를 차단 목록에서 뺄 때까지 실패합니다.',
    warnings: ['공개 차단 목록이 깨끗하다고 이 차단이 풀린 것은 아닙니다.', 'IP 차단을 이유로 수신자를 발송 제외 목록에 넣지 않습니다.'],
  },
  'microsoft-550-sc-001-blocklist': {
    title: 'Outlook.com/Hotmail 정책 차단 (SC-001, 구형 서버)',
    meaning:
      '예전 Hotmail/Outlook.com 프런트엔드가 보내던 형태의 IP 차단입니다. 정책상의 이유로 메일을 거부하며, 대개 IP나 도메인 평판 때문입니다.',
    fix: ['Outlook.com 발신자 지원을 통해 차단 해제를 요청하고 SNDS에서 IP를 확인합니다.'],
    retryAdvice: 'IP가 차단 목록에서 제거될 때까지 실패합니다.',
    warnings: ['수신자 문제가 아닙니다. 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
  'microsoft-451-4.7.650-s775-ip-reputation': {
    title: 'IP 평판에 따른 Outlook.com 발송 속도 제한 (S775)',
    meaning: 'Outlook.com이 평판이 낮은 발신 IP의 속도를 제한하고 있습니다. 메일은 거부가 아니라 지연되며, 일부는 전달됩니다.',
    fix: [
      'Outlook.com으로 가는 동시 연결 수와 발송 속도를 낮춥니다.',
      'SNDS에서 IP를 확인하고, 스팸 신고와 반응 없는 수신자를 줄입니다.',
      '계속되면 Outlook.com 발신자 지원 요청을 엽니다.',
    ],
    retryAdvice: '더 낮은 속도로 계속 재시도합니다. 며칠 동안 지연이 이어지면 평판이 회복되지 않고 있다는 뜻입니다.',
    differsFromRegistry: '4.7.650은 Microsoft 고유의 세부 번호입니다(4.7.500–699 속도 제한 범위 안).',
  },
  'microsoft-451-4.7.500-server-busy': {
    title: 'Outlook.com/EOP 속도 제한: "Server busy"',
    meaning:
      'Microsoft가 발신 IP의 속도를 제한하고 있습니다. "server busy" 문구는 평판이나 발송량에 따른 제한이며, 보통 (AS843) 같은 내부 AS 코드가 붙습니다.',
    fix: [
      'Microsoft로 가는 연결 수와 분당 메시지 수를 줄입니다.',
      'SNDS를 확인하고, 며칠째 지연이 계속되면 AS 태그를 적어 발신자 지원에 연락합니다.',
    ],
    retryAdvice: '간격을 늘려 가며(back-off) 재시도하고, 그동안 발송 속도와 동시 연결 수를 줄입니다.',
    differsFromRegistry: '4.7.500은 Microsoft 고유의 세부 번호입니다.',
  },
  'microsoft-451-4.7.500-699-try-later': {
    title: '일시 제한: 의심스러운 활동',
    meaning:
      'Exchange Online이 발신 IP에서 의심스러운 활동을 확인했거나(4.7.500–4.7.699) IP를 아직 평가하는 중이라(4.7.850–4.7.899) 당분간 메일을 지연시킵니다.',
    fix: [
      '제한이 이어지는 동안 발송량을 낮고 일정하게 유지합니다.',
      'IP에서 스팸이 나가고 있지 않은지(탈취된 계정, 오픈 릴레이) 확인합니다.',
    ],
    retryAdvice: '재시도합니다. 정상 트래픽이라면 제한은 보통 몇 시간 안에 저절로 풀립니다.',
    differsFromRegistry: '4.7.500–4.7.899는 Microsoft 고유의 세부 번호입니다.',
  },
  'microsoft-451-4.7.700-pfa-busy': {
    title: '프로토콜 필터 에이전트 사용 중',
    meaning: 'Microsoft 필터링 구성 요소(프로토콜 필터 에이전트, PFA)가 바빴습니다. Microsoft 측의 일시적 문제입니다.',
    fix: ['고칠 것은 없습니다. 재시도합니다.'],
    retryAdvice: '큐가 재시도하도록 둡니다.',
  },
  // ---------------------------------------------------------------- inbound policy at EOP
  'microsoft-550-5.7.1-delivery-not-authorized': {
    title: '이 수신자나 그룹에 보낼 수 있는 발신자가 아님',
    meaning:
      '수신자(대개 배포 그룹)가 특정 발신자의 메일만 받거나, 메일 흐름 규칙이 메시지를 거부했습니다. 규칙은 5.7.900–5.7.999를 쓰기도 합니다.',
    fix: [
      '그룹 소유자나 수신자 측 관리자에게 허용된 발신자에 추가해 달라고 요청합니다.',
      '자사 테넌트라면 그룹의 배달 관리(delivery management) 설정과 메일 흐름 규칙(Get-TransportRule)을 확인합니다.',
    ],
    retryAdvice: '발신자가 허용되거나 규칙이 바뀔 때까지 실패합니다.',
  },
  'microsoft-550-5.7.12-not-authenticated-org': {
    title: '수신자가 조직 내부 메일만 받음',
    meaning: '수신자 주소가 조직 외부에서 오는 메일을 거부하도록 설정되어 있습니다.',
    fix: [
      '수신자 측 관리자에게 이 주소가 외부 발신자의 메일을 받도록 허용해 달라고 요청합니다(그룹이나 메일함에 RequireSenderAuthenticationEnabled $false).',
    ],
    retryAdvice: '수신자 측 관리자가 외부 발신자를 허용할 때까지 실패합니다.',
    differsFromRegistry:
      'X.7.12는 RFC 4954에 "a password transition is needed"(암호 전환 필요)로 등록되어 있는데, Microsoft는 외부 발신자를 거부하는 수신자에 5.7.12를 씁니다.',
  },
  'microsoft-550-5.7.124-not-allowed-sender': {
    title: '그룹의 허용된 발신자 목록에 없음',
    meaning: '배포 그룹이 목록에 있는 발신자의 메일만 받는데, 발신자가 그 목록에 없습니다.',
    fix: ['그룹 소유자에게 추가를 요청합니다(AcceptMessagesOnlyFrom 또는 관리 센터의 배달 관리).'],
    retryAdvice: '목록에 추가될 때까지 실패합니다.',
  },
  'microsoft-550-5.7.1-rst-auth-required': {
    title: '수신자가 자기 조직의 메일만 받음',
    meaning:
      '수신자(흔히 배포 그룹이며, Exchange는 기본적으로 내부 발신자만 허용합니다)가 자기 조직의 인증된 발신자가 보낸 메시지만 받습니다.',
    fix: ['수신자 측 관리자나 그룹 소유자에게 조직 외부 발신자를 허용해 달라고 요청합니다(Exchange: "모든 발신자 인증 필요" 해제).'],
    retryAdvice: '수신자 측 설정이 바뀔 때까지 실패합니다.',
    warnings: ['발신 측에서 고칠 수 있는 문제가 아닙니다. 우리 SMTP 인증이나 SPF와는 관계가 없습니다.'],
  },
  'microsoft-550-5.7.133-136-not-authenticated': {
    title: '그룹, 메일함 또는 폴더가 내부 발신자의 메일만 받음',
    meaning:
      '그룹(5.7.133), 메일함(5.7.134), 공용 폴더(5.7.135 / 5.7.13), 메일 사용자(5.7.136)가 조직 외부에서 오는 메일을 거부하도록 설정되어 있습니다. 구성원의 메일만 받는 Microsoft 365 그룹은 5.7.193으로 답합니다.',
    fix: ['수신자 측 관리자나 그룹 소유자에게 외부 발신자를 허용해 달라고 요청합니다.'],
    retryAdvice: '설정이 바뀔 때까지 실패합니다.',
    differsFromRegistry:
      '5.7.133–5.7.136은 Microsoft 고유 번호입니다. 함께 쓰이는 예전 코드 5.7.13은 "사용자 계정 비활성화"로 등록되어 있지만 여기서는 그런 뜻이 아닙니다.',
  },
  'microsoft-550-5.7.507-rejected-by-recipient': {
    title: '수신 조직이 발신 IP를 차단함',
    meaning: '수신 조직이 직접 발신 IP를 차단했습니다.',
    fix: ['다른 경로로 수신자에게 연락해, 그쪽 관리자가 차단 설정에서 발신 IP를 빼 주도록 요청합니다.'],
    retryAdvice: '수신 조직이 차단을 풀 때까지 실패합니다.',
  },
  'microsoft-550-5.7.513-customer-block-list': {
    title: '수신 도메인 자체 차단 목록에 의한 차단',
    meaning: '수신 도메인이 Microsoft 365의 사용자 지정 차단 목록에 발신 IP를 추가했습니다. Microsoft는 이 목록에서 빼 줄 수 없습니다.',
    fix: ['수신 조직에 연결 필터(connection filter)나 테넌트 차단 목록에서 발신 IP를 제거해 달라고 요청합니다.'],
    retryAdvice: '수신자 측 관리자가 항목을 삭제할 때까지 실패합니다.',
    warnings: ['sender.office.com으로는 해결되지 않습니다. 이 차단은 수신 테넌트가 설정한 것입니다.'],
  },
  'microsoft-550-5.7.509-dmarc-reject': {
    title: '거부: 발신 도메인이 p=reject DMARC를 통과하지 못함',
    meaning:
      'From: 도메인이 DMARC p=reject를 게시하고 있는데 메시지가 DMARC를 통과하지 못해(정렬(alignment)된 SPF나 DKIM 통과가 없음) Exchange Online이 거부했습니다.',
    fix: [
      'From: 도메인으로 DKIM 서명을 하거나(d= 정렬), Return-Path 도메인을 정렬시키고 SPF를 통과시킵니다.',
      '전달 서버나 메일링 리스트가 인증을 깨뜨린다면 그 구간에서 From:을 다시 쓰거나 ARC를 추가해야 합니다. 도메인 소유자는 DMARC 보고서도 확인합니다.',
    ],
    retryAdvice: '메일이 From: 도메인과 정렬될 때까지 실패합니다.',
    differsFromRegistry:
      '5.7.509는 Microsoft 고유의 세부 번호입니다. 레지스트리에는 DMARC 실패 자체를 뜻하는 코드가 없어, 다른 수신 측은 같은 거부에 5.7.1이나 RFC 7372의 5.7.26(여러 인증 검사 실패)을 보냅니다.',
    warnings: ['실패한 것은 발신자의 인증이지 수신자가 아닙니다. 이 이유로 수신자를 발송 제외 목록에 넣지 않습니다.'],
  },
  'microsoft-550-5.7.515-auth-level': {
    title: 'Outlook.com: 대량 발신자의 SPF/DKIM/DMARC 요건 미충족',
    meaning:
      'Outlook.com은 하루 5,000통 넘게 보내는 도메인에 SPF와 DKIM 통과, 그리고 둘 중 하나와 정렬(alignment)된 DMARC(p=none 이상)를 요구합니다. 이 메시지가 그 요건을 충족하지 못해 거부되었습니다.',
    fix: [
      'Return-Path 도메인의 SPF와 서명 도메인의 DKIM이 통과하도록 합니다.',
      'DMARC를 게시합니다: _dmarc.example.com TXT "v=DMARC1; p=none; rua=mailto:…". 그리고 SPF나 DKIM이 From:과 정렬되게 합니다.',
      '전달된 메일이라면 전달하는 쪽에 SRS나 ARC가 필요합니다.',
    ],
    retryAdvice: 'SPF, DKIM, DMARC가 모두 갖춰지고 정렬될 때까지 실패합니다.',
    differsFromRegistry: '5.7.515는 Microsoft가 2025년 대량 발신자 요구 사항과 함께 도입한 고유 세부 번호입니다.',
    warnings: ['수신자의 수신 허용 목록(Safe Senders)에 발신자를 추가해도 이 거부는 우회되지 않습니다.'],
  },
  'microsoft-550-5.7.23-spf-violation': {
    title: '거부: SPF 실패',
    meaning: '수신 측이 SPF를 검사하는데, 봉투 발신자 도메인의 SPF 레코드가 발신 IP를 허용하지 않습니다.',
    fix: [
      '발신 IP나 발송 서비스를 SPF에 추가합니다: dig +short TXT <mail-from-domain> 으로 ip4/include 항목을 확인합니다.',
      'DNS 조회 10회 한도를 넘지 않게 합니다.',
    ],
    retryAdvice: 'SPF가 발신 IP를 포함할 때까지 실패합니다.',
  },
  'microsoft-550-5.7.25-ipv6-no-ptr': {
    title: '역방향 DNS가 없는 IPv6 발신자',
    meaning: 'Exchange Online은 IPv6로는 PTR 레코드가 있는 주소에서 오는 메일만 받습니다.',
    fix: [
      'IPv6 주소에 PTR을 게시하고(dig -x <ipv6>), 그 이름에 일치하는 AAAA를 둡니다.',
      '또는 고칠 때까지 Microsoft로는 IPv4를 우선 사용합니다.',
    ],
    retryAdvice: 'PTR이 생길 때까지 IPv6로는 실패합니다. 그동안 IPv4로는 전달될 수 있습니다.',
    differsFromRegistry: 'X.7.25는 RFC 7372에 "역방향 DNS 검증 실패"로 등록되어 있어 이 용도와 일치합니다.',
  },
  'microsoft-4.7.26-ipv6-unauthenticated': {
    title: 'SPF도 DKIM도 통과하지 못한 IPv6 메시지',
    meaning: 'IPv6로 Exchange Online에 보내는 메시지는 SPF나 DKIM 중 하나를 통과해야 하는데, 이 메시지는 둘 다 통과하지 못했습니다.',
    fix: ['IPv6 범위를 SPF에 추가하거나(ip6:…) DKIM으로 서명합니다.', '또는 Microsoft로는 IPv4로 보냅니다.'],
    retryAdvice: 'SPF나 DKIM이 통과할 때까지 IPv6로는 실패합니다.',
  },
  'microsoft-550-5.7.510-no-ipv6': {
    title: '수신 도메인이 IPv6로 메일을 받지 않음',
    meaning: 'IPv6로 연결했지만 수신 도메인은 IPv6로 메일을 받도록 설정되어 있지 않습니다. IPv4로는 메일을 받으므로 주소에는 문제가 없습니다.',
    fix: ['MTA가 이 도메인에는 IPv4로 보내도록 설정합니다(Postfix: smtp_address_preference = ipv4, 또는 transport map 항목).'],
    retryAdvice: 'IPv4로 전달합니다.',
  },
  'microsoft-550-5.7.508-ipv6-range-limit': {
    title: 'IPv6 범위의 발송이 너무 많고 빠름',
    meaning: '발신자의 IPv6 범위가 너무 짧은 시간에 너무 많은 메시지를 보냈습니다.',
    fix: ['IPv6로 Microsoft에 보내는 속도를 낮추거나 IPv4로 보냅니다.'],
    retryAdvice: '속도를 낮추고 나중에 다시 보냅니다.',
  },
  'microsoft-550-5.7.506-bad-helo': {
    title: 'HELO에서 수신 서버 이름을 사칭함',
    meaning:
      '발신 서버가 HELO/EHLO에서 접속 대상 서버(또는 Microsoft 서버)의 이름으로 자신을 소개했습니다. 스팸봇의 전형적인 수법이라 거부됩니다.',
    fix: [
      'EHLO 이름을 자기 서버의 정규화된 호스트 이름(FQDN)으로 설정합니다(Postfix: smtp_helo_name, Exchange: 송신 커넥터의 FQDN).',
    ],
    retryAdvice: 'HELO 이름이 자기 서버의 FQDN이 될 때까지 실패합니다.',
  },
  'microsoft-550-5.7.512-from-not-rfc5322': {
    title: 'From: 헤더 없음 또는 형식 오류',
    meaning:
      'Microsoft 365는 From: 헤더에 유효한 주소를 요구합니다(RFC 5322 §3.6.2). 이 메시지에는 주소가 없거나 형식이 잘못되었습니다.',
    fix: ['From: 에 꺾쇠괄호로 감싼 주소를 넣습니다. 예: From: "App" <noreply@example.com>.'],
    retryAdvice: 'From: 헤더를 고칠 때까지 실패합니다.',
  },
  // ---------------------------------------------------------------- relay and submission
  'microsoft-550-5.7.64-tenantattribution': {
    title: '인바운드 커넥터가 온프레미스 서버를 인식하지 못함',
    meaning:
      'Exchange Online이 릴레이하는 서버를 테넌트의 인바운드 커넥터와 (IP나 인증서로) 연결하지 못해 릴레이를 거부합니다.',
    fix: [
      '인바운드(온프레미스) 커넥터를 확인합니다: Get-InboundConnector | fl SenderIPAddresses,TlsSenderCertificateName.',
      '서버의 공인 IP나 TLS 인증서가 바뀌었다면 그에 맞게 커넥터를 수정합니다.',
    ],
    retryAdvice: '커넥터가 다시 발신 서버와 일치할 때까지 실패합니다.',
  },
  'microsoft-5.7.57-anonymous-submission': {
    title: '앱이나 기기가 로그인 없이 smtp.office365.com 으로 발송',
    meaning:
      '기기나 애플리케이션이 인증 없이(또는 효과가 없는 AUTH로) smtp.office365.com 제출 엔드포인트를 사용했습니다.',
    fix: [
      '라이선스가 있는 메일함으로 587번 포트에서 STARTTLS와 함께 SMTP AUTH를 설정하고, 해당 메일함에 SMTP AUTH가 켜져 있는지 확인합니다(Set-CASMailbox -SmtpClientAuthenticationDisabled $false).',
      '또는 테넌트 MX로 직접 전송(direct send)하거나 SMTP 릴레이 커넥터를 대신 사용합니다.',
    ],
    retryAdvice: '클라이언트가 인증하거나 다른 방식을 쓸 때까지 실패합니다.',
  },
  'microsoft-535-5.7.139-smtp-auth-blocked': {
    title: '정책에 의해 smtp.office365.com SMTP AUTH 거부',
    meaning:
      'Microsoft 365 제출 엔드포인트 로그인이 잘못된 암호가 아니라 정책 때문에 거부되었습니다. 테넌트나 메일함에서 SMTP AUTH가 꺼져 있거나, 보안 기본값(Security Defaults)이나 조건부 액세스(Conditional Access)가 기본 인증을 막고 있거나, 요청이 로그인 조건을 충족하지 못했습니다.',
    fix: [
      '"Authentication unsuccessful" 뒤의 문구를 읽습니다. 막고 있는 계층(테넌트, 보안 기본값, 로그인 조건)이 적혀 있습니다.',
      '테넌트: Get-TransportConfig | fl SmtpClientAuthenticationDisabled. 메일함: Get-CASMailbox <user> | fl SmtpClientAuthenticationDisabled. 필요한 곳에서 켭니다.',
      '보안 기본값이 켜져 있으면 기본 인증 방식의 SMTP AUTH는 동작하지 않습니다. 앱을 OAuth 2.0으로 옮기거나, 커넥터 기반 릴레이나 직접 전송(direct send)을 대신 사용합니다.',
    ],
    retryAdvice: '같은 설정으로 재시도하면 계속 실패합니다. 먼저 테넌트나 메일함 설정을 바꿉니다.',
    differsFromRegistry: '5.7.139는 Microsoft 고유의 세부 번호입니다. 잘못된 자격 증명에 등록된 코드는 5.7.8입니다.',
  },
  'microsoft-535-5.7.3-authentication-unsuccessful': {
    title: 'Microsoft 365 SMTP AUTH 실패',
    meaning:
      '제출 로그인이 거부되었습니다. 사용자 이름이나 암호가 틀렸거나, 최신 인증(modern authentication)만 쓸 수 있는 계정에 암호로 로그인했습니다.',
    fix: [
      '사용자 이름이 전체 UPN인지, 암호가 현재 것인지 확인합니다.',
      '메일함에 Authenticated SMTP가 켜져 있는지, MFA나 조건부 액세스가 기본 인증을 막지 않는지 확인합니다. 막고 있다면 앱을 OAuth 2.0으로 전환합니다.',
    ],
    retryAdvice: '자격 증명이나 인증 방식을 고칠 때까지 실패합니다. 실패가 반복되면 계정이 잠길 수 있습니다.',
    differsFromRegistry:
      'X.7.3은 "보안 변환이 필요하지만 불가능함"으로 등록되어 있는데, Microsoft는 SMTP AUTH 로그인 실패에 5.7.3을 씁니다.',
  },
  'microsoft-550-5.7.1-client-not-authenticated': {
    title: '수신 서버가 인증을 요구함',
    meaning: '수신 Exchange 서버가 이 메일을 인증된 클라이언트에게서만 받는데, 세션이 익명이었습니다.',
    fix: ['인증합니다. 서버를 직접 운영한다면 인터넷 쪽 수신 커넥터에서 익명 사용자를 허용합니다.'],
    retryAdvice: '클라이언트가 인증하거나 수신 커넥터가 익명 메일을 허용할 때까지 실패합니다.',
  },
  'microsoft-550-5.7.1-unable-to-relay': {
    title: 'Exchange가 릴레이를 거부함',
    meaning:
      '이 Exchange 시스템이 받지 않는 도메인으로 익명 메시지를 보냈기 때문에 릴레이를 거부했습니다. 그 도메인이 없는 테넌트를 MX 레코드가 가리키는 경우가 많습니다.',
    fix: [
      '수신 도메인의 MX를 확인하고, MX가 가리키는 테넌트에 그 도메인이 허용 도메인(accepted domain)으로 등록되어 있는지 확인합니다.',
      '자사 앱이라면 인증된 릴레이나 커넥터 기반 릴레이를 사용합니다.',
    ],
    retryAdvice: '라우팅이나 권한이 바뀔 때까지 실패합니다.',
  },
  // ---------------------------------------------------------------- routing, loops, expiry and TLS
  'microsoft-4.4.7-queue-expired': {
    title: '큐에서 메시지 만료',
    meaning:
      'Exchange가 계속 재시도했지만 메시지가 만료되기 전에(Exchange Online에서는 보통 약 하루) 전달하지 못했습니다. 실제 원인은 큐 기록의 마지막 오류입니다.',
    fix: [
      'NDR 진단 부분의 "last attempt" 오류를 읽습니다. 시간 초과, TLS 실패, DNS 오류는 각각 해결 방법이 다릅니다.',
      '대상 MX가 외부에서 25번 포트로 응답하는지 확인합니다: nc -v <mx> 25.',
    ],
    retryAdvice: '다시 보내면 큐에 다시 들어갑니다. 지금 대상에 연결할 수 있어야만 성공합니다.',
  },
  'microsoft-550-5.4.300-message-expired': {
    title: '전달 포기: 메시지 만료',
    meaning: '메시지를 제때 전달하지 못했습니다. 대상이 끝내 응답하지 않았거나 NDR을 돌려보낼 수 없었습니다.',
    fix: ['대상의 MX와 연결 상태를 확인하고, 메시지 추적(message trace)에서 앞선 일시적 오류를 읽습니다.'],
    retryAdvice: '대상에 연결할 수 있게 되면 다시 보냅니다.',
  },
  'microsoft-4.4.316-connection-refused': {
    title: '대상 서버가 연결을 거부함',
    meaning:
      'Exchange Online이 외부 대상 서버에 연결하지 못했습니다. TCP 연결이 거부되었습니다. 재시도 중에는 4.4.316, 포기할 때는 5.4.316으로 보냅니다.',
    fix: [
      '문제는 대상 쪽에 있습니다: MX 호스트가 25번 포트에서 연결을 받는지, 방화벽이 Microsoft IP 대역을 허용하는지 확인합니다.',
      '오류에 표시된 IP를 수신자 측 관리자에게 알려 줍니다.',
    ],
    retryAdvice: 'Exchange는 메시지가 만료될 때까지 계속 재시도합니다.',
  },
  'microsoft-4.4.318-suspicious-remote': {
    title: '대상이 연결을 갑자기 끊음',
    meaning: '원격 서버가 전달 도중 연결을 끊거나 리셋했습니다(재시도 중에는 4.4.318, 만료 후에는 5.4.318).',
    fix: ['대상 측 관리자가 자기 MTA와, Microsoft에서 오는 SMTP 세션을 리셋하는 방화벽이나 IPS가 있는지 확인해야 합니다.'],
    retryAdvice: 'Exchange가 만료될 때까지 재시도합니다.',
  },
  'microsoft-5.4.312-dns-query-failed': {
    title: '대상 도메인 조회 실패',
    meaning: 'Exchange Online이 대상의 MX나 호스트 레코드를 조회하는 DNS 질의가 메시지가 만료될 때까지 계속 실패했습니다(도메인의 DNS 서버가 서버 오류로 답하거나 아예 답하지 않음). NonExistentDomain 보고와 달리 도메인이 없어졌다는 뜻은 아닙니다.',
    fix: ['dig MX <domain> 과 dig A <domain> 으로 확인해, 빠진 레코드를 추가하거나 잘못 적은 도메인을 고칩니다.'],
    retryAdvice: '도메인의 DNS가 고쳐지거나 주소가 수정될 때까지 실패합니다.',
  },
  'microsoft-5.4.4-nonexistent-domain': {
    title: '대상 도메인이 존재하지 않음',
    meaning: 'DNS 조회 결과 수신자 도메인이 존재하지 않습니다(NXDOMAIN).',
    fix: [
      '도메인에 오타가 없는지 확인합니다.',
      '온프레미스 Exchange라면 서버의 외부 DNS 설정을 확인합니다(Get-TransportService | fl *DNS*).',
    ],
    retryAdvice: '주소를 고칩니다. 도메인이 없습니다.',
  },
  'microsoft-5.4.6-5.4.14-routing-loop': {
    title: '메일 루프',
    meaning:
      '메시지가 루프를 돌았습니다. Exchange는 20회 반복 후 중단합니다. 5.4.14는 Exchange Online에서, 5.4.6은 하이브리드 환경의 온프레미스 Exchange에서 나옵니다.',
    fix: [
      '관련된 메일함의 전달 설정과 받은 편지함 규칙을 확인합니다.',
      '하이브리드라면 허용 도메인 유형, 메일 사용자의 targetAddress, 도메인을 서로 주고받는 커넥터를 확인합니다.',
    ],
    retryAdvice: '라우팅을 고칠 때까지 다시 루프를 돕니다.',
  },
  'microsoft-5.2.3-recip-size-limit': {
    title: '이 수신자에게 보내기에는 메시지가 너무 큼',
    meaning: '메시지가 수신자에게 설정된 크기 한도를 넘습니다.',
    fix: ['큰 파일은 링크로 보냅니다.', '수신자 테넌트를 운영한다면 메일함의 MaxReceiveSize를 올립니다.'],
    retryAdvice: '메시지를 줄이거나 한도를 올릴 때까지 실패합니다.',
  },
  'microsoft-5.6.11-bare-linefeeds': {
    title: '메시지에 단독 LF 포함',
    meaning: '메일 프로그램이 CR 없는 단독 LF 문자를 메시지에 넣었고, Exchange Online은 이를 거부합니다.',
    fix: ['발신 애플리케이션이나 라이브러리가 CRLF를 쓰도록 고칩니다. 대부분의 MTA는 제출 시 줄 끝을 정규화할 수 있습니다.'],
    retryAdvice: '메시지를 만드는 쪽이 CRLF 줄 끝을 쓸 때까지 실패합니다.',
  },
  'microsoft-4.5.3-too-many-recipients': {
    title: '메시지 하나에 봉투 수신자가 너무 많음',
    meaning:
      '트랜잭션에 한 도메인의 RCPT TO 수신자가 Exchange Online이 받는 수보다 많습니다. 발신 측이 나눠 보내야 합니다.',
    fix: ['MTA에서 Microsoft로 보내는 트랜잭션당 수신자 수를 낮춥니다.'],
    retryAdvice: '규격을 따르는 MTA는 남은 수신자를 새 트랜잭션으로 다시 보냅니다.',
  },
  'microsoft-5.7.321-325-dane-tls': {
    title: '대상 측 아웃바운드 DANE/TLS 검사 실패',
    meaning:
      'Exchange Online이 DNSSEC/DANE를 게시한 도메인으로 보냈는데 대상이 검사를 통과하지 못했습니다: STARTTLS 미지원(X.7.321), 인증서 만료(5.7.322), 인증서가 TLSA와 불일치(X.7.323), 잘못된 DNSSEC(X.7.324), 호스트 이름 불일치(X.7.325).',
    fix: [
      '수신자 측 관리자가 openssl s_client -starttls smtp -connect <mx>:25 로 MX를 시험하고, 인증서를 TLSA 레코드와 비교해야 합니다.',
      '만료된 인증서를 갱신하고, 키를 교체하기 전에 새 TLSA 레코드를 먼저 게시합니다.',
    ],
    retryAdvice: '대상이 TLS나 DANE 레코드를 고칠 때까지 실패합니다.',
  },
  'microsoft-5.0.350-generic': {
    title: '수신 측 시스템의 일반 거부 (5.0.350)',
    meaning:
      '수신자 시스템의 여러 오류에 두루 쓰이는 코드입니다. x-dg-ref 문구는 서식 있는 텍스트(TNEF) 메시지와 관련되고, (AS345)는 중첩된 첨부 파일이 거부되었다는 뜻입니다.',
    fix: [
      'x-dg-ref의 경우: 서식 있는 텍스트 대신 HTML이나 일반 텍스트로 보냅니다.',
      'AS345의 경우: 첨부 파일이 들어 있는 메시지를 그대로 첨부하지 말고 zip으로 묶습니다.',
    ],
    retryAdvice: '메시지를 바꿀 때까지 실패합니다.',
  },
};
