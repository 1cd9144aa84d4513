import type { LexiconData } from './types.js';

/** Getting a permit, in the verb forms headlines and leads use (kantongi/mengantongi, peroleh/memperoleh, dapat/mendapat...). */
const GET_PERMIT = ['kantongi', 'mengantongi', 'peroleh', 'memperoleh', 'dapat', 'mendapat', 'mendapatkan', 'raih', 'meraih', 'terima', 'menerima', 'kantong']
  .flatMap((verb) => ['izin', 'lisensi', 'izin ekspor', 'lisensi ekspor'].map((permit) => `${verb} ${permit}`));

/** Indonesian vocabulary. "AS" (Amerika Serikat) is case-sensitive and Indonesian-only: English "as", "kartu as". */
export const ID: LexiconData = {
  lang: 'id',
  ai: {
    strong: [
      'klaster pelatihan',
      'kecerdasan buatan', 'kecerdasan artifisial', 'inteligensi buatan', 'inteligensi artifisial', 'akal imitasi', 'model bahasa besar', 'model bahasa', 'model ai',
      'pembelajaran mesin', 'jaringan saraf', 'cip ai', 'chip ai', 'akselerator ai', 'akselerator', 'superkomputer ai',
      'asisten ai', 'aplikasi ai', 'swakemudi', 'senjata otonom', 'distilasi',
      'ai generatif', 'generatif', 'pembelajaran mendalam', 'jaringan saraf tiruan', 'kendaraan otonom', 'mobil otonom', 'mobil swakemudi',
      'drone otonom', 'terjemahan mesin', 'penerjemahan mesin', 'mesin penerjemah', 'pengenalan suara', 'pengenalan ucapan', 'robot humanoid', 'chatbot', 'model bahasa besar', 'model ai', 'model kecerdasan buatan', 'pengenalan wajah',
      'agen ai', 'cip kecerdasan buatan', 'chip kecerdasan buatan', 'pusat data ai', 'komputasi ai', 'infrastruktur ai', 'teknologi ai',
      'perusahaan ai', 'startup ai', 'industri ai', 'riset ai', 'laboratorium ai',
      'cip canggih', 'chip canggih', 'semikonduktor canggih', 'mesin litografi', 'alat pembuat cip', 'alat pembuat chip', 'peralatan pembuat cip',
      'peralatan manufaktur cip', 'mesin pembuat cip', 'cip kelas atas', 'cip mutakhir',
      'tanpa sopir', 'tanpa pengemudi', 'truk otonom', 'kamera pintar', 'klaster gpu', 'kluster gpu', 'melatih model', 'pelatihan model',
      'kloning suara', 'suara kloning', 'suara tiruan', 'suara sintetis', 'konten sintetis', 'konten buatan ai', 'server ai',
      'ai di perangkat', 'model di perangkat', 'prosesor saraf', 'unit pemrosesan saraf', 'protokol agen', 'agen kecerdasan buatan', 'model visi', 'model bahasa dan visi', 'kecerdasan artifisial', 'inteligensia artifisial', 'akal buatan', 'cip inferensi', 'chip inferensi', 'inferensi',
      'peralatan semikonduktor', 'peralatan pembuat chip', 'mesin pembuat chip', 'alat produksi chip', 'alat produksi cip', 'peralatan chip', 'peralatan cip', 'chip kelas atas', 'chip mutakhir',
    ],
    chips: ['cip ai', 'chip ai', 'akselerator ai', 'akselerator', 'cip kecerdasan buatan', 'chip kecerdasan buatan', 'cip canggih', 'chip canggih', 'cip kelas atas', 'chip kelas atas', 'cip mutakhir', 'chip mutakhir'],
    hardware: ['superkomputer', 'perangkat lunak desain chip', 'perangkat lunak desain cip', 'cip', 'chip', 'semikonduktor', 'prosesor', 'litografi', 'wafer', 'mikrocip', 'microchip'],
    weak: ['otonom', 'cip', 'semikonduktor', 'pusat data', 'superkomputer', 'komputasi', 'daya komputasi', 'prosesor', 'kartu grafis', 'algoritma', 'model', 'chip', 'cip', 'semikonduktor', 'litografi', 'superkomputer', 'robot', 'komputasi awan', 'server'],
  },
  countries: {
    US: {
      names: [
        '!=AS', 'amerika serikat', 'amerika', 'gedung putih', 'kongres', 'departemen perdagangan', 'kementerian perdagangan as',
        'cfius', 'pemerintah as', 'angkatan laut as', 'pentagon', 'washington', 'presiden as', 'negeri paman sam', 'paman sam', 'departemen pertahanan', 'departemen luar negeri', 'menteri perdagangan as',
        'senat', 'senator', 'anggota kongres', 'legislator as', 'pejabat as', 'perusahaan as', 'perusahaan amerika', 'raksasa teknologi as', 'silicon valley', 'lembah silikon',
      ],
    },
    CN: {
      names: [
        'china', 'tiongkok', 'cina', 'tionghoa', 'negeri tirai bambu', 'beijing', 'xi jinping', 'perdana menteri china',
        'badan siber china', 'hangzhou', 'shenzhen', 'shanghai', 'pemerintah china', 'partai komunis', 'warga negara china', 'rrt', 'rrc', 'republik rakyat', 'negeri panda', 'kementerian perdagangan china',
        'li qiang', 'wang yi', 'pla', 'tentara pembebasan rakyat', 'perusahaan china', 'perusahaan tiongkok', 'raksasa teknologi china', 'guangzhou', 'wuhan',
      ],
    },
    RU: {
      names: ['rusia', 'moskwa', 'moskow', 'siberia', 'irkutsk', 'yekaterinburg', 'ekaterinburg', 'universitas federal ural', 'tver', 'novosibirsk', 'tomsk', 'khabarovsk', 'kaliningrad', 'nizhny novgorod', 'yekaterinburg', 'vladivostok', 'vladivostok', 'kremlin', 'negeri beruang merah', 'presiden rusia', 'pemerintah rusia', 'beruang merah', 'perusahaan rusia', 'militer rusia', 'peretas rusia', 'st petersburg', 'sankt petersburg', 'kazan'],
    },
  },
  researchSettings: ['pusat riset', 'pusat penelitian', 'pusat pengembangan', 'pusat r&d', 'lembaga riset', 'institut', 'universitas', 'kampus', 'laboratorium', 'lab', 'program magister',
    'program studi', 'akademi'],
  instruments: ['standar', 'aturan', 'regulasi', 'pedoman', 'kerangka', 'undang-undang', 'ruu', 'label', 'pelabelan', 'kode etik', 'prinsip', 'resolusi', 'deklarasi', 'norma', 'konvensi'],
  cooperation: [
    // Dialog tentang sesuatu tetap sebuah hubungan; yang dibahas ada di daftar discussions.
    'dialog soal', 'dialog tentang', 'pembicaraan soal', 'pembicaraan tentang',
    // Co-sponsors of a resolution; a group two sides set up together.
    'pengusul', 'ikut mengusulkan', 'bersama mengusulkan', 'kelompok ahli', 'kelompok kerja',
    'ikut mensponsori', 'turut mensponsori', 'berterima kasih', 'konstruktif',
    'pusat riset', 'pusat penelitian', 'pusat pengembangan', 'mengunjungi', 'berkunjung',
    'mengundang', 'diundang', 'kerja sama', 'kerjasama', 'bekerja sama', 'kolaborasi', 'mitra', 'kemitraan', 'bersama', 'sepakat*', 'kesepakatan',
    'perjanjian', 'menandatangani', 'gandeng', 'menggandeng', 'aliansi', 'dialog', 'mendukung', 'dukungan', 'izinkan',
    'mengizinkan', 'diizinkan', 'kembali dijual', 'jaminan lisensi', 'memuji', 'perkuat',
    'pernyataan bersama', 'konsensus', 'memperdalam', 'bergabung', 'gabung', 'janji', 'adopsi', 'nota kesepahaman', 'mou',
    'kemitraan strategis', 'patungan', 'berkolaborasi', 'menjalin', 'koordinasi', 'pertukaran', 'gencatan',
    'boleh', 'diperbolehkan', 'memperbolehkan', 'menyetujui', 'disetujui', 'persetujuan', 'melanjutkan', 'dilanjutkan', 'bertemu', 'pertemuan',
    'membahas', 'dibahas', 'pembicaraan', 'perundingan', 'berunding', 'negosiasi', 'ktt', 'menyepakati', 'disepakati', 'bersepakat',
    'bekerjasama', 'bermitra', 'berbagi', 'riset bersama', 'laboratorium bersama', 'digandeng', 'merangkul',
    'berkolaborasi', 'kolaboratif', 'sinergi', 'bersinergi', 'kunjungan', 'pernyataan bersama', 'bersahabat',
    'persahabatan', 'sekutu', 'bersekutu', 'sejalan dengan', 'senada', 'lampu hijau', 'membuka pintu', 'melonggarkan', 'pelonggaran',
  ],
  trade: ['gabungkan', 'menggabungkan', 'memadukan', 'padukan', 'mengombinasikan', 'mengintegrasikan', 'integrasi', 'pembayaran', 'pemasok', 'akuisisi', 'mengakuisisi', 'diakuisisi', 'caplok', 'mencaplok', 'dijual', 'menjual', 'penjualan', 'melayani', 'menyediakan', 'membeli', 'pelanggan', 'memakai', 'diborong', 'jual', 'pasok', 'memasok', 'pasokan', 'mengirim', 'pengiriman', 'impor', 'mengimpor', 'pembelian', 'menyewa', 'sewa', 'investasi', 'berinvestasi', 'kontrak', 'memesan', 'pesanan'],
  competition: [
    'menolak permintaan', 'tidak memperpanjang', 'tak memperpanjang', 'mengakhiri kerja sama', 'mengakhiri program',
    'penyeimbang', 'mengimbangi', 'tandingan', 'menandingi',
    'tidak sah', 'tanpa izin', 'ilegal', 'bekerja sama dengan penyidik', 'bekerja sama dengan otoritas', 'kooperatif dengan penyidik',
    'memaksa', 'dipaksa', 'paksaan', 'gugatan', 'divonis', 'vonis', 'dipenjara', 'hukuman penjara', 'dakwaan', 'didakwa', 'mendakwa', 'denda', 'didenda', 'mendenda', 'ekstradisi', 'mengusir', 'diusir', 'bea masuk', 'dumping', 'menggerebek', 'penggerebekan', 'veto', 'memveto',
    'memperingatkan', 'peringatan', 'menuntut', 'membajak', 'menggusur', 'menyingkirkan', 'disingkirkan',
    'simulasi perang', 'permainan perang', 'hoaks', 'palsu', 'berita bohong', 'memalsukan',
    'persaingan', 'bersaing', 'saing*', 'pesaing', 'lawan', 'melawan', 'sanksi', 'larang*', 'melarang', 'dilarang',
    'pembatasan', 'membatasi', 'kontrol ekspor', 'pengawasan ekspor', 'pembatasan ekspor', 'izin ekspor', 'lisensi ekspor', 'wajib izin', 'wajib mengantongi izin', 'memerlukan izin', 'perlu izin', 'memerlukan lisensi',
    'memperketat', 'pengetatan', 'daftar hitam', 'ancam*', 'ancaman', 'tuding', 'menuding', 'tuduh*', 'mata-mata',
    'spionase', 'selundup*', 'penyelundupan', 'tantang', 'menantang', 'tandingi', 'menandingi', 'dominasi', 'hegemoni',
    'mengejar', 'tertinggal', 'blokir', 'memblokir', 'selidik*', 'menyelidiki', 'antimonopoli', 'gantikan', 'menggantikan',
    'pengganti', 'mandiri', 'tarif', 'balasan', 'tekanan', 'khawatir', 'kekhawatiran', 'keamanan', 'pintu belakang', 'curi',
    'mencuri', 'ungguli', 'mengungguli', 'memenangkan', 'monopoli', 'perang dagang', 'perang chip', 'melanggar', 'rugi',
    'anjlok', 'ambruk', 'panggil', 'memanggil', 'curigai', 'alternatif', 'ketegangan', 'menyamai', 'perang teknologi',
    'rivalitas', 'rival', 'kecam', 'mengecam', 'protes', 'membalas', 'balas', 'menentang', 'menentang keras', '1260h', 'perusahaan militer', 'embargo', 'daftar entitas', 'peretas', 'peretasan',
    'serangan siber', 'dibatasi', 'ketergantungan', 'kedaulatan', 'penyalahgunaan', 'mendominasi', 'unggul', 'keunggulan',
    'menuduh', 'dituduh', 'dituding', 'tudingan', 'diblokir', 'disanksi', 'dijatuhi sanksi', 'diselidiki', 'penyelidikan', 'investigasi',
    'dicuri', 'pencurian', 'diancam', 'terancam', 'ditekan', 'menekan', 'diperketat', 'mengalahkan', 'dikalahkan', 'kalahkan', 'menyaingi',
    'menyusul', 'melampaui', 'perang', 'perlawanan', 'kecaman', 'pembalasan', 'restriksi', 'hambatan', 'menghambat', 'menjegal',
    'mengisolasi', 'intimidasi', 'kemandirian', 'swasembada', 'independen', 'bergantung', 'penyadapan', 'kebocoran', 'ilegal',
    'pasar gelap', 'perantara', 'negara ketiga', 'penyusupan', 'disinformasi', 'propaganda', 'manipulasi', 'campur tangan',
    'dakwa', 'mendakwa', 'menyerang', 'serangan', 'menyensor', 'disensor', 'penyensoran', 'bermotif politik', 'berhati-hati',
    'menolak', 'tolak', 'ditolak', 'menghindari', 'hindari', 'mengecualikan', 'dikecualikan', 'membantah', 'bantahan', 'tak berdasar', 'tidak berdasar', 'memusuhi', 'musuh', 'kompetitor', 'kompetisi',
    'salip', 'menyalip', 'disalip', 'menggeser', 'digeser', 'berebut', 'perebutan', 'menguasai', 'penguasaan', 'melemahkan', 'mengganjal', 'ditangkap', 'didakwa', 'dakwaan', 'waspada', 'mewaspadai', 'kritik*', 'mengkritik', 'dikritik', 'menyoroti', 'menggugat', 'digugat',
  ],
  exportControls: [
    'kontrol ekspor', 'pengawasan ekspor', 'pembatasan ekspor', 'izin ekspor', 'lisensi ekspor', 'wajib izin', 'wajib mengantongi izin', 'memerlukan izin', 'perlu izin',
    'memerlukan lisensi', 'larangan ekspor', 'entitas tidak andal', 'entitas tak andal', 'entitas yang tidak dapat diandalkan', 'entitas tidak dapat diandalkan', 'daftar hitam', 'daftar entitas', 'pembatasan chip', 'pembatasan cip', 'aturan ekspor', 'restriksi ekspor', 'kendali ekspor', 'pembatasan', 'membatasi', 'dibatasi', 'restriksi', 'embargo',
  ],
  licensing: [
    ...GET_PERMIT, 'izin ekspor', 'lisensi ekspor', 'cabut', 'mencabut',
    'memberikan izin', 'memberi izin', 'mendapat izin', 'mendapatkan izin', 'mengantongi izin', 'memperoleh izin', 'diizinkan', 'mengizinkan', 'izinkan', 'menyetujui', 'disetujui',
    'persetujuan', 'melonggarkan', 'pelonggaran', 'kembali dijual', 'dilanjutkan', 'melanjutkan', 'boleh', 'diperbolehkan', 'memperbolehkan', 'restu', 'merestui', 'lampu hijau',
  ],
  refusals: [
    'menolak permintaan', 'tidak memperpanjang', 'tak memperpanjang', 'mengakhiri kerja sama', 'mengakhiri program',
    'gagal sepakat', 'tidak sepakat', 'tak sepakat', 'gagal mencapai kesepakatan', 'tidak mendukung', 'tak mendukung', 'tidak menandatangani', 'tak menandatangani', 'enggan menandatangani', 'menolak bergabung', 'tidak bergabung', 'tak bergabung',
    'menahan', 'ditahan', 'disita', 'menyita', 'tidak boleh masuk',
    'hengkang', 'menarik diri', 'keluar dari', 'relokasi', 'memindahkan', 'menghentikan operasi',
    'tolak', 'menolak', 'ditolak', 'penolakan', 'hindari', 'menghindari', 'dihindari', 'tidak lagi', 'tak lagi', 'jangan', 'mengecualikan', 'dikecualikan', 'tidak termasuk',
    'tutup lab', 'tutup laboratorium', 'tutup pusat', 'menutup', 'ditutup', 'penutupan', 'memutus', 'memutuskan hubungan', 'mengakhiri kerja sama', 'menghentikan kerja sama', 'tidak memasukkan', 'tak memasukkan', 'tidak masuk', 'tak masuk', 'tidak termasuk dalam', 'melewatkan',
    'memboikot', 'boikot', 'mencoret', 'dicoret', 'menghindar',
  ],
  illicit: ['selundup*', 'penyelundupan', 'diselundupkan', 'ilegal', 'pasar gelap', 'perusahaan cangkang', 'perusahaan boneka'],
  // The verb alone, so the ban it lifts is still read (the fight the lifting happens in).
  lifts: ['cabut', 'mencabut', 'longgarkan', 'melonggarkan', 'pelonggaran', 'dilonggarkan', 'mengakhiri'],
  blocks: [
    // Pemeriksaan bea cukai menahan barang: impor di sampingnya adalah persaingan itu sendiri.
    'pemeriksaan bea cukai', 'pemeriksaan ketat', 'memperketat pemeriksaan', 'perketat pemeriksaan', 'pemeriksaan terhadap', 'razia',
    'cfius',
    'menjatuhkan sanksi', 'dijatuhi sanksi', 'memberi sanksi', 'sanksi terhadap', 'terkena sanksi',
    'divestasi', 'dipaksa menjual', 'paksa menjual', 'hentikan', 'menghentikan', 'dihentikan', 'berhenti', 'setop', 'melarang', 'dilarang', 'larangan', 'selundup*', 'penyelundupan', 'diselundupkan', 'ilegal', 'pasar gelap',
    'menangguhkan', 'ditangguhkan', 'membatalkan', 'dibatalkan', 'wajib izin', 'wajib mengantongi izin', 'memerlukan izin', 'perlu izin', 'memerlukan lisensi', 'harus mendapat izin', 'wajib*', 'mewajibkan', 'diwajibkan', 'mensyaratkan', 'disyaratkan', 'harus mengantongi', 'tidak boleh', 'tak boleh', 'tidak diizinkan', 'tak diizinkan', 'tidak lagi diizinkan', 'dicabut', 'mencabut izin',
  ],
  background: ['meski', 'meskipun', 'walau', 'walaupun', 'terlepas dari', 'di bawah sanksi', 'di tengah sanksi', 'sanksi barat'],
  earlier: ['pekan setelah', 'minggu setelah', 'hari setelah', 'bulan setelah', 'tahun setelah', 'sehari setelah', 'muncul setelah', 'datang setelah', 'tahun lalu saat', 'tahun lalu ketika', 'beberapa hari setelah', 'beberapa pekan setelah', 'menyusul keputusan'],
  stalemates: ['tanpa kesepakatan', 'tanpa hasil', 'tanpa pernyataan bersama', 'tanpa terobosan', 'gagal mencapai', 'gagal sepakat', 'tidak mencapai kesepakatan', 'tak mencapai kesepakatan', 'belum mencapai kesepakatan'],
  discussions: ['membahas', 'dibahas', 'berdiskusi', 'diskusi', 'pembicaraan soal', 'pembicaraan tentang', 'dialog soal', 'dialog tentang'],
  hosting: ['tersedia di', 'hadir di', 'meluncur di', 'masuk ke platform'],
  formerly: ['sebelumnya', 'sempat', 'pernah'],
  exemptions: ['tidak memerlukan izin', 'tak memerlukan izin', 'tidak perlu izin', 'tak perlu izin', 'tanpa perlu izin', 'di luar cakupan', 'di bawah ambang', 'tidak terkena', 'tak terkena', 'dikecualikan dari'],
  asides: ['dibanding', 'di tes', 'dalam tes', 'ujian bahasa', 'dalam ujian', 'dalam pengujian', 'dalam uji', 'hasil uji', 'di tengah persaingan antara', 'di tengah rivalitas', 'seperti yang dilakukan', 'termasuk di', 'dibandingkan', 'ketimbang', 'benchmark', 'tolok ukur', 'setara dengan', 'di tengah persaingan', 'persaingan dengan perusahaan', 'di tengah ketegangan', 'di tengah memanasnya'],
  // The rivalry as a frame, not an act: a later sentence with only these under a one-party headline is a backdrop.
  rivalryFrames: ['persaingan', 'bersaing', 'rivalitas', 'rival', 'hegemoni', 'ketegangan', 'ketergantungan', 'bergantung', 'kedaulatan', 'mandiri', 'independen', 'gantikan', 'menggantikan', 'pengganti'],
  anaphors: ['kedua delegasi', 'delegasi kedua negara', 'kedua negara', 'kedua pihak', 'kedua belah pihak', 'dua negara itu', 'dua negara tersebut', 'kedua pemerintah', 'kedua raksasa'],
  conjunctions: ['dan', 'serta'],
  // Trade talks name a relation in another field: with AI beside them (a market wrap) they are no AI relation.
  ignore: ['perundingan dagang', 'negosiasi dagang', 'perundingan perdagangan', 'negosiasi perdagangan', 'pembicaraan dagang','drone serang', 'drone penyerang', 'pesawat serang', 'kartu as', 'nenek ai', 'flu burung', 'air india', 'dolar as', 'us$'],
  aiAbbrevGuards: ['amnesty international', 'amnesti internasional', 'amnesty', 'inseminasi buatan', 'inseminasi', 'flu burung', 'avian influenza', 'unggas', 'nenek', 'air india', 'penerbangan'],
  topics: {
    'chips-export-controls': ['cip', 'chip', 'ekspor', 'semikonduktor', 'akselerator'],
    'models-labs': ['model', 'startup', 'llm'],
    military: ['militer', 'senjata', 'nuklir', 'angkatan', 'pertahanan'],
    'governance-safety': ['tata kelola', 'keamanan', 'resolusi', 'regulasi', 'standar', 'etika', 'pbb'],
    research: ['riset', 'penelitian', 'peneliti', 'ilmuwan', 'universitas', 'talenta'],
    business: ['saham', 'pasar', 'penjualan', 'investor', 'pendapatan', 'triliun', 'miliar'],
  },
};
