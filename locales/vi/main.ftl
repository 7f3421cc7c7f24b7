# Myna Booth — Tiếng Việt. Toàn bộ chữ hiển thị trên máy nằm trong các tệp này.
# Thuật ngữ chính thức: "thẻ mã số cá nhân" (マイナンバーカード), theo trang tiếng Việt của Bộ Nội vụ và Truyền thông
# (総務省) https://www.soumu.go.jp/main_sosiki/jichi_gyousei/c-gyousei/zairyu/vietnamese/basic_resident_registration_card.html
# "Đơn xin cấp Thẻ mã số cá nhân" (交付申請書): theo trang tiếng Việt của thành phố Higashihiroshima (trang của thành
# phố, lựa chọn thứ hai) https://www.city.higashihiroshima.lg.jp/vi/3/39212.html
# "ID đơn xin cấp" (申請書ID) và "bưu thiếp thông báo cấp thẻ" (交付通知書): không tìm thấy nguồn chính thức, giữ nguyên.

## Everywhere

app-name = Myna Booth
topbar-language = Ngôn ngữ
topbar-start-over = Làm lại từ đầu
topbar-call-staff = Gọi nhân viên
topbar-step = Bước { $current }/{ $total }
a11y-voice-on = Giọng nói: bật
a11y-voice-off = Giọng nói: tắt
a11y-voice-none = Không có giọng nói cho ngôn ngữ này
a11y-voice-unavailable = Không dùng được giọng nói
a11y-repeat = Nghe lại
a11y-larger-text-on = Chữ lớn: bật
a11y-larger-text-off = Chữ lớn: tắt
a11y-contrast-on = Tương phản cao: bật
a11y-contrast-off = Tương phản cao: tắt
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = Ngôn ngữ
step-check = Kiểm tra
step-scan = Đơn
step-details = Thông tin
step-photo = Ảnh
step-send = Gửi
step-slip = Phiếu
demo-mode-banner = Chế độ trình diễn: không tìm thấy camera nên máy đang phát một đoạn ghi hình sẵn thay cho hình ảnh trực tiếp.
staff-called = Đã gọi nhân viên. Vui lòng chờ tại đây.
staff-called-close = OK
start-over-title = Làm lại từ đầu?
start-over-body = Toàn bộ thông tin bạn đã nhập sẽ bị xóa.
start-over-yes = Có, làm lại từ đầu
start-over-no = Không, tiếp tục
inactivity-title = Bạn vẫn còn ở đây chứ?
inactivity-body = Để bảo vệ quyền riêng tư của bạn, máy sẽ xóa thông tin đã nhập và làm lại từ đầu sau { $seconds } giây.
inactivity-continue = Tôi vẫn ở đây
common-back = Quay lại
common-next = Tiếp theo
camera-lost = Camera không hoạt động. Vui lòng gọi nhân viên.
camera-reconnecting = Đang kết nối lại camera…

## 0 Attract

attract-title = Đăng ký Thẻ mã số cá nhân (thẻ My Number) tại đây
attract-touch = Chạm vào màn hình để bắt đầu
attract-bring-form = Vui lòng chuẩn bị sẵn Đơn xin cấp Thẻ mã số cá nhân có mã QR.
attract-price-free = Miễn phí
attract-price = Giá: { $price } yên
attract-duration = Mất khoảng 5 phút, kể cả chụp ảnh.

## 1 Language and consent

language-title = Chọn ngôn ngữ
consent-title = Quyền riêng tư của bạn
consent-body = Máy này gửi đơn đăng ký của bạn (ngày sinh, các lựa chọn và ảnh của bạn) đến dịch vụ đăng ký trực tuyến chính thức. Máy không lưu lại gì: dữ liệu của bạn sẽ bị xóa ngay khi bạn làm xong hoặc rời đi.
consent-accept = Tôi đồng ý, tiếp tục
consent-decline = Hủy

## 2 Before you start

check-title = Trước khi bắt đầu
check-intro = Có điều nào sau đây thay đổi kể từ khi đơn xin cấp được gửi cho bạn không? Nếu có, đơn có thể không còn hợp lệ.
check-moved = Bạn có chuyển đến địa chỉ mới sau khi nhận đơn không?
check-name-changed = Họ tên của bạn có thay đổi sau khi nhận đơn không?
check-stay-renewed = Dành cho người nước ngoài: thời hạn lưu trú của bạn có được gia hạn sau khi nhận đơn không?
answer-yes = Có
answer-no = Không
check-warning-title = Đơn của bạn có thể không được chấp nhận
check-warning-moved = Sau khi chuyển nhà, đơn của bạn có thể không còn khớp với thông tin đăng ký cư trú. Bạn có thể nhận đơn xin cấp mới tại tòa thị chính nơi bạn sống.
check-warning-name = Sau khi đổi tên, đơn của bạn có thể không còn khớp với thông tin đăng ký cư trú. Bạn có thể nhận đơn xin cấp mới tại tòa thị chính nơi bạn sống.
check-warning-stay = Sau khi gia hạn thời hạn lưu trú, đơn của bạn có thể không còn khớp với thông tin đăng ký cư trú. Bạn có thể nhận đơn xin cấp mới tại tòa thị chính nơi bạn sống.
check-nothing-changed = Không có gì thay đổi
check-something-changed = Có thay đổi
check-continue = Tiếp tục
check-continue-anyway = Vẫn tiếp tục
screen-more-below = Còn nội dung ở phía dưới

## 3 Scan

scan-title = Vui lòng đưa mã QR trên đơn xin cấp ra trước camera
scan-hint = Giữ đơn thật phẳng trong khung, cách camera khoảng 20 cm.
scan-looking = Đang tìm mã QR…
scan-type-instead = Nhập ID bằng tay
scan-keypad-offer = Gặp khó khăn? Bạn có thể nhập ID bằng tay.
scan-hint-closer = Vui lòng đưa đơn lại gần camera thêm một chút.
scan-hint-farther = Vui lòng đưa đơn ra xa thêm một chút để toàn bộ mã QR nằm trong khung.
scan-hint-glare = Mã QR đang bị phản chiếu ánh sáng. Vui lòng nghiêng đơn một chút để tránh bị lóa.
scan-hint-hold-still = Đã thấy mã QR. Vui lòng giữ yên đơn trong giây lát.
forms-title = Vị trí của mã QR và ID
form-gen-card = Đơn gửi kèm Thẻ thông báo (2015–2020): xé rời theo đường đục lỗ.
form-gen-notice = Đơn gửi kèm Giấy thông báo mã số cá nhân (từ 2020), đơn được gửi lại cho bạn, hoặc đơn nhận tại tòa thị chính.
form-gen-handwritten = Mẫu đơn trống để viết tay không có mã QR và không có ID nên không thể dùng ở đây.
forms-legend-qr = Mã QR
forms-legend-id = ID đơn xin cấp gồm 23 chữ số
forms-schematic = Hình vẽ đơn giản hóa: bố cục trên đơn của bạn có thể khác.
numbers-help-title = Đây là số nào?
numbers-help-id = 23 chữ số: ID đơn xin cấp. Đây là số cần nhập.
keypad-title = Nhập ID đơn xin cấp gồm 23 chữ số
keypad-hint = ID được in bên cạnh mã QR trên đơn xin cấp của bạn.
keypad-delete = Xóa
keypad-clear = Xóa hết
keypad-done = Xong
keypad-digits-left = { $count ->
   *[other] Còn { $count } chữ số
}
keypad-scan-instead = Quét mã QR
id-found-title = Đây có phải ID đơn xin cấp của bạn không?
id-found-yes = Đúng rồi
id-found-no = Không, thử lại
id-error-empty = Vui lòng nhập ID đơn xin cấp gồm 23 chữ số.
id-error-too-short = Số này quá ngắn: ID đơn xin cấp gồm 23 chữ số.
id-error-too-long = Số này quá dài: ID đơn xin cấp gồm 23 chữ số.
id-error-invalid-character = ID đơn xin cấp chỉ gồm các chữ số.
id-error-individual-number = Số này có vẻ là Mã số cá nhân (My Number) 12 chữ số của bạn. Vui lòng không dùng số đó ở đây: cần ID đơn xin cấp gồm 23 chữ số in trên đơn.
id-error-resident-record-code = Số này có vẻ là mã phiếu cư trú 11 chữ số. Cần ID đơn xin cấp gồm 23 chữ số in trên đơn.
id-error-url-without-id = Mã QR này không chứa ID đơn xin cấp. Vui lòng đưa mã QR của đơn xin cấp.
id-error-several-ids = Mã QR này chứa nhiều hơn một số. Vui lòng đưa mã QR của đơn xin cấp.
id-error-not-an-id = Đây không phải mã QR của đơn xin cấp. Vui lòng đưa mã QR được in trên đơn xin cấp.

## 4 Details

details-title = Thông tin của bạn
details-form-looking = Đang tìm đơn đăng ký của bạn…
details-form-name = Họ tên
details-form-address = Địa chỉ
details-form-check = Các thông tin này lấy từ đơn đăng ký của bạn. Nếu không phải của bạn, hãy nhấn “{ topbar-start-over }”.
details-form-not-found-title = Không tìm thấy đơn đăng ký nào có mã này
details-form-not-found = Vui lòng kiểm tra dãy 23 chữ số trên đơn và nhập lại. Nếu vẫn không được, hãy gọi nhân viên.
details-form-unavailable-title = Hiện chưa thể kiểm tra đơn của bạn
details-form-unavailable = Không kết nối được với dịch vụ đăng ký. Hãy thử lại hoặc tiếp tục: đơn của bạn sẽ được kiểm tra khi được gửi đi.
details-form-retry = Thử lại
details-form-reenter = Nhập lại mã số
details-birth-date = Ngày sinh
details-birth-date-hint = Chọn thập niên, rồi chọn năm, tháng và ngày.
details-pick-decade = Bạn sinh năm nào? Hãy chọn thập niên.
details-pick-year = Chọn năm.
details-pick-month = Chọn tháng.
details-pick-day = Chọn ngày.
details-pick-back = Quay lại
details-birth-date-era = Lịch Nhật Bản: { $era }
details-age = Tuổi: { $age }
date-error-incomplete = Vui lòng nhập đủ 8 chữ số: năm, tháng và ngày.
date-error-invalid-character = Vui lòng chỉ nhập chữ số.
date-error-no-such-date = Ngày này không tồn tại. Vui lòng kiểm tra lại tháng và ngày.
date-error-in-future = Ngày này chưa tới. Vui lòng kiểm tra lại năm.
date-error-too-old = Vui lòng kiểm tra lại năm.
details-cert-title = Giấy chứng nhận điện tử
details-cert-signing = Giấy chứng nhận điện tử dùng để ký (để ký văn bản trực tuyến, ví dụ khi khai thuế)
details-cert-auth = Giấy chứng nhận điện tử dùng để xác thực người dùng (để đăng nhập, ví dụ vào Mynaportal)
details-cert-on = Cấp
details-cert-off = Không cấp
details-adult-ward = Làm đơn cho người thành niên được giám hộ? Người giám hộ làm đơn với tư cách người đại diện theo pháp luật, và giấy chứng nhận điện tử dùng để ký sẽ không được cấp: hãy chọn “{ details-cert-off }”.
details-braille = Tên bằng chữ nổi Braille trên thẻ
details-braille-hint = Thẻ sẽ có tên của bạn bằng chữ nổi Braille (tối đa 11 ký tự).
details-under-1 = Trẻ dưới 1 tuổi được cấp thẻ không có ảnh, nên bước chụp ảnh sẽ được bỏ qua.
details-under-15-title = Làm đơn cho trẻ dưới 15 tuổi
details-under-15 = Cha mẹ hoặc người đại diện theo pháp luật khác làm đơn thay cho trẻ và có thể thao tác máy này thay trẻ. Trẻ dưới 15 tuổi không được cấp giấy chứng nhận điện tử dùng để ký.
details-continue = Tiếp tục

## 5 Photo

photo-title = Ảnh của bạn
photo-instructions = Ngồi thẳng lưng, nhìn vào camera, giữ nét mặt tự nhiên và khép miệng.
photo-help-open = Dùng xe lăn? Chụp ảnh cho trẻ?
photo-help-title = Người dùng xe lăn, người hỗ trợ và trẻ em
photo-help-wheelchair = Bạn có thể ngồi nguyên trên xe lăn để chụp ảnh. Ghế của máy này có dời ra được không, chiều cao camera có chỉnh được không, hãy hỏi nhân viên: bấm “{ topbar-call-staff }”.
photo-help-helper = Người hỗ trợ có thể giúp bạn thao tác màn hình và ngồi thẳng, nhưng phải ra khỏi khung hình trước khi chụp.
photo-help-child = Trẻ nhỏ có thể ngồi trên đùi cha hoặc mẹ, miễn là người lớn không lọt vào ảnh.
photo-help-baby = Trẻ dưới 1 tuổi không cần ảnh: thẻ của trẻ không có ảnh.
photo-help-close = Đóng
guide-face-present = Nhìn vào máy ảnh, để khuôn mặt nằm trong khung
guide-single-face = Chỉ một người trong ảnh
guide-not-too-close = Lùi lại một chút
guide-not-too-far = Lại gần thêm một chút
guide-centred = Đưa đầu vào giữa khung
guide-roll = Giữ đầu thẳng, không nghiêng
guide-yaw = Nhìn thẳng vào máy ảnh
guide-pitch = Giữ cằm ngang
guide-eyes-open = Hãy mở mắt
guide-mouth-closed = Hãy ngậm miệng
guide-neutral-expression = Thả lỏng khuôn mặt, không cười
guide-eyes-visible = Để mắt được nhìn rõ: không lóa, không kính màu, không tóc che
guide-face-brightness = Khuôn mặt quá tối hoặc quá sáng: hãy ngồi đối diện với đèn
guide-exposure = Một phần khuôn mặt quá sáng hoặc quá tối: tránh ánh sáng chiếu thẳng
guide-even-light = Ánh sáng trên mặt không đều: xoay nhẹ về phía đèn
guide-sharpness = Giữ yên một lúc
guide-plain-background = Phông nền phải trơn: di chuyển để phía sau chỉ có bức tường
guide-background-objects = Có vật phía sau bạn: di chuyển để chỉ thấy bức tường trơn
guide-background-shadow = Có bóng phía sau bạn: đứng cách xa tường một chút
guide-head-covering = Nếu được, hãy bỏ mũ hoặc khẩu trang. Bạn không đội gì, hoặc trùm đầu vì lý do tôn giáo hay y tế? Hãy chạm vào một nút bên dưới.
covering-offer = Tôi trùm đầu vì lý do tôn giáo hoặc y tế
covering-none = Tôi không đội mũ hay đeo khẩu trang
covering-title = Trùm đầu vì lý do tôn giáo hoặc y tế
covering-rules = Ảnh phải thấy toàn bộ khuôn mặt, từ đỉnh trán đến cằm, và cả hai bên mặt, không bị bóng. Máy này không thể biết khăn trùm đầu của bạn có được chấp nhận hay không.
covering-unsure = Nếu không chắc chắn, đừng nộp đơn vội: hãy in phiếu có số điện thoại cần gọi và ID đơn xin cấp của bạn, rồi hỏi Tổng đài Thẻ mã số cá nhân nên làm gì.
covering-continue = Chụp ảnh khi vẫn trùm đầu
covering-print-slip = In số điện thoại cần gọi và kết thúc
guide-looking = Đang kiểm tra ảnh của bạn…
guide-all-good = Hoàn hảo! Giữ yên nhé.
guide-countdown = Chụp ảnh sau { $seconds } giây…
guide-unavailable = Không dùng được kiểm tra ảnh tự động. Hãy chụp bằng nút và kiểm tra kỹ ở màn hình tiếp theo.
check-face-present = Có khuôn mặt
check-single-face = Chỉ một người
check-not-too-close = Đủ cả đầu
check-not-too-far = Khoảng cách phù hợp
check-centred = Ở giữa
check-roll = Đầu thẳng
check-yaw = Nhìn thẳng
check-pitch = Cằm ngang
check-eyes-open = Mắt mở
check-mouth-closed = Miệng ngậm
check-neutral-expression = Nét mặt tự nhiên
check-eyes-visible = Thấy rõ mắt
check-face-brightness = Độ sáng khuôn mặt
check-exposure = Phơi sáng
check-even-light = Ánh sáng đều
check-sharpness = Sắc nét
check-plain-background = Phông nền trơn
check-background-objects = Không có vật phía sau
check-background-shadow = Không có bóng phía sau
check-head-covering = Không đội mũ, không khẩu trang
photo-take = Chụp ảnh
photo-processing = Đang chuẩn bị ảnh…
photo-failed = Không chụp được ảnh. Vui lòng thử lại.

## 6 Review

review-title = Ảnh này được chưa?
review-size = Kích thước ảnh: cao 45 mm, rộng 35 mm.
review-use = Dùng ảnh này
review-retake = Chụp lại
review-previous = Các ảnh trước
review-shot = Ảnh { $number }
review-checks-passed = Các mục đã đạt
review-checks-unknown = Ảnh này chưa được kiểm tra tự động: hãy xem kỹ.

## 7 Confirm and send

confirm-title = Kiểm tra và gửi
confirm-id = ID đơn xin cấp
confirm-birth-date = Ngày sinh
confirm-cert-signing = Chứng nhận dùng để ký
confirm-cert-auth = Chứng nhận xác thực người dùng
confirm-braille = Tên bằng chữ nổi
confirm-photo = Ảnh
confirm-no-photo = Không có ảnh (dưới 1 tuổi)
confirm-yes = Có
confirm-no = Không
confirm-send = Gửi đơn
confirm-change = Sửa
submit-sending = Đang gửi đơn của bạn…
submit-demo-note = Bản demo: đơn được gửi đến máy chủ tiếp nhận demo bên trong máy này, không gửi đến dịch vụ quốc gia.
submit-failed = Không lưu được đơn của bạn. Vui lòng gọi nhân viên.

## 8 Slip

slip-title = Bạn đã đăng ký xong
slip-sent = Đơn của bạn đã được gửi.
slip-queued = Đơn của bạn đã được lưu trên máy này và sẽ được gửi tự động.
slip-printing = Đang in phiếu…
slip-printed = Vui lòng nhận phiếu.
slip-demo-note = Trình diễn: phiếu được lưu thành tệp thay vì in ra.
slip-failed = Không in được phiếu. Vui lòng ghi lại ID đơn xin cấp có các số cuối là { $last_digits } và gọi nhân viên.
slip-not-printed = Không in được phiếu. Vui lòng ghi lại số tiếp nhận bên dưới hoặc gọi nhân viên.
slip-next-steps = Bước tiếp theo: khoảng một tháng sau, bạn sẽ nhận được bưu thiếp thông báo cấp thẻ. Hãy mang bưu thiếp này cùng giấy tờ tùy thân đến tòa thị chính nơi bạn sống để trực tiếp nhận thẻ.
slip-finish = Hoàn tất
slip-date = Ngày
slip-booth = Máy
slip-receipt = Số tiếp nhận
slip-call-centre = Tổng đài Thẻ mã số cá nhân: 0120-95-0178 (tiếng Nhật), 0120-0178-27 (ngôn ngữ khác)
covering-slip-title = Hãy gọi điện trước khi nộp đơn
covering-slip-body = Chưa có gì được gửi đi. Hãy gọi Tổng đài Thẻ mã số cá nhân, cho biết ID đơn xin cấp trên phiếu này và nói rằng bạn trùm đầu vì lý do tôn giáo hoặc y tế. Bạn có thể nộp đơn sau bằng chính mẫu đơn này.
covering-slip-not-printed = Không in được phiếu. Vui lòng ghi lại số điện thoại cần gọi và ID đơn xin cấp hiển thị ở trên.

## 9 Goodbye

goodbye-title = Cảm ơn bạn
goodbye-wiped = Dữ liệu của bạn đã được xóa khỏi máy này.

## Màn hình vận hành (chỉ dành cho nhân viên, cần mã PIN)

operator-pin-title = Mã PIN vận hành
operator-pin-wrong = Sai mã PIN. Còn { $attempts } lần thử.
operator-pin-locked = Nhập sai mã PIN quá nhiều lần. Bàn phím PIN bị khóa trong { $minutes } phút.
operator-pin-disabled = Màn hình vận hành đã bị tắt: chưa đặt mã PIN trong kiosk-config.
operator-checking = Đang kiểm tra…
operator-unlock = Mở khóa
operator-cancel = Hủy
operator-title = Màn hình vận hành
operator-camera = Camera
operator-camera-live = Trực tiếp, { $width } × { $height } pixel
operator-camera-demo = Cảnh trình diễn (không có camera)
operator-camera-lost = Không hoạt động: { $reason }
operator-camera-starting = Đang khởi động…
operator-camera-preview = Hình camera đang thấy
operator-camera-no-preview = Camera không có hình
operator-printer = Máy in
operator-test-print = In thử
operator-test-print-sent = Đã gửi phiếu in thử đến máy in.
operator-printer-ready = Sẵn sàng
operator-printer-offline = Mất kết nối
operator-printer-paper-out = Hết giấy
operator-printer-error = Lỗi: { $reason }
operator-printer-none = Chưa cài đặt máy in
operator-job-printed = Đã in
operator-job-saved = Đã lưu thành tệp
operator-job-timed-out = Không xong kịp thời gian (đã hủy)
operator-printer-last-slip = Phiếu gần nhất: { $result }
operator-printer-last-test = In thử: { $result }
operator-metrics = Hôm nay
operator-sessions = Lượt sử dụng bắt đầu: { $started }, hoàn tất: { $finished }
operator-recent-errors = Cảnh báo và lỗi gần đây
operator-no-errors = Không có
operator-version = Phiên bản { $version }
operator-close = Đóng
operator-exit = Thoát ra màn hình nền
operator-outbox = Đơn đăng ký
operator-outbox-counts = { $waiting } đang chờ gửi · { $refused } bị máy chủ từ chối (xem nhật ký) · { $sent } đã gửi
operator-disk-low = Ổ đĩa sắp đầy: còn { $free } MB. Sắp không thể lưu hồ sơ; hãy giải phóng dung lượng hoặc gọi bộ phận bảo trì.
operator-network = Máy chủ tiếp nhận
operator-network-ok = Kết nối được
operator-network-down = Không kết nối được: { $error }
operator-network-demo = Demo: máy chủ tiếp nhận chạy bên trong máy này.
operator-send-now = Gửi ngay
operator-voice = Hướng dẫn bằng giọng nói
operator-voice-none = Máy này không có hướng dẫn bằng giọng nói (xem [voice] trong kiosk-config).
operator-voice-on-by-default = Bật khi bắt đầu mỗi lượt (người dùng có thể tắt).
operator-voice-off-by-default = Tắt khi bắt đầu mỗi lượt (người dùng có thể bật).
operator-voice-output-ok = Âm thanh ra: hoạt động
operator-voice-output-failed = Âm thanh ra: không hoạt động (không có card âm thanh, hoặc thiết bị trong [voice] của kiosk-config sai)
operator-voice-silent = Không có giọng cho: { $languages }
operator-voice-test = Phát câu thử
operator-voice-test-line = Đây là bài thử giọng nói của máy.
operator-voice-log = Đã nói gần đây
operator-voice-log-empty = Chưa nói gì
operator-voice-played = đã phát
operator-voice-interrupted = bị ngắt
operator-voice-no-voice = không có giọng
operator-voice-failed = lỗi (xem nhật ký)
operator-calibration = Hiệu chỉnh ảnh
operator-calibration-backdrop-set = Ảnh nền tham chiếu khi buồng trống: đã lưu
operator-calibration-backdrop-none = Ảnh nền tham chiếu: chưa có
operator-calibration-baseline = Chuẩn đầu: góc ngẩng { $pitch } độ, mắt ở { $height } % chiều cao ảnh
operator-calibration-baseline-none = Chuẩn đầu: chưa có (dùng giá trị trong kiosk-config)
operator-calibration-capture-backdrop = Chụp buồng trống
operator-calibration-record-baseline = Ghi chuẩn đầu (ngồi và nhìn vào camera)
operator-calibration-reset = Đặt lại hiệu chỉnh
operator-calibration-working = Đang hiệu chỉnh… (khoảng 2 giây)
operator-calibration-saved = Đã lưu hiệu chỉnh.
operator-calibration-face-in-view = Bị từ chối: có khuôn mặt trong khung hình. Hãy để buồng trống rồi thử lại.
operator-calibration-no-face = Không thấy khuôn mặt. Hãy ngồi trước camera, nhìn thẳng vào camera rồi thử lại.
operator-calibration-no-camera = Camera không có hình nên hiện không thể hiệu chỉnh.
operator-calibration-failed = Hiệu chỉnh không thành công: { $reason }
