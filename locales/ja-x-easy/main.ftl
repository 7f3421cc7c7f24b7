# Myna Booth — やさしい日本語（easy Japanese）。ja/main.ftl と 同じ メッセージを、みじかい 文と
# よく 使う ことばで 書きます。です・ます で 書きます。ことばの 間に スペースを 入れます。
# 正式な 名前（マイナンバーカード、交付申請書、申請書ID、交付通知書）は そのまま 使い、
# かんたんな ことばで 説明します。

## 共通

app-name = Myna Booth
topbar-language = ことば / Language
topbar-start-over = さいしょから
topbar-call-staff = 係の人を よぶ
topbar-step = { $current } / { $total }
a11y-voice-on = こえの 案内：オン
a11y-voice-off = こえの 案内：オフ
a11y-voice-none = この ことばの こえは ありません
a11y-voice-unavailable = こえが 出せません
a11y-repeat = もう 一度 きく
a11y-larger-text-on = 大きい 字：オン
a11y-larger-text-off = 大きい 字：オフ
a11y-contrast-on = 見やすい 色：オン
a11y-contrast-off = 見やすい 色：オフ
# こえだけで 言います：写真の カウントダウンの 数字。
voice-number = { $number }
step-language = ことば
step-check = たしかめる
step-scan = 申請書
step-details = あなたの こと
step-photo = 写真
step-send = 送る
step-slip = 紙
demo-mode-banner = デモです：カメラが ありません。本当の カメラの 代わりに、作った 映像を 見せています。
staff-called = 係の人を よびました。ここで 待って ください。
staff-called-close = OK
start-over-title = さいしょから やりますか？
start-over-body = 入れた ことは ぜんぶ 消えます。
start-over-yes = はい、さいしょから
start-over-no = いいえ、つづける
inactivity-title = まだ 使いますか？
inactivity-body = あなたの 情報を 守るため、{ $seconds }びょう たつと 入れた ことを 消して、さいしょに もどります。
inactivity-continue = はい、使います
common-back = もどる
common-next = つぎへ
camera-lost = カメラが 動いて いません。係の人を よんで ください。
camera-reconnecting = カメラを もう一度 つないで います…

## 0 待ち受け画面

attract-title = ここで マイナンバーカードを 申しこむ ことが できます
attract-touch = 画面に さわって はじめて ください
attract-bring-form = 「交付申請書」を 出して ください。カードを 申しこむ 紙です。QRコードが あります。
attract-price-free = お金は いりません
attract-price = お金：{ $price }円
attract-duration = 写真も ふくめて 5分ぐらいです。

## 1 言語と同意

language-title = ことばを えらんで ください
consent-title = あなたの 情報に ついて
consent-body = この 機械は、あなたが 入れた こと（生まれた 日、えらんだ こと、顔の 写真）を、国の 申しこみの サービスに 送ります。この 機械には 何も のこりません。おわった とき、または とちゅうで はなれた とき、すぐに 消します。
consent-accept = わかりました。つぎへ
consent-decline = やめる

## 2 はじめに

check-title = はじめに
check-intro = 交付申請書が とどいた あとで、下の ことが ありましたか？ あった ときは、その 申請書を 使えない ことが あります。
check-moved = 交付申請書を もらった あとで、引っこしましたか？
check-name-changed = 交付申請書を もらった あとで、名前が かわりましたか？
check-stay-renewed = 外国の 人：交付申請書を もらった あとで、ビザの 期間（在留期間）を のばしましたか？
answer-yes = はい
answer-no = いいえ
check-warning-title = この 申請書は 使えない かもしれません
check-warning-moved = 引っこすと、申請書に 書いて ある ことと 今の 住所が ちがいます。新しい 交付申請書は、住んで いる 町の 役所（市役所・区役所など）で もらえます。
check-warning-name = 名前が かわると、申請書に 書いて ある ことと ちがいます。新しい 交付申請書は、住んで いる 町の 役所（市役所・区役所など）で もらえます。
check-warning-stay = ビザの 期間を のばすと、申請書に 書いて ある ことと ちがう ことが あります。新しい 交付申請書は、住んで いる 町の 役所（市役所・区役所など）で もらえます。
check-nothing-changed = かわった ことは ありません
check-something-changed = かわった ことが あります
check-continue = つぎへ
check-continue-anyway = このまま つづける
screen-more-below = したに つづきが あります

## 3 読み取り

scan-title = 交付申請書の QRコードを カメラに 見せて ください
scan-hint = 申請書を たいらに して、わくの 中に 入れて ください。カメラから 20cmぐらい はなして ください。
scan-looking = QRコードを さがして います…
scan-type-instead = 申請書IDを 入れる
scan-keypad-offer = うまく 読めない ときは、申請書IDの 数字を 入れる ことも できます。
scan-hint-closer = 申請書を もう少し カメラに 近づけて ください。
scan-hint-farther = 申請書を もう少し カメラから はなして ください。QRコードが ぜんぶ わくに 入るように して ください。
scan-hint-glare = QRコードに 光が 当たって 読めません。申請書を 少し ななめに して ください。
scan-hint-hold-still = QRコードが 見えます。そのまま 動かさないで ください。
forms-title = QRコードと 申請書IDは どこに ありますか
form-gen-card = 通知カードと いっしょに 来た 申請書（2015年〜2020年）：点線で 切って 使って ください。
form-gen-notice = 個人番号通知書と いっしょに 来た 申請書（2020年〜）、あとから もう一度 来た 申請書、町の 役所で もらった 申請書。
form-gen-handwritten = 手で 書く 申請書には QRコードも 申請書IDも ありません。ここでは 使えません。
forms-legend-qr = QRコード
forms-legend-id = 23けたの 申請書ID
forms-schematic = かんたんな 絵です。あなたの 申請書とは 場所が ちがう ことが あります。
numbers-help-title = どの 番号ですか？
numbers-help-id = 23けた：申請書IDです。この 番号を 入れます。
keypad-title = 23けたの 申請書IDを 入れて ください
keypad-hint = 申請書IDは、交付申請書の QRコードの 横に あります。
keypad-delete = 1つ 消す
keypad-clear = ぜんぶ 消す
keypad-done = OK
keypad-digits-left = { $count ->
   *[other] あと { $count }けた
}
keypad-scan-instead = QRコードで 読む
id-found-title = この 申請書IDで いいですか？
id-found-yes = はい、いいです
id-found-no = いいえ、もう一度
id-error-empty = 23けたの 申請書IDを 入れて ください。
id-error-too-short = 数字が たりません。申請書IDは 23けたです。
id-error-too-long = 数字が 多すぎます。申請書IDは 23けたです。
id-error-invalid-character = 申請書IDは 数字だけです。
id-error-individual-number = これは 12けたの マイナンバー（個人番号）だと 思います。ここでは 使いません。交付申請書に ある 23けたの 申請書IDを 入れて ください。
id-error-resident-record-code = これは 11けたの 住民票コードだと 思います。交付申請書に ある 23けたの 申請書IDを 入れて ください。
id-error-url-without-id = この QRコードには 申請書IDが ありません。交付申請書の QRコードを カメラに 見せて ください。
id-error-several-ids = この QRコードには 番号が いくつも あります。交付申請書の QRコードを カメラに 見せて ください。
id-error-not-an-id = これは 交付申請書の QRコードでは ありません。交付申請書に ある QRコードを カメラに 見せて ください。

## 4 申請内容

details-title = あなたの こと
details-form-looking = 申請書を しらべて います…
details-form-name = 名前
details-form-address = 住所
details-form-check = 申請書に 書いて ある ことです。あなたの ことでは ない ときは、「{ topbar-start-over }」を おして ください。
details-form-not-found-title = この 申請書IDの 申請書が 見つかりません
details-form-not-found = 申請書の 23けたの 番号を 見て、もう一度 入れて ください。それでも 見つからない ときは、係の人を よんで ください。
details-form-unavailable-title = 今は 申請書を しらべる ことが できません
details-form-unavailable = 申しこみの サービスに つながりません。もう一度 やって みるか、このまま つづけて ください。送る ときに しらべます。
details-form-retry = もう一度 やる
details-form-reenter = 番号を もう一度 入れる
details-birth-date = 生まれた 日
details-birth-date-hint = 10年ごとの グループ、年、月、日の じゅんに えらんで ください。
details-pick-decade = いつ 生まれましたか。10年ごとの グループを えらんで ください。
details-pick-year = 年を えらんで ください。
details-pick-month = 月を えらんで ください。
details-pick-day = 日を えらんで ください。
details-pick-back = もどる
details-birth-date-era = 日本の こよみ（和暦）：{ $era }
details-age = { $age }さい
date-error-incomplete = 年・月・日の 8つの 数字を ぜんぶ 入れて ください。
date-error-invalid-character = 数字だけを 入れて ください。
date-error-no-such-date = この 日は ありません。月と 日を 見て ください。
date-error-in-future = この 日は まだ 来て いません。年を 見て ください。
date-error-too-old = 年を 見て ください。
details-cert-title = 電子証明書（インターネットで あなただと しめす もの）
details-cert-signing = 署名用電子証明書：インターネットで 書類を 出す とき（税金の 申告など）に、サインの 代わりに 使います
details-cert-auth = 利用者証明用電子証明書：インターネットで ログインする とき（マイナポータルなど）に 使います
details-cert-on = もらう
details-cert-off = もらわない
details-adult-ward = 成年被後見人の 人（大人で、後見人が いる 人）：後見人が 申しこみます。署名用電子証明書は もらえません。「{ details-cert-off }」を えらんで ください。
details-braille = カードに 名前を 点字で 書く
details-braille-hint = カードに 名前が 点字で 書かれます（11文字まで）。
details-under-1 = 1さいより 下の 子どもの カードには 顔の 写真が ありません。写真は とりません。
details-under-15-title = 15さいより 下の 子どもの 申しこみ
details-under-15 = 子どもの 代わりに、親など（法定代理人）が 申しこみます。親などが この 機械を 使って ください。子どもは 署名用電子証明書を もらえません。
details-continue = つぎへ

## 5 写真

photo-title = 顔の 写真
photo-instructions = せなかを まっすぐに して、カメラを 見て ください。口を とじて、わらわないで ください。
photo-help-open = 車いすですか？ 子どもの 写真ですか？
photo-help-title = 車いすの 人、手伝う 人、子ども
photo-help-wheelchair = 車いすの 人は、車いすに すわった まま 写真を とる ことが できます。この 機械の いすを どける ことや、カメラの 高さを かえる ことが できるか、係の人に 聞いて ください。「{ topbar-call-staff }」を おして ください。
photo-help-helper = 手伝う 人が いても いいです。でも、写真を とる 前に、手伝う 人は 写真に 入らない 所へ 動いて ください。
photo-help-child = 小さい 子どもは、親の ひざに すわっても いいです。親が 写真に 入らないように して ください。
photo-help-baby = 1さいより 下の 赤ちゃんは 写真が いりません。カードに 写真が ありません。
photo-help-close = とじる
guide-face-present = カメラを 見て ください。顔を わくの 中に 入れて ください
guide-single-face = 写真に 入るのは 1人だけです
guide-not-too-close = 少し 後ろに 下がって ください
guide-not-too-far = もう少し 前に 来て ください
guide-centred = 頭を わくの 真ん中に して ください
guide-roll = 頭を まっすぐに して ください。かたむけないで ください
guide-yaw = カメラの ほうを まっすぐ 見て ください
guide-pitch = あごを 上げないで、下げないで ください
guide-eyes-open = 目を 開けて ください
guide-mouth-closed = 口を とじて ください
guide-neutral-expression = わらわないで ください。ふつうの 顔で お願いします
guide-eyes-visible = 目が 見えるように して ください（光の はんしゃ、色の ついた めがね、かみの 毛に 気を つけて ください）
guide-face-brightness = 顔が 暗すぎるか、明るすぎます。ライトの ほうを 向いて すわって ください
guide-exposure = 顔の 一部が 明るすぎるか、暗すぎます。強い 光を さけて ください
guide-even-light = 顔の 右と 左で 明るさが ちがいます。少し 光の ほうを 向いて ください
guide-sharpness = 少し 動かないで ください
guide-plain-background = 後ろは 何も ない かべに して ください。後ろに かべだけが 見えるように 動いて ください
guide-background-objects = 後ろに 何か 見えます。かべだけが 見えるように 動いて ください
guide-background-shadow = 後ろに かげが あります。かべから 少し はなれて ください
guide-head-covering = ぼうしや マスクは、できれば とって ください。つけて いない ときや、しゅうきょうや 病気の ために かぶって いる ときは、下の ボタンを おして ください。
covering-offer = しゅうきょうや 病気の ために かぶって います
covering-none = ぼうしも マスクも つけて いません
covering-title = しゅうきょうや 病気の ために かぶる もの
covering-rules = 写真には 顔 ぜんぶ（おでこの 上から あごまで、顔の 両がわ）が うつって いる ことが ひつようです。かぶって いる ものが よいか どうかは、この きかいでは わかりません。
covering-unsure = わからない ときは、まだ 申請しないで ください。電話番号と 申請書IDを 紙に 印刷して、マイナンバー総合フリーダイヤルに 電話で きいて ください。
covering-continue = かぶった まま 写真を とる
covering-print-slip = 電話番号を 印刷して おわる
guide-looking = 写真を 見て います…
guide-all-good = とても いいです。そのまま 動かないで ください。
guide-countdown = { $seconds }びょう あとで とります…
guide-unavailable = 写真を 自動で しらべる ことが できません。ボタンで 写真を とって、つぎの 画面で よく 見て ください。
check-face-present = 顔が ある
check-single-face = 1人だけ
check-not-too-close = 頭が ぜんぶ 入って いる
check-not-too-far = 大きさが いい
check-centred = 真ん中
check-roll = 頭が まっすぐ
check-yaw = 前を 見て いる
check-pitch = あごが まっすぐ
check-eyes-open = 目が 開いて いる
check-mouth-closed = 口が とじて いる
check-neutral-expression = ふつうの 顔
check-eyes-visible = 目が 見える
check-face-brightness = 顔の 明るさ
check-exposure = 光の 強さ
check-even-light = 光が 同じ
check-sharpness = ぶれて いない
check-plain-background = 後ろに 何も ない
check-background-objects = 後ろに 物が ない
check-background-shadow = 後ろに かげが ない
check-head-covering = ぼうし・マスクが ない
photo-take = 写真を とる
photo-processing = 写真を じゅんびして います…
photo-failed = 写真を とる ことが できませんでした。もう一度 やって ください。

## 6 写真の確認

review-title = この 写真で いいですか？
review-size = 写真の 大きさは たて 45mm、よこ 35mmです。
review-use = この 写真を 使う
review-retake = もう一度 とる
review-previous = 前に とった 写真
review-shot = { $number }まいめ
review-checks-passed = しらべて よかった こと
review-checks-unknown = この 写真は 自動で しらべて いません。よく 見て ください。

## 7 確認と送信

confirm-title = 見て、送る
confirm-id = 申請書ID
confirm-birth-date = 生まれた 日
confirm-cert-signing = 署名用電子証明書
confirm-cert-auth = 利用者証明用電子証明書
confirm-braille = 点字で 名前を 書く
confirm-photo = 顔の 写真
confirm-no-photo = 顔の 写真なし（1さいより 下）
confirm-yes = はい
confirm-no = いいえ
confirm-send = 申しこみを 送る
confirm-change = なおす
submit-sending = 申しこみを 送って います…
submit-demo-note = デモです：申しこみは この 機械の 中の デモの サーバーに 送ります。国の サービスには 送りません。
submit-failed = 申しこみを 保存できませんでした。係の人を よんで ください。

## 8 控え

slip-title = 申しこみが おわりました
slip-sent = 申しこみを 送りました。
slip-queued = 申しこみは この 機械に 保存しました。あとで 自動で 送ります。
slip-printing = 紙を 印刷して います…
slip-printed = 紙を とって ください。
slip-demo-note = デモです：紙は 印刷しません。ファイルに 保存します。
slip-failed = 紙を 印刷できませんでした。申請書IDの 最後の 数字 { $last_digits } を メモして、係の人を よんで ください。
slip-not-printed = 紙を 印刷できませんでした。下の 受付番号を メモするか、係の人を よんで ください。
slip-next-steps = これから：1か月ぐらいで「交付通知書」（はがき）が 家に とどきます。交付通知書と、あなたが だれか わかる カード（在留カードなど）を 持って、あなたが 自分で 町の 役所（市役所・区役所など）に 行って ください。そこで カードを もらいます。
slip-finish = おわる
slip-date = 日と 時間
slip-booth = 機械
slip-receipt = 受付番号
slip-call-centre = マイナンバーの 電話（お金は いりません）：0120-95-0178（日本語）、0120-0178-27（外国語）
covering-slip-title = 申請の 前に 電話で きいて ください
covering-slip-body = まだ なにも 送って いません。マイナンバー総合フリーダイヤルに 電話して、この 紙の 申請書IDを 言って ください。しゅうきょうや 病気の ために かぶって いる ことを つたえて ください。あとで 同じ 申請書で 申請 できます。
covering-slip-not-printed = 紙を 印刷 できませんでした。上の 電話番号と 申請書IDを メモして ください。

## 9 終了

goodbye-title = ありがとうございました
goodbye-wiped = 入れた ことは この 機械から 消しました。

## 係員用画面（係員のみ、暗証番号が必要）

operator-pin-title = 係の人の 番号
operator-pin-wrong = 番号が ちがいます。あと { $attempts }回 入れる ことが できます。
operator-pin-locked = 番号を 何回も まちがえました。{ $minutes }分 入れる ことが できません。
operator-pin-disabled = 係の人の 画面は 使えません：kiosk-config に 番号が ありません。
operator-checking = しらべて います…
operator-unlock = 開ける
operator-cancel = やめる
operator-title = 係の人の 画面
operator-camera = カメラ
operator-camera-live = カメラの 映像：{ $width }×{ $height }ピクセル
operator-camera-demo = デモの 映像（カメラなし）
operator-camera-lost = 動いて いません：{ $reason }
operator-camera-starting = はじめて います…
operator-camera-preview = カメラに いま うつって いるもの
operator-camera-no-preview = カメラの えいぞうが ありません
operator-printer = プリンター
operator-test-print = ためしに 印刷
operator-test-print-sent = ためしの 紙を プリンターに 送りました。
operator-printer-ready = 使えます
operator-printer-offline = つながって いません
operator-printer-paper-out = 紙が ありません
operator-printer-error = エラー：{ $reason }
operator-printer-none = プリンターが ありません
operator-job-printed = 印刷しました
operator-job-saved = ファイルに 保存しました
operator-job-timed-out = 時間が かかりすぎて、やめました
operator-printer-last-slip = さいごの 紙：{ $result }
operator-printer-last-test = ためしの 印刷：{ $result }
operator-metrics = 今日
operator-sessions = はじめた 人：{ $started }人、おわった 人：{ $finished }人
operator-recent-errors = さいきんの 注意と エラー
operator-no-errors = ありません
operator-version = バージョン { $version }
operator-close = とじる
operator-exit = デスクトップに もどる
operator-outbox = 申しこみ
operator-outbox-counts = 送るのを 待って いる：{ $waiting }けん · サーバーが 受けとらない：{ $refused }けん（ログを 見て ください） · 送った：{ $sent }けん
operator-disk-low = ディスクの あいて いる 所が 少ないです（あと { $free } MB）。申しこみを 保存できなく なる 前に、ディスクを あけるか、機械の 会社に 連絡して ください。
operator-network = 受付の サーバー
operator-network-ok = つながります
operator-network-down = つながりません：{ $error }
operator-network-demo = デモです：受付の サーバーは この 機械の 中で 動いて います。
operator-send-now = 今 送る
operator-voice = こえの あんない
operator-voice-none = この きかいには こえの あんないが ありません（kiosk-config の [voice] を みてください）。
operator-voice-on-by-default = いつも オンで はじまります（つかう ひとが オフに できます）。
operator-voice-off-by-default = いつも オフで はじまります（つかう ひとが オンに できます）。
operator-voice-output-ok = おと：でて います
operator-voice-output-failed = おと：でて いません（サウンドカードが ないか、kiosk-config の [voice] の なまえが ちがいます）
operator-voice-silent = こえが ない ことば：{ $languages }
operator-voice-test = ためしに こえを だす
operator-voice-test-line = これは きかいの こえの テストです。
operator-voice-log = さいきんの こえ
operator-voice-log-empty = まだ なにも はなして いません
operator-voice-played = さいせい しました
operator-voice-interrupted = とちゅうで とめました
operator-voice-no-voice = こえが ありません
operator-voice-failed = しっぱい（ログを みてください）
operator-calibration = 写真の 調整
operator-calibration-backdrop-set = 人の いない 背景：記録 して あります
operator-calibration-backdrop-none = 人の いない 背景：なし
operator-calibration-baseline = 頭の 基準：かたむき { $pitch } 度、目の 高さは 上から { $height } %
operator-calibration-baseline-none = 頭の 基準：なし（kiosk-config の 値を 使います）
operator-calibration-capture-backdrop = 人の いない 背景を 記録する
operator-calibration-record-baseline = 頭の 基準を 記録する（すわって カメラを 見て ください）
operator-calibration-reset = 調整を もとに もどす
operator-calibration-working = 調整して います…（2秒くらい）
operator-calibration-saved = 調整を 保存しました。
operator-calibration-face-in-view = できません：顔が うつって います。ブースに だれも いない ように して、もう 一度 やって ください。
operator-calibration-no-face = 顔が 見つかりません。カメラの 前に すわって、まっすぐ 見て、もう 一度 やって ください。
operator-calibration-no-camera = カメラの 映像が ないので、今は 調整 できません。
operator-calibration-failed = 調整 できませんでした：{ $reason }
