# Troika, Bahasa Indonesia. Kunci sama dengan en.ftl; pesan berupa HTML Telegram.

## Nama

country-CN = China
country-RU = Rusia
country-US = AS
country-short-CN = China
country-short-RU = Rusia
country-short-US = AS
country-label-CN = China
country-label-RU = Rusia
country-label-US = AS
country-pair = { $a }–{ $b }
stance-cooperation = kerja sama
stance-competition = persaingan
stance-mixed = campuran
language-en = Inggris
language-id = Indonesia
language-ru = Rusia
language-zh = Mandarin
language-native-en = English
language-native-id = Bahasa Indonesia
language-native-ru = Русский
language-native-zh = 中文

## /start dan /help

start-intro =
    <b>Troika</b> merangkum kerja sama dan persaingan AI antara Amerika Serikat, China, dan Rusia.
    Satu ringkasan singkat setiap hari dari berita berbahasa Inggris, Rusia, Mandarin, dan Indonesia; /help menampilkan daftar perintah.
start-subscribe-button = Berlangganan
help-heading = <b>Perintah</b>
help-admin-heading = <b>Admin</b>
help-example = mis.
help-story-ids = Setiap berita punya nomor, mis. <code>#123</code>; pakai nomor itu dengan /why.

## Menu perintah dan /help

cmd-start = Tentang Troika
cmd-help = Semua perintah beserta contoh
cmd-subscribe = Terima ringkasan harian di sini
cmd-unsubscribe = Berhenti menerima ringkasan harian
cmd-settings = Jam ringkasan, zona waktu, negara, sikap, bahasa
cmd-language = Bahasa bot
cmd-digest = Ringkasan hari ini, sekarang
cmd-latest = Berita relevan terbaru
cmd-china = Berita terbaru tentang China
cmd-russia = Berita terbaru tentang Rusia
cmd-usa = Berita terbaru tentang AS
cmd-cooperation = Berita terbaru tentang kerja sama
cmd-competition = Berita terbaru tentang persaingan
cmd-search = Cari berita relevan
cmd-search-example = /search ekspor cip  ·  /search Huawei  ·  /search 芯片
cmd-trend = Grafik beberapa minggu terakhir
cmd-sources = Sumber yang dibaca Troika
cmd-why = Mengapa sebuah berita dipilih
cmd-addfeed = Tambah feed
cmd-removefeed = Hapus feed
cmd-pausefeed = Jeda feed
cmd-resumefeed = Lanjutkan feed
cmd-feeds = Kesehatan feed
cmd-setorigin = Atur asal feed (US, CN, RU, ID, other) dan tanda media negara
cmd-import = Tambah feed dari berkas OPML
cmd-import-example = kirim berkas .opml, atau balas berkas itu dengan /import
cmd-export = Semua feed sebagai berkas OPML
cmd-refresh = Ambil semua feed sekarang
cmd-stats = Pelanggan, berita, ringkasan

## Langganan

subscribed = Berlangganan: ringkasan dikirim setiap hari pukul <b>{ $time }</b> ({ $zone }). Ubah lewat /settings; coba /digest untuk ringkasan hari ini.
already-subscribed = Sudah berlangganan: ringkasan dikirim setiap hari pukul <b>{ $time }</b> ({ $zone }). Ubah lewat /settings; coba /digest untuk ringkasan hari ini.
subscribed-notice = Berlangganan
subscribed-topic = Ringkasan dikirim ke topik ini.
unsubscribed = Langganan dihentikan: tidak ada lagi ringkasan harian di sini. /subscribe mengaktifkannya kembali dengan pengaturan yang sama.
not-subscribed = Obrolan ini belum berlangganan. Kirim /subscribe untuk menerima ringkasan harian.
group-admins-only = Hanya admin grup ini yang bisa mengubah langganan atau pengaturannya.

## /language

language-current = Bot berbahasa <b>{ $language }</b> di sini. Pilih bahasa lain:
language-set = Selesai: bot kini berbahasa <b>{ $language }</b> di sini.
language-unknown = “{ $value }” bukan bahasa yang saya kuasai. Pilih salah satu: <code>/language en</code>, <code>/language id</code>, <code>/language ru</code>, <code>/language zh</code>.

## Lainnya

# Plain text (also a button notice).
slow-down = Terlalu banyak pesan sekaligus: sebagian saya lewati. Tunggu beberapa detik dan kirim satu perintah setiap kali.
forwarded-command = Pesan terusan tidak dijalankan sebagai perintah. Kirim sendiri perintahnya jika memang dimaksud.
fallback-hint = Saya tidak mengenal perintah itu. Kirim /help untuk melihat apa yang bisa saya lakukan.
button-expired = Tombol ini sudah tidak berlaku.

## Ringkasan

digest-title = Ringkasan Troika — { $date }
digest-empty = Tidak ada berita baru tentang hubungan AI AS–China–Rusia sejak ringkasan terakhir Anda.
digest-stories = { $count } berita
digest-stance-cooperation = 🤝 { $count } kerja sama
digest-stance-competition = ⚔️ { $count } persaingan
digest-stance-mixed = ⚖️ { $count } campuran
digest-hidden = { $count } berita disembunyikan oleh filter Anda (/settings).
digest-hidden-more = { $count } berita lagi disembunyikan oleh filter Anda (/settings).
digest-hidden-only = { $count } berita disembunyikan oleh filter Anda (/settings). Tidak ada berita baru lainnya sejak ringkasan terakhir.
story-sources = { $count } sumber

## /settings

settings-title = <b>Pengaturan ringkasan</b>
settings-time = Jam: <b>{ $time }</b> ({ $zone })
settings-countries = Negara: { $countries }
settings-stances = Sikap: { $stances }
settings-story-languages = Berita dalam bahasa: { $languages }
settings-story-languages-all = keempat bahasa
settings-language = Bahasa bot: { $language }
settings-empty-note = Hari tanpa berita: kirim catatan singkat
settings-empty-nothing = Hari tanpa berita: tidak mengirim apa pun
settings-hint = Ketuk untuk mengubah. Atau ketik <code>/settings time 07:30</code>, <code>/settings tz Asia/Jakarta</code>.
settings-other-time = Jam lain…
settings-other-zone = Zona waktu lain…
settings-empty-button = Pesan di hari kosong
settings-note-time = Jam ringkasan: { $time }.
settings-note-zone = Zona waktu: { $zone }.
settings-note-countries = Negara: { $countries }.
settings-note-stances = Sikap: { $stances }.
settings-note-story-languages = Berita dalam bahasa: { $languages }.
settings-note-empty-on = Hari kosong mendapat catatan singkat.
settings-note-empty-off = Hari kosong tetap sepi.
settings-keep-country = Sisakan setidaknya satu negara.
settings-keep-stance = Sisakan setidaknya satu sikap.
settings-keep-language = Sisakan setidaknya satu bahasa.
language-set-plain = Bahasa bot: { $language }.
settings-not-subscribed = Obrolan ini belum berlangganan. Kirim /subscribe dulu, lalu /settings.
settings-subscribe-first = Obrolan ini belum berlangganan. Kirim /subscribe dulu.
settings-usage = Ketik <code>/settings time 07:30</code>, <code>/settings tz Asia/Jakarta</code>, <code>/settings topics chips, military</code>, <code>/settings mute kripto</code>, <code>/settings weekly</code> (atau <code>daily</code>, <code>both</code>), atau /settings saja untuk memakai tombol.
settings-button-expired = Tombol ini sudah tidak berlaku. Kirim /settings lagi.
settings-ask-time = Kirim jam dalam format JJ:MM (24 jam), mis. <code>07:30</code>.
settings-ask-zone = Kirim nama zona waktu IANA, mis. <code>Asia/Jakarta</code> atau <code>Asia/Makassar</code>.
settings-bad-time = “{ $value }” bukan jam yang valid. Kirim jam dalam format JJ:MM (24 jam), mis. <code>07:30</code>. Tidak ada yang diubah.
settings-bad-zone = Saya tidak mengenal zona waktu “{ $value }”. Kirim nama zona waktu IANA, mis. <code>Asia/Jakarta</code> atau <code>Asia/Makassar</code>. Tidak ada yang diubah.
settings-try-again = Kirim nilai lain, atau perintah apa pun untuk berhenti.
settings-zone-suggestion = Maksud Anda <code>{ $zone }</code>?
settings-time-set = Jam ringkasan: <b>{ $time }</b> ({ $zone }).
settings-zone-set = Zona waktu: <b>{ $zone }</b>; ringkasan datang pukul { $time } waktu setempat.

## Daftar berita

nothing-yet = Belum ada berita yang relevan. Feed diperiksa setiap setengah jam.
latest-heading =
    { $count ->
        [1] Berita terbaru
       *[other] { $count } berita terbaru
    }
latest-bad-count = Berikan angka dari 1 sampai { $max }, mis. /latest 10.
topic-china = Terbaru tentang China
topic-russia = Terbaru tentang Rusia
topic-usa = Terbaru tentang AS
topic-cooperation = Terbaru tentang kerja sama
topic-competition = Terbaru tentang persaingan
search-heading = Berita yang cocok dengan “{ $query }”
search-none = Tidak ada berita relevan yang cocok dengan “{ $query }”.
search-empty = Apa yang perlu dicari? Mis. /search ekspor cip, /search Huawei, /search 芯片
search-too-long = Terlalu panjang: paling banyak { $max } karakter.
search-too-many-words = Paling banyak { $max } kata.
search-no-words = Tidak ada kata untuk dicari dalam “{ $query }”. Tulis sebuah kata, mis. /search Huawei.
trend-bad-weeks = Berikan jumlah minggu dari 1 sampai { $max }, mis. <code>/trend 26</code> (bawaan 12).
sources-none = Tidak ada feed yang aktif.
sources-heading = <b>Troika membaca { $count } feed</b>

## /why

why-usage = Berikan nomor berita, mis. <code>/why 123</code> (nomor tertulis seperti <code>#123</code>).
why-not-found = Tidak ada berita #{ $id }.
why-title = <b>Mengapa #{ $id }</b>: { $title }
why-verdict = Relevan: <b>{ $relevant }</b> · skor <b>{ $score }</b> · sikap <b>{ $stance }</b> · negara <b>{ $countries }</b> · bahasa { $language }
why-yes = ya
why-no = tidak
why-none = tidak ada
why-ai = Istilah AI: { $terms }
why-countries = Istilah negara: { $terms }
why-cooperation = Istilah kerja sama: { $terms }
why-competition = Istilah persaingan: { $terms }
why-fuzzy = Terbaca meski salah eja: { $terms }
why-ignored = Diabaikan (kata yang menjebak): { $terms }
why-rules = <b>Aturan</b>
why-footer = <i>{ $source } · pertama terlihat { $when }</i>
why-unknown-source = sumber tidak diketahui
never = belum pernah

## Admin

admins-only = Perintah ini khusus admin.
addfeed-usage = Berikan URL feed, mis. <code>/addfeed https://example.com/rss.xml Example News</code>.
addfeed-failed = Tidak ditambahkan: { $reason }.
addfeed-done = Ditambahkan { $feed }: { $items } item ditemukan, { $relevant } tampak relevan.
feed-id-usage = { $reason }, mis. <code>/{ $command } 12</code>.
feed-unchanged = Tidak ada yang berubah: { $reason }.
feed-removed = Dihapus: { $feed }.
feed-paused = Dijeda: { $feed }.
feed-resumed = Dilanjutkan: { $feed }.
feed-error-bad-id = berikan nomor feed (angka dari daftar feed)
feed-error-not-found = tidak ada feed dengan nomor { $id }
feed-error-duplicate = feed itu sudah ada di daftar ({ $detail })
feed-error-invalid-name = nama paling banyak { $max } karakter yang dapat dicetak
feed-error-invalid-url = alamat tidak dapat dipakai ({ $detail })
feed-error-fetch-failed = gagal mengambil ({ $detail })
feed-error-unreadable = tidak terbaca sebagai feed ({ $detail })
feed-error-allow-private = (Untuk mengizinkan feed di alamat privat, setel <code>FEED_ALLOW_PRIVATE=true</code> lalu mulai ulang bot.)
feeds-none = Belum ada feed. Tambahkan dengan /addfeed.
feeds-heading = <b>{ $count } feed</b> ({ $enabled } aktif)
feeds-legend = 🟢 berjalan · 🟠 gagal belakangan ini · 🔴 belum pernah berhasil · ⚪ belum diambil · ⏸ dijeda
feeds-health = terakhir berhasil { $when } · { $items } item · { $share } relevan
feeds-errors = { $count } galat berturut-turut
refresh-running = Pembaruan sedang berjalan.
refresh-started = Memperbarui semua feed…
refresh-failed-feed = gagal
refresh-done = <b>Pembaruan selesai</b> dalam { $seconds } dtk: { $feeds } feed, { $fetched } diambil, { $unchanged } tidak berubah, { $failed } gagal; { $new } item baru, { $relevant } relevan.
refresh-error = Pembaruan gagal; lihat log.
stats-title = <b>Statistik</b> (hari ini sejak 00:00 { $zone })
stats-subscribers = Pelanggan: { $active } aktif, { $inactive } tidak aktif
stats-items = Item hari ini: { $items }, relevan { $relevant }
stats-briefings = Ringkasan terkirim hari ini: { $count }
stats-last-refresh = Pembaruan terakhir: { $last }
stats-llm-off = Terjemahan mesin: mati (LLM_BASE_URL tidak diatur)
stats-llm = Terjemahan mesin: terakhir { $last } ({ $error }) · token hari ini { $tokens }/{ $budget } · diterjemahkan { $translated }, dari cache { $cached }, gagal { $failed }
stats-last-run = { $when }: { $fetched }/{ $feeds } diambil, { $failed } gagal, { $new } baru, { $relevant } relevan
setorigin-usage = { $reason }, mis. <code>/setorigin 12 CN state</code> atau <code>/setorigin 3 US</code>.
origin-error = berikan asal (US, CN, RU, ID, other) dan bila perlu “state”, mis. CN state
origin-state = media negara
origin-unset = asal belum diatur

## Impor dan ekspor OPML

opml-import-help = Kirim berkas OPML (ekspor dari Feedly, Inoreader, NewsBlur, Troika lain…), atau balas berkas itu dengan <code>/import</code>.
opml-the-file = berkas itu
opml-not-opml = “{ $name }” tidak tampak seperti berkas OPML (.opml atau .xml). Tidak ada yang diimpor.
opml-refused = Tidak ada yang diimpor: { $why }.
opml-download-failed = Tidak ada yang diimpor: berkas gagal diunduh ({ $why }). Coba kirim lagi.
opml-busy = Impor sedang berjalan; tunggu laporannya.
opml-checking = Membaca <b>{ $name }</b> dan memeriksa setiap feed seperti /addfeed; laporannya menyusul.
opml-failed = Impor gagal dan tidak ada yang ditambahkan; lihat log.
opml-export-caption = { $count } feed dalam OPML 2.0. Pembaca lain (Feedly, Inoreader…) bisa mengimpornya, begitu juga /import di sini.
opml-no-feeds = Tidak ada feed untuk diekspor. Tambahkan dengan /addfeed.
opml-report = <b>Diimpor { $name }</b>: { $added } ditambahkan, { $skipped } dilewati dari { $feeds } feed ({ $seconds } dtk).
opml-folders = { $count } folder digabung: Troika memakai satu daftar.
opml-paused = dijeda
opml-more-added = … dan { $count } lagi (/feeds menampilkan semuanya)
opml-more-skipped = … dan { $count } lagi
opml-retry-later = Feed yang tak terjangkau atau tak terbaca tidak ditambahkan; kirim berkas itu lagi nanti untuk menambahkan yang sudah berfungsi (yang lain dilewati karena sudah ada).
opml-skip-no-url = tanpa alamat feed
opml-skip-repeated = tercantum dua kali
opml-skip-duplicate = sudah ada di daftar
opml-skip-invalid-url = alamat tidak valid
opml-skip-fetch-failed = tak terjangkau
opml-skip-unreadable = bukan feed yang terbaca
opml-skip-invalid-name = nama tidak valid
opml-skip-not-found = tidak ditemukan

## Filter pembaca

topic-label-chips-export-controls = Cip & kontrol ekspor
topic-label-models-labs = Model & lab
topic-label-military = Militer
topic-label-governance-safety = Tata kelola & keamanan
topic-label-research = Riset
topic-label-business = Bisnis
filters-topics = Topik: { $topics }
filters-topics-all = semua
filters-muted = Kata yang dibisukan: { $muted }
filters-muted-none = tidak ada
filters-topics-button = 🏷 Topik: { $topics }
filters-muted-button = 🔇 Kata dibisukan: { $count }
topics-title = <b>Topik</b>
topics-all = Anda menerima berita dari <b>semua</b> topik.
topics-only = Anda hanya menerima berita tentang: <b>{ $topics }</b>.
topics-hint = Ketuk topik untuk hanya mengikuti topik itu; “Semua topik” menghapus pilihan.
topics-type-hint = Atau ketik <code>/settings topics chips, military</code> atau <code>/settings topics all</code>.
topics-all-button = Semua topik
button-back = ‹ Kembali
topics-note-all = Semua topik.
topics-note-only = Hanya: { $topics }.
topics-unknown = Saya tidak mengenal { $unknown }. Topik: { $known }, atau <code>all</code>. Tidak ada yang diubah.
topics-set-only = Hanya berita tentang: <b>{ $topics }</b>.
topics-set-all = Berita dari <b>semua</b> topik.
muted-title = <b>Kata yang dibisukan</b> ({ $count } dari { $max })
muted-none = Tidak ada: tidak ada yang disaring.
muted-explain = Berita yang judul atau ringkasannya memuat salah satu kata ini tidak masuk ke ringkasan dan daftar Anda:
muted-type-hint = Atau ketik <code>/settings mute kripto</code>, <code>/settings unmute kripto</code>.
muted-add-button = ➕ Tambah kata…
muted-clear-button = Hapus semua
muted-gone = Kata itu sudah tidak ada di daftar.
muted-cleared = Tidak ada kata yang dibisukan.
unmuted-plain = “{ $word }” tidak lagi dibisukan.
unmuted = “{ $word }” tidak lagi dibisukan.
unmute-unknown = “{ $word }” tidak dibisukan. /settings muted menampilkan daftarnya.
muted-added = Dibisukan: “{ $word }” ({ $count } dari { $max }). Berita yang menyebutnya tidak masuk ke ringkasan dan daftar Anda.
mute-help = Kirim kata atau frasa yang ingin disaring (bahasa apa pun, maksimal { $max } karakter; huruf besar-kecil dan aksen tidak berpengaruh), mis. <code>kripto</code> atau <code>比特币</code>.
mute-empty = Kosong.
mute-too-long = Terlalu panjang: paling banyak { $max } karakter.
mute-no-letters = Kata yang dibisukan perlu setidaknya satu huruf atau angka.
mute-duplicate = Kata itu sudah dibisukan.
mute-full = Anda sudah membisukan { $max } kata, batas maksimal; hapus satu dulu.
nothing-changed = Tidak ada yang diubah.

# Cerita (issue 8): asal, titik buta, daftar lipat, Berkembang, /story
cmd-story = Semua laporan sebuah cerita, menurut asal
story-blind-spot = 👁 Titik buta: hanya media { $flag } { $origin } yang memberitakan ini
story-blind-spot-state = 👁 Titik buta: hanya media pemerintah { $flag } { $origin } yang memberitakan ini
digest-more = { $count } cerita lainnya
digest-developing = 📈 Berkembang
digest-developing-sources = +{ $count } sumber
digest-developing-origins = kini juga { $flags }
story-usage = Sebutkan nomor cerita, misalnya <code>/story 42</code> (daftar menampilkannya sebagai <code>#42</code>).
story-not-found = Tidak ada cerita #{ $id }.
story-detail-title = Cerita #{ $id } · { $reports } · { $from } – { $to }
story-reports = { $count } laporan
story-origin-US = Media AS
story-origin-CN = Media Tiongkok
story-origin-RU = Media Rusia
story-origin-ID = Media Indonesia
story-origin-other = Media lain
story-state = pemerintah
story-unknown-outlet = media tak dikenal
story-why-grouped = Mengapa digabung
story-joined = { $lang } { $outlet }: peristiwa yang sama dengan laporan { $otherLang } dari { $other }
story-joined-duplicate = { $lang } { $outlet }: teks hampir sama dengan laporan { $otherLang } dari { $other }
story-shared = kesamaan: { $keys }
story-single = Baru satu laporan; laporan berikutnya tentang peristiwa yang sama akan bergabung di sini.
# Cerita yang dipisahkan (isu 8): arah tindakan, angka yang berbeda
story-act-restrict = keduanya memberlakukan pembatasan
story-act-ease = keduanya mencabut atau melonggarkan pembatasan
story-kept-apart = Dipisahkan
story-apart-line = { $lang } { $outlet }: bukan peristiwa yang sama dengan cerita #{ $id }: { $why }
story-apart-opposite-acts = satu laporan memberlakukan pembatasan, yang lain mencabut atau melonggarkannya
story-apart-numbers-differ = judulnya menyebut angka yang berbeda
why-story-note = Cerita ini punya { $count } laporan dengan satu sikap: /story { $id } menampilkan semuanya dan alasan penggabungannya.

# Offline gist and machine translation (issue 9, items 3 and 4): a story with no report in the reader's language
story-gist = ℹ️ Intinya: { $gist }
gist-topic-chips-export-controls = cip dan kontrol ekspor
gist-topic-models-labs = model dan lab AI
gist-topic-military = AI militer
gist-topic-governance-safety = aturan dan keamanan AI
gist-topic-research = riset
gist-topic-business = bisnis dan kesepakatan
story-translated-from-en = 🌐 Terjemahan mesin dari bahasa Inggris
story-translated-from-id = 🌐 Terjemahan mesin dari bahasa Indonesia
story-translated-from-ru = 🌐 Terjemahan mesin dari bahasa Rusia
story-translated-from-zh = 🌐 Terjemahan mesin dari bahasa Tionghoa
story-translated-from-other = 🌐 Terjemahan mesin
## Weekly recap and briefing frequency (issue 11)

settings-frequency = Ringkasan: { $frequency }
frequency-daily = setiap hari
frequency-weekly = mingguan, setiap Senin, dengan grafik /trend
frequency-both = setiap hari, ditambah rangkuman mingguan dengan grafik setiap Senin
frequency-button-daily = Harian
frequency-button-weekly = Mingguan
frequency-button-both = Keduanya
# A button notice: plain text, no HTML.
settings-note-frequency = Ringkasan: { $frequency }.
settings-frequency-set = Ringkasan: <b>{ $frequency }</b>, pukul { $time }.
weekly-title = Troika mingguan — minggu { $date }
weekly-empty = Tidak ada berita tentang hubungan AI AS–China–Rusia minggu ini.

## Channels (issue 11): subscribed and managed from a channel administrator's private chat

channel-usage = Untuk berlangganan sebuah kanal, jadikan saya salah satu adminnya (dengan izin mengirim pesan), lalu kirim <code>/subscribe @kanalanda</code> di sini, atau teruskan kepada saya salah satu postingan dari kanal itu. <code>/channels</code> menampilkan kanal yang Anda kelola.
channel-subscribed = 📢 <b>{ $channel }</b> sudah berlangganan: ringkasan diposting di sana setiap hari pukul { $time } ({ $zone }). Ubah dengan <code>/settings { $handle }</code>; hentikan dengan <code>/unsubscribe { $handle }</code>.
channel-already-subscribed = 📢 <b>{ $channel }</b> sudah berlangganan sebelumnya (ringkasan pukul { $time }, { $zone }). Ubah dengan <code>/settings { $handle }</code>; hentikan dengan <code>/unsubscribe { $handle }</code>.
channel-unsubscribed = 📢 <b>{ $channel }</b> tidak akan menerima ringkasan lagi.
channel-not-subscribed = 📢 <b>{ $channel }</b> belum berlangganan. Kirim <code>/subscribe { $handle }</code> terlebih dahulu.
channel-not-found = Saya tidak menemukan kanal { $channel }. Periksa namanya, atau teruskan kepada saya sebuah postingan dari kanal itu.
channel-not-a-channel = { $channel } bukan kanal. Untuk grup, kirim /subscribe di dalam grup itu sendiri.
channel-bot-not-admin = Saya bukan admin { $channel }. Tambahkan saya di pengaturan kanal → Administrator, dengan izin mengirim pesan, lalu coba lagi.
channel-bot-cannot-post = Saya admin { $channel }, tetapi tidak boleh mengirim pesan di { $channel }. Beri saya izin “Kirim pesan”, lalu coba lagi.
channel-user-not-admin = Hanya admin { $channel } yang dapat mengelola ringkasannya.
channel-check-failed = Saya belum bisa memeriksa { $channel } ke Telegram saat ini. Coba lagi sebentar lagi.
channels-none = Anda belum mengelola kanal yang berlangganan. Jadikan saya admin kanal Anda, lalu kirim <code>/subscribe @kanalanda</code> atau teruskan sebuah postingan darinya.
channels-list = Kanal yang Anda kelola — ketuk salah satu untuk pengaturannya:
cmd-channels = Kanal Anda: berlangganan, pengaturannya
settings-channel-title = 📢 Kanal: <b>{ $channel }</b>
# A button notice: plain text, no HTML.
channel-button-refused = Anda tidak bisa lagi mengelola kanal ini: Anda atau saya bukan lagi adminnya.

## The /trend chart and its caption (issue 11). Plain text (a PNG and a photo caption, no HTML).
# The chart's characters must be in the shipped font subset (scripts/subset-chart-font.py).

trend-chart-title = AI antara AS, Tiongkok, dan Rusia: berita per minggu, { $weeks } minggu terakhir
trend-axis-stories = Berita
trend-axis-share = Porsi berita
trend-axis-week = Minggu
trend-legend-countries = Negara
trend-legend-stance = Sikap
trend-pair-us-cn = AS–Tiongkok
trend-pair-us-ru = AS–Rusia
trend-pair-cn-ru = Tiongkok–Rusia
trend-pair-all = Ketiganya
trend-stance-cooperation = Kerja sama
trend-stance-competition = Persaingan
trend-stance-mixed = Campuran
trend-what-cooperation = Berita kerja sama { $pair }
trend-what-competition = Berita persaingan { $pair }
trend-what-mixed = Berita campuran { $pair }
trend-change-up = { $what }: { $now }, naik dari { $before }
trend-change-down = { $what }: { $now }, turun dari { $before }
trend-week-of = Minggu { $date }: { $total } berita.
trend-quiet = Tidak ada perubahan dari minggu sebelumnya.
trend-no-data = Belum ada berita dalam { $weeks } minggu terakhir.
trend-changes-1 = { $a }.
trend-changes-2 = { $a }; { $b }.
trend-changes-3 = { $a }; { $b }; { $c }.
trend-caption = { $head } { $changes }

## OPML refusals in the bot (issue 11); the command line keeps its English line.

opml-refusal-too-large = ukuran berkas { $size } MB; daftar OPML paling besar { $max } MB
opml-refusal-not-xml = ini bukan berkas XML ({ $detail })
opml-refusal-not-xml-line = ini bukan berkas XML (baris { $line }: { $detail })
opml-refusal-entities = berkas ini mendeklarasikan entitas XML, yang tidak pernah dibutuhkan daftar OPML; ekspor ulang dari aplikasi pembaca Anda
opml-refusal-not-opml = ini XML tetapi bukan OPML (elemen akarnya &lt;{ $root }&gt;, bukan &lt;opml&gt;)
opml-refusal-no-body = berkas OPML ini tidak punya &lt;body&gt;, jadi tidak berisi feed apa pun
opml-refusal-too-many = berkas ini berisi { $count } outline; paling banyak { $max } yang bisa diimpor sekaligus: pecah menjadi beberapa berkas
opml-refusal-too-deep = folder bersarang { $depth } tingkat; paling banyak { $max } tingkat yang dibaca
opml-refusal-no-feeds = tidak satu pun dari { $count } outline-nya memiliki alamat feed (xmlUrl)
    }


# newcomer (issue 12): a list or search whose stories the reader's own filters all hid
list-all-hidden = { $count } berita disembunyikan oleh filter Anda (/settings); tidak ada yang lain untuk ditampilkan di sini.

## Hardening (issue 12): a non-admin learns their own id; channel commands typed in a group

admins-only-your-id =
    Perintah ini khusus admin.
    ID pengguna Telegram Anda adalah <code>{ $id }</code>. Agar menjadi admin, tambahkan ID itu ke <code>ADMIN_IDS</code> di tempat bot dijalankan (misalnya <code>ADMIN_IDS={ $id }</code>; pisahkan beberapa ID dengan koma), lalu jalankan ulang bot.
channel-in-group = Kanal didaftarkan dan dikelola lewat obrolan pribadi dengan saya, bukan di grup: buka <a href="https://t.me/{ $bot }">@{ $bot }</a> dan kirim <code>/{ $command } { $channel }</code> di sana. Langganan grup ini sendiri tidak berubah.
