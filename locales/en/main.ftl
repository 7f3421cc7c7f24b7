# Myna Booth — English. Every visible string of the booth lives in these files.
# Official terms, as J-LIS's English pages (kojinbango-card.go.jp/en) write them: "Individual
# Number Card" (My Number Card), "Individual Number Card Application Form" (交付申請書),
# "application form ID" (申請書ID), "Notice of Issuance" (postcard, 交付通知書).

## Everywhere

app-name = Myna Booth
topbar-language = Language
topbar-start-over = Start over
topbar-call-staff = Call staff
topbar-step = Step { $current } of { $total }
a11y-voice-on = Voice: on
a11y-voice-off = Voice: off
a11y-voice-none = No voice in this language
a11y-voice-unavailable = Voice unavailable
a11y-repeat = Repeat
a11y-larger-text-on = Larger text: on
a11y-larger-text-off = Larger text: off
a11y-contrast-on = High contrast: on
a11y-contrast-off = High contrast: off
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = Language
step-check = Check
step-scan = Form
step-details = Details
step-photo = Photo
step-send = Send
step-slip = Slip
demo-mode-banner = Demo mode: no camera was found, so the booth plays a recorded scene instead of live video.
staff-called = A member of staff has been called. Please wait here.
staff-called-close = OK
start-over-title = Start over?
start-over-body = Everything you have entered will be deleted.
start-over-yes = Yes, start over
start-over-no = No, continue
inactivity-title = Are you still there?
inactivity-body = For your privacy, the booth will delete your entries and start over in { $seconds } seconds.
inactivity-continue = I'm still here
common-back = Back
common-next = Next
camera-lost = The camera is not working. Please call staff.
camera-reconnecting = Reconnecting the camera…

## 0 Attract

attract-title = Apply for your My Number Card here
attract-touch = Touch the screen to start
attract-bring-form = Have your Individual Number Card Application Form with its QR code ready.
attract-price-free = Free of charge
attract-price = Price: { $price } yen
attract-duration = It takes about 5 minutes, photo included.

## 1 Language and consent

language-title = Choose your language
consent-title = Your privacy
consent-body = This booth sends your application (date of birth, your choices and your photo) to the official online application service. Nothing stays on this booth: your data is deleted as soon as you finish or walk away.
consent-accept = I agree, continue
consent-decline = Cancel

## 2 Before you start

check-title = Before you start
check-intro = Has any of this changed since your application form was sent to you? If so, the form may no longer be valid.
check-moved = Have you moved to a new address since you received the form?
check-name-changed = Has your name changed since you received the form?
check-stay-renewed = Foreign residents: has your period of stay been renewed since you received the form?
answer-yes = Yes
answer-no = No
check-warning-title = Your form may not be accepted
check-warning-moved = After a move, your form may no longer match your resident record. You can ask your city office for a new application form.
check-warning-name = After a change of name, your form may no longer match your resident record. You can ask your city office for a new application form.
check-warning-stay = After your period of stay was renewed, your form may no longer match your resident record. You can ask your city office for a new application form.
check-nothing-changed = Nothing has changed
check-something-changed = Something has changed
check-continue = Continue
check-continue-anyway = Continue anyway
screen-more-below = More below

## 3 Scan

scan-title = Show the QR code of your application form
scan-hint = Hold the form flat inside the frame, about 20 cm from the camera.
scan-looking = Looking for the QR code…
scan-type-instead = Type the ID instead
scan-keypad-offer = Having trouble? You can type the ID instead.
scan-hint-closer = Bring the form a little closer to the camera.
scan-hint-farther = Hold the form a little farther away, so that the whole QR code is inside the frame.
scan-hint-glare = Light is reflecting on the QR code. Tilt the form a little to get rid of the glare.
scan-hint-hold-still = The QR code is in view. Hold the form still for a moment.
forms-title = Where to find the QR code and the ID
form-gen-card = Came attached to the Notification Card (2015–2020): tear it off along the perforation.
form-gen-notice = Came with the Individual Number Notice (from 2020), was sent to you again, or was given to you at the city office.
form-gen-handwritten = A blank form to fill in by hand has no QR code and no ID: it cannot be used here.
forms-legend-qr = QR code
forms-legend-id = 23-digit application form ID
forms-schematic = Simplified drawings: the layout of your form may differ.
numbers-help-title = Which number is it?
numbers-help-id = 23 digits: the application form ID. This is the one to type.
keypad-title = Type the 23-digit application form ID
keypad-hint = The ID is printed next to the QR code on your application form.
keypad-delete = Delete
keypad-clear = Clear
keypad-done = Done
keypad-digits-left = { $count ->
    [one] 1 digit left
   *[other] { $count } digits left
}
keypad-scan-instead = Scan the QR code instead
id-found-title = Is this your application form ID?
id-found-yes = Yes, that's it
id-found-no = No, try again
id-error-empty = Please enter the 23-digit application form ID.
id-error-too-short = This number is too short: the application form ID has 23 digits.
id-error-too-long = This number is too long: the application form ID has 23 digits.
id-error-invalid-character = Only digits can be used in the application form ID.
id-error-individual-number = This looks like your 12-digit Individual Number (My Number). Do not use it here: we need the 23-digit application form ID printed on the form.
id-error-resident-record-code = This looks like an 11-digit resident record code. We need the 23-digit application form ID printed on the form.
id-error-url-without-id = This QR code does not contain an application form ID. Please show the QR code of the application form.
id-error-several-ids = This QR code contains more than one number. Please show the QR code of the application form.
id-error-not-an-id = This is not the QR code of an application form. Please show the QR code printed on the application form.

## 4 Details

details-title = Your details
details-form-looking = Looking up your application form…
details-form-name = Name
details-form-address = Address
details-form-check = These details come from your application form. If they are not yours, press “{ topbar-start-over }”.
details-form-not-found-title = No application form with this ID was found
details-form-not-found = Please check the 23-digit number on your form and type it again. If it still does not work, call staff.
details-form-unavailable-title = Your form cannot be checked just now
details-form-unavailable = The application service cannot be reached. Try again, or continue: your application is checked when it is sent.
details-form-retry = Try again
details-form-reenter = Type the number again
details-birth-date = Date of birth
details-birth-date-hint = Choose the decade, then the year, month and day.
details-pick-decade = When were you born? Choose the decade.
details-pick-year = Choose the year.
details-pick-month = Choose the month.
details-pick-day = Choose the day.
details-pick-back = Back
details-birth-date-era = Japanese calendar: { $era }
details-age = Age: { $age }
date-error-incomplete = Please type all 8 digits: year, month and day.
date-error-invalid-character = Please use digits only.
date-error-no-such-date = This date does not exist. Please check the month and day.
date-error-in-future = This date is in the future. Please check the year.
date-error-too-old = Please check the year.
details-cert-title = Electronic certificates
details-cert-signing = Electronic certificate for signature (to sign documents online, for example a tax return)
details-cert-auth = Electronic certificate for user authentication (to log in, for example to Mynaportal)
details-cert-on = Issue
details-cert-off = Do not issue
details-adult-ward = Applying for an adult ward (an adult under guardianship)? The guardian applies as legal representative, and no electronic certificate for signature is issued: choose “{ details-cert-off }”.
details-braille = Name in braille on the card
details-braille-hint = The card shows your name in braille (up to 11 characters).
details-under-1 = Children under 1 year old get a card without a photo, so the photo step is skipped.
details-under-15-title = Applying for a child under 15
details-under-15 = A parent or other legal representative applies for the child and uses this booth for them. Children under 15 get no electronic certificate for signature.
details-continue = Continue

## 5 Photo

photo-title = Your photo
photo-instructions = Sit up straight, look into the camera, and keep a neutral expression with your mouth closed.
photo-help-open = Using a wheelchair? Photo of a child?
photo-help-title = Wheelchairs, helpers and children
photo-help-wheelchair = You can stay in your wheelchair for the photo. Whether this booth's seat can be moved aside or its camera height changed, staff can tell you: press “{ topbar-call-staff }”.
photo-help-helper = A helper may assist you with the screen and with sitting straight, but must step out of the picture before the photo is taken.
photo-help-child = A small child may sit on a parent's lap, as long as the parent is not in the picture.
photo-help-baby = Babies under 1 year old need no photo: their card has none.
photo-help-close = Close
guide-face-present = Look into the camera, with your face inside the outline
guide-single-face = Only one person in the picture, please
guide-not-too-close = Move back a little
guide-not-too-far = Move a little closer
guide-centred = Move your head into the middle of the outline
guide-roll = Keep your head straight, not tilted
guide-yaw = Face the camera straight on
guide-pitch = Keep your chin level
guide-eyes-open = Keep your eyes open
guide-mouth-closed = Close your mouth
guide-neutral-expression = Relax your face, no smile please
guide-eyes-visible = Make sure your eyes can be seen: no glare, tinted glasses or hair over them
guide-face-brightness = Your face is too dark or too bright: sit facing the light
guide-exposure = Part of your face is too bright or too dark: move out of direct light
guide-even-light = The light on your face is uneven: turn a little towards the light
guide-sharpness = Hold still for a moment
guide-plain-background = The background must be plain: move so that only the wall is behind you
guide-background-objects = Something is behind you: move so that only the plain wall shows
guide-background-shadow = There is a shadow behind you: move a little away from the wall
guide-head-covering = Take off your hat or mask if you can. Not wearing one, or wearing a head covering for religious or medical reasons? Tap a button below.
covering-offer = I wear a head covering for religious or medical reasons
covering-none = I'm not wearing a hat or mask
covering-title = Head covering for religious or medical reasons
covering-rules = The photo must show your whole face, from the top of your forehead to your chin, and both sides of your face, without shadows. The booth cannot tell whether your head covering will be accepted.
covering-unsure = If you are not sure, do not apply yet: print a slip with the number to call and your application form ID, and ask the My Number Card call centre what to do.
covering-continue = Take the photo with my head covering
covering-print-slip = Print the number to call and finish
guide-looking = Checking your photo…
guide-all-good = Perfect! Hold still.
guide-countdown = Taking the photo in { $seconds }…
guide-unavailable = The automatic photo checks are not available. Take the photo with the button and check it carefully on the next screen.
check-face-present = Face found
check-single-face = One person only
check-not-too-close = Whole head in the picture
check-not-too-far = Close enough
check-centred = Centred
check-roll = Head straight
check-yaw = Facing the camera
check-pitch = Chin level
check-eyes-open = Eyes open
check-mouth-closed = Mouth closed
check-neutral-expression = Neutral expression
check-eyes-visible = Eyes visible
check-face-brightness = Face brightness
check-exposure = Exposure
check-even-light = Even light
check-sharpness = Sharp
check-plain-background = Plain background
check-background-objects = Nothing in the background
check-background-shadow = No shadow behind
check-head-covering = No hat or mask
photo-take = Take photo
photo-processing = Preparing your photo…
photo-failed = The photo could not be taken. Please try again.

## 6 Review

review-title = Is this photo OK?
review-size = Photo size: 45 mm high, 35 mm wide.
review-use = Use this photo
review-retake = Take again
review-previous = Earlier photos
review-shot = Photo { $number }
review-checks-passed = Checks passed
review-checks-unknown = This photo was not checked automatically: please look at it carefully.

## 7 Confirm and send

confirm-title = Check and send
confirm-id = Application form ID
confirm-birth-date = Date of birth
confirm-cert-signing = Certificate for signature
confirm-cert-auth = Certificate for user authentication
confirm-braille = Braille name
confirm-photo = Photo
confirm-no-photo = No photo (under 1 year old)
confirm-yes = Yes
confirm-no = No
confirm-send = Send application
confirm-change = Change
submit-sending = Sending your application…
submit-demo-note = Demo: the application goes to a demo intake server inside this booth, not to the national service.
submit-failed = Your application could not be saved. Please call staff.

## 8 Slip

slip-title = Your application is complete
slip-sent = Your application has been sent.
slip-queued = Your application is saved on this booth and will be sent automatically.
slip-printing = Printing your slip…
slip-printed = Please take your slip.
slip-demo-note = Demo: the slip is saved as a file instead of printed.
slip-failed = The slip could not be printed. Please note your application form ID ending in { $last_digits } and call staff.
slip-not-printed = The slip could not be printed. Please write down your receipt number below, or call staff.
slip-next-steps = What happens next: your Notice of Issuance (a postcard) arrives in about one month. Take it and an identity document to your city office to collect your card in person.
slip-finish = Finish
slip-date = Date
slip-booth = Booth
slip-receipt = Receipt number
slip-call-centre = My Number Card call centre: 0120-95-0178 (Japanese), 0120-0178-27 (other languages)
covering-slip-title = Call before you apply
covering-slip-body = Nothing has been sent. Call the My Number Card call centre, give the application form ID on this slip and say that you wear a head covering for religious or medical reasons. You can apply later with the same form.
covering-slip-not-printed = The slip could not be printed. Please write down the number to call and your application form ID shown above.

## 9 Goodbye

goodbye-title = Thank you
goodbye-wiped = Your data has been deleted from this booth.

## Operator screen (staff only, behind the PIN)

operator-pin-title = Operator PIN
operator-pin-wrong = Wrong PIN. { $attempts ->
    [one] 1 attempt left.
   *[other] { $attempts } attempts left.
}
operator-pin-locked = Too many wrong PINs. The PIN pad is locked for { $minutes ->
    [one] 1 minute.
   *[other] { $minutes } minutes.
}
operator-pin-disabled = The operator screen is disabled: no PIN is set in kiosk-config.
operator-checking = Checking…
operator-unlock = Unlock
operator-cancel = Cancel
operator-title = Operator screen
operator-camera = Camera
operator-camera-live = Live, { $width } × { $height } pixels
operator-camera-demo = Demo scene (no camera)
operator-camera-lost = Not working: { $reason }
operator-camera-starting = Starting…
operator-camera-preview = What the camera sees now
operator-camera-no-preview = No picture from the camera
operator-printer = Printer
operator-test-print = Test print
operator-test-print-sent = A test slip was sent to the printer.
operator-printer-ready = Ready
operator-printer-offline = Offline
operator-printer-paper-out = Out of paper
operator-printer-error = Error: { $reason }
operator-printer-none = No printer configured
operator-job-printed = Printed
operator-job-saved = Saved as a file
operator-job-timed-out = Did not finish in time (cancelled)
operator-printer-last-slip = Last slip: { $result }
operator-printer-last-test = Test print: { $result }
operator-metrics = Today
operator-sessions = Sessions started: { $started }, finished: { $finished }
operator-recent-errors = Recent warnings and errors
operator-no-errors = None
operator-version = Version { $version }
operator-close = Close
operator-exit = Exit to desktop
operator-outbox = Applications
operator-outbox-counts = { $waiting } waiting to be sent · { $refused } refused by the server (see the log) · { $sent } sent
operator-disk-low = Disk nearly full: { $free } MB free. Applications may soon not be saved; free some space or call maintenance.
operator-network = Intake server
operator-network-ok = Reachable
operator-network-down = Not reachable: { $error }
operator-network-demo = Demo: the intake server runs inside this booth.
operator-send-now = Send now
operator-voice = Voice guidance
operator-voice-none = No voice guidance on this booth (see [voice] in kiosk-config).
operator-voice-on-by-default = On at the start of every session (users can switch it off).
operator-voice-off-by-default = Off at the start of every session (users can switch it on).
operator-voice-output-ok = Sound output: working
operator-voice-output-failed = Sound output: not working (no sound card, or a wrong device in [voice] of kiosk-config)
operator-voice-silent = No voice for: { $languages }
operator-voice-test = Say a test line
operator-voice-test-line = This is the voice test of the booth.
operator-voice-log = Lately spoken
operator-voice-log-empty = Nothing spoken yet
operator-voice-played = played
operator-voice-interrupted = cut short
operator-voice-no-voice = no voice
operator-voice-failed = failed (see the log)
operator-calibration = Photo calibration
operator-calibration-backdrop-set = Background reference of the empty booth: saved
operator-calibration-backdrop-none = Background reference: none
operator-calibration-baseline = Head baseline: pitch { $pitch } degrees, eyes at { $height } % of the picture height
operator-calibration-baseline-none = Head baseline: none (the kiosk-config value is used)
operator-calibration-capture-backdrop = Capture the empty booth
operator-calibration-record-baseline = Record the head baseline (sit and look at the camera)
operator-calibration-reset = Reset calibration
operator-calibration-working = Calibrating… (about 2 seconds)
operator-calibration-saved = Calibration saved.
operator-calibration-face-in-view = Refused: a face is in view. Leave the booth empty and try again.
operator-calibration-no-face = No face was seen. Sit in front of the camera, look straight at it and try again.
operator-calibration-no-camera = The camera gives no picture, so calibration is not possible now.
operator-calibration-failed = Calibration failed: { $reason }
