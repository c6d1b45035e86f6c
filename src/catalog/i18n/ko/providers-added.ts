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
};
