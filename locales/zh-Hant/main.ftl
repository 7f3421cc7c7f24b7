# Myna Booth — 繁體中文（台灣）。自助機上顯示的所有文字都在這些檔案中。
# 用語（未找到日本政府機關的中文官方出處，沿用原有譯法）：
# 「個人編號卡」（My Number卡）、「個人編號卡交付申請書」（交付申請書）、
# 「申請書ID」（申請書ID）、「交付通知書」（交付通知書，明信片）。

## Everywhere

app-name = Myna Booth
topbar-language = 語言
topbar-start-over = 重新開始
topbar-call-staff = 呼叫工作人員
topbar-step = 第 { $current } 步，共 { $total } 步
a11y-voice-on = 語音：開
a11y-voice-off = 語音：關
a11y-voice-none = 此語言沒有語音
a11y-voice-unavailable = 語音無法使用
a11y-repeat = 再聽一次
a11y-larger-text-on = 大字體：開
a11y-larger-text-off = 大字體：關
a11y-contrast-on = 高對比：開
a11y-contrast-off = 高對比：關
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = 語言
step-check = 確認
step-scan = 申請書
step-details = 資料
step-photo = 照片
step-send = 送出
step-slip = 收執聯
demo-mode-banner = 示範模式：未偵測到相機，因此本機播放的是預錄畫面，而非即時影像。
staff-called = 已呼叫工作人員，請在此稍候。
staff-called-close = 確定
start-over-title = 要重新開始嗎？
start-over-body = 您輸入的所有內容都將被刪除。
start-over-yes = 是，重新開始
start-over-no = 否，繼續
inactivity-title = 您還在嗎？
inactivity-body = 為保護您的隱私，{ $seconds } 秒後將清除輸入內容並重新開始。
inactivity-continue = 我還在
common-back = 返回
common-next = 下一步
camera-lost = 相機無法運作，請呼叫工作人員。
camera-reconnecting = 正在重新連接相機…

## 0 Attract

attract-title = 在這裡申請個人編號卡（My Number卡）
attract-touch = 請觸碰螢幕開始
attract-bring-form = 請準備好附有QR Code的個人編號卡交付申請書。
attract-price-free = 免費
attract-price = 費用：{ $price } 日圓
attract-duration = 含拍照在內，約需 5 分鐘。

## 1 Language and consent

language-title = 請選擇語言
consent-title = 您的隱私
consent-body = 本機會將您的申請內容（出生日期、您的選擇及照片）傳送至官方線上申請服務。本機不會留存任何資料：當您完成操作或離開後，資料會立即刪除。
consent-accept = 同意並繼續
consent-decline = 取消

## 2 Before you start

check-title = 開始之前
check-intro = 申請書寄出後，以下各項是否有所變更？若有變更，該申請書可能已無法使用。
check-moved = 收到申請書後，您是否曾搬家（地址有變更）？
check-name-changed = 收到申請書後，您的姓名是否有變更？
check-stay-renewed = 外國居民：收到申請書後，您的在留期間是否已更新？
answer-yes = 是
answer-no = 否
check-warning-title = 您的申請書可能無法受理
check-warning-moved = 搬家後，申請書上的資料可能與您的住民票不符。您可以向市區町村窗口索取新的申請書。
check-warning-name = 姓名變更後，申請書上的資料可能與您的住民票不符。您可以向市區町村窗口索取新的申請書。
check-warning-stay = 在留期間更新後，申請書上的資料可能與您的住民票不符。您可以向市區町村窗口索取新的申請書。
check-nothing-changed = 沒有變更
check-something-changed = 有變更
check-continue = 繼續
check-continue-anyway = 仍要繼續
screen-more-below = 下面還有內容

## 3 Scan

scan-title = 請出示申請書上的QR Code
scan-hint = 請將申請書平放於框內，距離相機約 20 公分。
scan-looking = 正在尋找QR Code…
scan-type-instead = 改為輸入ID
scan-keypad-offer = 掃描不順利嗎？您也可以改為輸入ID。
scan-hint-closer = 請把申請書再靠近鏡頭一點。
scan-hint-farther = 請把申請書再拿遠一點，讓整個QR Code都在框內。
scan-hint-glare = QR Code上有反光。請把申請書稍微傾斜，避開反光。
scan-hint-hold-still = 已經看到QR Code了。請拿穩申請書，保持不動片刻。
forms-title = QR Code和申請書ID在哪裡
form-gen-card = 與通知卡相連寄來的申請書（2015–2020年）：請沿騎縫線撕下使用。
form-gen-notice = 與個人編號通知書一起寄來的申請書（2020年起）、重新寄來的申請書，或在市區町村窗口領取的申請書。
form-gen-handwritten = 手寫用的空白申請書上沒有QR Code，也沒有申請書ID，無法在此使用。
forms-legend-qr = QR Code
forms-legend-id = 23 位數申請書ID
forms-schematic = 以上為簡化示意圖，您的申請書版面可能有所不同。
numbers-help-title = 這是哪一個號碼？
numbers-help-id = 23 位數：申請書ID。請輸入這個號碼。
keypad-title = 請輸入 23 位數的申請書ID
keypad-hint = 申請書ID印在申請書上的QR Code旁邊。
keypad-delete = 刪除
keypad-clear = 清除
keypad-done = 完成
keypad-digits-left = 還差 { $count } 位數
keypad-scan-instead = 改為掃描QR Code
id-found-title = 這是您的申請書ID嗎？
id-found-yes = 是，沒錯
id-found-no = 不是，重試
id-error-empty = 請輸入 23 位數的申請書ID。
id-error-too-short = 號碼位數不足：申請書ID為 23 位數字。
id-error-too-long = 號碼位數過多：申請書ID為 23 位數字。
id-error-invalid-character = 申請書ID只能包含數字。
id-error-individual-number = 這似乎是您的 12 位數個人編號（My Number），請勿在此使用。此處需要的是申請書上印的 23 位數申請書ID。
id-error-resident-record-code = 這似乎是 11 位數的住民票代碼。此處需要的是申請書上印的 23 位數申請書ID。
id-error-url-without-id = 此QR Code不含申請書ID。請出示申請書上的QR Code。
id-error-several-ids = 此QR Code含有多個號碼。請出示申請書上的QR Code。
id-error-not-an-id = 這不是申請書的QR Code。請出示印在申請書上的QR Code。

## 4 Details

details-title = 您的資料
details-form-looking = 正在查詢您的申請書資料…
details-form-name = 姓名
details-form-address = 地址
details-form-check = 以上資料來自您的申請書。如果不是您本人的資料，請按「{ topbar-start-over }」。
details-form-not-found-title = 找不到此申請書ID的申請書
details-form-not-found = 請核對申請書上的23位數字後重新輸入。如果仍然不行，請呼叫工作人員。
details-form-unavailable-title = 目前無法核對您的申請書
details-form-unavailable = 無法連線至申請服務。您可以再試一次，也可以繼續辦理：申請會在送出時接受核對。
details-form-retry = 再試一次
details-form-reenter = 重新輸入號碼
details-birth-date = 出生日期
details-birth-date-hint = 請依序選擇年代、年份、月份和日期。
details-pick-decade = 您是哪年出生的？請選擇年代。
details-pick-year = 請選擇年份。
details-pick-month = 請選擇月份。
details-pick-day = 請選擇日期。
details-pick-back = 返回
details-birth-date-era = 日本年號：{ $era }
details-age = 年齡：{ $age } 歲
date-error-incomplete = 請輸入完整的 8 位數字：年、月、日。
date-error-invalid-character = 請只輸入數字。
date-error-no-such-date = 此日期不存在，請檢查月份與日期。
date-error-in-future = 這是未來的日期，請檢查年份。
date-error-too-old = 請檢查年份。
details-cert-title = 電子證明書
details-cert-signing = 簽名用電子證明書（用於線上簽署文件，例如報稅）
details-cert-auth = 使用者證明用電子證明書（用於登入，例如登入Mynaportal）
details-cert-on = 發行
details-cert-off = 不發行
details-adult-ward = 為受監護宣告的成年人申請？由監護人以法定代理人身分申請，且不發行簽名用電子證明書：請選擇「{ details-cert-off }」。
details-braille = 卡片上的點字姓名
details-braille-hint = 卡片上會以點字標示您的姓名（最多 11 個字元）。
details-under-1 = 未滿 1 歲的兒童會領到無照片的卡片，因此將略過拍照步驟。
details-under-15-title = 為未滿 15 歲的兒童申請
details-under-15 = 由父母等法定代理人代替兒童申請，並可代為操作本機。未滿 15 歲者不發行簽名用電子證明書。
details-continue = 繼續

## 5 Photo

photo-title = 您的照片
photo-instructions = 請坐正，看著相機，閉上嘴巴，保持自然表情。
photo-help-open = 使用輪椅？為兒童拍照？
photo-help-title = 輪椅使用者、協助者與兒童
photo-help-wheelchair = 您可以坐在輪椅上拍照。本機的座椅能否移開、相機高度能否調整，請詢問工作人員：請按「{ topbar-call-staff }」。
photo-help-helper = 協助者可以幫您操作螢幕或調整坐姿，但拍照前必須離開畫面。
photo-help-child = 年幼的兒童可以坐在父母腿上拍照，但父母不能出現在照片中。
photo-help-baby = 未滿 1 歲的嬰兒不需要照片：他們的卡片上沒有照片。
photo-help-close = 關閉
guide-face-present = 請看鏡頭，讓臉位於輪廓內
guide-single-face = 畫面中只能有一個人
guide-not-too-close = 請稍微往後退
guide-not-too-far = 請再靠近一點
guide-centred = 請把頭移到輪廓中間
guide-roll = 請保持頭部端正，不要歪頭
guide-yaw = 請正對鏡頭
guide-pitch = 請保持下巴水平
guide-eyes-open = 請睜開眼睛
guide-mouth-closed = 請閉上嘴
guide-neutral-expression = 請放鬆臉部，不要笑
guide-eyes-visible = 請讓眼睛清晰可見（無反光、無有色鏡片、頭髮不遮眼）
guide-face-brightness = 臉部太暗或太亮，請正對燈光坐好
guide-exposure = 臉部有部分太亮或太暗，請避開強光
guide-even-light = 臉部光線不均勻，請稍微轉向燈光
guide-sharpness = 請保持不動片刻
guide-plain-background = 背景須為素色，請移動位置，讓身後只有牆面
guide-background-objects = 身後有物體，請移動位置，讓身後只有素色牆面
guide-background-shadow = 身後有陰影，請離牆稍遠一點
guide-head-covering = 如可以，請摘下帽子或口罩。沒有配戴，或因宗教或醫療原因配戴頭部遮蓋物的，請按下方的按鈕。
covering-offer = 我因宗教或醫療原因配戴頭部遮蓋物
covering-none = 我沒有戴帽子或口罩
covering-title = 因宗教或醫療原因配戴的頭部遮蓋物
covering-rules = 照片必須拍到從額頭頂部到下巴的整張臉以及臉的兩側，且沒有陰影。本機無法判斷您的頭部遮蓋物是否會被接受。
covering-unsure = 如果不確定，請先不要申請：列印一張寫有諮詢電話和申請書ID的收執聯，向個人編號卡免費諮詢專線詢問該怎麼做。
covering-continue = 配戴頭部遮蓋物拍照
covering-print-slip = 列印諮詢電話並結束
guide-looking = 正在檢查您的照片…
guide-all-good = 很好！請保持不動。
guide-countdown = { $seconds } 秒後拍照…
guide-unavailable = 無法使用照片自動檢查。請按按鈕拍照，並在下一個畫面仔細確認。
check-face-present = 偵測到臉部
check-single-face = 只有一人
check-not-too-close = 頭部完整
check-not-too-far = 距離合適
check-centred = 置中
check-roll = 頭部端正
check-yaw = 正對鏡頭
check-pitch = 下巴水平
check-eyes-open = 眼睛睜開
check-mouth-closed = 嘴巴閉合
check-neutral-expression = 表情自然
check-eyes-visible = 眼睛可見
check-face-brightness = 臉部亮度
check-exposure = 曝光
check-even-light = 光線均勻
check-sharpness = 清晰
check-plain-background = 素色背景
check-background-objects = 背景無物體
check-background-shadow = 背景無陰影
check-head-covering = 無帽子或口罩
photo-take = 拍照
photo-processing = 正在處理您的照片…
photo-failed = 無法拍照，請再試一次。

## 6 Review

review-title = 這張照片可以嗎？
review-size = 照片尺寸：高 45 公釐、寬 35 公釐。
review-use = 使用這張照片
review-retake = 重新拍攝
review-previous = 先前的照片
review-shot = 照片 { $number }
review-checks-passed = 已通過的檢查
review-checks-unknown = 這張照片未經自動檢查，請仔細確認。

## 7 Confirm and send

confirm-title = 確認並送出
confirm-id = 申請書ID
confirm-birth-date = 出生日期
confirm-cert-signing = 簽名用電子證明書
confirm-cert-auth = 使用者證明用電子證明書
confirm-braille = 點字姓名
confirm-photo = 照片
confirm-no-photo = 無照片（未滿 1 歲）
confirm-yes = 是
confirm-no = 否
confirm-send = 送出申請
confirm-change = 修改
submit-sending = 正在送出您的申請…
submit-demo-note = 示範：申請會送到本機內的示範受理伺服器，不會送到國家的服務。
submit-failed = 無法儲存您的申請，請呼叫工作人員。

## 8 Slip

slip-title = 申請已完成
slip-sent = 您的申請已送出。
slip-queued = 您的申請已儲存在本機，稍後將自動送出。
slip-printing = 正在列印收執聯…
slip-printed = 請取走您的收執聯。
slip-demo-note = 示範：收執聯會儲存為檔案，不會列印。
slip-failed = 無法列印收執聯。請記下您的申請書ID（結尾為 { $last_digits }），並呼叫工作人員。
slip-not-printed = 無法列印收執聯。請記下下方的受理編號，或呼叫工作人員。
slip-next-steps = 後續流程：約一個月後，您會收到交付通知書（明信片）。請攜帶交付通知書及身分證明文件，親自到市區町村窗口領取個人編號卡。
slip-finish = 完成
slip-date = 日期
slip-booth = 自助機
slip-receipt = 受理編號
slip-call-centre = 個人編號卡（My Number卡）免費諮詢專線：0120-95-0178（日語）、0120-0178-27（其他語言）
covering-slip-title = 申請前請先來電諮詢
covering-slip-body = 尚未傳送任何資料。請撥打個人編號卡免費諮詢專線，告知本收執聯上的申請書ID，並說明您因宗教或醫療原因配戴頭部遮蓋物。之後可用同一份申請書申請。
covering-slip-not-printed = 無法列印收執聯。請記下上方顯示的諮詢電話和申請書ID。

## 9 Goodbye

goodbye-title = 謝謝
goodbye-wiped = 您的資料已從本機刪除。

## 管理員畫面（僅限工作人員，需輸入PIN碼）

operator-pin-title = 管理員PIN碼
operator-pin-wrong = PIN碼錯誤。還可嘗試 { $attempts } 次。
operator-pin-locked = PIN碼輸入錯誤次數過多，已鎖定 { $minutes } 分鐘。
operator-pin-disabled = 管理員畫面已停用：kiosk-config 中未設定PIN碼。
operator-checking = 正在驗證…
operator-unlock = 解鎖
operator-cancel = 取消
operator-title = 管理員畫面
operator-camera = 相機
operator-camera-live = 即時影像，{ $width } × { $height } 像素
operator-camera-demo = 示範畫面（無相機）
operator-camera-lost = 無法運作：{ $reason }
operator-camera-starting = 正在啟動…
operator-camera-preview = 攝影機目前畫面
operator-camera-no-preview = 攝影機沒有畫面
operator-printer = 印表機
operator-test-print = 測試列印
operator-test-print-sent = 已將測試收執聯傳送至印表機。
operator-printer-ready = 就緒
operator-printer-offline = 離線
operator-printer-paper-out = 缺紙
operator-printer-error = 錯誤：{ $reason }
operator-printer-none = 未設定印表機
operator-job-printed = 已列印
operator-job-saved = 已儲存為檔案
operator-job-timed-out = 未能在時限內完成（已取消）
operator-printer-last-slip = 上一張收執聯：{ $result }
operator-printer-last-test = 測試列印：{ $result }
operator-metrics = 今日
operator-sessions = 開始使用：{ $started } 次，完成：{ $finished } 次
operator-recent-errors = 最近的警告與錯誤
operator-no-errors = 無
operator-version = 版本 { $version }
operator-close = 關閉
operator-exit = 結束並返回桌面
operator-outbox = 申請
operator-outbox-counts = 等待送出 { $waiting } 件 · 遭伺服器拒絕 { $refused } 件（見記錄） · 已送出 { $sent } 件
operator-disk-low = 磁碟空間即將用盡（剩餘 { $free } MB）。申請可能很快無法儲存；請釋放空間或聯絡維護人員。
operator-network = 受理伺服器
operator-network-ok = 可以連線
operator-network-down = 無法連線：{ $error }
operator-network-demo = 示範：受理伺服器在本機內執行。
operator-send-now = 立即送出
operator-voice = 語音引導
operator-voice-none = 本機沒有語音引導（見 kiosk-config 的 [voice]）。
operator-voice-on-by-default = 每次使用開始時開啟（使用者可以關閉）。
operator-voice-off-by-default = 每次使用開始時關閉（使用者可以開啟）。
operator-voice-output-ok = 聲音輸出：正常
operator-voice-output-failed = 聲音輸出：無法運作（沒有音效卡，或 kiosk-config 的 [voice] 中裝置名稱有誤）
operator-voice-silent = 沒有語音的語言：{ $languages }
operator-voice-test = 播放測試語音
operator-voice-test-line = 這是本機的語音測試。
operator-voice-log = 最近的語音
operator-voice-log-empty = 尚未播放過語音
operator-voice-played = 已播放
operator-voice-interrupted = 被中斷
operator-voice-no-voice = 無語音
operator-voice-failed = 失敗（見記錄檔）
operator-calibration = 照片校正
operator-calibration-backdrop-set = 無人背景參考：已儲存
operator-calibration-backdrop-none = 背景參考：無
operator-calibration-baseline = 頭部基準：俯仰 { $pitch } 度，眼睛位於畫面高度的 { $height } %
operator-calibration-baseline-none = 頭部基準：無（使用 kiosk-config 中的值）
operator-calibration-capture-backdrop = 拍攝無人背景
operator-calibration-record-baseline = 記錄頭部基準（請坐下並看向攝影機）
operator-calibration-reset = 重設校正
operator-calibration-working = 正在校正…（約2秒）
operator-calibration-saved = 校正已儲存。
operator-calibration-face-in-view = 已拒絕：畫面中有人臉。請讓拍照亭淨空後再試一次。
operator-calibration-no-face = 未偵測到人臉。請坐在攝影機前，直視攝影機後再試一次。
operator-calibration-no-camera = 攝影機沒有畫面，現在無法校正。
operator-calibration-failed = 校正失敗：{ $reason }
