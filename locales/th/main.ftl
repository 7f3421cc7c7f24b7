# Myna Booth — ภาษาไทย ข้อความทุกข้อความที่แสดงบนตู้อยู่ในไฟล์เหล่านี้
# คำศัพท์ทางการ ตามหน้าภาษาไทยของกระทรวงกิจการภายในและการสื่อสาร (総務省)
# http://www.soumu.go.jp/main_sosiki/jichi_gyousei/c-gyousei/zairyu/thai/index.html :
# "บัตรหมายเลขของฉัน" (マイナンバーカード, "บัตรหมายเลขของฉัน (ICการ์ด)") และ "ใบสมัคร" (交付申請書 ที่ส่งมาพร้อมบัตรแจ้ง)
# "ID ใบสมัคร" (申請書ID) และ "หนังสือแจ้งการออกบัตร" (交付通知書 ไปรษณียบัตร): ไม่พบแหล่งทางการ จึงใช้คำเดิมต่อ

## Everywhere

app-name = Myna Booth
topbar-language = ภาษา
topbar-start-over = เริ่มใหม่
topbar-call-staff = เรียกเจ้าหน้าที่
topbar-step = ขั้นตอนที่ { $current } จาก { $total }
a11y-voice-on = เสียงนำทาง: เปิด
a11y-voice-off = เสียงนำทาง: ปิด
a11y-voice-none = ไม่มีเสียงสำหรับภาษานี้
a11y-voice-unavailable = ใช้เสียงไม่ได้
a11y-repeat = ฟังอีกครั้ง
a11y-larger-text-on = ตัวอักษรใหญ่: เปิด
a11y-larger-text-off = ตัวอักษรใหญ่: ปิด
a11y-contrast-on = สีตัดกันสูง: เปิด
a11y-contrast-off = สีตัดกันสูง: ปิด
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = ภาษา
step-check = ตรวจสอบ
step-scan = ใบสมัคร
step-details = ข้อมูล
step-photo = รูปถ่าย
step-send = ส่ง
step-slip = สลิป
demo-mode-banner = โหมดสาธิต: ไม่พบกล้อง ตู้จึงแสดงภาพที่บันทึกไว้แทนภาพสด
staff-called = เรียกเจ้าหน้าที่แล้ว กรุณารอที่นี่สักครู่
staff-called-close = ตกลง
start-over-title = ต้องการเริ่มใหม่หรือไม่?
start-over-body = ข้อมูลทั้งหมดที่คุณกรอกไว้จะถูกลบ
start-over-yes = ใช่ เริ่มใหม่
start-over-no = ไม่ ทำต่อ
inactivity-title = คุณยังอยู่ที่นี่หรือไม่?
inactivity-body = เพื่อความเป็นส่วนตัวของคุณ ตู้จะลบข้อมูลที่คุณกรอกและเริ่มใหม่ในอีก { $seconds } วินาที
inactivity-continue = ยังอยู่
common-back = ย้อนกลับ
common-next = ถัดไป
camera-lost = กล้องไม่ทำงาน กรุณาเรียกเจ้าหน้าที่
camera-reconnecting = กำลังเชื่อมต่อกล้องใหม่…

## 0 Attract

attract-title = ยื่นขอบัตรหมายเลขของฉัน (บัตรมายนัมเบอร์) ได้ที่นี่
attract-touch = แตะหน้าจอเพื่อเริ่มต้น
attract-bring-form = กรุณาเตรียมใบสมัครบัตรหมายเลขของฉันที่มีคิวอาร์โค้ดไว้ให้พร้อม
attract-price-free = ไม่มีค่าใช้จ่าย
attract-price = ค่าบริการ: { $price } เยน
attract-duration = ใช้เวลาประมาณ 5 นาที รวมการถ่ายรูปแล้ว

## 1 Language and consent

language-title = เลือกภาษา
consent-title = ความเป็นส่วนตัวของคุณ
consent-body = ตู้นี้จะส่งคำร้องของคุณ (วันเกิด ตัวเลือกของคุณ และรูปถ่าย) ไปยังบริการยื่นคำร้องออนไลน์อย่างเป็นทางการ โดยไม่มีข้อมูลใดเก็บไว้ในตู้นี้ ข้อมูลของคุณจะถูกลบทันทีเมื่อคุณทำรายการเสร็จหรือเดินออกไป
consent-accept = ยอมรับและทำต่อ
consent-decline = ยกเลิก

## 2 Before you start

check-title = ก่อนเริ่มต้น
check-intro = หลังจากที่ส่งใบสมัครมาถึงคุณ มีการเปลี่ยนแปลงในเรื่องต่อไปนี้หรือไม่? หากมี ใบสมัครอาจใช้ไม่ได้แล้ว
check-moved = คุณย้ายที่อยู่หลังจากได้รับใบสมัครหรือไม่?
check-name-changed = คุณเปลี่ยนชื่อหลังจากได้รับใบสมัครหรือไม่?
check-stay-renewed = สำหรับชาวต่างชาติ: คุณได้ต่ออายุระยะเวลาพำนัก หลังจากได้รับใบสมัครหรือไม่?
answer-yes = ใช่
answer-no = ไม่ใช่
check-warning-title = ใบสมัครของคุณอาจไม่ได้รับการยอมรับ
check-warning-moved = หลังจากย้ายที่อยู่ ข้อมูลในใบสมัครอาจไม่ตรงกับทะเบียนผู้พักอาศัยของคุณ คุณสามารถขอใบสมัครใหม่ได้ที่สำนักงานเขตหรือที่ว่าการเทศบาล
check-warning-name = หลังจากเปลี่ยนชื่อ ข้อมูลในใบสมัครอาจไม่ตรงกับทะเบียนผู้พักอาศัยของคุณ คุณสามารถขอใบสมัครใหม่ได้ที่สำนักงานเขตหรือที่ว่าการเทศบาล
check-warning-stay = หลังจากต่ออายุระยะเวลาพำนัก ข้อมูลในใบสมัครอาจไม่ตรงกับทะเบียนผู้พักอาศัยของคุณ คุณสามารถขอใบสมัครใหม่ได้ที่สำนักงานเขตหรือที่ว่าการเทศบาล
check-nothing-changed = ไม่มีอะไรเปลี่ยนแปลง
check-something-changed = มีการเปลี่ยนแปลง
check-continue = ทำต่อ
check-continue-anyway = ยืนยันที่จะทำต่อ
screen-more-below = มีต่อด้านล่าง

## 3 Scan

scan-title = กรุณาแสดงคิวอาร์โค้ดบนใบสมัคร
scan-hint = ถือใบสมัครให้เรียบอยู่ในกรอบ ห่างจากกล้องประมาณ 20 ซม.
scan-looking = กำลังค้นหาคิวอาร์โค้ด…
scan-type-instead = กรอก ID แทน
scan-keypad-offer = สแกนไม่สำเร็จใช่หรือไม่? คุณสามารถกรอก ID แทนได้
scan-hint-closer = กรุณานำใบสมัครเข้าใกล้กล้องอีกเล็กน้อย
scan-hint-farther = กรุณาถือใบสมัครให้ห่างออกไปอีกเล็กน้อย ให้คิวอาร์โค้ดทั้งหมดอยู่ในกรอบ
scan-hint-glare = มีแสงสะท้อนบนคิวอาร์โค้ด กรุณาเอียงใบสมัครเล็กน้อยเพื่อหลบแสงสะท้อน
scan-hint-hold-still = เห็นคิวอาร์โค้ดแล้ว กรุณาถือใบสมัครให้นิ่งสักครู่
forms-title = คิวอาร์โค้ดและ ID อยู่ตรงไหน
form-gen-card = ใบสมัครที่ติดมากับบัตรแจ้งหมายเลข (ปี 2015–2020) ให้ฉีกออกตามรอยปรุ
form-gen-notice = ใบสมัครที่ส่งมาพร้อมหนังสือแจ้งหมายเลขประจำตัวบุคคล (ตั้งแต่ปี 2020) ใบที่ส่งมาให้ใหม่ทางไปรษณีย์ หรือใบที่ได้รับจากสำนักงานเขต
form-gen-handwritten = ใบสมัครเปล่าสำหรับเขียนด้วยมือไม่มีคิวอาร์โค้ดและไม่มี ID จึงใช้ที่นี่ไม่ได้
forms-legend-qr = คิวอาร์โค้ด
forms-legend-id = ID ใบสมัคร 23 หลัก
forms-schematic = ภาพนี้เป็นภาพอย่างง่าย ตำแหน่งบนใบสมัครของคุณอาจแตกต่างไป
numbers-help-title = เป็นหมายเลขไหน
numbers-help-id = 23 หลัก คือ ID ใบสมัคร ให้กรอกหมายเลขนี้
keypad-title = กรอก ID ใบสมัคร 23 หลัก
keypad-hint = ID พิมพ์อยู่ข้างคิวอาร์โค้ดบนใบสมัครของคุณ
keypad-delete = ลบ
keypad-clear = ล้าง
keypad-done = เสร็จสิ้น
keypad-digits-left = เหลืออีก { $count } หลัก
keypad-scan-instead = สแกนคิวอาร์โค้ดแทน
id-found-title = นี่คือ ID ใบสมัครของคุณใช่หรือไม่?
id-found-yes = ใช่ ถูกต้อง
id-found-no = ไม่ใช่ ลองอีกครั้ง
id-error-empty = กรุณากรอก ID ใบสมัคร 23 หลัก
id-error-too-short = หมายเลขนี้สั้นเกินไป ID ใบสมัครมี 23 หลัก
id-error-too-long = หมายเลขนี้ยาวเกินไป ID ใบสมัครมี 23 หลัก
id-error-invalid-character = ID ใบสมัครมีได้เฉพาะตัวเลขเท่านั้น
id-error-individual-number = หมายเลขนี้น่าจะเป็นหมายเลขประจำตัวบุคคล (มายนัมเบอร์) 12 หลักของคุณ กรุณาอย่าใช้หมายเลขนี้ที่นี่ ที่นี่ต้องใช้ ID ใบสมัคร 23 หลักที่พิมพ์อยู่บนใบสมัคร
id-error-resident-record-code = หมายเลขนี้น่าจะเป็นรหัสทะเบียนผู้พักอาศัย 11 หลัก ที่นี่ต้องใช้ ID ใบสมัคร 23 หลักที่พิมพ์อยู่บนใบสมัคร
id-error-url-without-id = คิวอาร์โค้ดนี้ไม่มี ID ใบสมัคร กรุณาแสดงคิวอาร์โค้ดของใบสมัคร
id-error-several-ids = คิวอาร์โค้ดนี้มีหมายเลขมากกว่าหนึ่งหมายเลข กรุณาแสดงคิวอาร์โค้ดของใบสมัคร
id-error-not-an-id = นี่ไม่ใช่คิวอาร์โค้ดของใบสมัคร กรุณาแสดงคิวอาร์โค้ดที่พิมพ์อยู่บนใบสมัคร

## 4 Details

details-title = ข้อมูลของคุณ
details-form-looking = กำลังค้นหาใบสมัครของคุณ…
details-form-name = ชื่อ
details-form-address = ที่อยู่
details-form-check = ข้อมูลนี้มาจากใบสมัครของคุณ หากไม่ใช่ข้อมูลของคุณ โปรดกด “{ topbar-start-over }”
details-form-not-found-title = ไม่พบใบสมัครที่มีหมายเลขนี้
details-form-not-found = โปรดตรวจสอบหมายเลข 23 หลักบนใบสมัครแล้วพิมพ์ใหม่อีกครั้ง หากยังไม่ได้ โปรดเรียกเจ้าหน้าที่
details-form-unavailable-title = ขณะนี้ยังตรวจสอบใบสมัครของคุณไม่ได้
details-form-unavailable = ไม่สามารถเชื่อมต่อบริการยื่นคำร้องได้ ลองอีกครั้ง หรือทำต่อไปก็ได้ ใบสมัครของคุณจะได้รับการตรวจสอบเมื่อส่งออกไป
details-form-retry = ลองอีกครั้ง
details-form-reenter = พิมพ์หมายเลขใหม่
details-birth-date = วันเกิด
details-birth-date-hint = เลือกทศวรรษ แล้วเลือกปี เดือน และวัน
details-pick-decade = คุณเกิดเมื่อไร เลือกทศวรรษ
details-pick-year = เลือกปี
details-pick-month = เลือกเดือน
details-pick-day = เลือกวัน
details-pick-back = ย้อนกลับ
details-birth-date-era = ปฏิทินญี่ปุ่น: { $era }
details-age = อายุ: { $age } ปี
date-error-incomplete = กรุณากรอกตัวเลขให้ครบ 8 หลัก: ปี เดือน และวัน
date-error-invalid-character = กรุณากรอกเฉพาะตัวเลข
date-error-no-such-date = ไม่มีวันที่นี้ กรุณาตรวจสอบเดือนและวัน
date-error-in-future = วันที่นี้ยังมาไม่ถึง กรุณาตรวจสอบปี ค.ศ.
date-error-too-old = กรุณาตรวจสอบปี ค.ศ.
details-cert-title = ใบรับรองอิเล็กทรอนิกส์
details-cert-signing = ใบรับรองอิเล็กทรอนิกส์สำหรับการลงนาม (ใช้ลงนามเอกสารทางออนไลน์ เช่น การยื่นภาษี)
details-cert-auth = ใบรับรองอิเล็กทรอนิกส์สำหรับยืนยันตัวตนผู้ใช้ (ใช้เข้าสู่ระบบ เช่น Mynaportal)
details-cert-on = ออก
details-cert-off = ไม่ออก
details-adult-ward = ยื่นคำร้องแทนคนไร้ความสามารถที่เป็นผู้ใหญ่หรือไม่ ผู้อนุบาลในฐานะผู้แทนโดยชอบธรรมเป็นผู้ยื่นคำร้อง และจะไม่มีการออกใบรับรองอิเล็กทรอนิกส์สำหรับการลงนาม กรุณาเลือก “{ details-cert-off }”
details-braille = ชื่ออักษรเบรลล์บนบัตร
details-braille-hint = บัตรจะแสดงชื่อของคุณเป็นอักษรเบรลล์ (ไม่เกิน 11 ตัวอักษร)
details-under-1 = เด็กอายุต่ำกว่า 1 ปีจะได้รับบัตรที่ไม่มีรูปถ่าย จึงข้ามขั้นตอนการถ่ายรูป
details-under-15-title = การยื่นคำร้องให้เด็กอายุต่ำกว่า 15 ปี
details-under-15 = บิดามารดาหรือผู้แทนโดยชอบธรรมอื่นเป็นผู้ยื่นคำร้องแทนเด็ก และใช้งานตู้นี้แทนเด็กได้ เด็กอายุต่ำกว่า 15 ปีจะไม่ได้รับใบรับรองอิเล็กทรอนิกส์สำหรับการลงนาม
details-continue = ทำต่อ

## 5 Photo

photo-title = รูปถ่ายของคุณ
photo-instructions = กรุณานั่งหลังตรง มองที่กล้อง และทำสีหน้าปกติโดยไม่อ้าปาก
photo-help-open = ใช้รถเข็น? ถ่ายรูปเด็ก?
photo-help-title = ผู้ใช้รถเข็น ผู้ช่วย และเด็ก
photo-help-wheelchair = คุณนั่งบนรถเข็นขณะถ่ายรูปได้ ส่วนตู้นี้เลื่อนที่นั่งออกหรือปรับความสูงของกล้องได้หรือไม่ กรุณาสอบถามเจ้าหน้าที่ โดยกด “{ topbar-call-staff }”
photo-help-helper = ผู้ช่วยช่วยใช้หน้าจอและช่วยจัดท่านั่งได้ แต่ต้องออกจากภาพก่อนถ่ายรูป
photo-help-child = เด็กเล็กนั่งบนตักพ่อหรือแม่ได้ หากพ่อหรือแม่ไม่อยู่ในภาพ
photo-help-baby = เด็กอายุต่ำกว่า 1 ปีไม่ต้องถ่ายรูป เพราะบัตรไม่มีรูปถ่าย
photo-help-close = ปิด
guide-face-present = มองกล้อง ให้ใบหน้าอยู่ในกรอบ
guide-single-face = ขอให้มีเพียงหนึ่งคนในภาพ
guide-not-too-close = ถอยหลังเล็กน้อย
guide-not-too-far = ขยับเข้ามาใกล้อีกนิด
guide-centred = เลื่อนศีรษะให้อยู่กลางกรอบ
guide-roll = ตั้งศีรษะให้ตรง อย่าเอียง
guide-yaw = หันหน้าตรงเข้าหากล้อง
guide-pitch = ให้คางอยู่ในระดับตรง
guide-eyes-open = ลืมตาไว้
guide-mouth-closed = ปิดปาก
guide-neutral-expression = ทำหน้าเรียบเฉย ไม่ยิ้ม
guide-eyes-visible = ให้เห็นดวงตาชัดเจน ไม่มีแสงสะท้อน แว่นสี หรือผมบัง
guide-face-brightness = ใบหน้ามืดหรือสว่างเกินไป นั่งหันหน้าเข้าหาแสง
guide-exposure = บางส่วนของใบหน้าสว่างหรือมืดเกินไป หลีกเลี่ยงแสงส่องตรง
guide-even-light = แสงบนใบหน้าไม่สม่ำเสมอ หันเข้าหาแสงเล็กน้อย
guide-sharpness = กรุณาอย่าขยับสักครู่
guide-plain-background = ฉากหลังต้องเรียบ ขยับให้ด้านหลังเห็นแค่ผนัง
guide-background-objects = มีสิ่งของอยู่ด้านหลัง ขยับให้เห็นแค่ผนังเรียบ
guide-background-shadow = มีเงาอยู่ด้านหลัง ขยับออกห่างจากผนังเล็กน้อย
guide-head-covering = ถ้าทำได้ กรุณาถอดหมวกหรือหน้ากาก หากไม่ได้สวม หรือคลุมศีรษะด้วยเหตุผลทางศาสนาหรือการแพทย์ กรุณากดปุ่มด้านล่าง
covering-offer = ฉันคลุมศีรษะด้วยเหตุผลทางศาสนาหรือการแพทย์
covering-none = ฉันไม่ได้สวมหมวกหรือหน้ากาก
covering-title = การคลุมศีรษะด้วยเหตุผลทางศาสนาหรือการแพทย์
covering-rules = ภาพถ่ายต้องเห็นใบหน้าทั้งหมด ตั้งแต่ด้านบนของหน้าผากจนถึงคาง และใบหน้าทั้งสองข้าง โดยไม่มีเงา เครื่องนี้ไม่สามารถบอกได้ว่าผ้าคลุมศีรษะของคุณจะได้รับการยอมรับหรือไม่
covering-unsure = หากไม่แน่ใจ กรุณายังไม่ยื่นคำร้อง ให้พิมพ์สลิปที่มีหมายเลขโทรศัพท์สำหรับติดต่อและ ID ใบสมัครของคุณ แล้วสอบถามคอลเซ็นเตอร์บัตรหมายเลขของฉันว่าควรทำอย่างไร
covering-continue = ถ่ายรูปโดยคลุมศีรษะไว้
covering-print-slip = พิมพ์หมายเลขสำหรับติดต่อแล้วจบ
guide-looking = กำลังตรวจสอบภาพของคุณ…
guide-all-good = เยี่ยม! อยู่นิ่งไว้
guide-countdown = จะถ่ายภาพใน { $seconds } วินาที…
guide-unavailable = ไม่สามารถใช้การตรวจภาพอัตโนมัติได้ กดปุ่มถ่ายภาพ แล้วตรวจสอบให้ดีในหน้าถัดไป
check-face-present = พบใบหน้า
check-single-face = มีคนเดียว
check-not-too-close = เห็นศีรษะทั้งหมด
check-not-too-far = ระยะพอดี
check-centred = อยู่ตรงกลาง
check-roll = ศีรษะตรง
check-yaw = หันหน้าตรง
check-pitch = คางตรง
check-eyes-open = ลืมตา
check-mouth-closed = ปิดปาก
check-neutral-expression = หน้าเรียบเฉย
check-eyes-visible = เห็นดวงตา
check-face-brightness = ความสว่างของใบหน้า
check-exposure = การรับแสง
check-even-light = แสงสม่ำเสมอ
check-sharpness = ภาพคมชัด
check-plain-background = ฉากหลังเรียบ
check-background-objects = ไม่มีสิ่งของด้านหลัง
check-background-shadow = ไม่มีเงาด้านหลัง
check-head-covering = ไม่สวมหมวกหรือหน้ากาก
photo-take = ถ่ายรูป
photo-processing = กำลังเตรียมรูปถ่ายของคุณ…
photo-failed = ถ่ายรูปไม่สำเร็จ กรุณาลองอีกครั้ง

## 6 Review

review-title = ใช้รูปนี้ได้หรือไม่?
review-size = ขนาดรูปถ่าย: สูง 45 มม. กว้าง 35 มม.
review-use = ใช้รูปนี้
review-retake = ถ่ายใหม่
review-previous = รูปที่ถ่ายก่อนหน้า
review-shot = รูปที่ { $number }
review-checks-passed = ผ่านการตรวจ
review-checks-unknown = ภาพนี้ไม่ได้ตรวจอัตโนมัติ กรุณาตรวจสอบให้ดี

## 7 Confirm and send

confirm-title = ตรวจสอบและส่ง
confirm-id = ID ใบสมัคร
confirm-birth-date = วันเกิด
confirm-cert-signing = ใบรับรองสำหรับการลงนาม
confirm-cert-auth = ใบรับรองสำหรับยืนยันตัวตนผู้ใช้
confirm-braille = ชื่ออักษรเบรลล์
confirm-photo = รูปถ่าย
confirm-no-photo = ไม่มีรูปถ่าย (อายุต่ำกว่า 1 ปี)
confirm-yes = ใช่
confirm-no = ไม่
confirm-send = ส่งคำร้อง
confirm-change = แก้ไข
submit-sending = กำลังส่งคำร้องของคุณ…
submit-demo-note = สาธิต: ใบคำร้องจะถูกส่งไปยังเซิร์ฟเวอร์รับคำร้องสาธิตภายในตู้นี้ ไม่ได้ส่งไปยังบริการของรัฐ
submit-failed = ไม่สามารถบันทึกคำร้องของคุณได้ กรุณาเรียกเจ้าหน้าที่

## 8 Slip

slip-title = ยื่นคำร้องเรียบร้อยแล้ว
slip-sent = ส่งคำร้องของคุณแล้ว
slip-queued = บันทึกคำร้องของคุณไว้ในตู้นี้แล้ว และจะส่งให้โดยอัตโนมัติ
slip-printing = กำลังพิมพ์สลิปของคุณ…
slip-printed = กรุณารับสลิปของคุณ
slip-demo-note = สาธิต: สลิปจะบันทึกเป็นไฟล์แทนการพิมพ์
slip-failed = พิมพ์สลิปไม่สำเร็จ กรุณาจด ID ใบสมัครที่ลงท้ายด้วย { $last_digits } แล้วเรียกเจ้าหน้าที่
slip-not-printed = พิมพ์สลิปไม่สำเร็จ กรุณาจดหมายเลขรับเรื่องด้านล่างไว้ หรือเรียกเจ้าหน้าที่
slip-next-steps = ขั้นตอนต่อไป: คุณจะได้รับหนังสือแจ้งการออกบัตร (ไปรษณียบัตร) ภายในประมาณ 1 เดือน กรุณานำหนังสือแจ้งนี้พร้อมเอกสารยืนยันตัวตนไปรับบัตรด้วยตนเองที่สำนักงานเขตหรือที่ว่าการเทศบาล
slip-finish = เสร็จสิ้น
slip-date = วันที่
slip-booth = ตู้
slip-receipt = หมายเลขรับเรื่อง
slip-call-centre = คอลเซ็นเตอร์บัตรหมายเลขของฉัน: 0120-95-0178 (ภาษาญี่ปุ่น) และ 0120-0178-27 (ภาษาอื่น)
covering-slip-title = กรุณาโทรสอบถามก่อนยื่นคำร้อง
covering-slip-body = ยังไม่มีการส่งข้อมูลใด ๆ กรุณาโทรหาคอลเซ็นเตอร์บัตรหมายเลขของฉัน แจ้ง ID ใบสมัครที่อยู่บนสลิปนี้ และแจ้งว่าคุณคลุมศีรษะด้วยเหตุผลทางศาสนาหรือการแพทย์ คุณสามารถยื่นคำร้องภายหลังด้วยใบสมัครเดิมได้
covering-slip-not-printed = พิมพ์สลิปไม่สำเร็จ กรุณาจดหมายเลขสำหรับติดต่อและ ID ใบสมัครที่แสดงด้านบนไว้

## 9 Goodbye

goodbye-title = ขอบคุณ
goodbye-wiped = ข้อมูลของคุณถูกลบออกจากตู้นี้แล้ว

## หน้าจอเจ้าหน้าที่ (เฉพาะเจ้าหน้าที่ ต้องใส่ PIN)

operator-pin-title = PIN เจ้าหน้าที่
operator-pin-wrong = PIN ไม่ถูกต้อง ลองได้อีก { $attempts } ครั้ง
operator-pin-locked = ใส่ PIN ผิดหลายครั้งเกินไป แป้นกรอก PIN ถูกล็อกไว้ { $minutes } นาที
operator-pin-disabled = หน้าจอเจ้าหน้าที่ถูกปิดใช้งาน เนื่องจากยังไม่ได้ตั้งค่า PIN ใน kiosk-config
operator-checking = กำลังตรวจสอบ…
operator-unlock = ปลดล็อก
operator-cancel = ยกเลิก
operator-title = หน้าจอเจ้าหน้าที่
operator-camera = กล้อง
operator-camera-live = ภาพสด { $width } × { $height } พิกเซล
operator-camera-demo = ภาพสาธิต (ไม่มีกล้อง)
operator-camera-lost = ไม่ทำงาน: { $reason }
operator-camera-starting = กำลังเริ่มทำงาน…
operator-camera-preview = ภาพที่กล้องเห็นตอนนี้
operator-camera-no-preview = ไม่มีภาพจากกล้อง
operator-printer = เครื่องพิมพ์
operator-test-print = ทดสอบการพิมพ์
operator-test-print-sent = ส่งสลิปทดสอบไปยังเครื่องพิมพ์แล้ว
operator-printer-ready = พร้อมใช้งาน
operator-printer-offline = ออฟไลน์
operator-printer-paper-out = กระดาษหมด
operator-printer-error = ข้อผิดพลาด: { $reason }
operator-printer-none = ไม่ได้ตั้งค่าเครื่องพิมพ์
operator-job-printed = พิมพ์แล้ว
operator-job-saved = บันทึกเป็นไฟล์แล้ว
operator-job-timed-out = ไม่เสร็จภายในเวลาที่กำหนด (ยกเลิกแล้ว)
operator-printer-last-slip = สลิปล่าสุด: { $result }
operator-printer-last-test = ทดสอบการพิมพ์: { $result }
operator-metrics = วันนี้
operator-sessions = เริ่มใช้งาน: { $started } ครั้ง เสร็จสิ้น: { $finished } ครั้ง
operator-recent-errors = คำเตือนและข้อผิดพลาดล่าสุด
operator-no-errors = ไม่มี
operator-version = เวอร์ชัน { $version }
operator-close = ปิด
operator-exit = ออกไปที่เดสก์ท็อป
operator-outbox = ใบคำร้อง
operator-outbox-counts = รอส่ง { $waiting } รายการ · เซิร์ฟเวอร์ปฏิเสธ { $refused } รายการ (ดูบันทึก) · ส่งแล้ว { $sent } รายการ
operator-disk-low = ดิสก์ใกล้เต็ม: เหลือ { $free } MB อีกไม่นานจะบันทึกใบสมัครไม่ได้ โปรดเพิ่มพื้นที่ว่างหรือติดต่อฝ่ายซ่อมบำรุง
operator-network = เซิร์ฟเวอร์รับคำร้อง
operator-network-ok = เชื่อมต่อได้
operator-network-down = เชื่อมต่อไม่ได้: { $error }
operator-network-demo = สาธิต: เซิร์ฟเวอร์รับคำร้องทำงานอยู่ภายในตู้นี้
operator-send-now = ส่งเดี๋ยวนี้
operator-voice = เสียงแนะนำ
operator-voice-none = ตู้นี้ไม่มีเสียงแนะนำ (ดู [voice] ใน kiosk-config)
operator-voice-on-by-default = เปิดเมื่อเริ่มการใช้งานทุกครั้ง (ผู้ใช้ปิดได้)
operator-voice-off-by-default = ปิดเมื่อเริ่มการใช้งานทุกครั้ง (ผู้ใช้เปิดได้)
operator-voice-output-ok = เสียงออก: ใช้งานได้
operator-voice-output-failed = เสียงออก: ใช้งานไม่ได้ (ไม่มีการ์ดเสียง หรือชื่ออุปกรณ์ใน [voice] ของ kiosk-config ไม่ถูกต้อง)
operator-voice-silent = ภาษาที่ไม่มีเสียง: { $languages }
operator-voice-test = เล่นเสียงทดสอบ
operator-voice-test-line = นี่คือการทดสอบเสียงของตู้
operator-voice-log = เสียงล่าสุด
operator-voice-log-empty = ยังไม่ได้พูดอะไร
operator-voice-played = เล่นแล้ว
operator-voice-interrupted = ถูกตัด
operator-voice-no-voice = ไม่มีเสียง
operator-voice-failed = ล้มเหลว (ดูบันทึก)
operator-calibration = การปรับเทียบภาพถ่าย
operator-calibration-backdrop-set = ภาพอ้างอิงฉากหลังขณะตู้ว่าง: บันทึกแล้ว
operator-calibration-backdrop-none = ภาพอ้างอิงฉากหลัง: ไม่มี
operator-calibration-baseline = ค่าอ้างอิงศีรษะ: เงย/ก้ม { $pitch } องศา ดวงตาอยู่ที่ { $height } % ของความสูงภาพ
operator-calibration-baseline-none = ค่าอ้างอิงศีรษะ: ไม่มี (ใช้ค่าจาก kiosk-config)
operator-calibration-capture-backdrop = ถ่ายภาพตู้ขณะว่าง
operator-calibration-record-baseline = บันทึกค่าอ้างอิงศีรษะ (นั่งลงและมองกล้อง)
operator-calibration-reset = รีเซ็ตการปรับเทียบ
operator-calibration-working = กำลังปรับเทียบ… (ประมาณ 2 วินาที)
operator-calibration-saved = บันทึกการปรับเทียบแล้ว
operator-calibration-face-in-view = ไม่สามารถทำได้: มีใบหน้าอยู่ในภาพ กรุณาให้ตู้ว่างแล้วลองใหม่
operator-calibration-no-face = ไม่พบใบหน้า กรุณานั่งหน้ากล้อง มองตรงไปที่กล้อง แล้วลองใหม่
operator-calibration-no-camera = กล้องไม่มีภาพ จึงปรับเทียบไม่ได้ในขณะนี้
operator-calibration-failed = ปรับเทียบไม่สำเร็จ: { $reason }
