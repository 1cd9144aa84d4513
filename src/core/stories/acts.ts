/**
 * Which way a headline's act points on a restriction: `restrict` (a ban, a licence requirement, a
 * sanction, a listing, a halt) or `ease` (lifting, scrapping, resuming, approving, allowing). Two
 * reports of one theme that point opposite ways are two events, however many names they share: the
 * H20 licence requirement of April and H20 sales resuming in July name the same firm, chip, parties
 * and licence. Data, like the concepts: forms in en, id, ru and zh (term-matcher.ts syntax).
 *
 * A headline that lifts a restriction names the restriction too ("US lifts the ban on ..."), so an
 * easing word decides; a restricting word decides only alone.
 */
import { compileTerms, type TermRow } from '../term-matcher.js';

export type ActDirection = 'restrict' | 'ease';

const ACT_CUES: TermRow[] = [
  {
    key: 'restrict',
    forms: [
      'ban', 'bans', 'banned', 'banning', 'bar', 'bars', 'barred', 'barring', 'prohibit*', 'forbid*', 'restrict*', 'curb', 'curbs', 'curbed', 'curbing',
      'tighten*', 'crack down', 'cracks down', 'crackdown', 'blacklist*', 'entity list', 'sanction', 'sanctions', 'sanctioned', 'sanctioning',
      'block', 'blocks', 'blocked', 'blocking', 'cut off', 'cuts off', 'halt', 'halts', 'halted', 'suspend*', 'freeze', 'freezes', 'froze', 'frozen',
      'require', 'requires', 'required', 'requirement*', 'hold off', 'shun*',
      'larang*', 'melarang', 'dilarang', 'pelarangan', 'batasi', 'membatasi', 'dibatasi', 'pembatasan', 'perketat', 'memperketat', 'pengetatan', 'sanksi',
      'blokir', 'memblokir', 'diblokir', 'hentikan', 'menghentikan', 'dihentikan', 'tangguhkan', 'menangguhkan', 'ditangguhkan', 'bekukan', 'membekukan',
      'wajib', 'daftar hitam', 'menahan diri', 'kontrol ekspor',
      'запрет*', 'запрещ*', 'ограничени*', 'ограничи*', 'ограничива*', 'ужесточ*', 'санкци*', 'заблокир*', 'блокир*', 'приостанов*', 'заморо*',
      'черн* список', 'чёрн* список', 'черн* списк*', 'чёрн* списк*', 'закрыва* доступ', 'закрыл* доступ', 'обязал*', 'обяжут',
      '禁止', '禁令', '禁用', '封禁', '禁售', '限制', '管制', '收紧', '收緊', '制裁', '实体清单', '實體清單', '黑名单', '黑名單', '断供', '斷供',
      '暂停', '暫停', '叫停', '冻结', '凍結', '封锁', '封鎖',
    ],
  },
  {
    key: 'ease',
    forms: [
      'lift', 'lifts', 'lifted', 'lifting', 'scrap*', 'rescind*', 'ease', 'eases', 'eased', 'easing', 'loosen*', 'relax*', 'resume*', 'resumption',
      'allow', 'allows', 'allowed', 'allowing', 'approve*', 'approval', 'grant', 'grants', 'granted', 'green light', 'green-light*', 'greenlight*',
      'waive*', 'waiver*', 'exempt*', 'unblock*', 'reinstat*', 'restore*', 'reopen*', 'unban*',
      'cabut', 'mencabut', 'dicabut', 'pencabutan', 'kembali dijual', 'kembali boleh', 'izinkan', 'mengizinkan', 'diizinkan', 'longgarkan',
      'melonggarkan', 'pelonggaran', 'setujui', 'menyetujui', 'disetujui', 'lampu hijau', 'dibuka kembali', 'kembali menjual',
      'отмен*', 'снял*', 'сняли', 'снимет', 'снимут', 'смягч*', 'возобнов*', 'разрешил*', 'разрешат', 'разрешит', 'разрешено', 'одобр*',
      '取消', '解除', '撤销', '撤銷', '放宽', '放寬', '恢复', '恢復', '允许', '允許', '批准', '放行', '豁免', '松绑', '鬆綁', '解禁', '重启', '重啟',
    ],
  },
];

const cueMatcher = compileTerms(ACT_CUES);

/** The direction of the act a headline (its main clause) reports, or null when it names none. */
export function actDirection(headline: string): ActDirection | null {
  const hits = cueMatcher.match(headline);
  if (hits.some((h) => h.key === 'ease')) return 'ease';
  return hits.length > 0 ? 'restrict' : null;
}
