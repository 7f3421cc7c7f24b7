# Myna Booth — 日本語。ブースの画面に表示される文字列は、すべてこれらのファイルにあります。
# 公式用語：「個人番号カード」（マイナンバーカード）、「個人番号カード交付申請書」（交付申請書）、
# 「申請書ID」、「交付通知書」（はがき）。

## 共通

app-name = Myna Booth
topbar-language = 言語 / Language
topbar-start-over = 最初からやり直す
topbar-call-staff = 係員を呼ぶ
topbar-step = ステップ { $current }/{ $total }
a11y-voice-on = 音声案内：オン
a11y-voice-off = 音声案内：オフ
a11y-voice-none = この言語の音声はありません
a11y-voice-unavailable = 音声は使えません
a11y-repeat = もう一度聞く
a11y-larger-text-on = 文字を大きく：オン
a11y-larger-text-off = 文字を大きく：オフ
a11y-contrast-on = 見やすい配色：オン
a11y-contrast-off = 見やすい配色：オフ
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = 言語
step-check = 事前確認
step-scan = 申請書
step-details = 申請内容
step-photo = 写真
step-send = 送信
step-slip = 控え
demo-mode-banner = デモモード：カメラが見つからないため、実際の映像の代わりに録画した映像を表示しています。
staff-called = 係員を呼びました。この場でお待ちください。
staff-called-close = OK
start-over-title = 最初からやり直しますか？
start-over-body = 入力した内容はすべて消去されます。
start-over-yes = はい、やり直す
start-over-no = いいえ、続ける
inactivity-title = ご利用を続けますか？
inactivity-body = 個人情報保護のため、{ $seconds }秒後に入力内容を消去して最初の画面に戻ります。
inactivity-continue = 続ける
common-back = 戻る
common-next = 次へ
camera-lost = カメラが動いていません。係員をお呼びください。
camera-reconnecting = カメラに再接続しています…

## 0 待ち受け画面

attract-title = マイナンバーカードの申請はこちら
attract-touch = 画面にタッチしてスタート
attract-bring-form = QRコード付きの個人番号カード交付申請書をご用意ください。
attract-price-free = 無料
attract-price = 料金：{ $price }円
attract-duration = 写真撮影を含めて約5分です。

## 1 言語と同意

language-title = 言語を選んでください
consent-title = 個人情報の取り扱い
consent-body = この端末は、申請内容（生年月日、選んだ項目、顔写真）を国の公式オンライン申請サービスに送信します。この端末には何も残りません。手続きが終わったとき、または途中で離れたときに、データはすぐに消去されます。
consent-accept = 同意して進む
consent-decline = キャンセル

## 2 はじめに

check-title = はじめに
check-intro = 交付申請書が届いた後に、次のような変更はありましたか？変更があった場合、その申請書は使えないことがあります。
check-moved = 交付申請書を受け取った後に、引っ越しをしましたか？
check-name-changed = 交付申請書を受け取った後に、氏名が変わりましたか？
check-stay-renewed = 外国人住民の方：交付申請書を受け取った後に、在留期間を更新しましたか？
answer-yes = はい
answer-no = いいえ
check-warning-title = この申請書は受け付けられない場合があります
check-warning-moved = 引っ越しをすると、申請書の内容が住民票と合わなくなることがあります。新しい交付申請書は、お住まいの市区町村の窓口でもらえます。
check-warning-name = 氏名が変わると、申請書の内容が住民票と合わなくなることがあります。新しい交付申請書は、お住まいの市区町村の窓口でもらえます。
check-warning-stay = 在留期間を更新すると、申請書の内容が住民票と合わなくなることがあります。新しい交付申請書は、お住まいの市区町村の窓口でもらえます。
check-nothing-changed = 変更はありません
check-something-changed = 変更があります
check-continue = 次へ
check-continue-anyway = このまま続ける
screen-more-below = 下に続きがあります

## 3 読み取り

scan-title = 交付申請書のQRコードをカメラに向けてください
scan-hint = 申請書を平らにして枠の中に入れ、カメラから約20cm離してください。
scan-looking = QRコードを探しています…
scan-type-instead = 申請書IDを入力する
scan-keypad-offer = うまく読み取れない場合は、申請書IDを入力することもできます。
scan-hint-closer = 申請書をもう少しカメラに近づけてください。
scan-hint-farther = 申請書をもう少しカメラから離して、QRコード全体が枠に入るようにしてください。
scan-hint-glare = QRコードに光が反射しています。申請書を少し傾けて、反射が入らないようにしてください。
scan-hint-hold-still = QRコードが見えています。そのまましばらく動かさずにお持ちください。
forms-title = QRコードと申請書IDの場所
form-gen-card = 通知カードと一緒に届いた申請書（2015～2020年）：ミシン目で切り離してお使いください。
form-gen-notice = 個人番号通知書と一緒に届いた申請書（2020年～）、あらためて郵送された申請書、市区町村の窓口で受け取った申請書。
form-gen-handwritten = 手書き用の申請書にはQRコードも申請書IDもないため、ここでは使えません。
forms-legend-qr = QRコード
forms-legend-id = 23桁の申請書ID
forms-schematic = 簡略化した図です。お手元の申請書とは配置が異なる場合があります。
numbers-help-title = どの番号ですか？
numbers-help-id = 23桁：申請書IDです。入力するのはこの番号です。
keypad-title = 23桁の申請書IDを入力してください
keypad-hint = 申請書IDは、交付申請書のQRコードの横に印刷されています。
keypad-delete = 1文字消す
keypad-clear = すべて消す
keypad-done = 決定
keypad-digits-left = { $count ->
   *[other] あと{ $count }桁
}
keypad-scan-instead = QRコードで読み取る
id-found-title = この申請書IDで間違いありませんか？
id-found-yes = はい、合っています
id-found-no = いいえ、やり直す
id-error-empty = 23桁の申請書IDを入力してください。
id-error-too-short = 桁数が足りません。申請書IDは23桁です。
id-error-too-long = 桁数が多すぎます。申請書IDは23桁です。
id-error-invalid-character = 申請書IDには数字しか使えません。
id-error-individual-number = これは12桁の個人番号（マイナンバー）のようです。ここでは使いません。交付申請書に印刷されている23桁の申請書IDが必要です。
id-error-resident-record-code = これは11桁の住民票コードのようです。交付申請書に印刷されている23桁の申請書IDが必要です。
id-error-url-without-id = このQRコードには申請書IDが含まれていません。交付申請書のQRコードをカメラに向けてください。
id-error-several-ids = このQRコードには複数の番号が含まれています。交付申請書のQRコードをカメラに向けてください。
id-error-not-an-id = これは交付申請書のQRコードではありません。交付申請書に印刷されているQRコードをカメラに向けてください。

## 4 申請内容

details-title = 申請内容
details-form-looking = 申請書の情報を確認しています…
details-form-name = 氏名
details-form-address = 住所
details-form-check = 申請書に記載されている情報です。ご本人の情報でない場合は「{ topbar-start-over }」を押してください。
details-form-not-found-title = この申請書IDの申請書は見つかりませんでした
details-form-not-found = 申請書に記載されている23桁の番号を確かめて、もう一度入力してください。それでも見つからない場合は係員をお呼びください。
details-form-unavailable-title = いまは申請書を確認できません
details-form-unavailable = 申請サービスに接続できません。もう一度お試しいただくか、このままお進みください。申請は送信されるときに確認されます。
details-form-retry = もう一度試す
details-form-reenter = 番号を入力し直す
details-birth-date = 生年月日
details-birth-date-hint = 年代、年、月、日の順に選んでください。
details-pick-decade = お生まれはいつですか。年代を選んでください。
details-pick-year = 年を選んでください。
details-pick-month = 月を選んでください。
details-pick-day = 日を選んでください。
details-pick-back = 戻る
details-birth-date-era = 和暦：{ $era }
details-age = 年齢：{ $age }歳
date-error-incomplete = 年・月・日の8桁をすべて入力してください。
date-error-invalid-character = 数字だけで入力してください。
date-error-no-such-date = この日付はありません。月と日をご確認ください。
date-error-in-future = 未来の日付になっています。年をご確認ください。
date-error-too-old = 年をご確認ください。
details-cert-title = 電子証明書
details-cert-signing = 署名用電子証明書（確定申告など、インターネットで書類を出すときの署名に使います）
details-cert-auth = 利用者証明用電子証明書（マイナポータルへのログインなどに使います）
details-cert-on = 発行する
details-cert-off = 発行しない
details-adult-ward = 成年被後見人の方：申請は法定代理人（成年後見人）が行います。署名用電子証明書は発行されないため、「{ details-cert-off }」を選んでください。
details-braille = カードに氏名を点字で表記
details-braille-hint = カードに氏名が点字で表記されます（11文字まで）。
details-under-1 = 1歳未満のお子さまのカードには顔写真が入らないため、写真撮影は行いません。
details-under-15-title = 15歳未満のお子さまの申請
details-under-15 = 申請は、親権者などの法定代理人がお子さまに代わって行います。この端末も法定代理人が操作してください。15歳未満の方には署名用電子証明書は発行されません。
details-continue = 次へ

## 5 写真

photo-title = 顔写真の撮影
photo-instructions = 背筋を伸ばしてカメラを見てください。口を閉じて、無表情でお願いします。
photo-help-open = 車いすの方・お子さまの撮影
photo-help-title = 車いすの方、介助者の方、お子さまの撮影
photo-help-wheelchair = 車いすに座ったまま撮影できます。この端末でいすを移動できるか、カメラの高さを変えられるかは、係員にお尋ねください（「{ topbar-call-staff }」を押してください）。
photo-help-helper = 介助者が画面の操作や姿勢を手伝ってもかまいません。撮影の前に、介助者は写真に写らない位置へ移動してください。
photo-help-child = 小さなお子さまは、保護者のひざの上に座って撮影できます。保護者が写真に写らないようにしてください。
photo-help-baby = 1歳未満のお子さまは写真が不要です（カードに顔写真が入りません）。
photo-help-close = 閉じる
guide-face-present = 顔が枠の中に入るように、カメラを見てください
guide-single-face = 写るのはお一人だけにしてください
guide-not-too-close = 少し後ろに下がってください
guide-not-too-far = もう少し近づいてください
guide-centred = 頭を枠の真ん中に合わせてください
guide-roll = 頭を傾けず、まっすぐにしてください
guide-yaw = 正面からカメラを見てください
guide-pitch = あごを上げず、引きすぎず、まっすぐにしてください
guide-eyes-open = 目を開けてください
guide-mouth-closed = 口を閉じてください
guide-neutral-expression = 笑わずに、自然な表情でお願いします
guide-eyes-visible = 目がはっきり見えるようにしてください（反射、色付きレンズ、前髪に注意）
guide-face-brightness = 顔が暗すぎるか明るすぎます。照明の正面に座ってください
guide-exposure = 顔の一部が明るすぎるか暗すぎます。強い光を避けてください
guide-even-light = 顔に当たる光が左右で違います。少し光の方を向いてください
guide-sharpness = そのまま少し動かないでください
guide-plain-background = 背景は無地にしてください。後ろに壁だけが写るように動いてください
guide-background-objects = 後ろに何か写っています。無地の壁だけが写るように動いてください
guide-background-shadow = 後ろに影があります。壁から少し離れてください
guide-head-covering = 帽子やマスクは、できれば外してください。着用していない場合や、宗教上・医療上の理由でかぶり物を着用している場合は、下のボタンを押してください。
covering-offer = 宗教上・医療上の理由でかぶり物を着用しています
covering-none = 帽子もマスクも着用していません
covering-title = 宗教上・医療上の理由によるかぶり物
covering-rules = 写真には、額の上からあごまでの顔全体と顔の両側が、影なく写っている必要があります。お使いのかぶり物が認められるかどうかは、この機械では判断できません。
covering-unsure = 判断に迷う場合は、まだ申請せずに、問い合わせ先の電話番号と申請書IDを記載した控えを印刷し、マイナンバー総合フリーダイヤルでご確認ください。
covering-continue = かぶり物を着用したまま撮影する
covering-print-slip = 問い合わせ先を印刷して終了する
guide-looking = 写真を確認しています…
guide-all-good = 完璧です。そのまま動かないでください。
guide-countdown = { $seconds }秒後に撮影します…
guide-unavailable = 写真の自動チェックを使えません。ボタンで撮影し、次の画面でよくご確認ください。
check-face-present = 顔を検出
check-single-face = 一人だけ
check-not-too-close = 頭全体が写っている
check-not-too-far = 十分な大きさ
check-centred = 中央
check-roll = 頭がまっすぐ
check-yaw = 正面を向いている
check-pitch = あごが水平
check-eyes-open = 目が開いている
check-mouth-closed = 口が閉じている
check-neutral-expression = 無表情
check-eyes-visible = 目が見える
check-face-brightness = 顔の明るさ
check-exposure = 露出
check-even-light = 均一な光
check-sharpness = ぶれていない
check-plain-background = 無地の背景
check-background-objects = 背景に物がない
check-background-shadow = 背景に影がない
check-head-covering = 帽子・マスクなし
photo-take = 撮影する
photo-processing = 写真を準備しています…
photo-failed = 写真を撮影できませんでした。もう一度お試しください。

## 6 写真の確認

review-title = この写真でよろしいですか？
review-size = 写真のサイズは縦45mm×横35mmです。
review-use = この写真を使う
review-retake = 撮り直す
review-previous = 前に撮った写真
review-shot = { $number }枚目
review-checks-passed = 合格したチェック
review-checks-unknown = この写真は自動チェックされていません。よくご確認ください。

## 7 確認と送信

confirm-title = 確認して送信
confirm-id = 申請書ID
confirm-birth-date = 生年月日
confirm-cert-signing = 署名用電子証明書
confirm-cert-auth = 利用者証明用電子証明書
confirm-braille = 点字による氏名表記
confirm-photo = 顔写真
confirm-no-photo = 顔写真なし（1歳未満）
confirm-yes = はい
confirm-no = いいえ
confirm-send = 申請を送信する
confirm-change = 修正する
submit-sending = 申請を送信しています…
submit-demo-note = デモ：申請はこの端末の中のデモ受付サーバーに送られます。国のサービスには送られません。
submit-failed = 申請を保存できませんでした。係員をお呼びください。

## 8 控え

slip-title = 申請が完了しました
slip-sent = 申請を送信しました。
slip-queued = 申請はこの端末に保存されました。自動的に送信されます。
slip-printing = 控えを印刷しています…
slip-printed = 控えをお取りください。
slip-demo-note = デモ：控えは印刷されず、ファイルとして保存されます。
slip-failed = 控えを印刷できませんでした。末尾が{ $last_digits }の申請書IDを書き留めて、係員をお呼びください。
slip-not-printed = 控えを印刷できませんでした。下の受付番号を書き留めるか、係員をお呼びください。
slip-next-steps = このあとの流れ：約1か月後に交付通知書（はがき）が届きます。交付通知書と本人確認書類を持って、ご本人がお住まいの市区町村の窓口でカードを受け取ってください。
slip-finish = 終了
slip-date = 日時
slip-booth = 端末
slip-receipt = 受付番号
slip-call-centre = マイナンバー総合フリーダイヤル：0120-95-0178（日本語）、0120-0178-27（外国語）
covering-slip-title = 申請の前にお問い合わせください
covering-slip-body = まだ何も送信していません。マイナンバー総合フリーダイヤルに電話し、この控えの申請書IDを伝えて、宗教上・医療上の理由でかぶり物を着用していることをお伝えください。同じ申請書で後から申請できます。
covering-slip-not-printed = 控えを印刷できませんでした。上に表示された問い合わせ先の電話番号と申請書IDを書き留めてください。

## 9 終了

goodbye-title = ありがとうございました
goodbye-wiped = 入力したデータはこの端末から消去されました。

## 係員用画面（係員のみ、暗証番号が必要）

operator-pin-title = 係員用暗証番号
operator-pin-wrong = 暗証番号が違います。あと{ $attempts }回入力できます。
operator-pin-locked = 暗証番号の誤入力が多すぎるため、{ $minutes }分間は入力できません。
operator-pin-disabled = 係員用画面は使用できません：kiosk-configに暗証番号が設定されていません。
operator-checking = 確認しています…
operator-unlock = ロック解除
operator-cancel = キャンセル
operator-title = 係員用画面
operator-camera = カメラ
operator-camera-live = ライブ映像：{ $width }×{ $height }ピクセル
operator-camera-demo = デモ映像（カメラなし）
operator-camera-lost = 動作していません：{ $reason }
operator-camera-starting = 起動しています…
operator-camera-preview = カメラに今映っているもの
operator-camera-no-preview = カメラの映像がありません
operator-printer = プリンター
operator-test-print = テスト印刷
operator-test-print-sent = テスト用の控えをプリンターに送信しました。
operator-printer-ready = 使用可能
operator-printer-offline = オフライン
operator-printer-paper-out = 用紙切れ
operator-printer-error = エラー：{ $reason }
operator-printer-none = プリンター未設定
operator-job-printed = 印刷済み
operator-job-saved = ファイルに保存
operator-job-timed-out = 時間内に終わらず取り消し
operator-printer-last-slip = 最後の控え：{ $result }
operator-printer-last-test = テスト印刷：{ $result }
operator-metrics = 本日
operator-sessions = 利用開始：{ $started }件、完了：{ $finished }件
operator-recent-errors = 最近の警告とエラー
operator-no-errors = なし
operator-version = バージョン { $version }
operator-close = 閉じる
operator-exit = デスクトップに戻る
operator-outbox = 申請
operator-outbox-counts = 送信待ち { $waiting } 件 · サーバーが拒否 { $refused } 件（ログを参照） · 送信済み { $sent } 件
operator-disk-low = ディスクの空きが少なくなっています（残り { $free } MB）。申請を保存できなくなる前に、空きを作るか保守担当に連絡してください。
operator-network = 受付サーバー
operator-network-ok = 接続できます
operator-network-down = 接続できません：{ $error }
operator-network-demo = デモ：受付サーバーはこの端末の中で動いています。
operator-send-now = 今すぐ送信
operator-voice = 音声案内
operator-voice-none = この端末には音声案内がありません（kiosk-config の [voice] を参照）。
operator-voice-on-by-default = 毎回オンで始まります（利用者がオフにできます）。
operator-voice-off-by-default = 毎回オフで始まります（利用者がオンにできます）。
operator-voice-output-ok = 音声出力：正常
operator-voice-output-failed = 音声出力：動作していません（サウンドカードがない、または kiosk-config の [voice] の機器名が誤っています）
operator-voice-silent = 音声のない言語：{ $languages }
operator-voice-test = テスト音声を流す
operator-voice-test-line = これは端末の音声テストです。
operator-voice-log = 最近の音声
operator-voice-log-empty = まだ何も話していません
operator-voice-played = 再生済み
operator-voice-interrupted = 途中で中断
operator-voice-no-voice = 音声なし
operator-voice-failed = 失敗（ログを参照）
operator-calibration = 写真の調整
operator-calibration-backdrop-set = 無人の背景の基準画像：保存済み
operator-calibration-backdrop-none = 背景の基準：なし
operator-calibration-baseline = 頭の基準：傾き { $pitch } 度、目の高さは画面の上から { $height } %
operator-calibration-baseline-none = 頭の基準：なし（kiosk-config の値を使用）
operator-calibration-capture-backdrop = 無人の背景を記録
operator-calibration-record-baseline = 頭の基準を記録（座ってカメラを見てください）
operator-calibration-reset = 調整をリセット
operator-calibration-working = 調整中…（約2秒）
operator-calibration-saved = 調整を保存しました。
operator-calibration-face-in-view = できません：顔が写っています。ブースを無人にしてからやり直してください。
operator-calibration-no-face = 顔が見つかりません。カメラの前に座り、まっすぐ見てからやり直してください。
operator-calibration-no-camera = カメラの映像がないため、今は調整できません。
operator-calibration-failed = 調整できませんでした：{ $reason }
