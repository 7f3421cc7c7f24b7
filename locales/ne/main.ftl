# Myna Booth — नेपाली। बुथमा देखिने सबै पाठ यी फाइलहरूमा छन्।
# आधिकारिक शब्दहरू, आन्तरिक मामिला तथा सञ्चार मन्त्रालय (総務省) को नेपाली पृष्ठअनुसार
# https://www.soumu.go.jp/main_sosiki/jichi_gyousei/c-gyousei/zairyu/nepali/index.html :
# "मेरो नम्बर कार्ड" (マイナンバーカード, "मेरो नम्बर कार्ड (आईसी कार्ड)") र "फारम" (सूचना कार्डसँग पठाइएको 交付申請書)।
# "आवेदन फारम ID" (申請書ID) र "जारी सूचना पोस्टकार्ड" (交付通知書): आधिकारिक स्रोत भेटिएन, पुरानै शब्द राखिएको।

## Everywhere

app-name = Myna Booth
topbar-language = भाषा
topbar-start-over = फेरि सुरु गर्नुहोस्
topbar-call-staff = कर्मचारी बोलाउनुहोस्
topbar-step = { $total } मध्ये चरण { $current }
a11y-voice-on = आवाज: खुला
a11y-voice-off = आवाज: बन्द
a11y-voice-none = यो भाषामा आवाज छैन
a11y-voice-unavailable = आवाज उपलब्ध छैन
a11y-repeat = फेरि सुन्नुहोस्
a11y-larger-text-on = ठूलो अक्षर: खुला
a11y-larger-text-off = ठूलो अक्षर: बन्द
a11y-contrast-on = उच्च कन्ट्रास्ट: खुला
a11y-contrast-off = उच्च कन्ट्रास्ट: बन्द
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = भाषा
step-check = जाँच
step-scan = फारम
step-details = विवरण
step-photo = फोटो
step-send = पठाउने
step-slip = पर्ची
demo-mode-banner = डेमो मोड: क्यामेरा भेटिएन, त्यसैले बुथले लाइभ भिडियोको सट्टा रेकर्ड गरिएको दृश्य देखाउँदै छ।
staff-called = कर्मचारीलाई बोलाइएको छ। कृपया यहीँ पर्खनुहोस्।
staff-called-close = ठिक छ
start-over-title = फेरि सुरु गर्ने?
start-over-body = तपाईंले भर्नुभएका सबै विवरण मेटिनेछन्।
start-over-yes = हो, फेरि सुरु गर्नुहोस्
start-over-no = होइन, जारी राख्नुहोस्
inactivity-title = तपाईं अझै यहाँ हुनुहुन्छ?
inactivity-body = तपाईंको गोपनीयताका लागि, बुथले { $seconds } सेकेन्डपछि तपाईंले भर्नुभएको विवरण मेटाएर फेरि सुरु गर्नेछ।
inactivity-continue = म यहीँ छु
common-back = पछाडि
common-next = अर्को
camera-lost = क्यामेराले काम गरिरहेको छैन। कृपया कर्मचारी बोलाउनुहोस्।
camera-reconnecting = क्यामेरा फेरि जोड्दै…

## 0 Attract

attract-title = यहाँ मेरो नम्बर कार्ड (माई नम्बर कार्ड) का लागि आवेदन दिनुहोस्
attract-touch = सुरु गर्न स्क्रिन छुनुहोस्
attract-bring-form = QR कोड भएको मेरो नम्बर कार्ड जारी आवेदन फारम तयार राख्नुहोस्।
attract-price-free = निःशुल्क
attract-price = शुल्क: { $price } येन
attract-duration = फोटो खिच्ने समयसहित करिब 5 मिनेट लाग्छ।

## 1 Language and consent

language-title = आफ्नो भाषा छान्नुहोस्
consent-title = तपाईंको गोपनीयता
consent-body = यो बुथले तपाईंको आवेदन (जन्म मिति, तपाईंका छनोट र फोटो) आधिकारिक अनलाइन आवेदन सेवामा पठाउँछ। यो बुथमा केही पनि राखिँदैन: तपाईंले काम सक्नुभएपछि वा यहाँबाट जानुभएपछि तपाईंको डाटा तुरुन्तै मेटिन्छ।
consent-accept = म सहमत छु, जारी राख्नुहोस्
consent-decline = रद्द गर्नुहोस्

## 2 Before you start

check-title = सुरु गर्नुअघि
check-intro = आवेदन फारम तपाईंलाई पठाइएपछि तलका कुनै कुरामा परिवर्तन भएको छ? यदि छ भने, फारम अब मान्य नहुन सक्छ।
check-moved = फारम पाएपछि तपाईं नयाँ ठेगानामा सर्नुभएको छ?
check-name-changed = फारम पाएपछि तपाईंको नाम परिवर्तन भएको छ?
check-stay-renewed = विदेशी बासिन्दाका लागि: फारम पाएपछि तपाईंको बसाइ अवधि नवीकरण भएको छ?
answer-yes = हो
answer-no = होइन
check-warning-title = तपाईंको फारम स्वीकार नहुन सक्छ
check-warning-moved = ठेगाना सरेपछि तपाईंको फारम निवासी रेकर्डसँग नमिल्न सक्छ। तपाईं नगरपालिका कार्यालयमा नयाँ आवेदन फारम माग्न सक्नुहुन्छ।
check-warning-name = नाम परिवर्तन भएपछि तपाईंको फारम निवासी रेकर्डसँग नमिल्न सक्छ। तपाईं नगरपालिका कार्यालयमा नयाँ आवेदन फारम माग्न सक्नुहुन्छ।
check-warning-stay = बसाइ अवधि नवीकरण भएपछि तपाईंको फारम निवासी रेकर्डसँग नमिल्न सक्छ। तपाईं नगरपालिका कार्यालयमा नयाँ आवेदन फारम माग्न सक्नुहुन्छ।
check-nothing-changed = केही परिवर्तन भएको छैन
check-something-changed = केही परिवर्तन भएको छ
check-continue = जारी राख्नुहोस्
check-continue-anyway = तैपनि जारी राख्नुहोस्
screen-more-below = तल अझै छ

## 3 Scan

scan-title = आवेदन फारमको QR कोड देखाउनुहोस्
scan-hint = फारमलाई फ्रेमभित्र सिधा समात्नुहोस्, क्यामेराबाट करिब 20 से.मि. टाढा।
scan-looking = QR कोड खोज्दै…
scan-type-instead = बरु ID टाइप गर्नुहोस्
scan-keypad-offer = समस्या भइरहेको छ? तपाईं बरु ID टाइप गर्न सक्नुहुन्छ।
scan-hint-closer = फारमलाई क्यामेराको अलि नजिक ल्याउनुहोस्।
scan-hint-farther = पूरै QR कोड फ्रेमभित्र पर्ने गरी फारमलाई अलि टाढा राख्नुहोस्।
scan-hint-glare = QR कोडमा उज्यालो टल्किरहेको छ। टल्काइ हटाउन फारमलाई अलिकति ढल्काउनुहोस्।
scan-hint-hold-still = QR कोड देखिएको छ। केही बेर फारमलाई नहल्लाई समात्नुहोस्।
forms-title = QR कोड र ID कहाँ छन्
form-gen-card = सूचना कार्डसँग जोडिएर आएको फारम (2015–2020): प्वालदार रेखाबाट च्यातेर छुट्याउनुहोस्।
form-gen-notice = व्यक्तिगत नम्बर सूचनापत्रसँग आएको फारम (2020 देखि), फेरि पठाइएको फारम, वा नगरपालिकाको कार्यालयमा पाएको फारम।
form-gen-handwritten = हातले भर्ने खाली फारममा QR कोड र ID हुँदैन: यसलाई यहाँ प्रयोग गर्न सकिँदैन।
forms-legend-qr = QR कोड
forms-legend-id = 23 अङ्कको आवेदन फारम ID
forms-schematic = सरल चित्र मात्र: तपाईंको फारमको बनोट फरक हुन सक्छ।
numbers-help-title = यो कुन नम्बर हो?
numbers-help-id = 23 अङ्क: आवेदन फारम ID। टाइप गर्ने नम्बर यही हो।
keypad-title = 23 अङ्कको आवेदन फारम ID टाइप गर्नुहोस्
keypad-hint = ID तपाईंको आवेदन फारममा QR कोडको छेउमा छापिएको छ।
keypad-delete = मेटाउनुहोस्
keypad-clear = सबै मेटाउनुहोस्
keypad-done = सकियो
keypad-digits-left = { $count ->
    [one] 1 अङ्क बाँकी
   *[other] { $count } अङ्क बाँकी
}
keypad-scan-instead = बरु QR कोड स्क्यान गर्नुहोस्
id-found-title = यो तपाईंको आवेदन फारम ID हो?
id-found-yes = हो, यही हो
id-found-no = होइन, फेरि प्रयास गर्नुहोस्
id-error-empty = कृपया 23 अङ्कको आवेदन फारम ID हाल्नुहोस्।
id-error-too-short = यो नम्बर छोटो भयो: आवेदन फारम ID मा 23 अङ्क हुन्छन्।
id-error-too-long = यो नम्बर लामो भयो: आवेदन फारम ID मा 23 अङ्क हुन्छन्।
id-error-invalid-character = आवेदन फारम ID मा अङ्क मात्र हुन सक्छन्।
id-error-individual-number = यो तपाईंको 12 अङ्कको व्यक्तिगत नम्बर (माई नम्बर) जस्तो देखिन्छ। यसलाई यहाँ प्रयोग नगर्नुहोस्: यहाँ फारममा छापिएको 23 अङ्कको आवेदन फारम ID चाहिन्छ।
id-error-resident-record-code = यो 11 अङ्कको निवासी रेकर्ड कोड जस्तो देखिन्छ। यहाँ फारममा छापिएको 23 अङ्कको आवेदन फारम ID चाहिन्छ।
id-error-url-without-id = यो QR कोडमा आवेदन फारम ID छैन। कृपया आवेदन फारमको QR कोड देखाउनुहोस्।
id-error-several-ids = यो QR कोडमा एकभन्दा बढी नम्बर छन्। कृपया आवेदन फारमको QR कोड देखाउनुहोस्।
id-error-not-an-id = यो आवेदन फारमको QR कोड होइन। कृपया आवेदन फारममा छापिएको QR कोड देखाउनुहोस्।

## 4 Details

details-title = तपाईंको विवरण
details-form-looking = तपाईंको आवेदन फारम खोजिँदैछ…
details-form-name = नाम
details-form-address = ठेगाना
details-form-check = यी विवरण तपाईंको आवेदन फारमबाट आएका हुन्। यी तपाईंका होइनन् भने “{ topbar-start-over }” थिच्नुहोस्।
details-form-not-found-title = यो ID भएको आवेदन फारम भेटिएन
details-form-not-found = फारममा भएको २३ अङ्कको नम्बर जाँचेर फेरि टाइप गर्नुहोस्। अझै भएन भने कर्मचारीलाई बोलाउनुहोस्।
details-form-unavailable-title = अहिले तपाईंको फारम जाँच्न सकिँदैन
details-form-unavailable = आवेदन सेवासँग जोडिन सकिएन। फेरि प्रयास गर्नुहोस्, वा अगाडि बढ्नुहोस्: आवेदन पठाउँदा जाँचिन्छ।
details-form-retry = फेरि प्रयास गर्नुहोस्
details-form-reenter = नम्बर फेरि टाइप गर्नुहोस्
details-birth-date = जन्म मिति
details-birth-date-hint = दशक छान्नुहोस्, त्यसपछि वर्ष, महिना र दिन।
details-pick-decade = तपाईं कहिले जन्मनुभएको हो? दशक छान्नुहोस्।
details-pick-year = वर्ष छान्नुहोस्।
details-pick-month = महिना छान्नुहोस्।
details-pick-day = दिन छान्नुहोस्।
details-pick-back = पछाडि
details-birth-date-era = जापानी पात्रो: { $era }
details-age = उमेर: { $age } वर्ष
date-error-incomplete = कृपया वर्ष, महिना र दिनका सबै 8 अङ्क टाइप गर्नुहोस्।
date-error-invalid-character = कृपया अङ्क मात्र प्रयोग गर्नुहोस्।
date-error-no-such-date = यो मिति हुँदैन। कृपया महिना र दिन जाँच्नुहोस्।
date-error-in-future = यो मिति भविष्यको हो। कृपया वर्ष (ईस्वी सन्) जाँच्नुहोस्।
date-error-too-old = कृपया वर्ष (ईस्वी सन्) जाँच्नुहोस्।
details-cert-title = विद्युतीय प्रमाणपत्र
details-cert-signing = हस्ताक्षरका लागि विद्युतीय प्रमाणपत्र (अनलाइन कागजातमा हस्ताक्षर गर्न, जस्तै कर विवरण बुझाउँदा)
details-cert-auth = प्रयोगकर्ता प्रमाणीकरणका लागि विद्युतीय प्रमाणपत्र (लग इन गर्न, जस्तै Mynaportal मा)
details-cert-on = जारी गर्ने
details-cert-off = जारी नगर्ने
details-adult-ward = संरक्षकत्वमा रहेका वयस्कका लागि आवेदन दिँदै हुनुहुन्छ? संरक्षकले कानुनी प्रतिनिधिका रूपमा आवेदन दिन्छन्, र हस्ताक्षरका लागि विद्युतीय प्रमाणपत्र जारी हुँदैन: “{ details-cert-off }” छान्नुहोस्।
details-braille = कार्डमा ब्रेल लिपिमा नाम
details-braille-hint = कार्डमा तपाईंको नाम ब्रेल लिपिमा हुन्छ (बढीमा 11 अक्षर)।
details-under-1 = 1 वर्षमुनिका बालबालिकालाई फोटो नभएको कार्ड दिइन्छ, त्यसैले फोटो खिच्ने चरण छोडिन्छ।
details-under-15-title = 15 वर्षमुनिका बालबालिकाका लागि आवेदन
details-under-15 = आमाबुबा वा अन्य कानुनी प्रतिनिधिले बच्चाको सट्टा आवेदन दिन्छन् र बच्चाका लागि यो बुथ चलाउन सक्छन्। 15 वर्षमुनिकालाई हस्ताक्षरका लागि विद्युतीय प्रमाणपत्र जारी गरिँदैन।
details-continue = जारी राख्नुहोस्

## 5 Photo

photo-title = तपाईंको फोटो
photo-instructions = सिधा बस्नुहोस्, क्यामेरातिर हेर्नुहोस्, र मुख बन्द गरेर सामान्य अनुहार राख्नुहोस्।
photo-help-open = ह्वीलचेयर प्रयोग गर्नुहुन्छ? बच्चाको फोटो?
photo-help-title = ह्वीलचेयर प्रयोगकर्ता, सहयोगी र बालबालिका
photo-help-wheelchair = तपाईं ह्वीलचेयरमै बसेर फोटो खिचाउन सक्नुहुन्छ। यो बुथको सिट हटाउन वा क्यामेराको उचाइ बदल्न मिल्छ कि मिल्दैन, कर्मचारीलाई सोध्नुहोस्: “{ topbar-call-staff }” थिच्नुहोस्।
photo-help-helper = सहयोगीले स्क्रिन चलाउन र सिधा बस्न मद्दत गर्न सक्छन्, तर फोटो खिच्नुअघि फ्रेमबाट बाहिर जानुपर्छ।
photo-help-child = सानो बच्चा आमा वा बुबाको काखमा बस्न सक्छ, तर आमा वा बुबा फोटोमा देखिनु हुँदैन।
photo-help-baby = 1 वर्षमुनिका शिशुलाई फोटो चाहिँदैन: उनीहरूको कार्डमा फोटो हुँदैन।
photo-help-close = बन्द गर्नुहोस्
guide-face-present = क्यामेरातिर हेर्नुहोस्, अनुहार रेखाभित्र राख्नुहोस्
guide-single-face = तस्बिरमा एक जना मात्र हुनुपर्छ
guide-not-too-close = अलिकति पछाडि सर्नुहोस्
guide-not-too-far = अलि नजिक आउनुहोस्
guide-centred = टाउको रेखाको बीचमा ल्याउनुहोस्
guide-roll = टाउको सीधा राख्नुहोस्, नढल्काउनुहोस्
guide-yaw = क्यामेरातिर सीधा फर्किनुहोस्
guide-pitch = चिउँडो सीधा राख्नुहोस्
guide-eyes-open = आँखा खुला राख्नुहोस्
guide-mouth-closed = मुख बन्द गर्नुहोस्
guide-neutral-expression = अनुहार सहज राख्नुहोस्, नमुस्कुराउनुहोस्
guide-eyes-visible = आँखा स्पष्ट देखिनुपर्छ: चमक, कालो चस्मा वा कपालले नछोपोस्
guide-face-brightness = अनुहार धेरै अँध्यारो वा उज्यालो छ: बत्तीतिर फर्केर बस्नुहोस्
guide-exposure = अनुहारको केही भाग धेरै उज्यालो वा अँध्यारो छ: सीधा प्रकाशबाट बच्नुहोस्
guide-even-light = अनुहारमा प्रकाश बराबर छैन: बत्तीतिर अलिकति फर्किनुहोस्
guide-sharpness = एकछिन नहल्लिनुहोस्
guide-plain-background = पृष्ठभूमि सादा हुनुपर्छ: पछाडि भित्ता मात्र देखिने गरी सर्नुहोस्
guide-background-objects = तपाईंको पछाडि केही छ: सादा भित्ता मात्र देखिने गरी सर्नुहोस्
guide-background-shadow = तपाईंको पछाडि छाया छ: भित्ताबाट अलिकति टाढा सर्नुहोस्
guide-head-covering = सकेमा टोपी वा मास्क खोल्नुहोस्। लगाउनुभएको छैन, वा धार्मिक वा स्वास्थ्य कारणले टाउको ढाक्नुभएको छ? तलको एउटा बटन थिच्नुहोस्।
covering-offer = म धार्मिक वा स्वास्थ्य कारणले टाउको ढाक्छु
covering-none = मैले टोपी वा मास्क लगाएको छैन
covering-title = धार्मिक वा स्वास्थ्य कारणले टाउको ढाक्ने
covering-rules = फोटोमा निधारको माथिदेखि चिउँडोसम्म पूरै अनुहार र अनुहारका दुवै छेउ छायाबिना देखिनुपर्छ। तपाईंको टाउको ढाक्ने कपडा स्वीकार हुन्छ कि हुँदैन, यो मेसिनले भन्न सक्दैन।
covering-unsure = पक्का हुनुहुन्न भने अहिले आवेदन नदिनुहोस्: सम्पर्क गर्ने नम्बर र तपाईंको आवेदन फारम ID भएको पर्ची छाप्नुहोस्, र के गर्ने भनेर मेरो नम्बर कार्ड कल सेन्टरमा सोध्नुहोस्।
covering-continue = टाउको ढाकेरै फोटो खिच्नुहोस्
covering-print-slip = सम्पर्क नम्बर छापेर सक्नुहोस्
guide-looking = तपाईंको फोटो जाँच्दै…
guide-all-good = उत्तम! नहल्लिनुहोस्।
guide-countdown = { $seconds } मा फोटो खिचिँदै…
guide-unavailable = फोटोको स्वचालित जाँच उपलब्ध छैन। बटनले फोटो खिच्नुहोस् र अर्को स्क्रिनमा राम्ररी जाँच्नुहोस्।
check-face-present = अनुहार भेटियो
check-single-face = एक जना मात्र
check-not-too-close = पूरै टाउको
check-not-too-far = उचित दूरी
check-centred = बीचमा
check-roll = टाउको सीधा
check-yaw = क्यामेरातिर फर्केको
check-pitch = चिउँडो सीधा
check-eyes-open = आँखा खुला
check-mouth-closed = मुख बन्द
check-neutral-expression = सामान्य भाव
check-eyes-visible = आँखा देखिने
check-face-brightness = अनुहारको उज्यालो
check-exposure = एक्सपोजर
check-even-light = बराबर प्रकाश
check-sharpness = स्पष्ट
check-plain-background = सादा पृष्ठभूमि
check-background-objects = पछाडि कुनै वस्तु छैन
check-background-shadow = पछाडि छाया छैन
check-head-covering = टोपी वा मास्क छैन
photo-take = फोटो खिच्नुहोस्
photo-processing = तपाईंको फोटो तयार गर्दै…
photo-failed = फोटो खिच्न सकिएन। कृपया फेरि प्रयास गर्नुहोस्।

## 6 Review

review-title = यो फोटो ठिक छ?
review-size = फोटोको आकार: 45 मि.मि. उचाइ र 35 मि.मि. चौडाइ।
review-use = यो फोटो प्रयोग गर्नुहोस्
review-retake = फेरि खिच्नुहोस्
review-previous = पहिले खिचेका फोटो
review-shot = फोटो { $number }
review-checks-passed = पास भएका जाँचहरू
review-checks-unknown = यो फोटो स्वचालित रूपमा जाँचिएको छैन: राम्ररी हेर्नुहोस्।

## 7 Confirm and send

confirm-title = जाँचेर पठाउनुहोस्
confirm-id = आवेदन फारम ID
confirm-birth-date = जन्म मिति
confirm-cert-signing = हस्ताक्षरका लागि प्रमाणपत्र
confirm-cert-auth = प्रयोगकर्ता प्रमाणीकरणका लागि प्रमाणपत्र
confirm-braille = ब्रेल लिपिमा नाम
confirm-photo = फोटो
confirm-no-photo = फोटो छैन (1 वर्षमुनि)
confirm-yes = हो
confirm-no = होइन
confirm-send = आवेदन पठाउनुहोस्
confirm-change = परिवर्तन गर्नुहोस्
submit-sending = तपाईंको आवेदन पठाउँदै…
submit-demo-note = डेमो: आवेदन यस बुथभित्रको डेमो रिसेप्शन सर्भरमा जान्छ, राष्ट्रिय सेवामा होइन।
submit-failed = तपाईंको आवेदन सुरक्षित गर्न सकिएन। कृपया कर्मचारी बोलाउनुहोस्।

## 8 Slip

slip-title = तपाईंको आवेदन पूरा भयो
slip-sent = तपाईंको आवेदन पठाइयो।
slip-queued = तपाईंको आवेदन यस बुथमा सुरक्षित गरिएको छ र आफैँ पठाइनेछ।
slip-printing = तपाईंको पर्ची छाप्दै…
slip-printed = कृपया आफ्नो पर्ची लिनुहोस्।
slip-demo-note = डेमो: पर्ची छापिनुको सट्टा फाइलको रूपमा सुरक्षित गरिन्छ।
slip-failed = पर्ची छाप्न सकिएन। कृपया अन्तिम अङ्क { $last_digits } भएको आफ्नो आवेदन फारम ID टिपेर कर्मचारी बोलाउनुहोस्।
slip-not-printed = पर्ची छाप्न सकिएन। कृपया तलको रसिद नम्बर टिप्नुहोस्, वा कर्मचारी बोलाउनुहोस्।
slip-next-steps = अब के हुन्छ: करिब एक महिनामा जारी सूचना पोस्टकार्ड आउँछ। त्यो पोस्टकार्ड र परिचय कागजात लिएर आफैँ नगरपालिका कार्यालयमा गई कार्ड लिनुहोस्।
slip-finish = सकियो
slip-date = मिति
slip-booth = बुथ
slip-receipt = रसिद नम्बर
slip-call-centre = मेरो नम्बर कार्ड कल सेन्टर: 0120-95-0178 (जापानी), 0120-0178-27 (अन्य भाषा)
covering-slip-title = आवेदन दिनुअघि फोन गर्नुहोस्
covering-slip-body = अहिलेसम्म केही पठाइएको छैन। मेरो नम्बर कार्ड कल सेन्टरमा फोन गर्नुहोस्, यो पर्चीमा भएको आवेदन फारम ID भन्नुहोस्, र तपाईं धार्मिक वा स्वास्थ्य कारणले टाउको ढाक्नुहुन्छ भनी बताउनुहोस्। पछि उही फारमबाट आवेदन दिन सक्नुहुन्छ।
covering-slip-not-printed = पर्ची छाप्न सकिएन। कृपया माथि देखाइएको सम्पर्क नम्बर र आवेदन फारम ID टिप्नुहोस्।

## 9 Goodbye

goodbye-title = धन्यवाद
goodbye-wiped = तपाईंको डाटा यस बुथबाट मेटाइएको छ।

## अपरेटर स्क्रिन (कर्मचारीका लागि मात्र, PIN चाहिन्छ)

operator-pin-title = अपरेटर PIN
operator-pin-wrong = { $attempts ->
    [one] PIN गलत भयो। अब { $attempts } पटक मात्र प्रयास गर्न सकिन्छ।
   *[other] PIN गलत भयो। अब { $attempts } पटक प्रयास गर्न सकिन्छ।
}
operator-pin-locked = { $minutes ->
    [one] धेरै पटक गलत PIN हालियो। PIN प्याड { $minutes } मिनेटका लागि लक गरिएको छ।
   *[other] धेरै पटक गलत PIN हालियो। PIN प्याड { $minutes } मिनेटका लागि लक गरिएको छ।
}
operator-pin-disabled = अपरेटर स्क्रिन निष्क्रिय छ: kiosk-config मा PIN सेट गरिएको छैन।
operator-checking = जाँच्दै…
operator-unlock = अनलक गर्नुहोस्
operator-cancel = रद्द गर्नुहोस्
operator-title = अपरेटर स्क्रिन
operator-camera = क्यामेरा
operator-camera-live = लाइभ, { $width } × { $height } पिक्सेल
operator-camera-demo = डेमो दृश्य (क्यामेरा छैन)
operator-camera-lost = काम गरिरहेको छैन: { $reason }
operator-camera-starting = सुरु हुँदै…
operator-camera-preview = क्यामेराले अहिले देखेको दृश्य
operator-camera-no-preview = क्यामेराबाट कुनै तस्बिर छैन
operator-printer = प्रिन्टर
operator-test-print = परीक्षण प्रिन्ट
operator-test-print-sent = परीक्षण पर्ची प्रिन्टरमा पठाइयो।
operator-printer-ready = तयार
operator-printer-offline = अफलाइन
operator-printer-paper-out = कागज सकियो
operator-printer-error = त्रुटि: { $reason }
operator-printer-none = प्रिन्टर सेट गरिएको छैन
operator-job-printed = छापियो
operator-job-saved = फाइलको रूपमा सेभ गरियो
operator-job-timed-out = समयमै सकिएन (रद्द गरियो)
operator-printer-last-slip = अन्तिम पर्ची: { $result }
operator-printer-last-test = परीक्षण छपाइ: { $result }
operator-metrics = आज
operator-sessions = सुरु भएका सत्र: { $started }, पूरा भएका: { $finished }
operator-recent-errors = हालका चेतावनी र त्रुटिहरू
operator-no-errors = कुनै छैन
operator-version = संस्करण { $version }
operator-close = बन्द गर्नुहोस्
operator-exit = डेस्कटपमा निस्कनुहोस्
operator-outbox = आवेदनहरू
operator-outbox-counts = { $waiting } पठाउन बाँकी · { $refused } सर्भरले अस्वीकार गरेको (लग हेर्नुहोस्) · { $sent } पठाइएको
operator-disk-low = डिस्क लगभग भरिएको छ: { $free } MB मात्र बाँकी। छिट्टै आवेदन सुरक्षित गर्न सकिँदैन; ठाउँ खाली गर्नुहोस् वा मर्मत टोलीलाई बोलाउनुहोस्।
operator-network = रिसेप्शन सर्भर
operator-network-ok = जोडिन्छ
operator-network-down = जोडिँदैन: { $error }
operator-network-demo = डेमो: रिसेप्शन सर्भर यही बुथभित्र चलिरहेको छ।
operator-send-now = अहिले पठाउनुहोस्
operator-voice = आवाज निर्देशन
operator-voice-none = यो बुथमा आवाज निर्देशन छैन (kiosk-config को [voice] हेर्नुहोस्)।
operator-voice-on-by-default = हरेक सत्रको सुरुमा खुला हुन्छ (प्रयोगकर्ताले बन्द गर्न सक्छन्)।
operator-voice-off-by-default = हरेक सत्रको सुरुमा बन्द हुन्छ (प्रयोगकर्ताले खोल्न सक्छन्)।
operator-voice-output-ok = ध्वनि आउटपुट: चलिरहेको छ
operator-voice-output-failed = ध्वनि आउटपुट: चलेको छैन (साउन्ड कार्ड छैन, वा kiosk-config को [voice] मा उपकरणको नाम गलत छ)
operator-voice-silent = आवाज नभएका भाषा: { $languages }
operator-voice-test = परीक्षण वाक्य बजाउनुहोस्
operator-voice-test-line = यो बुथको आवाज परीक्षण हो।
operator-voice-log = हालै बोलिएका
operator-voice-log-empty = अहिलेसम्म केही बोलिएको छैन
operator-voice-played = बज्यो
operator-voice-interrupted = बीचमै रोकियो
operator-voice-no-voice = आवाज छैन
operator-voice-failed = असफल (लग हेर्नुहोस्)
operator-calibration = फोटो क्यालिब्रेसन
operator-calibration-backdrop-set = खाली बुथको पृष्ठभूमि सन्दर्भ: सुरक्षित गरिएको
operator-calibration-backdrop-none = पृष्ठभूमि सन्दर्भ: छैन
operator-calibration-baseline = टाउकोको आधार: झुकाव { $pitch } डिग्री, आँखा तस्बिरको उचाइको { $height } % मा
operator-calibration-baseline-none = टाउकोको आधार: छैन (kiosk-config को मान प्रयोग हुन्छ)
operator-calibration-capture-backdrop = खाली बुथको तस्बिर लिनुहोस्
operator-calibration-record-baseline = टाउकोको आधार रेकर्ड गर्नुहोस् (बसेर क्यामेरातिर हेर्नुहोस्)
operator-calibration-reset = क्यालिब्रेसन रिसेट गर्नुहोस्
operator-calibration-working = क्यालिब्रेसन हुँदैछ… (करिब २ सेकेन्ड)
operator-calibration-saved = क्यालिब्रेसन सुरक्षित गरियो।
operator-calibration-face-in-view = अस्वीकार गरियो: अनुहार देखिएको छ। बुथ खाली गरेर फेरि प्रयास गर्नुहोस्।
operator-calibration-no-face = कुनै अनुहार देखिएन। क्यामेराअगाडि बसेर सीधा हेर्नुहोस् र फेरि प्रयास गर्नुहोस्।
operator-calibration-no-camera = क्यामेराबाट तस्बिर आएको छैन, त्यसैले अहिले क्यालिब्रेसन गर्न सकिँदैन।
operator-calibration-failed = क्यालिब्रेसन असफल भयो: { $reason }
