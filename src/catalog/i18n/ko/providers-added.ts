/**
 * Korean prose for provider responses added after the first translation pass (keyed by response
 * id). Codes, the provider's quoted wording, host names and commands stay untranslated.
 */
import type { ProviderTranslations } from '../types.js';

export const koProvidersAdded: ProviderTranslations = {
  'sendmail-deferred-connection-refused': {
    title: 'Sendmail: 지연, 수신 호스트가 연결을 거부함',
    meaning:
      '발신 측 sendmail이 수신자 메일 서버에 닿았지만 25번 포트에서 연결을 받아 주는 것이 없어(호스트가 거부로 응답) 메시지를 다음 시도를 위해 큐에 둡니다.',
    fix: [
      '발신 호스트에서 nc -vz <mx host> 25 로 시험합니다. "Connection refused"는 그곳에서 메일 서버가 듣고 있지 않거나 방화벽이 25번 포트를 거부한다는 뜻입니다.',
      'dig MX <domain> 을 확인합니다. 메일 서버가 돌지 않는 호스트를 MX가 가리켜도 같은 증상이 납니다. 수신자 쪽 문제라면 그쪽 관리자에게 알립니다.',
    ],
    retryAdvice: '큐에 남아 큐 반송 시한(기본 5일)까지 재시도됩니다.',
  },
  'exim-unrouteable-address-own-bounce': {
    title: 'Exim(발신 측): 수신 도메인으로 가는 경로 없음',
    meaning:
      '다른 서버의 응답 없이 발신 측 Exim이 직접 주소를 실패 처리했습니다. 어느 라우터도 주소를 받지 않았다는 뜻입니다. 원격 도메인이라면 도메인이 DNS에 없거나, MX가 존재하지 않는 호스트나 IP 주소 그대로를 가리켜 dnslookup 라우터가 거절한 것입니다. Exim 자신의 로컬 도메인이라면 로컬 파트를 모른다는 뜻입니다.',
    fix: [
      '수신 도메인에 오타가 없는지 확인하고 dig MX <domain> 과 dig A <domain> 으로 조회합니다.',
      '발신 측 관리자: exim -bt user@domain 을 실행해 어떤 라우터가 왜 주소를 거절했는지 확인합니다.',
    ],
    retryAdvice: '그대로 재시도하지 않습니다. 먼저 도메인(또는 로컬 파트)을 고칩니다.',
  },
  'amazonses-554-identity-not-verified': {
    title: 'SES 거부: 발신 ID가 확인되지 않음',
    meaning:
      'SES는 보내는 AWS 리전에서 확인(verify)된 주소나 도메인으로만 보냅니다. From, Source, Sender, Return-Path 중 어떤 ID가 확인되지 않았습니다. 계정이 SES 샌드박스에 있는 동안에는 수신자도 모두 확인되어야 하므로, 이름이 나온 ID가 수신자일 수도 있습니다.',
    fix: [
      '사용하는 SMTP 엔드포인트나 API와 같은 리전의 SES 콘솔에서 발신 도메인(또는 주소)을 확인합니다. 확인은 리전마다 따로입니다.',
      'From과 Return-Path가 확인된 그 도메인을 쓰는지 확인합니다.',
      '이름이 나온 ID가 수신자라면 계정이 아직 샌드박스에 있는 것입니다. 프로덕션 액세스를 요청합니다.',
    ],
    retryAdvice: '아무것도 보내지지 않았습니다. 그 리전에서 ID를 확인한 뒤 다시 보냅니다.',
    warnings: ['SES 계정의 문제이지 수신자의 문제가 아닙니다. 이 때문에 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
  'amazonses-account-paused': {
    title: 'SES 거부: 계정의 발송이 일시 중지됨',
    meaning: 'AWS가 이 계정의 SES 발송을 일시 중지했습니다. 보통 반송률이나 수신 거부(스팸 신고)율이 너무 높아진 뒤입니다. 콘솔은 쓸 수 있지만 발송은 되지 않습니다.',
    fix: [
      'AWS가 계정 이메일 주소로 보낸 안내와 SES 평판 지표(반송률, 스팸 신고율)를 확인합니다.',
      '원인(목록 관리, 하드 바운스 제외, 수신 동의)을 고친 뒤 안내에 따라 AWS에 일시 중지 검토를 요청합니다.',
    ],
    retryAdvice: 'AWS가 일시 중지를 풀 때까지 모든 메시지가 실패합니다.',
    warnings: ['SES 계정의 문제이지 수신자의 문제가 아닙니다. 이 때문에 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
  'amazonses-454-max-sending-rate': {
    title: 'SES 속도 제한: 최대 발송 속도 초과',
    meaning: '계정의 SES 발송 속도가 허용하는 것보다 초당 더 많은 메시지를 보냈습니다. SES는 이 메시지를 버렸고 대신 재시도해 주지 않습니다.',
    fix: [
      'SES 콘솔(또는 GetAccount API)에 나온 초당 속도 아래로 발송 속도를 맞추고, 454 응답에는 간격을 늘려 가며 재시도합니다.',
      '정상적인 발송량이라면 AWS에 더 높은 발송 속도를 요청합니다.',
    ],
    retryAdvice: '재발송은 클라이언트가 해야 합니다. AWS는 잠시(최대 10분 정도) 기다린 뒤 더 낮은 속도로 재시도하라고 안내합니다.',
    warnings: ['SES 계정의 문제이지 수신자의 문제가 아닙니다. 이 때문에 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
  'amazonses-454-daily-quota': {
    title: 'SES 속도 제한: 일일 발송 할당량 소진',
    meaning: '계정이 지난 24시간 동안 SES 할당량만큼 메시지를 보냈습니다. SES는 이 메시지를 버렸고 대신 재시도해 주지 않습니다.',
    fix: [
      'SES 콘솔에서 발송 할당량과 무엇이 그것을 썼는지 확인하고, 급하지 않은 메일은 미룹니다.',
      '정상적인 발송량이라면 AWS에 더 높은 일일 할당량을 요청합니다.',
    ],
    retryAdvice: '24시간 창에서 할당량이 풀리거나 AWS가 할당량을 올린 뒤 다시 보냅니다.',
    warnings: ['SES 계정의 문제이지 수신자의 문제가 아닙니다. 이 때문에 주소를 발송 제외 목록에 넣지 않습니다.'],
  },
};
