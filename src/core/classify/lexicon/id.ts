import type { LexiconData } from './types.js';

/** Indonesian vocabulary. "AS" (Amerika Serikat) is case-sensitive and Indonesian-only: English "as", "kartu as". */
export const ID: LexiconData = {
  lang: 'id',
  ai: {
    strong: [
      'kecerdasan buatan', 'kecerdasan artifisial', 'akal imitasi', 'model bahasa besar', 'model bahasa', 'model ai',
      'pembelajaran mesin', 'jaringan saraf', 'cip ai', 'chip ai', 'akselerator ai', 'akselerator', 'superkomputer ai',
      'asisten ai', 'aplikasi ai', 'swakemudi', 'senjata otonom', 'distilasi',
    ],
    weak: ['cip', 'semikonduktor', 'pusat data', 'superkomputer', 'komputasi', 'daya komputasi', 'prosesor', 'kartu grafis', 'algoritma', 'model'],
  },
  countries: {
    US: {
      names: [
        '!=AS', 'amerika serikat', 'amerika', 'gedung putih', 'kongres', 'departemen perdagangan', 'kementerian perdagangan as',
        'pemerintah as', 'angkatan laut as', 'pentagon', 'washington', 'presiden as', 'negeri paman sam', 'paman sam',
      ],
    },
    CN: {
      names: [
        'china', 'tiongkok', 'cina', 'tionghoa', 'negeri tirai bambu', 'beijing', 'xi jinping', 'perdana menteri china',
        'badan siber china', 'hangzhou', 'shenzhen', 'shanghai', 'pemerintah china', 'partai komunis', 'warga negara china',
      ],
    },
    RU: {
      names: ['rusia', 'moskwa', 'moskow', 'kremlin', 'negeri beruang merah', 'presiden rusia', 'pemerintah rusia'],
    },
  },
  cooperation: [
    'kerja sama', 'kerjasama', 'bekerja sama', 'kolaborasi', 'mitra', 'kemitraan', 'bersama', 'sepakat*', 'kesepakatan',
    'perjanjian', 'menandatangani', 'gandeng', 'menggandeng', 'aliansi', 'dialog', 'mendukung', 'dukungan', 'izinkan',
    'mengizinkan', 'diizinkan', 'kembali dijual', 'jaminan lisensi', 'memuji', 'perkuat',
    'pernyataan bersama', 'konsensus', 'memperdalam', 'bergabung', 'janji', 'adopsi', 'nota kesepahaman', 'mou',
    'kemitraan strategis', 'patungan', 'berkolaborasi', 'menjalin', 'koordinasi', 'pertukaran', 'gencatan',
  ],
  trade: ['dijual', 'menjual', 'penjualan', 'melayani', 'menyediakan', 'membeli', 'pelanggan', 'memakai', 'diborong'],
  competition: [
    'persaingan', 'bersaing', 'saing*', 'pesaing', 'lawan', 'melawan', 'sanksi', 'larang*', 'melarang', 'dilarang',
    'pembatasan', 'membatasi', 'kontrol ekspor', 'pengawasan ekspor', 'pembatasan ekspor', 'izin ekspor', 'lisensi ekspor',
    'memperketat', 'pengetatan', 'daftar hitam', 'ancam*', 'ancaman', 'tuding', 'menuding', 'tuduh*', 'mata-mata',
    'spionase', 'selundup*', 'penyelundupan', 'tantang', 'menantang', 'tandingi', 'menandingi', 'dominasi', 'hegemoni',
    'mengejar', 'tertinggal', 'blokir', 'memblokir', 'selidik*', 'menyelidiki', 'antimonopoli', 'gantikan', 'menggantikan',
    'pengganti', 'mandiri', 'tarif', 'balasan', 'tekanan', 'khawatir', 'kekhawatiran', 'keamanan', 'pintu belakang', 'curi',
    'mencuri', 'ungguli', 'mengungguli', 'memenangkan', 'monopoli', 'perang dagang', 'perang chip', 'melanggar', 'rugi',
    'anjlok', 'ambruk', 'panggil', 'memanggil', 'curigai', 'alternatif', 'ketegangan', 'menyamai', 'perang teknologi',
    'rivalitas', 'rival', 'kecam', 'mengecam', 'protes', 'membalas', 'embargo', 'daftar entitas', 'peretas', 'peretasan',
    'serangan siber', 'dibatasi', 'ketergantungan', 'kedaulatan', 'penyalahgunaan', 'mendominasi', 'unggul', 'keunggulan',
  ],
  asides: ['seperti yang dilakukan', 'termasuk di', 'dibandingkan', 'ketimbang', 'benchmark', 'tolok ukur', 'setara dengan'],
  ignore: ['kartu as', 'nenek ai', 'flu burung', 'air india', 'dolar as', 'us$'],
  aiAbbrevGuards: ['flu burung', 'avian influenza', 'unggas', 'nenek', 'air india', 'penerbangan'],
  topics: {
    'chips-export-controls': ['cip', 'chip', 'ekspor', 'semikonduktor', 'akselerator'],
    'models-labs': ['model', 'startup', 'llm'],
    military: ['militer', 'senjata', 'nuklir', 'angkatan', 'pertahanan'],
    'governance-safety': ['tata kelola', 'keamanan', 'resolusi', 'regulasi', 'standar', 'etika', 'pbb'],
    research: ['riset', 'penelitian', 'peneliti', 'ilmuwan', 'universitas', 'talenta'],
    business: ['saham', 'pasar', 'penjualan', 'investor', 'pendapatan', 'triliun', 'miliar'],
  },
};
