# Myna Booth — 한국어. 부스 화면에 표시되는 모든 문구는 이 파일들에 있습니다.
# 공식 용어: 총무성(総務省) 한국어 페이지 http://www.soumu.go.jp/main_sosiki/jichi_gyousei/c-gyousei/zairyu/korean/
# 에 나오는 "개인번호 카드"("개인번호 카드(IC카드)", 같은 페이지의 "마이넘버카드")와 "교부신청".
# "개인번호 카드 교부 신청서"(交付申請書: 페이지에는 "통지카드와 함께 송부되는 신청서"), "신청서 ID"(申請書ID),
# "교부 통지서"(交付通知書, 엽서)는 공식 출처를 찾지 못해 기존 용어를 유지합니다.

## 공통

app-name = Myna Booth
topbar-language = 언어 / Language
topbar-start-over = 처음부터 다시
topbar-call-staff = 직원 호출
topbar-step = { $total }단계 중 { $current }단계
a11y-voice-on = 음성 안내: 켜짐
a11y-voice-off = 음성 안내: 꺼짐
a11y-voice-none = 이 언어는 음성이 없습니다
a11y-voice-unavailable = 음성을 사용할 수 없습니다
a11y-repeat = 다시 듣기
a11y-larger-text-on = 큰 글씨: 켜짐
a11y-larger-text-off = 큰 글씨: 꺼짐
a11y-contrast-on = 고대비: 켜짐
a11y-contrast-off = 고대비: 꺼짐
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = 언어
step-check = 사전 확인
step-scan = 신청서
step-details = 신청 내용
step-photo = 사진
step-send = 전송
step-slip = 접수증
demo-mode-banner = 데모 모드: 카메라를 찾을 수 없어 실시간 영상 대신 녹화된 영상을 재생하고 있습니다.
staff-called = 직원을 불렀습니다. 이곳에서 잠시 기다려 주십시오.
staff-called-close = 확인
start-over-title = 처음부터 다시 하시겠습니까?
start-over-body = 입력하신 내용이 모두 삭제됩니다.
start-over-yes = 예, 처음부터 다시
start-over-no = 아니요, 계속
inactivity-title = 계속 이용하시겠습니까?
inactivity-body = 개인정보 보호를 위해 { $seconds }초 후에 입력하신 내용을 삭제하고 처음 화면으로 돌아갑니다.
inactivity-continue = 계속 이용
common-back = 이전
common-next = 다음
camera-lost = 카메라가 작동하지 않습니다. 직원을 불러 주십시오.
camera-reconnecting = 카메라를 다시 연결하고 있습니다…

## 0 대기 화면

attract-title = 여기에서 개인번호 카드(마이넘버 카드)를 신청할 수 있습니다
attract-touch = 화면을 터치하면 시작합니다
attract-bring-form = QR 코드가 있는 개인번호 카드 교부 신청서를 준비해 주십시오.
attract-price-free = 무료
attract-price = 요금: { $price }엔
attract-duration = 사진 촬영을 포함하여 약 5분 걸립니다.

## 1 언어 및 동의

language-title = 언어를 선택하십시오
consent-title = 개인정보 처리
consent-body = 이 기기는 신청 내용(생년월일, 선택하신 항목, 사진)을 공식 온라인 신청 서비스로 전송합니다. 이 기기에는 아무것도 남지 않습니다. 이용을 마치시거나 자리를 떠나시면 데이터는 즉시 삭제됩니다.
consent-accept = 동의하고 계속
consent-decline = 취소

## 2 시작하기 전에

check-title = 시작하기 전에
check-intro = 교부 신청서를 받으신 후 아래 사항 중 변경된 것이 있습니까? 변경된 사항이 있으면 그 신청서를 사용할 수 없을 수도 있습니다.
check-moved = 교부 신청서를 받으신 후 이사하셨습니까?
check-name-changed = 교부 신청서를 받으신 후 성명이 바뀌었습니까?
check-stay-renewed = 외국인 주민: 교부 신청서를 받으신 후 재류 기간을 갱신하셨습니까?
answer-yes = 예
answer-no = 아니요
check-warning-title = 신청서가 접수되지 않을 수 있습니다
check-warning-moved = 이사 후에는 신청서 내용이 주민표와 일치하지 않을 수 있습니다. 새 교부 신청서는 거주하시는 시구정촌 창구에서 받으실 수 있습니다.
check-warning-name = 성명이 바뀐 후에는 신청서 내용이 주민표와 일치하지 않을 수 있습니다. 새 교부 신청서는 거주하시는 시구정촌 창구에서 받으실 수 있습니다.
check-warning-stay = 재류 기간을 갱신한 후에는 신청서 내용이 주민표와 일치하지 않을 수 있습니다. 새 교부 신청서는 거주하시는 시구정촌 창구에서 받으실 수 있습니다.
check-nothing-changed = 변경 사항이 없습니다
check-something-changed = 변경 사항이 있습니다
check-continue = 계속
check-continue-anyway = 그대로 계속
screen-more-below = 아래에 내용이 더 있습니다

## 3 읽기

scan-title = 교부 신청서의 QR 코드를 카메라에 비춰 주십시오
scan-hint = 신청서를 평평하게 펴서 테두리 안에 맞추고, 카메라에서 약 20cm 떨어뜨려 주십시오.
scan-looking = QR 코드를 찾고 있습니다…
scan-type-instead = 신청서 ID 직접 입력
scan-keypad-offer = 잘 읽히지 않습니까? 신청서 ID를 직접 입력하실 수도 있습니다.
scan-hint-closer = 신청서를 카메라에 조금 더 가까이 대 주십시오.
scan-hint-farther = QR 코드 전체가 틀 안에 들어오도록 신청서를 조금 더 멀리 들어 주십시오.
scan-hint-glare = QR 코드에 빛이 반사되고 있습니다. 신청서를 살짝 기울여 반사를 피해 주십시오.
scan-hint-hold-still = QR 코드가 보입니다. 잠시 신청서를 움직이지 말고 들고 계십시오.
forms-title = QR 코드와 신청서 ID의 위치
form-gen-card = 통지카드에 붙어서 온 신청서(2015~2020년): 절취선을 따라 떼어서 사용하십시오.
form-gen-notice = 개인번호 통지서와 함께 온 신청서(2020년~), 다시 우편으로 받은 신청서, 시구정촌 창구에서 받은 신청서.
form-gen-handwritten = 손으로 작성하는 빈 신청서에는 QR 코드도 신청서 ID도 없어서 여기에서는 사용할 수 없습니다.
forms-legend-qr = QR 코드
forms-legend-id = 23자리 신청서 ID
forms-schematic = 간략하게 그린 그림입니다. 실제 신청서의 배치와 다를 수 있습니다.
numbers-help-title = 어떤 번호인가요?
numbers-help-id = 23자리: 신청서 ID입니다. 이 번호를 입력하십시오.
keypad-title = 23자리 신청서 ID를 입력하십시오
keypad-hint = 신청서 ID는 교부 신청서의 QR 코드 옆에 인쇄되어 있습니다.
keypad-delete = 한 글자 지우기
keypad-clear = 모두 지우기
keypad-done = 완료
keypad-digits-left = { $count ->
   *[other] { $count }자리 남음
}
keypad-scan-instead = QR 코드로 읽기
id-found-title = 이 신청서 ID가 맞습니까?
id-found-yes = 예, 맞습니다
id-found-no = 아니요, 다시 하기
id-error-empty = 23자리 신청서 ID를 입력하십시오.
id-error-too-short = 자릿수가 부족합니다. 신청서 ID는 23자리입니다.
id-error-too-long = 자릿수가 너무 많습니다. 신청서 ID는 23자리입니다.
id-error-invalid-character = 신청서 ID에는 숫자만 사용할 수 있습니다.
id-error-individual-number = 12자리 개인번호(마이넘버)로 보입니다. 여기에는 사용하지 마십시오. 교부 신청서에 인쇄된 23자리 신청서 ID가 필요합니다.
id-error-resident-record-code = 11자리 주민표 코드로 보입니다. 교부 신청서에 인쇄된 23자리 신청서 ID가 필요합니다.
id-error-url-without-id = 이 QR 코드에는 신청서 ID가 들어 있지 않습니다. 교부 신청서의 QR 코드를 비춰 주십시오.
id-error-several-ids = 이 QR 코드에는 번호가 여러 개 들어 있습니다. 교부 신청서의 QR 코드를 비춰 주십시오.
id-error-not-an-id = 교부 신청서의 QR 코드가 아닙니다. 교부 신청서에 인쇄된 QR 코드를 비춰 주십시오.

## 4 신청 내용

details-title = 신청 내용
details-form-looking = 신청서 정보를 확인하고 있습니다…
details-form-name = 이름
details-form-address = 주소
details-form-check = 신청서에 기재된 정보입니다. 본인의 정보가 아니면 “{ topbar-start-over }”를 누르십시오.
details-form-not-found-title = 이 신청서 ID의 신청서를 찾을 수 없습니다
details-form-not-found = 신청서에 적힌 23자리 번호를 확인하고 다시 입력하십시오. 그래도 안 되면 직원을 불러 주십시오.
details-form-unavailable-title = 지금은 신청서를 확인할 수 없습니다
details-form-unavailable = 신청 서비스에 연결할 수 없습니다. 다시 시도하거나 그대로 진행하십시오. 신청은 전송될 때 확인됩니다.
details-form-retry = 다시 시도
details-form-reenter = 번호 다시 입력
details-birth-date = 생년월일
details-birth-date-hint = 연대, 연도, 월, 일 순서로 고르십시오.
details-pick-decade = 언제 태어나셨습니까? 연대를 고르십시오.
details-pick-year = 연도를 고르십시오.
details-pick-month = 월을 고르십시오.
details-pick-day = 일을 고르십시오.
details-pick-back = 뒤로
details-birth-date-era = 일본 연호: { $era }
details-age = 나이: { $age }세
date-error-incomplete = 연, 월, 일 8자리를 모두 입력하십시오.
date-error-invalid-character = 숫자만 입력하십시오.
date-error-no-such-date = 존재하지 않는 날짜입니다. 월과 일을 확인하십시오.
date-error-in-future = 미래의 날짜입니다. 연도를 확인하십시오.
date-error-too-old = 연도를 확인하십시오.
details-cert-title = 전자증명서
details-cert-signing = 서명용 전자증명서(확정신고 등 온라인으로 서류를 제출할 때 서명하는 데 사용)
details-cert-auth = 이용자 증명용 전자증명서(마이나 포털 로그인 등에 사용)
details-cert-on = 발급함
details-cert-off = 발급하지 않음
details-adult-ward = 피성년후견인을 위해 신청하십니까? 성년후견인이 법정대리인으로서 신청하며, 서명용 전자증명서는 발급되지 않습니다. “{ details-cert-off }”을 선택해 주십시오.
details-braille = 카드에 성명을 점자로 표기
details-braille-hint = 카드에 성명이 점자로 표기됩니다(최대 11자).
details-under-1 = 1세 미만 아동의 카드에는 사진이 들어가지 않으므로 사진 촬영 단계를 건너뜁니다.
details-under-15-title = 15세 미만 아동의 신청
details-under-15 = 부모 등 법정대리인이 아동을 대신하여 신청하며, 이 기기도 대신 조작할 수 있습니다. 15세 미만에게는 서명용 전자증명서가 발급되지 않습니다.
details-continue = 계속

## 5 사진

photo-title = 사진 촬영
photo-instructions = 허리를 펴고 앉아 카메라를 바라보십시오. 입을 다물고 무표정을 유지해 주십시오.
photo-help-open = 휠체어를 이용하십니까? 아동 사진입니까?
photo-help-title = 휠체어 이용자, 도우미, 아동
photo-help-wheelchair = 휠체어에 앉은 채로 촬영할 수 있습니다. 이 기기의 의자를 치울 수 있는지, 카메라 높이를 바꿀 수 있는지는 직원에게 문의해 주십시오. “{ topbar-call-staff }”을 누르십시오.
photo-help-helper = 도우미가 화면 조작이나 자세를 도와도 됩니다. 다만 촬영 전에는 사진에 나오지 않는 곳으로 비켜 주십시오.
photo-help-child = 어린아이는 부모의 무릎에 앉아 촬영할 수 있습니다. 단, 부모가 사진에 나오지 않아야 합니다.
photo-help-baby = 1세 미만 아기는 사진이 필요 없습니다. 카드에 사진이 들어가지 않습니다.
photo-help-close = 닫기
guide-face-present = 얼굴이 윤곽선 안에 들어오도록 카메라를 봐 주세요
guide-single-face = 한 사람만 나오게 해 주세요
guide-not-too-close = 조금 뒤로 물러나 주세요
guide-not-too-far = 조금 더 가까이 와 주세요
guide-centred = 머리를 윤곽선 가운데로 옮겨 주세요
guide-roll = 고개를 기울이지 말고 똑바로 해 주세요
guide-yaw = 카메라를 정면으로 봐 주세요
guide-pitch = 턱을 수평으로 해 주세요
guide-eyes-open = 눈을 떠 주세요
guide-mouth-closed = 입을 다물어 주세요
guide-neutral-expression = 웃지 말고 편안한 표정을 지어 주세요
guide-eyes-visible = 눈이 잘 보이게 해 주세요 (반사, 색안경, 머리카락 주의)
guide-face-brightness = 얼굴이 너무 어둡거나 밝습니다. 조명 정면에 앉아 주세요
guide-exposure = 얼굴 일부가 너무 밝거나 어둡습니다. 강한 빛을 피해 주세요
guide-even-light = 얼굴에 빛이 고르지 않습니다. 조명 쪽으로 조금 돌아 주세요
guide-sharpness = 잠시 움직이지 마세요
guide-plain-background = 배경은 무늬가 없어야 합니다. 뒤에 벽만 보이도록 움직여 주세요
guide-background-objects = 뒤에 무언가 보입니다. 무늬 없는 벽만 보이도록 움직여 주세요
guide-background-shadow = 뒤에 그림자가 있습니다. 벽에서 조금 떨어져 주세요
guide-head-covering = 가능하면 모자나 마스크를 벗어 주세요. 착용하지 않았거나 종교적·의료적 이유로 머리 가리개를 착용한 경우 아래 버튼을 눌러 주세요.
covering-offer = 종교적·의료적 이유로 머리 가리개를 착용하고 있습니다
covering-none = 모자나 마스크를 쓰고 있지 않습니다
covering-title = 종교적·의료적 이유로 착용한 머리 가리개
covering-rules = 사진에는 이마 위부터 턱까지 얼굴 전체와 얼굴 양옆이 그림자 없이 보여야 합니다. 머리 가리개가 인정될지는 이 기기에서 판단할 수 없습니다.
covering-unsure = 확실하지 않으면 아직 신청하지 마시고, 문의 전화번호와 신청서 ID가 적힌 접수증을 인쇄하여 개인번호 카드 콜센터에 어떻게 해야 하는지 문의해 주세요.
covering-continue = 머리 가리개를 착용한 채 촬영하기
covering-print-slip = 문의 전화번호를 인쇄하고 종료하기
guide-looking = 사진을 확인하고 있습니다…
guide-all-good = 좋습니다! 그대로 계세요.
guide-countdown = { $seconds }초 후 촬영합니다…
guide-unavailable = 사진 자동 확인을 사용할 수 없습니다. 버튼으로 촬영하고 다음 화면에서 잘 확인해 주세요.
check-face-present = 얼굴 인식
check-single-face = 한 사람만
check-not-too-close = 머리 전체
check-not-too-far = 적당한 거리
check-centred = 가운데
check-roll = 고개 똑바로
check-yaw = 정면 응시
check-pitch = 턱 수평
check-eyes-open = 눈 뜸
check-mouth-closed = 입 다묾
check-neutral-expression = 무표정
check-eyes-visible = 눈이 보임
check-face-brightness = 얼굴 밝기
check-exposure = 노출
check-even-light = 고른 조명
check-sharpness = 선명함
check-plain-background = 무늬 없는 배경
check-background-objects = 배경에 물체 없음
check-background-shadow = 배경에 그림자 없음
check-head-covering = 모자·마스크 없음
photo-take = 촬영하기
photo-processing = 사진을 준비하고 있습니다…
photo-failed = 사진을 촬영하지 못했습니다. 다시 시도해 주십시오.

## 6 사진 확인

review-title = 이 사진으로 괜찮습니까?
review-size = 사진 크기는 세로 45mm, 가로 35mm입니다.
review-use = 이 사진 사용
review-retake = 다시 촬영
review-previous = 이전에 촬영한 사진
review-shot = 사진 { $number }
review-checks-passed = 통과한 항목
review-checks-unknown = 이 사진은 자동으로 확인되지 않았습니다. 잘 확인해 주세요.

## 7 확인 및 전송

confirm-title = 확인 및 전송
confirm-id = 신청서 ID
confirm-birth-date = 생년월일
confirm-cert-signing = 서명용 전자증명서
confirm-cert-auth = 이용자 증명용 전자증명서
confirm-braille = 성명 점자 표기
confirm-photo = 사진
confirm-no-photo = 사진 없음(1세 미만)
confirm-yes = 예
confirm-no = 아니요
confirm-send = 신청 내용 전송
confirm-change = 수정하기
submit-sending = 신청 내용을 전송하고 있습니다…
submit-demo-note = 데모: 신청은 이 기기 안의 데모 접수 서버로 전송되며 국가 서비스로는 전송되지 않습니다.
submit-failed = 신청 내용을 저장하지 못했습니다. 직원을 불러 주십시오.

## 8 접수증

slip-title = 신청이 완료되었습니다
slip-sent = 신청 내용이 전송되었습니다.
slip-queued = 신청 내용이 이 기기에 저장되었으며, 자동으로 전송됩니다.
slip-printing = 접수증을 인쇄하고 있습니다…
slip-printed = 접수증을 받아 가십시오.
slip-demo-note = 데모: 접수증은 인쇄되지 않고 파일로 저장됩니다.
slip-failed = 접수증을 인쇄하지 못했습니다. 끝자리가 { $last_digits }인 신청서 ID를 메모하신 후 직원을 불러 주십시오.
slip-not-printed = 접수증을 인쇄하지 못했습니다. 아래 접수 번호를 메모하시거나 직원을 불러 주십시오.
slip-next-steps = 앞으로의 절차: 약 1개월 후에 교부 통지서(엽서)가 도착합니다. 교부 통지서와 본인 확인 서류를 가지고 본인이 직접 시구정촌 창구를 방문하여 카드를 받으십시오.
slip-finish = 종료
slip-date = 일시
slip-booth = 기기
slip-receipt = 접수 번호
slip-call-centre = 개인번호 카드 콜센터: 0120-95-0178(일본어), 0120-0178-27(외국어)
covering-slip-title = 신청 전에 전화로 문의해 주세요
covering-slip-body = 아직 아무것도 전송되지 않았습니다. 개인번호 카드 콜센터에 전화하여 이 접수증의 신청서 ID를 알려 주시고, 종교적·의료적 이유로 머리 가리개를 착용한다고 말씀해 주세요. 나중에 같은 신청서로 신청할 수 있습니다.
covering-slip-not-printed = 접수증을 인쇄하지 못했습니다. 위에 표시된 문의 전화번호와 신청서 ID를 메모해 주세요.

## 9 종료

goodbye-title = 감사합니다
goodbye-wiped = 입력하신 데이터가 이 기기에서 삭제되었습니다.

## 관리자 화면(직원 전용, PIN 입력 필요)

operator-pin-title = 관리자 PIN
operator-pin-wrong = PIN이 올바르지 않습니다. { $attempts }회 더 시도할 수 있습니다.
operator-pin-locked = PIN 입력 오류가 너무 많습니다. { $minutes }분 동안 PIN 입력이 잠깁니다.
operator-pin-disabled = 관리자 화면을 사용할 수 없습니다. kiosk-config에 PIN이 설정되어 있지 않습니다.
operator-checking = 확인하고 있습니다…
operator-unlock = 잠금 해제
operator-cancel = 취소
operator-title = 관리자 화면
operator-camera = 카메라
operator-camera-live = 실시간 영상, { $width } × { $height } 픽셀
operator-camera-demo = 데모 영상(카메라 없음)
operator-camera-lost = 작동하지 않음: { $reason }
operator-camera-starting = 시작하고 있습니다…
operator-camera-preview = 카메라에 지금 보이는 화면
operator-camera-no-preview = 카메라 영상이 없습니다
operator-printer = 프린터
operator-test-print = 테스트 인쇄
operator-test-print-sent = 테스트용 접수증을 프린터로 보냈습니다.
operator-printer-ready = 사용 가능
operator-printer-offline = 오프라인
operator-printer-paper-out = 용지 없음
operator-printer-error = 오류: { $reason }
operator-printer-none = 프린터가 설정되지 않음
operator-job-printed = 인쇄됨
operator-job-saved = 파일로 저장됨
operator-job-timed-out = 제시간에 끝나지 않아 취소됨
operator-printer-last-slip = 마지막 접수증: { $result }
operator-printer-last-test = 테스트 인쇄: { $result }
operator-metrics = 오늘
operator-sessions = 이용 시작: { $started }건, 완료: { $finished }건
operator-recent-errors = 최근 경고 및 오류
operator-no-errors = 없음
operator-version = 버전 { $version }
operator-close = 닫기
operator-exit = 바탕 화면으로 나가기
operator-outbox = 신청
operator-outbox-counts = 전송 대기 { $waiting }건 · 서버 거부 { $refused }건(로그 참조) · 전송 완료 { $sent }건
operator-disk-low = 디스크 공간이 거의 없습니다(남은 공간 { $free } MB). 곧 신청서를 저장할 수 없게 됩니다. 공간을 확보하거나 유지보수 담당자에게 연락하세요.
operator-network = 접수 서버
operator-network-ok = 연결됨
operator-network-down = 연결 안 됨: { $error }
operator-network-demo = 데모: 접수 서버가 이 기기 안에서 실행 중입니다.
operator-send-now = 지금 전송
operator-voice = 음성 안내
operator-voice-none = 이 단말기에는 음성 안내가 없습니다(kiosk-config의 [voice] 참조).
operator-voice-on-by-default = 매번 켜진 상태로 시작합니다(이용자가 끌 수 있습니다).
operator-voice-off-by-default = 매번 꺼진 상태로 시작합니다(이용자가 켤 수 있습니다).
operator-voice-output-ok = 소리 출력: 정상
operator-voice-output-failed = 소리 출력: 작동하지 않음(사운드 카드가 없거나 kiosk-config의 [voice] 장치 이름이 잘못됨)
operator-voice-silent = 음성이 없는 언어: { $languages }
operator-voice-test = 테스트 음성 재생
operator-voice-test-line = 단말기 음성 테스트입니다.
operator-voice-log = 최근 음성
operator-voice-log-empty = 아직 말한 것이 없습니다
operator-voice-played = 재생됨
operator-voice-interrupted = 중간에 끊김
operator-voice-no-voice = 음성 없음
operator-voice-failed = 실패(로그 참조)
operator-calibration = 사진 보정
operator-calibration-backdrop-set = 빈 부스의 배경 기준: 저장됨
operator-calibration-backdrop-none = 배경 기준: 없음
operator-calibration-baseline = 머리 기준: 기울기 { $pitch }도, 눈 높이는 화면 높이의 { $height } %
operator-calibration-baseline-none = 머리 기준: 없음 (kiosk-config 값 사용)
operator-calibration-capture-backdrop = 빈 부스 촬영
operator-calibration-record-baseline = 머리 기준 기록 (앉아서 카메라를 보세요)
operator-calibration-reset = 보정 초기화
operator-calibration-working = 보정 중… (약 2초)
operator-calibration-saved = 보정을 저장했습니다.
operator-calibration-face-in-view = 거부됨: 얼굴이 보입니다. 부스를 비운 뒤 다시 시도하세요.
operator-calibration-no-face = 얼굴이 보이지 않습니다. 카메라 앞에 앉아 정면을 본 뒤 다시 시도하세요.
operator-calibration-no-camera = 카메라 영상이 없어 지금은 보정할 수 없습니다.
operator-calibration-failed = 보정 실패: { $reason }
