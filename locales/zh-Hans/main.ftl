# Myna Booth — 简体中文。自助机上显示的所有文字都在这些文件中。
# 用语（未找到日本政府机关的中文官方出处，沿用原有译法）：
# "个人编号卡"（My Number卡）、"个人编号卡交付申请书"（交付申請書）、
# "申请书ID"（申請書ID）、"交付通知书"（交付通知書，明信片）。

## Everywhere

app-name = Myna Booth
topbar-language = 语言
topbar-start-over = 重新开始
topbar-call-staff = 呼叫工作人员
topbar-step = 第 { $current } 步，共 { $total } 步
a11y-voice-on = 语音：开
a11y-voice-off = 语音：关
a11y-voice-none = 此语言没有语音
a11y-voice-unavailable = 语音不可用
a11y-repeat = 再听一遍
a11y-larger-text-on = 大字体：开
a11y-larger-text-off = 大字体：关
a11y-contrast-on = 高对比度：开
a11y-contrast-off = 高对比度：关
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = 语言
step-check = 确认
step-scan = 申请书
step-details = 信息
step-photo = 照片
step-send = 发送
step-slip = 凭条
demo-mode-banner = 演示模式：未检测到摄像头，因此本机播放的是录制画面，而非实时影像。
staff-called = 已呼叫工作人员，请在此稍候。
staff-called-close = 确定
start-over-title = 要重新开始吗？
start-over-body = 您输入的所有内容都将被删除。
start-over-yes = 是，重新开始
start-over-no = 否，继续
inactivity-title = 您还在吗？
inactivity-body = 为保护您的隐私，本机将在 { $seconds } 秒后删除您输入的内容并重新开始。
inactivity-continue = 我还在
common-back = 返回
common-next = 下一步
camera-lost = 摄像头无法使用，请呼叫工作人员。
camera-reconnecting = 正在重新连接摄像头…

## 0 Attract

attract-title = 在这里申请个人编号卡（My Number卡）
attract-touch = 触摸屏幕开始
attract-bring-form = 请准备好带有二维码的个人编号卡交付申请书。
attract-price-free = 免费
attract-price = 费用：{ $price } 日元
attract-duration = 包括拍照在内，约需 5 分钟。

## 1 Language and consent

language-title = 请选择语言
consent-title = 您的隐私
consent-body = 本机会将您的申请内容（出生日期、您的选择和照片）发送至官方在线申请服务。本机不保留任何信息：您完成操作或离开后，数据会立即删除。
consent-accept = 同意并继续
consent-decline = 取消

## 2 Before you start

check-title = 开始之前
check-intro = 申请书寄出后，以下各项是否有变化？如有变化，该申请书可能已无法使用。
check-moved = 收到申请书后，您是否搬过家（地址有变更）？
check-name-changed = 收到申请书后，您的姓名是否有变更？
check-stay-renewed = 外国居民：收到申请书后，您的在留期间是否已更新？
answer-yes = 是
answer-no = 否
check-warning-title = 您的申请书可能无法受理
check-warning-moved = 搬家后，申请书上的信息可能与您的住民票不一致。您可以到市区町村窗口申领新的申请书。
check-warning-name = 姓名变更后，申请书上的信息可能与您的住民票不一致。您可以到市区町村窗口申领新的申请书。
check-warning-stay = 在留期间更新后，申请书上的信息可能与您的住民票不一致。您可以到市区町村窗口申领新的申请书。
check-nothing-changed = 没有变化
check-something-changed = 有变化
check-continue = 继续
check-continue-anyway = 仍然继续
screen-more-below = 下面还有内容

## 3 Scan

scan-title = 请出示申请书上的二维码
scan-hint = 请将申请书放平，置于框内，距离摄像头约 20 厘米。
scan-looking = 正在寻找二维码…
scan-type-instead = 改为输入ID
scan-keypad-offer = 扫描不顺利吗？您也可以改为输入ID。
scan-hint-closer = 请把申请书再靠近摄像头一点。
scan-hint-farther = 请把申请书再拿远一点，让整个二维码都在框内。
scan-hint-glare = 二维码上有反光。请把申请书稍微倾斜一下，避开反光。
scan-hint-hold-still = 已经看到二维码了。请拿稳申请书，保持不动片刻。
forms-title = 二维码和申请书ID在哪里
form-gen-card = 与通知卡连在一起寄来的申请书（2015–2020年）：请沿齿孔线撕下使用。
form-gen-notice = 与个人编号通知书一起寄来的申请书（2020年起）、重新寄来的申请书，或在市区町村窗口领取的申请书。
form-gen-handwritten = 手写用的空白申请书上没有二维码，也没有申请书ID，无法在这里使用。
forms-legend-qr = 二维码
forms-legend-id = 23 位申请书ID
forms-schematic = 以上为简化示意图，您的申请书版式可能有所不同。
numbers-help-title = 这是哪个号码？
numbers-help-id = 23 位：申请书ID。请输入这个号码。
keypad-title = 请输入 23 位申请书ID
keypad-hint = 申请书ID印在申请书上的二维码旁边。
keypad-delete = 删除
keypad-clear = 清空
keypad-done = 完成
keypad-digits-left = 还差 { $count } 位
keypad-scan-instead = 改为扫描二维码
id-found-title = 这是您的申请书ID吗？
id-found-yes = 是，没错
id-found-no = 不是，重试
id-error-empty = 请输入 23 位申请书ID。
id-error-too-short = 号码位数不足：申请书ID为 23 位数字。
id-error-too-long = 号码位数过多：申请书ID为 23 位数字。
id-error-invalid-character = 申请书ID只能包含数字。
id-error-individual-number = 这似乎是您的 12 位个人编号（My Number），请勿在此使用。这里需要的是申请书上印的 23 位申请书ID。
id-error-resident-record-code = 这似乎是 11 位住民票代码。这里需要的是申请书上印的 23 位申请书ID。
id-error-url-without-id = 此二维码不含申请书ID。请出示申请书上的二维码。
id-error-several-ids = 此二维码含有多个号码。请出示申请书上的二维码。
id-error-not-an-id = 这不是申请书的二维码。请出示印在申请书上的二维码。

## 4 Details

details-title = 您的信息
details-form-looking = 正在查询您的申请书信息…
details-form-name = 姓名
details-form-address = 地址
details-form-check = 以上信息来自您的申请书。如果不是您本人的信息，请按“{ topbar-start-over }”。
details-form-not-found-title = 找不到此申请书ID对应的申请书
details-form-not-found = 请核对申请书上的23位数字后重新输入。如果仍然不行，请呼叫工作人员。
details-form-unavailable-title = 暂时无法核对您的申请书
details-form-unavailable = 无法连接申请服务。您可以再试一次，也可以继续办理：申请会在发送时接受核对。
details-form-retry = 再试一次
details-form-reenter = 重新输入号码
details-birth-date = 出生日期
details-birth-date-hint = 请依次选择年代、年份、月份和日期。
details-pick-decade = 您是哪年出生的？请选择年代。
details-pick-year = 请选择年份。
details-pick-month = 请选择月份。
details-pick-day = 请选择日期。
details-pick-back = 返回
details-birth-date-era = 日本年号：{ $era }
details-age = 年龄：{ $age } 岁
date-error-incomplete = 请输入全部 8 位数字：年、月、日。
date-error-invalid-character = 请只输入数字。
date-error-no-such-date = 此日期不存在，请检查月份和日期。
date-error-in-future = 这是未来的日期，请检查年份。
date-error-too-old = 请检查年份。
details-cert-title = 电子证明书
details-cert-signing = 签名用电子证明书（用于在线签署文件，例如报税）
details-cert-auth = 用户证明用电子证明书（用于登录，例如登录Mynaportal）
details-cert-on = 发行
details-cert-off = 不发行
details-adult-ward = 为成年被监护人申请？由监护人作为法定代理人申请，且不发行签名用电子证明书：请选择“{ details-cert-off }”。
details-braille = 卡上的盲文姓名
details-braille-hint = 卡上会用盲文标示您的姓名（最多 11 个字符）。
details-under-1 = 未满 1 岁的儿童领取的是无照片的卡，因此将跳过拍照步骤。
details-under-15-title = 为未满 15 岁的儿童申请
details-under-15 = 由父母等法定代理人代替孩子申请，并可代为操作本机。未满 15 岁者不发行签名用电子证明书。
details-continue = 继续

## 5 Photo

photo-title = 您的照片
photo-instructions = 请坐直，看着摄像头，闭上嘴，保持自然表情。
photo-help-open = 使用轮椅？为儿童拍照？
photo-help-title = 轮椅使用者、协助者与儿童
photo-help-wheelchair = 您可以坐在轮椅上拍照。本机的座椅能否移开、相机高度能否调整，请询问工作人员：请按“{ topbar-call-staff }”。
photo-help-helper = 协助者可以帮您操作屏幕或调整坐姿，但拍照前必须离开画面。
photo-help-child = 年幼的孩子可以坐在父母腿上拍照，但父母不能出现在照片中。
photo-help-baby = 未满 1 岁的婴儿不需要照片：他们的卡上没有照片。
photo-help-close = 关闭
guide-face-present = 请看镜头，让脸位于轮廓内
guide-single-face = 画面中只能有一个人
guide-not-too-close = 请稍微往后退
guide-not-too-far = 请再靠近一点
guide-centred = 请把头移到轮廓中间
guide-roll = 请保持头部端正，不要歪头
guide-yaw = 请正对镜头
guide-pitch = 请保持下巴水平
guide-eyes-open = 请睁开眼睛
guide-mouth-closed = 请闭上嘴
guide-neutral-expression = 请放松面部，不要笑
guide-eyes-visible = 请让眼睛清晰可见（无反光、无有色镜片、头发不遮眼）
guide-face-brightness = 脸部太暗或太亮，请正对灯光坐好
guide-exposure = 脸部有部分太亮或太暗，请避开强光
guide-even-light = 脸部光线不均匀，请稍微转向灯光
guide-sharpness = 请保持不动片刻
guide-plain-background = 背景须为纯色，请移动位置，让身后只有墙面
guide-background-objects = 身后有物体，请移动位置，让身后只有纯色墙面
guide-background-shadow = 身后有阴影，请离墙稍远一点
guide-head-covering = 如可以，请摘下帽子或口罩。没有佩戴，或因宗教或医疗原因佩戴头部遮盖物的，请按下方的按钮。
covering-offer = 我因宗教或医疗原因佩戴头部遮盖物
covering-none = 我没有戴帽子或口罩
covering-title = 因宗教或医疗原因佩戴的头部遮盖物
covering-rules = 照片必须拍到从额头顶部到下巴的整张脸以及脸的两侧，且没有阴影。本机无法判断您的头部遮盖物是否会被接受。
covering-unsure = 如果不确定，请先不要申请：打印一张写有咨询电话和申请书ID的凭条，向个人编号卡免费咨询电话询问该怎么做。
covering-continue = 佩戴头部遮盖物拍照
covering-print-slip = 打印咨询电话并结束
guide-looking = 正在检查您的照片…
guide-all-good = 很好！请保持不动。
guide-countdown = { $seconds } 秒后拍照…
guide-unavailable = 无法使用照片自动检查。请按按钮拍照，并在下一个画面仔细确认。
check-face-present = 检测到人脸
check-single-face = 只有一人
check-not-too-close = 头部完整
check-not-too-far = 距离合适
check-centred = 居中
check-roll = 头部端正
check-yaw = 正对镜头
check-pitch = 下巴水平
check-eyes-open = 眼睛睁开
check-mouth-closed = 嘴巴闭合
check-neutral-expression = 表情自然
check-eyes-visible = 眼睛可见
check-face-brightness = 脸部亮度
check-exposure = 曝光
check-even-light = 光线均匀
check-sharpness = 清晰
check-plain-background = 纯色背景
check-background-objects = 背景无物体
check-background-shadow = 背景无阴影
check-head-covering = 无帽子或口罩
photo-take = 拍照
photo-processing = 正在处理您的照片…
photo-failed = 拍照失败，请重试。

## 6 Review

review-title = 这张照片可以吗？
review-size = 照片尺寸：高 45 毫米、宽 35 毫米。
review-use = 使用这张照片
review-retake = 重新拍摄
review-previous = 之前的照片
review-shot = 照片 { $number }
review-checks-passed = 已通过的检查
review-checks-unknown = 这张照片未经自动检查，请仔细确认。

## 7 Confirm and send

confirm-title = 确认并发送
confirm-id = 申请书ID
confirm-birth-date = 出生日期
confirm-cert-signing = 签名用电子证明书
confirm-cert-auth = 用户证明用电子证明书
confirm-braille = 盲文姓名
confirm-photo = 照片
confirm-no-photo = 无照片（未满 1 岁）
confirm-yes = 是
confirm-no = 否
confirm-send = 提交申请
confirm-change = 修改
submit-sending = 正在发送您的申请…
submit-demo-note = 演示：申请会发送到本机内的演示受理服务器，不会发送到国家的服务。
submit-failed = 无法保存您的申请，请呼叫工作人员。

## 8 Slip

slip-title = 申请已完成
slip-sent = 您的申请已发送。
slip-queued = 您的申请已保存在本机，稍后将自动发送。
slip-printing = 正在打印凭条…
slip-printed = 请取走您的凭条。
slip-demo-note = 演示：凭条会保存为文件，不会打印。
slip-failed = 凭条无法打印。请记下您的申请书ID（尾号为 { $last_digits }），并呼叫工作人员。
slip-not-printed = 凭条无法打印。请记下下方的受理编号，或呼叫工作人员。
slip-next-steps = 后续流程：大约一个月后，您会收到交付通知书（明信片）。请携带交付通知书和身份证明文件，本人前往市区町村窗口领取个人编号卡。
slip-finish = 完成
slip-date = 日期
slip-booth = 自助机
slip-receipt = 受理编号
slip-call-centre = 个人编号卡（My Number卡）免费咨询电话：0120-95-0178（日语）、0120-0178-27（其他语言）
covering-slip-title = 申请前请先致电咨询
covering-slip-body = 尚未发送任何信息。请致电个人编号卡免费咨询电话，告知本凭条上的申请书ID，并说明您因宗教或医疗原因佩戴头部遮盖物。之后可用同一份申请书申请。
covering-slip-not-printed = 凭条无法打印。请记下上方显示的咨询电话和申请书ID。

## 9 Goodbye

goodbye-title = 谢谢
goodbye-wiped = 您的数据已从本机删除。

## 管理员界面（仅限工作人员，需输入PIN码）

operator-pin-title = 管理员PIN码
operator-pin-wrong = PIN码错误。还可尝试 { $attempts } 次。
operator-pin-locked = PIN码输入错误次数过多，已锁定 { $minutes } 分钟。
operator-pin-disabled = 管理员界面已停用：kiosk-config 中未设置PIN码。
operator-checking = 正在验证…
operator-unlock = 解锁
operator-cancel = 取消
operator-title = 管理员界面
operator-camera = 摄像头
operator-camera-live = 实时画面，{ $width } × { $height } 像素
operator-camera-demo = 演示画面（无摄像头）
operator-camera-lost = 无法使用：{ $reason }
operator-camera-starting = 正在启动…
operator-camera-preview = 摄像头当前画面
operator-camera-no-preview = 摄像头没有画面
operator-printer = 打印机
operator-test-print = 测试打印
operator-test-print-sent = 已向打印机发送测试凭条。
operator-printer-ready = 就绪
operator-printer-offline = 离线
operator-printer-paper-out = 缺纸
operator-printer-error = 错误：{ $reason }
operator-printer-none = 未配置打印机
operator-job-printed = 已打印
operator-job-saved = 已保存为文件
operator-job-timed-out = 未能按时完成（已取消）
operator-printer-last-slip = 上一张凭条：{ $result }
operator-printer-last-test = 测试打印：{ $result }
operator-metrics = 今日
operator-sessions = 开始使用：{ $started } 次，完成：{ $finished } 次
operator-recent-errors = 最近的警告和错误
operator-no-errors = 无
operator-version = 版本 { $version }
operator-close = 关闭
operator-exit = 退出到桌面
operator-outbox = 申请
operator-outbox-counts = 等待发送 { $waiting } 件 · 被服务器拒绝 { $refused } 件（见日志） · 已发送 { $sent } 件
operator-disk-low = 磁盘空间即将用尽（剩余 { $free } MB）。申请可能很快无法保存；请释放空间或联系维护人员。
operator-network = 受理服务器
operator-network-ok = 可以连接
operator-network-down = 无法连接：{ $error }
operator-network-demo = 演示：受理服务器在本机内运行。
operator-send-now = 立即发送
operator-voice = 语音引导
operator-voice-none = 本机没有语音引导（见 kiosk-config 的 [voice]）。
operator-voice-on-by-default = 每次使用开始时开启（用户可以关闭）。
operator-voice-off-by-default = 每次使用开始时关闭（用户可以开启）。
operator-voice-output-ok = 声音输出：正常
operator-voice-output-failed = 声音输出：不工作（没有声卡，或 kiosk-config 的 [voice] 中设备名称有误）
operator-voice-silent = 没有语音的语言：{ $languages }
operator-voice-test = 播放测试语音
operator-voice-test-line = 这是本机的语音测试。
operator-voice-log = 最近的语音
operator-voice-log-empty = 还没有播放过语音
operator-voice-played = 已播放
operator-voice-interrupted = 被中断
operator-voice-no-voice = 无语音
operator-voice-failed = 失败（见日志）
operator-calibration = 照片校准
operator-calibration-backdrop-set = 空亭背景参考：已保存
operator-calibration-backdrop-none = 背景参考：无
operator-calibration-baseline = 头部基准：俯仰 { $pitch } 度，眼睛位于画面高度的 { $height } %
operator-calibration-baseline-none = 头部基准：无（使用 kiosk-config 中的值）
operator-calibration-capture-backdrop = 拍摄空亭背景
operator-calibration-record-baseline = 记录头部基准（请坐下并看向摄像头）
operator-calibration-reset = 重置校准
operator-calibration-working = 正在校准…（约2秒）
operator-calibration-saved = 校准已保存。
operator-calibration-face-in-view = 已拒绝：画面中有人脸。请让照相亭空无一人后重试。
operator-calibration-no-face = 未检测到人脸。请坐在摄像头前，直视摄像头后重试。
operator-calibration-no-camera = 摄像头没有画面，现在无法校准。
operator-calibration-failed = 校准失败：{ $reason }
