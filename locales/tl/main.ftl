# Myna Booth — Tagalog. Narito ang lahat ng tekstong nakikita sa booth.
# Opisyal na termino (nananatili sa Ingles gaya ng sa English na pahina ng J-LIS): "Individual Number Card"
# (My Number Card), "Individual Number Card Application Form" (交付申請書),
# "application form ID" (申請書ID), "Notice of Issuance" (postcard, 交付通知書).

## Everywhere

app-name = Myna Booth
topbar-language = Wika
topbar-start-over = Magsimula muli
topbar-call-staff = Tumawag ng staff
topbar-step = Hakbang { $current } ng { $total }
a11y-voice-on = Boses: naka-on
a11y-voice-off = Boses: naka-off
a11y-voice-none = Walang boses
a11y-voice-unavailable = Hindi magamit ang boses
a11y-repeat = Ulitin
a11y-larger-text-on = Malaking teksto: naka-on
a11y-larger-text-off = Malaking teksto: naka-off
a11y-contrast-on = Mataas na contrast: naka-on
a11y-contrast-off = Mataas na contrast: naka-off
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = Wika
step-check = Pagsusuri
step-scan = Form
step-details = Detalye
step-photo = Litrato
step-send = Ipadala
step-slip = Slip
demo-mode-banner = Demo mode: walang nakitang camera, kaya naka-record na eksena ang ipinapakita ng booth sa halip na live na video.
staff-called = Tinawag na po ang isang staff. Pakihintay po rito.
staff-called-close = OK
start-over-title = Magsimula muli?
start-over-body = Mabubura po ang lahat ng inyong inilagay.
start-over-yes = Opo, magsimula muli
start-over-no = Hindi po, ituloy
inactivity-title = Nandiyan pa po ba kayo?
inactivity-body = Para sa inyong privacy, buburahin ng booth ang inyong mga inilagay at magsisimula muli pagkalipas ng { $seconds } segundo.
inactivity-continue = Nandito pa po ako
common-back = Bumalik
common-next = Susunod
camera-lost = Hindi gumagana ang camera. Pakitawag po ang staff.
camera-reconnecting = Ikinokonekta muli ang camera…

## 0 Attract

attract-title = Mag-apply po rito ng inyong My Number Card
attract-touch = Pindutin ang screen para magsimula
attract-bring-form = Ihanda po ang inyong Individual Number Card Application Form na may QR code.
attract-price-free = Libre
attract-price = Bayad: { $price } yen
attract-duration = Mga 5 minuto lang po ito, kasama na ang pagkuha ng litrato.

## 1 Language and consent

language-title = Pumili ng wika
consent-title = Ang inyong privacy
consent-body = Ipinapadala ng booth na ito ang inyong application (petsa ng kapanganakan, inyong mga pinili at inyong litrato) sa opisyal na online application service. Walang naiiwan sa booth: buburahin agad ang inyong data kapag natapos na kayo o umalis.
consent-accept = Sumasang-ayon ako, ituloy
consent-decline = Kanselahin

## 2 Before you start

check-title = Bago magsimula
check-intro = May nagbago po ba sa alinman sa mga ito mula nang ipadala sa inyo ang application form? Kung mayroon, maaaring hindi na valid ang form.
check-moved = Lumipat po ba kayo ng tirahan mula nang matanggap ninyo ang form?
check-name-changed = Nagbago po ba ang inyong pangalan mula nang matanggap ninyo ang form?
check-stay-renewed = Para sa mga dayuhang residente: na-renew po ba ang inyong period of stay mula nang matanggap ninyo ang form?
answer-yes = Opo
answer-no = Hindi po
check-warning-title = Maaaring hindi tanggapin ang inyong form
check-warning-moved = Dahil lumipat kayo ng tirahan, maaaring hindi na tugma ang inyong form sa inyong resident record. Maaari po kayong humingi ng bagong application form sa inyong city hall o munisipyo.
check-warning-name = Dahil nagpalit kayo ng pangalan, maaaring hindi na tugma ang inyong form sa inyong resident record. Maaari po kayong humingi ng bagong application form sa inyong city hall o munisipyo.
check-warning-stay = Dahil na-renew ang inyong period of stay, maaaring hindi na tugma ang inyong form sa inyong resident record. Maaari po kayong humingi ng bagong application form sa inyong city hall o munisipyo.
check-nothing-changed = Wala pong nagbago
check-something-changed = May nagbago po
check-continue = Ituloy
check-continue-anyway = Ituloy pa rin
screen-more-below = May kasunod pa sa ibaba

## 3 Scan

scan-title = Ipakita ang QR code ng inyong application form
scan-hint = Hawakan nang nakalapat ang form sa loob ng frame, mga 20 cm ang layo sa camera.
scan-looking = Hinahanap ang QR code…
scan-type-instead = I-type na lang ang ID
scan-keypad-offer = Nahihirapan po ba kayo? Maaari ninyong i-type na lang ang ID.
scan-hint-closer = Ilapit nang kaunti ang form sa camera.
scan-hint-farther = Ilayo nang kaunti ang form para nasa loob ng frame ang buong QR code.
scan-hint-glare = May liwanag na sumasalamin sa QR code. Ikiling nang kaunti ang form para mawala ang silaw.
scan-hint-hold-still = Nakikita na ang QR code. Huwag po munang igalaw ang form sandali.
forms-title = Saan makikita ang QR code at ang ID
form-gen-card = Kasamang dumating ng Notification Card (2015–2020): punitin ito sa may butas-butas na linya.
form-gen-notice = Kasamang dumating ng Individual Number Notice (mula 2020), ipinadala ulit sa inyo, o ibinigay sa city hall o munisipyo.
form-gen-handwritten = Ang blangkong form na sinusulatan ng kamay ay walang QR code at walang ID: hindi ito magagamit dito.
forms-legend-qr = QR code
forms-legend-id = 23-digit na application form ID
forms-schematic = Pinasimpleng larawan lamang: maaaring iba ang ayos ng inyong form.
numbers-help-title = Aling numero ito?
numbers-help-id = 23 digit: ang application form ID. Ito ang dapat i-type.
keypad-title = I-type ang 23-digit na application form ID
keypad-hint = Nakalimbag ang ID sa tabi ng QR code sa inyong application form.
keypad-delete = Burahin
keypad-clear = I-clear lahat
keypad-done = Tapos na
keypad-digits-left = { $count ->
    [one] { $count } digit pa ang kulang
   *[other] { $count } digit pa ang kulang
}
keypad-scan-instead = I-scan na lang ang QR code
id-found-title = Ito po ba ang inyong application form ID?
id-found-yes = Opo, iyan nga
id-found-no = Hindi po, subukan muli
id-error-empty = Pakilagay po ang 23-digit na application form ID.
id-error-too-short = Masyadong maikli ang numerong ito: 23 digit ang application form ID.
id-error-too-long = Masyadong mahaba ang numerong ito: 23 digit ang application form ID.
id-error-invalid-character = Mga numero lang ang puwede sa application form ID.
id-error-individual-number = Mukhang ito ang inyong 12-digit na Individual Number (My Number). Huwag po itong gamitin dito: ang kailangan ay ang 23-digit na application form ID na nakalimbag sa form.
id-error-resident-record-code = Mukhang 11-digit na resident record code ito. Ang kailangan ay ang 23-digit na application form ID na nakalimbag sa form.
id-error-url-without-id = Walang application form ID ang QR code na ito. Pakipakita po ang QR code ng application form.
id-error-several-ids = Mahigit sa isang numero ang laman ng QR code na ito. Pakipakita po ang QR code ng application form.
id-error-not-an-id = Hindi ito QR code ng application form. Pakipakita po ang QR code na nakalimbag sa application form.

## 4 Details

details-title = Ang inyong mga detalye
details-form-looking = Hinahanap ang inyong application form…
details-form-name = Pangalan
details-form-address = Tirahan
details-form-check = Galing sa inyong application form ang mga detalyeng ito. Kung hindi ito sa inyo, pindutin ang “{ topbar-start-over }”.
details-form-not-found-title = Walang nahanap na application form na may ganitong ID
details-form-not-found = Pakisuri ang 23-digit na numero sa inyong form at i-type itong muli. Kung hindi pa rin gumana, tumawag ng staff.
details-form-unavailable-title = Hindi masuri ang inyong form sa ngayon
details-form-unavailable = Hindi maabot ang application service. Subukang muli, o magpatuloy: susuriin ang inyong aplikasyon kapag ipinadala na ito.
details-form-retry = Subukang muli
details-form-reenter = I-type muli ang numero
details-birth-date = Petsa ng kapanganakan
details-birth-date-hint = Piliin ang dekada, saka ang taon, buwan at araw.
details-pick-decade = Kailan kayo ipinanganak? Piliin ang dekada.
details-pick-year = Piliin ang taon.
details-pick-month = Piliin ang buwan.
details-pick-day = Piliin ang araw.
details-pick-back = Bumalik
details-birth-date-era = Kalendaryong Hapon: { $era }
details-age = Edad: { $age }
date-error-incomplete = Pakilagay po ang lahat ng 8 digit: taon, buwan at araw.
date-error-invalid-character = Mga numero lang po ang gamitin.
date-error-no-such-date = Walang ganitong petsa. Pakisuri po ang buwan at araw.
date-error-in-future = Nasa hinaharap ang petsang ito. Pakisuri po ang taon.
date-error-too-old = Pakisuri po ang taon.
details-cert-title = Mga electronic certificate
details-cert-signing = Electronic certificate para sa pirma (signature) — para pumirma ng mga dokumento online, halimbawa sa tax return
details-cert-auth = Electronic certificate para sa user authentication — para mag-log in, halimbawa sa Mynaportal
details-cert-on = I-isyu
details-cert-off = Huwag i-isyu
details-adult-ward = Nag-a-apply para sa isang adult ward (adult na may guardian)? Ang guardian, bilang legal representative, ang mag-a-apply, at walang ibibigay na electronic certificate para sa pirma: piliin ang “{ details-cert-off }”.
details-braille = Pangalan sa braille sa card
details-braille-hint = Makikita sa card ang inyong pangalan sa braille (hanggang 11 character).
details-under-1 = Walang litrato ang card ng mga batang wala pang 1 taong gulang, kaya lalaktawan ang pagkuha ng litrato.
details-under-15-title = Para sa batang wala pang 15 taong gulang
details-under-15 = Ang magulang o ibang legal representative ang mag-a-apply at gagamit ng booth para sa bata. Walang electronic certificate para sa pirma ang batang wala pang 15.
details-continue = Ituloy

## 5 Photo

photo-title = Ang inyong litrato
photo-instructions = Umupo nang tuwid, tumingin sa camera, at panatilihing neutral ang ekspresyon habang nakasara ang bibig.
photo-help-open = Naka-wheelchair? Litrato ng bata?
photo-help-title = Wheelchair, tagatulong at mga bata
photo-help-wheelchair = Puwede kayong kunan ng litrato habang nakaupo sa wheelchair. Itanong po sa staff kung puwedeng alisin ang upuan ng booth na ito o baguhin ang taas ng camera: pindutin ang “{ topbar-call-staff }”.
photo-help-helper = Puwedeng tumulong ang isang kasama sa screen at sa pag-upo nang tuwid, pero dapat siyang umalis sa litrato bago ito kunan.
photo-help-child = Puwedeng umupo ang maliit na bata sa kandungan ng magulang, basta wala ang magulang sa litrato.
photo-help-baby = Hindi kailangan ng litrato ang mga sanggol na wala pang 1 taong gulang: walang litrato ang kanilang card.
photo-help-close = Isara
guide-face-present = Tumingin sa camera, nasa loob ng balangkas ang mukha
guide-single-face = Isang tao lang sa litrato, pakiusap
guide-not-too-close = Umatras nang kaunti
guide-not-too-far = Lumapit nang kaunti pa
guide-centred = Ilagay ang ulo sa gitna ng balangkas
guide-roll = Panatilihing tuwid ang ulo, huwag ikiling
guide-yaw = Humarap nang diretso sa camera
guide-pitch = Panatilihing pantay ang baba
guide-eyes-open = Panatilihing nakadilat ang mga mata
guide-mouth-closed = Isara ang bibig
guide-neutral-expression = I-relax ang mukha, huwag ngumiti
guide-eyes-visible = Dapat makita ang mga mata: walang silaw, madilim na salamin, o buhok na nakaharang
guide-face-brightness = Masyadong madilim o maliwanag ang mukha: umupo nang nakaharap sa ilaw
guide-exposure = May bahagi ng mukha na masyadong maliwanag o madilim: iwasan ang direktang ilaw
guide-even-light = Hindi pantay ang ilaw sa mukha: humarap nang kaunti sa ilaw
guide-sharpness = Huwag gumalaw sandali
guide-plain-background = Dapat plain ang background: pumuwesto para pader lang ang nasa likod mo
guide-background-objects = May bagay sa likod mo: pumuwesto para plain na pader lang ang makita
guide-background-shadow = May anino sa likod mo: lumayo nang kaunti sa pader
guide-head-covering = Tanggalin ang sumbrero o mask kung kaya. Walang suot, o may takip sa ulo dahil sa relihiyon o kalusugan? Pindutin ang isang button sa ibaba.
covering-offer = May takip ako sa ulo dahil sa relihiyon o kalusugan
covering-none = Wala akong suot na sumbrero o mask
covering-title = Takip sa ulo dahil sa relihiyon o kalusugan
covering-rules = Dapat makita sa litrato ang buong mukha ninyo, mula sa itaas ng noo hanggang baba, at ang magkabilang gilid ng mukha, nang walang anino. Hindi masasabi ng booth na ito kung tatanggapin ang inyong takip sa ulo.
covering-unsure = Kung hindi kayo sigurado, huwag munang mag-apply: mag-print ng slip na may numerong tatawagan at ang inyong application form ID, at itanong sa call center ng My Number Card kung ano ang dapat gawin.
covering-continue = Kumuha ng litrato nang may takip sa ulo
covering-print-slip = I-print ang numerong tatawagan at tapusin
guide-looking = Sinusuri ang iyong litrato…
guide-all-good = Perpekto! Huwag gumalaw.
guide-countdown = Kukunan ang litrato sa loob ng { $seconds }…
guide-unavailable = Hindi magagamit ang awtomatikong pagsusuri ng litrato. Kumuha ng litrato gamit ang button at suriing mabuti sa susunod na screen.
check-face-present = May mukha
check-single-face = Isang tao lang
check-not-too-close = Buong ulo
check-not-too-far = Tamang layo
check-centred = Nasa gitna
check-roll = Tuwid ang ulo
check-yaw = Nakaharap sa camera
check-pitch = Pantay ang baba
check-eyes-open = Nakadilat ang mata
check-mouth-closed = Nakasara ang bibig
check-neutral-expression = Walang ekspresyon
check-eyes-visible = Kita ang mata
check-face-brightness = Liwanag ng mukha
check-exposure = Tamang liwanag
check-even-light = Pantay na ilaw
check-sharpness = Malinaw
check-plain-background = Plain na background
check-background-objects = Walang bagay sa likod
check-background-shadow = Walang anino sa likod
check-head-covering = Walang sumbrero o mask
photo-take = Kumuha ng litrato
photo-processing = Inihahanda ang inyong litrato…
photo-failed = Hindi nakuha ang litrato. Pakisubukan po muli.

## 6 Review

review-title = Ayos na po ba ang litratong ito?
review-size = Laki ng litrato: 45 mm ang taas at 35 mm ang lapad.
review-use = Gamitin ang litratong ito
review-retake = Kumuha muli
review-previous = Mga naunang litrato
review-shot = Litrato { $number }
review-checks-passed = Mga pagsusuring pumasa
review-checks-unknown = Hindi awtomatikong nasuri ang litratong ito: suriin itong mabuti.

## 7 Confirm and send

confirm-title = Suriin at ipadala
confirm-id = Application form ID
confirm-birth-date = Petsa ng kapanganakan
confirm-cert-signing = Certificate para sa pirma
confirm-cert-auth = Certificate para sa user authentication
confirm-braille = Pangalan sa braille
confirm-photo = Litrato
confirm-no-photo = Walang litrato (wala pang 1 taong gulang)
confirm-yes = Oo
confirm-no = Hindi
confirm-send = Ipadala ang application
confirm-change = Baguhin
submit-sending = Ipinapadala ang inyong application…
submit-demo-note = Demo: ipinapadala ang aplikasyon sa isang demo intake server sa loob ng booth na ito, hindi sa pambansang serbisyo.
submit-failed = Hindi na-save ang inyong application. Pakitawag po ang staff.

## 8 Slip

slip-title = Kumpleto na ang inyong application
slip-sent = Naipadala na ang inyong application.
slip-queued = Naka-save ang inyong application sa booth na ito at awtomatiko itong ipapadala.
slip-printing = Ipini-print ang inyong slip…
slip-printed = Pakikuha po ang inyong slip.
slip-demo-note = Demo: sine-save ang slip bilang file sa halip na i-print.
slip-failed = Hindi na-print ang slip. Pakitala po ang inyong application form ID na nagtatapos sa { $last_digits } at tumawag ng staff.
slip-not-printed = Hindi na-print ang slip. Pakisulat po ang inyong numero ng resibo sa ibaba, o tumawag ng staff.
slip-next-steps = Ano ang susunod: darating ang inyong Notice of Issuance (isang postcard) pagkalipas ng mga isang buwan. Dalhin ito at ang isang ID sa inyong city hall o munisipyo para personal na kunin ang inyong card.
slip-finish = Tapos na
slip-date = Petsa
slip-booth = Booth
slip-receipt = Numero ng resibo
slip-call-centre = Call center ng My Number Card: 0120-95-0178 (wikang Hapon), 0120-0178-27 (ibang wika)
covering-slip-title = Tumawag bago mag-apply
covering-slip-body = Wala pang naipadala. Tumawag sa call center ng My Number Card, ibigay ang application form ID na nasa slip na ito, at sabihing may takip kayo sa ulo dahil sa relihiyon o kalusugan. Puwede kayong mag-apply mamaya gamit ang parehong form.
covering-slip-not-printed = Hindi na-print ang slip. Pakisulat po ang numerong tatawagan at ang application form ID na nasa itaas.

## 9 Goodbye

goodbye-title = Salamat po
goodbye-wiped = Nabura na ang inyong data sa booth na ito.

## Screen ng operator (para sa staff lang, may PIN)

operator-pin-title = PIN ng operator
operator-pin-wrong = { $attempts ->
    [one] Mali ang PIN. { $attempts } subok na lang ang natitira.
   *[other] Mali ang PIN. { $attempts } subok na lang ang natitira.
}
operator-pin-locked = { $minutes ->
    [one] Masyadong maraming maling PIN. Naka-lock ang PIN pad nang { $minutes } minuto.
   *[other] Masyadong maraming maling PIN. Naka-lock ang PIN pad nang { $minutes } minuto.
}
operator-pin-disabled = Naka-disable ang screen ng operator: walang nakatakdang PIN sa kiosk-config.
operator-checking = Sinusuri…
operator-unlock = I-unlock
operator-cancel = Kanselahin
operator-title = Screen ng operator
operator-camera = Camera
operator-camera-live = Live, { $width } × { $height } pixel
operator-camera-demo = Demo na eksena (walang camera)
operator-camera-lost = Hindi gumagana: { $reason }
operator-camera-starting = Nagsisimula…
operator-camera-preview = Ang nakikita ngayon ng camera
operator-camera-no-preview = Walang larawan mula sa camera
operator-printer = Printer
operator-test-print = Mag-test print
operator-test-print-sent = Naipadala na sa printer ang isang test slip.
operator-printer-ready = Handa
operator-printer-offline = Offline
operator-printer-paper-out = Ubos na ang papel
operator-printer-error = Error: { $reason }
operator-printer-none = Walang naka-configure na printer
operator-job-printed = Na-print
operator-job-saved = Na-save bilang file
operator-job-timed-out = Hindi natapos sa oras (kinansela)
operator-printer-last-slip = Huling slip: { $result }
operator-printer-last-test = Test print: { $result }
operator-metrics = Ngayong araw
operator-sessions = Mga session na nagsimula: { $started }, natapos: { $finished }
operator-recent-errors = Mga kamakailang babala at error
operator-no-errors = Wala
operator-version = Bersyon { $version }
operator-close = Isara
operator-exit = Lumabas sa desktop
operator-outbox = Mga aplikasyon
operator-outbox-counts = { $waiting } naghihintay maipadala · { $refused } tinanggihan ng server (tingnan ang log) · { $sent } naipadala
operator-disk-low = Halos puno na ang disk: { $free } MB na lang ang natitira. Maaaring hindi na ma-save ang mga aplikasyon; magbakante ng espasyo o tumawag sa maintenance.
operator-network = Intake server
operator-network-ok = Naaabot
operator-network-down = Hindi maabot: { $error }
operator-network-demo = Demo: tumatakbo ang intake server sa loob ng booth na ito.
operator-send-now = Ipadala ngayon
operator-voice = Gabay sa boses
operator-voice-none = Walang gabay sa boses ang booth na ito (tingnan ang [voice] sa kiosk-config).
operator-voice-on-by-default = Naka-on sa simula ng bawat session (maaaring i-off ng user).
operator-voice-off-by-default = Naka-off sa simula ng bawat session (maaaring i-on ng user).
operator-voice-output-ok = Tunog: gumagana
operator-voice-output-failed = Tunog: hindi gumagana (walang sound card, o mali ang device sa [voice] ng kiosk-config)
operator-voice-silent = Walang boses para sa: { $languages }
operator-voice-test = Magpatugtog ng pansubok
operator-voice-test-line = Ito ang pagsubok sa boses ng booth.
operator-voice-log = Mga huling sinabi
operator-voice-log-empty = Wala pang sinasabi
operator-voice-played = natugtog
operator-voice-interrupted = naputol
operator-voice-no-voice = walang boses
operator-voice-failed = pumalya (tingnan ang log)
operator-calibration = Calibration ng litrato
operator-calibration-backdrop-set = Reference ng background ng bakanteng booth: naka-save
operator-calibration-backdrop-none = Reference ng background: wala
operator-calibration-baseline = Baseline ng ulo: pitch { $pitch } degrees, ang mata ay nasa { $height } % ng taas ng larawan
operator-calibration-baseline-none = Baseline ng ulo: wala (ginagamit ang value sa kiosk-config)
operator-calibration-capture-backdrop = Kunan ang bakanteng booth
operator-calibration-record-baseline = I-record ang baseline ng ulo (umupo at tumingin sa camera)
operator-calibration-reset = I-reset ang calibration
operator-calibration-working = Nagka-calibrate… (mga 2 segundo)
operator-calibration-saved = Naka-save ang calibration.
operator-calibration-face-in-view = Tinanggihan: may mukhang nakikita. Iwanang bakante ang booth at subukang muli.
operator-calibration-no-face = Walang nakitang mukha. Umupo sa harap ng camera, tumingin nang diretso rito at subukang muli.
operator-calibration-no-camera = Walang larawan mula sa camera, kaya hindi makapag-calibrate ngayon.
operator-calibration-failed = Hindi nagtagumpay ang calibration: { $reason }
