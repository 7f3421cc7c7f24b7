# Myna Booth — Bahasa Indonesia. Semua teks yang tampil di mesin ini ada di berkas-berkas ini.
# Istilah resmi: "Kartu Nomor Individu" (マイナンバーカード), menurut halaman bahasa Indonesia Kementerian Dalam
# Negeri dan Komunikasi (総務省), salinan http://40.74.122.252/index.cgi/speech/https://www.soumu.go.jp/main_sosiki/jichi_gyousei/c-gyousei/zairyu/indonesia/index.html
# "Formulir Permohonan Penerbitan Kartu Nomor Individu" (交付申請書), "ID formulir permohonan" (申請書ID) dan
# "kartu pos pemberitahuan penerbitan" (交付通知書): tidak ditemukan sumber resmi, istilah lama dipertahankan.

## Everywhere

app-name = Myna Booth
topbar-language = Bahasa
topbar-start-over = Mulai ulang
topbar-call-staff = Panggil petugas
topbar-step = Langkah { $current } dari { $total }
a11y-voice-on = Suara: aktif
a11y-voice-off = Suara: mati
a11y-voice-none = Tidak ada suara untuk bahasa ini
a11y-voice-unavailable = Suara tidak tersedia
a11y-repeat = Ulangi
a11y-larger-text-on = Teks besar: aktif
a11y-larger-text-off = Teks besar: mati
a11y-contrast-on = Kontras tinggi: aktif
a11y-contrast-off = Kontras tinggi: mati
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = Bahasa
step-check = Pemeriksaan
step-scan = Formulir
step-details = Data
step-photo = Foto
step-send = Kirim
step-slip = Bukti
demo-mode-banner = Mode demo: kamera tidak ditemukan, jadi mesin ini menampilkan rekaman sebagai pengganti video langsung.
staff-called = Petugas sudah dipanggil. Mohon tunggu di sini.
staff-called-close = OK
start-over-title = Mulai ulang?
start-over-body = Semua yang sudah Anda masukkan akan dihapus.
start-over-yes = Ya, mulai ulang
start-over-no = Tidak, lanjutkan
inactivity-title = Apakah Anda masih di sini?
inactivity-body = Demi privasi Anda, mesin ini akan menghapus data yang Anda masukkan dan mulai ulang dalam { $seconds } detik.
inactivity-continue = Saya masih di sini
common-back = Kembali
common-next = Berikutnya
camera-lost = Kamera tidak berfungsi. Silakan panggil petugas.
camera-reconnecting = Menyambungkan ulang kamera…

## 0 Attract

attract-title = Ajukan permohonan Kartu Nomor Individu (Kartu My Number) di sini
attract-touch = Sentuh layar untuk memulai
attract-bring-form = Siapkan Formulir Permohonan Penerbitan Kartu Nomor Individu Anda yang memiliki kode QR.
attract-price-free = Gratis
attract-price = Biaya: { $price } yen
attract-duration = Sekitar 5 menit, termasuk pengambilan foto.

## 1 Language and consent

language-title = Pilih bahasa
consent-title = Privasi Anda
consent-body = Mesin ini mengirimkan permohonan Anda (tanggal lahir, pilihan Anda, dan foto Anda) ke layanan permohonan online resmi. Tidak ada yang tersimpan di mesin ini: data Anda langsung dihapus begitu Anda selesai atau pergi.
consent-accept = Saya setuju, lanjutkan
consent-decline = Batal

## 2 Before you start

check-title = Sebelum memulai
check-intro = Apakah ada perubahan pada hal-hal berikut sejak formulir permohonan dikirimkan kepada Anda? Jika ada, formulir tersebut mungkin sudah tidak berlaku.
check-moved = Apakah Anda pindah alamat setelah menerima formulir?
check-name-changed = Apakah nama Anda berubah setelah menerima formulir?
check-stay-renewed = Untuk penduduk asing: apakah masa tinggal Anda diperpanjang setelah menerima formulir?
answer-yes = Ya
answer-no = Tidak
check-warning-title = Formulir Anda mungkin tidak diterima
check-warning-moved = Setelah pindah alamat, formulir Anda mungkin tidak lagi sesuai dengan data kependudukan Anda. Anda dapat meminta formulir permohonan baru di kantor pemerintah daerah setempat.
check-warning-name = Setelah berganti nama, formulir Anda mungkin tidak lagi sesuai dengan data kependudukan Anda. Anda dapat meminta formulir permohonan baru di kantor pemerintah daerah setempat.
check-warning-stay = Setelah masa tinggal Anda diperpanjang, formulir Anda mungkin tidak lagi sesuai dengan data kependudukan Anda. Anda dapat meminta formulir permohonan baru di kantor pemerintah daerah setempat.
check-nothing-changed = Tidak ada yang berubah
check-something-changed = Ada yang berubah
check-continue = Lanjutkan
check-continue-anyway = Tetap lanjutkan
screen-more-below = Masih ada lanjutan di bawah

## 3 Scan

scan-title = Tunjukkan kode QR pada formulir permohonan Anda
scan-hint = Pegang formulir dalam keadaan rata di dalam bingkai, sekitar 20 cm dari kamera.
scan-looking = Mencari kode QR…
scan-type-instead = Ketik ID secara manual
scan-keypad-offer = Mengalami kesulitan? Anda juga dapat mengetik ID secara manual.
scan-hint-closer = Dekatkan formulir sedikit lagi ke kamera.
scan-hint-farther = Jauhkan formulir sedikit agar seluruh kode QR berada di dalam bingkai.
scan-hint-glare = Ada pantulan cahaya pada kode QR. Miringkan formulir sedikit agar tidak silau.
scan-hint-hold-still = Kode QR sudah terlihat. Tahan formulir tanpa bergerak sebentar.
forms-title = Letak kode QR dan ID
form-gen-card = Formulir yang datang menempel pada Kartu Pemberitahuan (2015–2020): sobek di sepanjang garis perforasi.
form-gen-notice = Formulir yang datang bersama Surat Pemberitahuan Nomor Individu (sejak 2020), yang dikirim ulang kepada Anda, atau yang diterima di kantor pemerintah daerah.
form-gen-handwritten = Formulir kosong untuk diisi dengan tangan tidak memiliki kode QR maupun ID, sehingga tidak dapat digunakan di sini.
forms-legend-qr = Kode QR
forms-legend-id = ID formulir permohonan 23 digit
forms-schematic = Gambar disederhanakan: tata letak formulir Anda mungkin berbeda.
numbers-help-title = Nomor yang mana?
numbers-help-id = 23 digit: ID formulir permohonan. Nomor inilah yang diketik.
keypad-title = Ketik ID formulir permohonan (23 digit)
keypad-hint = ID tercetak di samping kode QR pada formulir permohonan Anda.
keypad-delete = Hapus
keypad-clear = Hapus semua
keypad-done = Selesai
keypad-digits-left = { $count ->
   *[other] Kurang { $count } digit lagi
}
keypad-scan-instead = Pindai kode QR
id-found-title = Apakah ini ID formulir permohonan Anda?
id-found-yes = Ya, benar
id-found-no = Bukan, coba lagi
id-error-empty = Silakan ketik ID formulir permohonan yang terdiri dari 23 digit.
id-error-too-short = Nomor ini terlalu pendek: ID formulir permohonan terdiri dari 23 digit.
id-error-too-long = Nomor ini terlalu panjang: ID formulir permohonan terdiri dari 23 digit.
id-error-invalid-character = ID formulir permohonan hanya boleh berisi angka.
id-error-individual-number = Ini tampaknya Nomor Individu (My Number) Anda yang terdiri dari 12 digit. Jangan gunakan nomor itu di sini: yang diperlukan adalah ID formulir permohonan 23 digit yang tercetak pada formulir.
id-error-resident-record-code = Ini tampaknya kode data kependudukan (kode jūminhyō) yang terdiri dari 11 digit. Yang diperlukan adalah ID formulir permohonan 23 digit yang tercetak pada formulir.
id-error-url-without-id = Kode QR ini tidak berisi ID formulir permohonan. Silakan tunjukkan kode QR pada formulir permohonan.
id-error-several-ids = Kode QR ini berisi lebih dari satu nomor. Silakan tunjukkan kode QR pada formulir permohonan.
id-error-not-an-id = Ini bukan kode QR formulir permohonan. Silakan tunjukkan kode QR yang tercetak pada formulir permohonan.

## 4 Details

details-title = Data Anda
details-form-looking = Mencari formulir permohonan Anda…
details-form-name = Nama
details-form-address = Alamat
details-form-check = Data ini berasal dari formulir permohonan Anda. Jika bukan milik Anda, tekan “{ topbar-start-over }”.
details-form-not-found-title = Formulir dengan ID ini tidak ditemukan
details-form-not-found = Periksa nomor 23 digit pada formulir Anda lalu ketik lagi. Jika masih tidak berhasil, panggil petugas.
details-form-unavailable-title = Formulir Anda belum dapat diperiksa saat ini
details-form-unavailable = Layanan permohonan tidak dapat dihubungi. Coba lagi, atau lanjutkan: permohonan Anda diperiksa saat dikirim.
details-form-retry = Coba lagi
details-form-reenter = Ketik ulang nomornya
details-birth-date = Tanggal lahir
details-birth-date-hint = Pilih dekade, lalu tahun, bulan, dan tanggal.
details-pick-decade = Kapan Anda lahir? Pilih dekadenya.
details-pick-year = Pilih tahun.
details-pick-month = Pilih bulan.
details-pick-day = Pilih tanggal.
details-pick-back = Kembali
details-birth-date-era = Kalender Jepang: { $era }
details-age = Usia: { $age }
date-error-incomplete = Silakan ketik kedelapan digit: tahun, bulan, dan tanggal.
date-error-invalid-character = Gunakan angka saja.
date-error-no-such-date = Tanggal ini tidak ada. Periksa kembali bulan dan tanggalnya.
date-error-in-future = Tanggal ini ada di masa depan. Periksa kembali tahunnya.
date-error-too-old = Periksa kembali tahunnya.
details-cert-title = Sertifikat elektronik
details-cert-signing = Sertifikat elektronik untuk tanda tangan (untuk menandatangani dokumen secara online, misalnya laporan pajak)
details-cert-auth = Sertifikat elektronik untuk autentikasi pengguna (untuk login, misalnya ke Mynaportal)
details-cert-on = Terbitkan
details-cert-off = Jangan terbitkan
details-adult-ward = Mengajukan untuk orang dewasa di bawah pengampuan? Pengampu mengajukan sebagai perwakilan hukum, dan sertifikat elektronik untuk tanda tangan tidak diterbitkan: pilih “{ details-cert-off }”.
details-braille = Nama dalam huruf Braille pada kartu
details-braille-hint = Kartu menampilkan nama Anda dalam huruf Braille (maksimal 11 karakter).
details-under-1 = Anak di bawah 1 tahun mendapat kartu tanpa foto, jadi langkah foto dilewati.
details-under-15-title = Permohonan untuk anak di bawah 15 tahun
details-under-15 = Orang tua atau perwakilan hukum lain mengajukan permohonan untuk anak dan boleh menggunakan mesin ini atas namanya. Anak di bawah 15 tahun tidak mendapat sertifikat elektronik untuk tanda tangan.
details-continue = Lanjutkan

## 5 Photo

photo-title = Foto Anda
photo-instructions = Duduk tegak, lihat ke kamera, dan pertahankan ekspresi netral dengan mulut tertutup.
photo-help-open = Memakai kursi roda? Foto anak?
photo-help-title = Kursi roda, pendamping, dan anak
photo-help-wheelchair = Anda boleh difoto sambil tetap duduk di kursi roda. Apakah kursi mesin ini bisa dipindahkan atau tinggi kameranya bisa diubah, tanyakan kepada petugas: tekan “{ topbar-call-staff }”.
photo-help-helper = Pendamping boleh membantu Anda dengan layar dan posisi duduk, tetapi harus keluar dari gambar sebelum foto diambil.
photo-help-child = Anak kecil boleh duduk di pangkuan orang tua, asalkan orang tua tidak ikut terfoto.
photo-help-baby = Bayi di bawah 1 tahun tidak perlu foto: kartunya tidak memakai foto.
photo-help-close = Tutup
guide-face-present = Lihat ke kamera, dengan wajah di dalam garis
guide-single-face = Hanya satu orang di foto
guide-not-too-close = Mundur sedikit
guide-not-too-far = Maju sedikit lagi
guide-centred = Posisikan kepala di tengah garis
guide-roll = Tegakkan kepala, jangan dimiringkan
guide-yaw = Hadap lurus ke kamera
guide-pitch = Jaga dagu tetap lurus
guide-eyes-open = Buka mata Anda
guide-mouth-closed = Tutup mulut Anda
guide-neutral-expression = Rilekskan wajah, jangan tersenyum
guide-eyes-visible = Mata harus terlihat jelas: tanpa silau, kacamata gelap, atau rambut yang menutupi
guide-face-brightness = Wajah terlalu gelap atau terlalu terang: duduklah menghadap lampu
guide-exposure = Sebagian wajah terlalu terang atau gelap: hindari cahaya langsung
guide-even-light = Cahaya di wajah tidak merata: putar sedikit ke arah lampu
guide-sharpness = Diam sebentar
guide-plain-background = Latar belakang harus polos: bergeserlah agar hanya dinding di belakang Anda
guide-background-objects = Ada benda di belakang Anda: bergeserlah agar hanya dinding polos yang terlihat
guide-background-shadow = Ada bayangan di belakang Anda: menjauhlah sedikit dari dinding
guide-head-covering = Lepaskan topi atau masker jika bisa. Tidak memakainya, atau memakai penutup kepala karena alasan agama atau medis? Sentuh salah satu tombol di bawah.
covering-offer = Saya memakai penutup kepala karena alasan agama atau medis
covering-none = Saya tidak memakai topi atau masker
covering-title = Penutup kepala karena alasan agama atau medis
covering-rules = Foto harus memperlihatkan seluruh wajah, dari atas dahi sampai dagu, dan kedua sisi wajah, tanpa bayangan. Mesin ini tidak dapat mengetahui apakah penutup kepala Anda akan diterima.
covering-unsure = Jika ragu, jangan mengajukan dulu: cetak bukti berisi nomor yang harus dihubungi dan ID formulir permohonan Anda, lalu tanyakan kepada Pusat Panggilan Kartu Nomor Individu apa yang harus dilakukan.
covering-continue = Ambil foto dengan penutup kepala
covering-print-slip = Cetak nomor yang harus dihubungi dan selesai
guide-looking = Memeriksa foto Anda…
guide-all-good = Sempurna! Tetap diam.
guide-countdown = Mengambil foto dalam { $seconds }…
guide-unavailable = Pemeriksaan foto otomatis tidak tersedia. Ambil foto dengan tombol dan periksa baik-baik di layar berikutnya.
check-face-present = Wajah terdeteksi
check-single-face = Hanya satu orang
check-not-too-close = Kepala utuh
check-not-too-far = Jarak pas
check-centred = Di tengah
check-roll = Kepala tegak
check-yaw = Menghadap kamera
check-pitch = Dagu lurus
check-eyes-open = Mata terbuka
check-mouth-closed = Mulut tertutup
check-neutral-expression = Ekspresi netral
check-eyes-visible = Mata terlihat
check-face-brightness = Kecerahan wajah
check-exposure = Eksposur
check-even-light = Cahaya merata
check-sharpness = Tajam
check-plain-background = Latar polos
check-background-objects = Tak ada benda di belakang
check-background-shadow = Tak ada bayangan di belakang
check-head-covering = Tanpa topi atau masker
photo-take = Ambil foto
photo-processing = Menyiapkan foto Anda…
photo-failed = Foto tidak dapat diambil. Silakan coba lagi.

## 6 Review

review-title = Apakah foto ini sudah bagus?
review-size = Ukuran foto: tinggi 45 mm dan lebar 35 mm.
review-use = Gunakan foto ini
review-retake = Foto ulang
review-previous = Foto sebelumnya
review-shot = Foto { $number }
review-checks-passed = Pemeriksaan yang lolos
review-checks-unknown = Foto ini tidak diperiksa otomatis: periksalah baik-baik.

## 7 Confirm and send

confirm-title = Periksa dan kirim
confirm-id = ID formulir permohonan
confirm-birth-date = Tanggal lahir
confirm-cert-signing = Sertifikat untuk tanda tangan
confirm-cert-auth = Sertifikat untuk autentikasi pengguna
confirm-braille = Nama dalam huruf Braille
confirm-photo = Foto
confirm-no-photo = Tanpa foto (di bawah 1 tahun)
confirm-yes = Ya
confirm-no = Tidak
confirm-send = Kirim permohonan
confirm-change = Ubah
submit-sending = Mengirim permohonan Anda…
submit-demo-note = Demo: permohonan dikirim ke server penerimaan demo di dalam mesin ini, bukan ke layanan nasional.
submit-failed = Permohonan Anda tidak dapat disimpan. Silakan panggil petugas.

## 8 Slip

slip-title = Permohonan Anda sudah selesai
slip-sent = Permohonan Anda sudah dikirim.
slip-queued = Permohonan Anda tersimpan di mesin ini dan akan dikirim secara otomatis.
slip-printing = Mencetak bukti permohonan…
slip-printed = Silakan ambil bukti permohonan Anda.
slip-demo-note = Demo: bukti permohonan disimpan sebagai berkas, bukan dicetak.
slip-failed = Bukti permohonan tidak dapat dicetak. Silakan catat ID formulir permohonan Anda yang berakhiran { $last_digits } dan panggil petugas.
slip-not-printed = Bukti permohonan tidak dapat dicetak. Silakan catat nomor tanda terima di bawah ini, atau panggil petugas.
slip-next-steps = Langkah selanjutnya: sekitar satu bulan lagi, kartu pos pemberitahuan penerbitan akan tiba. Bawa kartu pos tersebut beserta dokumen identitas ke kantor pemerintah daerah setempat untuk mengambil kartu Anda secara langsung.
slip-finish = Selesai
slip-date = Tanggal
slip-booth = Mesin
slip-receipt = Nomor tanda terima
slip-call-centre = Pusat Panggilan Kartu Nomor Individu: 0120-95-0178 (bahasa Jepang), 0120-0178-27 (bahasa lain)
covering-slip-title = Telepon sebelum mengajukan
covering-slip-body = Belum ada yang dikirim. Telepon Pusat Panggilan Kartu Nomor Individu, sebutkan ID formulir permohonan pada bukti ini, dan katakan bahwa Anda memakai penutup kepala karena alasan agama atau medis. Anda dapat mengajukan nanti dengan formulir yang sama.
covering-slip-not-printed = Bukti tidak dapat dicetak. Silakan catat nomor yang harus dihubungi dan ID formulir permohonan yang ditampilkan di atas.

## 9 Goodbye

goodbye-title = Terima kasih
goodbye-wiped = Data Anda sudah dihapus dari mesin ini.

## Layar operator (khusus petugas, dilindungi PIN)

operator-pin-title = PIN operator
operator-pin-wrong = PIN salah. Sisa { $attempts } kali percobaan.
operator-pin-locked = Terlalu banyak PIN salah. Papan PIN dikunci selama { $minutes } menit.
operator-pin-disabled = Layar operator dinonaktifkan: belum ada PIN yang diatur di kiosk-config.
operator-checking = Memeriksa…
operator-unlock = Buka kunci
operator-cancel = Batal
operator-title = Layar operator
operator-camera = Kamera
operator-camera-live = Video langsung, { $width } × { $height } piksel
operator-camera-demo = Rekaman demo (tanpa kamera)
operator-camera-lost = Tidak berfungsi: { $reason }
operator-camera-starting = Memulai…
operator-camera-preview = Yang dilihat kamera sekarang
operator-camera-no-preview = Tidak ada gambar dari kamera
operator-printer = Printer
operator-test-print = Uji cetak
operator-test-print-sent = Bukti uji cetak sudah dikirim ke printer.
operator-printer-ready = Siap
operator-printer-offline = Offline
operator-printer-paper-out = Kertas habis
operator-printer-error = Galat: { $reason }
operator-printer-none = Printer belum diatur
operator-job-printed = Tercetak
operator-job-saved = Disimpan sebagai file
operator-job-timed-out = Tidak selesai tepat waktu (dibatalkan)
operator-printer-last-slip = Bukti terakhir: { $result }
operator-printer-last-test = Uji cetak: { $result }
operator-metrics = Hari ini
operator-sessions = Sesi dimulai: { $started }, selesai: { $finished }
operator-recent-errors = Peringatan dan kesalahan terbaru
operator-no-errors = Tidak ada
operator-version = Versi { $version }
operator-close = Tutup
operator-exit = Keluar ke desktop
operator-outbox = Permohonan
operator-outbox-counts = { $waiting } menunggu dikirim · { $refused } ditolak server (lihat log) · { $sent } terkirim
operator-disk-low = Disk hampir penuh: tersisa { $free } MB. Permohonan sebentar lagi tidak dapat disimpan; kosongkan ruang atau hubungi teknisi.
operator-network = Server penerimaan
operator-network-ok = Terhubung
operator-network-down = Tidak terhubung: { $error }
operator-network-demo = Demo: server penerimaan berjalan di dalam mesin ini.
operator-send-now = Kirim sekarang
operator-voice = Panduan suara
operator-voice-none = Kios ini tidak punya panduan suara (lihat [voice] di kiosk-config).
operator-voice-on-by-default = Menyala di awal setiap sesi (pengguna dapat mematikannya).
operator-voice-off-by-default = Mati di awal setiap sesi (pengguna dapat menyalakannya).
operator-voice-output-ok = Keluaran suara: berfungsi
operator-voice-output-failed = Keluaran suara: tidak berfungsi (tidak ada kartu suara, atau perangkat di [voice] pada kiosk-config salah)
operator-voice-silent = Tanpa suara untuk: { $languages }
operator-voice-test = Putar kalimat uji
operator-voice-test-line = Ini adalah uji suara kios.
operator-voice-log = Baru saja diucapkan
operator-voice-log-empty = Belum ada yang diucapkan
operator-voice-played = diputar
operator-voice-interrupted = terpotong
operator-voice-no-voice = tanpa suara
operator-voice-failed = gagal (lihat log)
operator-calibration = Kalibrasi foto
operator-calibration-backdrop-set = Referensi latar belakang saat mesin kosong: tersimpan
operator-calibration-backdrop-none = Referensi latar belakang: tidak ada
operator-calibration-baseline = Acuan kepala: kemiringan { $pitch } derajat, mata pada { $height } % tinggi gambar
operator-calibration-baseline-none = Acuan kepala: tidak ada (nilai kiosk-config yang dipakai)
operator-calibration-capture-backdrop = Ambil gambar mesin kosong
operator-calibration-record-baseline = Rekam acuan kepala (duduk dan lihat ke kamera)
operator-calibration-reset = Atur ulang kalibrasi
operator-calibration-working = Sedang mengkalibrasi… (sekitar 2 detik)
operator-calibration-saved = Kalibrasi tersimpan.
operator-calibration-face-in-view = Ditolak: ada wajah yang terlihat. Kosongkan mesin lalu coba lagi.
operator-calibration-no-face = Tidak ada wajah yang terlihat. Duduk di depan kamera, lihat lurus ke kamera, lalu coba lagi.
operator-calibration-no-camera = Kamera tidak memberi gambar, jadi kalibrasi tidak bisa dilakukan sekarang.
operator-calibration-failed = Kalibrasi gagal: { $reason }
