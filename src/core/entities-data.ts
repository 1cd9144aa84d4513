/**
 * The canonical multilingual entity table, as data: one row per firm, lab, model, chip, person,
 * institution, place, forum or country, with every form it takes in English, Indonesian, Russian and
 * Chinese (simplified and traditional). Read by story grouping, and meant for the reader's gist line
 * and cross-language search (one table, not four copies).
 *
 * Forms: Latin and Cyrillic forms match whole words, case-insensitively (several words match in
 * sequence); a trailing `*` matches any ending (Russian and Indonesian inflection: `сбербанк*`);
 * a leading `=` makes a form case-sensitive (`=AI`-style acronyms that are also words). Han forms
 * match as substrings. `names` holds the display name per locale where a standard form exists.
 */

import { WORLD_ENTITIES } from './entities-data-world.js';

export type EntityKind = 'firm' | 'lab' | 'model' | 'chip' | 'person' | 'institution' | 'place' | 'forum' | 'country' | 'law' | 'technology';

export interface EntityRow {
  key: string;
  kind: EntityKind;
  /** Which of the three countries it belongs to, when it belongs to one. */
  country?: 'US' | 'CN' | 'RU';
  /** Display names per locale; `en` always, others where a standard form exists. */
  names: { en: string; id?: string; ru?: string; zh?: string; 'zh-Hant'?: string };
  /** Every surface form, any language or script (the display names are added automatically). */
  forms: string[];
  /**
   * How much sharing this entity says that two items report the same event (default 1). Entities in
   * nearly every item of the product's domain (Nvidia, Putin, Xi) say little; a chip model or a
   * forum's host city says a lot.
   */
  weight?: number;
}

const CORE_ENTITIES: EntityRow[] = [
  // Countries and blocs: parties more than events, so they weigh little.
  { key: 'us', kind: 'country', names: { en: 'United States', id: 'Amerika Serikat', ru: 'США', zh: '美国', 'zh-Hant': '美國' }, forms: ['=US', '=USA', 'united states', 'america', 'amerika', '=AS', 'сша', 'америк*', '美国', '美國', '美方', '中美', '美中', '美俄', '俄美', '对美', '對美'], weight: 0.1 },
  { key: 'cn', kind: 'country', names: { en: 'China', id: 'China', ru: 'Китай', zh: '中国', 'zh-Hant': '中國' }, forms: ['china', 'chinese', 'tiongkok', 'cina', 'китай*', 'китаю', 'китая', 'китае', 'китаем', 'кнр', '中国', '中國', '中方', '中美', '美中', '中俄', '俄中', '对华', '對華', '访华', '訪華'], weight: 0.1 },
  { key: 'ru', kind: 'country', names: { en: 'Russia', id: 'Rusia', ru: 'Россия', zh: '俄罗斯', 'zh-Hant': '俄羅斯' }, forms: ['russia', 'russian', 'rusia', 'росси*', 'рф', '俄罗斯', '俄羅斯', '俄方', '中俄', '俄中', '美俄', '俄美', '对俄', '對俄', '访俄', '訪俄'], weight: 0.1 },
  { key: 'uk', kind: 'country', names: { en: 'United Kingdom', id: 'Inggris', ru: 'Великобритания', zh: '英国', 'zh-Hant': '英國' }, forms: ['=UK', 'britain', 'british', 'inggris', 'британ*', 'великобритан*', '英国', '英國'], weight: 0.6 },
  { key: 'taiwan', kind: 'country', names: { en: 'Taiwan', ru: 'Тайвань', zh: '台湾', 'zh-Hant': '台灣' }, forms: ['taiwan*', 'тайван*', '台湾', '台灣'], weight: 0.5 },
  { key: 'malaysia', kind: 'country', names: { en: 'Malaysia', ru: 'Малайзия', zh: '马来西亚', 'zh-Hant': '馬來西亞' }, forms: ['malaysia*', 'малайзи*', '马来西亚', '馬來西亞'], weight: 1 },
  { key: 'singapore', kind: 'country', names: { en: 'Singapore', id: 'Singapura', ru: 'Сингапур', zh: '新加坡' }, forms: ['singapore*', 'singapura', 'сингапур*', '新加坡'], weight: 1 },
  { key: 'india', kind: 'country', names: { en: 'India', ru: 'Индия', zh: '印度' }, forms: ['india', 'indian', 'индия', 'индии', 'индию', 'индией', 'индийск*', '印度'], weight: 0.8 },
  { key: 'ukraine', kind: 'country', names: { en: 'Ukraine', id: 'Ukraina', ru: 'Украина', zh: '乌克兰', 'zh-Hant': '烏克蘭' }, forms: ['ukrain*', 'украин*', '乌克兰', '烏克蘭'], weight: 0.6 },
  { key: 'iran', kind: 'country', names: { en: 'Iran', ru: 'Иран', zh: '伊朗' }, forms: ['iran*', 'иран*', '伊朗'], weight: 0.8 },
  { key: 'north-korea', kind: 'country', names: { en: 'North Korea', id: 'Korea Utara', ru: 'КНДР', zh: '朝鲜', 'zh-Hant': '北韓' }, forms: ['north korea*', 'korea utara', 'кндр', 'северн* коре*', '朝鲜', '北韓'], weight: 1 },
  { key: 'japan', kind: 'country', names: { en: 'Japan', id: 'Jepang', ru: 'Япония', zh: '日本' }, forms: ['japan*', 'jepang', 'япони*', '日本'], weight: 0.6 },
  { key: 'netherlands', kind: 'country', names: { en: 'Netherlands', id: 'Belanda', ru: 'Нидерланды', zh: '荷兰', 'zh-Hant': '荷蘭' }, forms: ['netherlands', 'dutch', 'belanda', 'нидерланд*', 'голланд*', '荷兰', '荷蘭'], weight: 1 },
  { key: 'eu', kind: 'country', names: { en: 'European Union', id: 'Uni Eropa', ru: 'Евросоюз', zh: '欧盟', 'zh-Hant': '歐盟' }, forms: ['european union', '=EU', 'uni eropa', 'евросоюз*', '=ЕС', '欧盟', '歐盟'], weight: 0.6 },
  { key: 'indonesia', kind: 'country', names: { en: 'Indonesia', ru: 'Индонезия', zh: '印度尼西亚' }, forms: ['indonesia*', 'индонези*', '印度尼西亚', '印尼'], weight: 0.8 },
  { key: 'vietnam', kind: 'country', names: { en: 'Vietnam', ru: 'Вьетнам', zh: '越南' }, forms: ['vietnam*', 'вьетнам*', '越南'], weight: 1 },
  { key: 'uae', kind: 'country', names: { en: 'UAE', id: 'UEA', ru: 'ОАЭ', zh: '阿联酋', 'zh-Hant': '阿聯酋' }, forms: ['=UAE', 'emirat*', 'uni emirat arab', 'оаэ', 'эмират*', '阿联酋', '阿聯酋'], weight: 1 },
  { key: 'saudi', kind: 'country', names: { en: 'Saudi Arabia', id: 'Arab Saudi', ru: 'Саудовская Аравия', zh: '沙特' }, forms: ['saudi*', 'саудов*', '沙特'], weight: 1 },

  // Forums, summits, multilateral bodies and their host cities.
  { key: 'un', kind: 'institution', names: { en: 'United Nations', id: 'PBB', ru: 'ООН', zh: '联合国', 'zh-Hant': '聯合國' }, forms: ['united nations', '=UN', 'general assembly', 'pbb', 'majelis umum', 'оон', 'генассамбле*', 'генеральн* ассамбле*', '联合国', '聯合國', '联大', '聯大'], weight: 1.2 },
  { key: 'brics', kind: 'forum', names: { en: 'BRICS', ru: 'БРИКС', zh: '金砖国家', 'zh-Hant': '金磚國家' }, forms: ['brics', 'брикс', '金砖', '金磚'], weight: 1.5 },
  { key: 'sco', kind: 'forum', names: { en: 'SCO', id: 'SCO', ru: 'ШОС', zh: '上合组织', 'zh-Hant': '上合組織' }, forms: ['=SCO', 'shanghai cooperation organi*', 'organisasi kerja sama shanghai', 'шос', 'шанхайск* организаци*', '上合', '上海合作组织', '上海合作組織'], weight: 1.5 },
  { key: 'g20', kind: 'forum', names: { en: 'G20', ru: 'G20', zh: '二十国集团' }, forms: ['g20', 'g-20', 'большой двадцатк*', '二十国集团', '二十國集團'], weight: 1.5 },
  { key: 'apec', kind: 'forum', names: { en: 'APEC', ru: 'АТЭС', zh: '亚太经合组织' }, forms: ['apec', 'атэс', '亚太经合', '亞太經合'], weight: 1.5 },
  { key: 'waic', kind: 'forum', names: { en: 'World AI Conference', ru: 'Всемирная конференция по ИИ', zh: '世界人工智能大会', 'zh-Hant': '世界人工智慧大會' }, forms: ['waic', 'world artificial intelligence conference', 'world ai conference', '世界人工智能大会', '世界人工智慧大會', '世界人工智能合作组织', 'world ai cooperation organi*', 'organisasi ai dunia', 'organisasi kerja sama ai dunia', 'global ai body', 'всемирн* организаци* по сотрудничеству в области ии', 'всемирн* организаци* по сотрудничеству в сфере ии', 'всемирн* организаци* по сотрудничеству в области искусственного интеллекта', 'всемирн* организаци* по сотрудничеству в сфере искусственного интеллекта', 'waico', '世界人工智能合作組織'], weight: 1.5 },
  { key: 'ai-journey', kind: 'forum', names: { en: 'AI Journey', ru: 'AI Journey', zh: 'AI Journey大会' }, forms: ['ai journey', 'путешествие в мир искусственного интеллекта'], weight: 1.5 },
  { key: 'idais', kind: 'forum', names: { en: 'IDAIS', zh: '国际AI安全对话' }, forms: ['idais', 'international dialogue on ai safety', 'international dialogues on ai safety', '国际人工智能安全对话', '国际AI安全对话'], weight: 1.5 },
  { key: 'red-lines', kind: 'law', names: { en: 'AI red lines', id: 'garis merah AI', ru: 'красные линии ИИ', zh: 'AI红线' }, forms: ['red lines', 'red line', 'garis merah', 'красн* лини*', '红线', '紅線'], weight: 1.5 },
  { key: 'shanghai-consensus', kind: 'law', names: { en: 'Shanghai Consensus', zh: '上海共识' }, forms: ['shanghai consensus', 'konsensus shanghai', 'шанхайск* консенсус*', '上海共识', '上海共識'], weight: 2 },
  { key: 'paris-summit', kind: 'forum', names: { en: 'Paris AI Action Summit', zh: '巴黎人工智能行动峰会' }, forms: ['paris', 'париж*', '巴黎'], weight: 1.2 },
  { key: 'bletchley', kind: 'forum', names: { en: 'Bletchley Park' }, forms: ['bletchley', 'блетчли', '布莱切利'], weight: 2 },
  { key: 'spief', kind: 'forum', names: { en: 'St Petersburg International Economic Forum', ru: 'ПМЭФ', zh: '圣彼得堡国际经济论坛' }, forms: ['spief', 'пмэф', 'петербургск* международн* экономическ* форум*', '圣彼得堡国际经济论坛'], weight: 1.5 },
  { key: 'eef', kind: 'forum', names: { en: 'Eastern Economic Forum', ru: 'ВЭФ', zh: '东方经济论坛' }, forms: ['eastern economic forum', 'вэф', 'восточн* экономическ* форум*', '东方经济论坛'], weight: 1.5 },
  { key: 'kazan', kind: 'place', names: { en: 'Kazan', ru: 'Казань', zh: '喀山' }, forms: ['kazan', 'казан*', '喀山'], weight: 1.5 },
  { key: 'tianjin', kind: 'place', names: { en: 'Tianjin', ru: 'Тяньцзинь', zh: '天津' }, forms: ['tianjin', 'тяньцзин*', '天津'], weight: 1.2 },
  { key: 'lima', kind: 'place', names: { en: 'Lima', ru: 'Лима', zh: '利马' }, forms: ['=Lima', 'лима', 'лиме', 'лиму', '利马', '利馬'], weight: 1.2 },
  { key: 'geneva', kind: 'place', names: { en: 'Geneva', id: 'Jenewa', ru: 'Женева', zh: '日内瓦' }, forms: ['geneva', 'jenewa', 'женев*', '日内瓦', '日內瓦'], weight: 1.2 },
  { key: 'madrid', kind: 'place', names: { en: 'Madrid', ru: 'Мадрид', zh: '马德里' }, forms: ['madrid', 'мадрид*', '马德里', '馬德里'], weight: 1.2 },
  { key: 'busan', kind: 'place', names: { en: 'Busan', ru: 'Пусан', zh: '釜山' }, forms: ['busan', 'пусан*', '釜山'], weight: 1.2 },
  { key: 'harbin', kind: 'place', names: { en: 'Harbin', ru: 'Харбин', zh: '哈尔滨', 'zh-Hant': '哈爾濱' }, forms: ['harbin', 'харбин*', '哈尔滨', '哈爾濱', '哈工大'], weight: 1 },
  { key: 'shanghai', kind: 'place', names: { en: 'Shanghai', ru: 'Шанхай', zh: '上海' }, forms: ['shanghai', 'шанха*', '上海'], weight: 0.4 },
  { key: 'beijing', kind: 'place', names: { en: 'Beijing', ru: 'Пекин', zh: '北京' }, forms: ['beijing', 'пекин*', '北京'], weight: 0.2 },
  { key: 'moscow', kind: 'place', names: { en: 'Moscow', id: 'Moskow', ru: 'Москва', zh: '莫斯科' }, forms: ['moscow', 'moskow', 'москв*', '莫斯科'], weight: 0.2 },
  { key: 'washington', kind: 'place', names: { en: 'Washington', ru: 'Вашингтон', zh: '华盛顿', 'zh-Hant': '華盛頓' }, forms: ['washington', 'вашингтон*', '华盛顿', '華盛頓', '华府', '華府'], weight: 0.2 },
  { key: 'silicon-valley', kind: 'place', names: { en: 'Silicon Valley', ru: 'Кремниевая долина', zh: '硅谷', 'zh-Hant': '矽谷' }, forms: ['silicon valley', 'кремниев* долин*', '硅谷', '矽谷'], weight: 1 },
  { key: 'texas', kind: 'place', names: { en: 'Texas', ru: 'Техас', zh: '得克萨斯' }, forms: ['texas', 'техас*', '得州', '德州', '得克萨斯', '德克薩斯'], weight: 1.2 },
  { key: 'st-petersburg', kind: 'place', names: { en: 'St Petersburg', ru: 'Санкт-Петербург', zh: '圣彼得堡', 'zh-Hant': '聖彼得堡' }, forms: ['st petersburg', 'saint petersburg', 'petersburg', 'петербург*', 'санкт-петербург*', '圣彼得堡', '聖彼得堡'], weight: 1 },
  { key: 'star-market', kind: 'institution', names: { en: 'STAR Market', ru: 'STAR Market', zh: '科创板', 'zh-Hant': '科創板' }, forms: ['star market', '科创板', '科創板'], weight: 1.5 },

  // People.
  { key: 'putin', kind: 'person', country: 'RU', names: { en: 'Vladimir Putin', ru: 'Владимир Путин', zh: '普京' }, forms: ['putin', 'puttin', 'путин*', '普京', '普丁'], weight: 0.5 },
  { key: 'xi-jinping', kind: 'person', country: 'CN', names: { en: 'Xi Jinping', ru: 'Си Цзиньпин', zh: '习近平', 'zh-Hant': '習近平' }, forms: ['xi jinping', '=Xi', 'jinping', 'си цзиньпин*', '=Си', '习近平', '習近平', '习主席'], weight: 0.5 },
  { key: 'biden', kind: 'person', country: 'US', names: { en: 'Joe Biden', ru: 'Джо Байден', zh: '拜登' }, forms: ['biden', 'байден*', '拜登'], weight: 0.6 },
  { key: 'trump', kind: 'person', country: 'US', names: { en: 'Donald Trump', ru: 'Дональд Трамп', zh: '特朗普', 'zh-Hant': '川普' }, forms: ['trump', 'трамп', 'трампа', 'трампу', 'трампом', 'трампе', 'трамповск*', '特朗普', '川普'], weight: 0.5 },
  { key: 'li-qiang', kind: 'person', country: 'CN', names: { en: 'Li Qiang', ru: 'Ли Цян', zh: '李强', 'zh-Hant': '李強' }, forms: ['li qiang', 'ли цян*', '李强', '李強'], weight: 1.2 },
  { key: 'wang-yi', kind: 'person', country: 'CN', names: { en: 'Wang Yi', ru: 'Ван И', zh: '王毅' }, forms: ['wang yi', 'ван и', '王毅'], weight: 1.2 },
  { key: 'lavrov', kind: 'person', country: 'RU', names: { en: 'Sergei Lavrov', ru: 'Сергей Лавров', zh: '拉夫罗夫' }, forms: ['lavrov', 'лавров*', '拉夫罗夫', '拉夫羅夫'], weight: 1.2 },
  { key: 'mishustin', kind: 'person', country: 'RU', names: { en: 'Mikhail Mishustin', ru: 'Михаил Мишустин', zh: '米舒斯京' }, forms: ['mishustin', 'мишустин*', '米舒斯京'], weight: 1.2 },
  { key: 'jensen-huang', kind: 'person', country: 'US', names: { en: 'Jensen Huang', ru: 'Дженсен Хуанг', zh: '黄仁勋', 'zh-Hant': '黃仁勳' }, forms: ['jensen huang', 'jensen huan', 'jensen', 'дженсен* хуанг*', 'хуанг*', '黄仁勋', '黃仁勳'], weight: 1 },
  { key: 'sam-altman', kind: 'person', country: 'US', names: { en: 'Sam Altman', ru: 'Сэм Альтман', zh: '奥特曼', 'zh-Hant': '奧特曼' }, forms: ['sam altman', 'altman', 'альтман*', '奥特曼', '奧特曼', '阿尔特曼'], weight: 1 },
  { key: 'elon-musk', kind: 'person', country: 'US', names: { en: 'Elon Musk', ru: 'Илон Маск', zh: '马斯克', 'zh-Hant': '馬斯克' }, forms: ['elon musk', 'musk', 'илон* маск*', 'маск', 'маском', '马斯克', '馬斯克'], weight: 1 },
  { key: 'lutnick', kind: 'person', country: 'US', names: { en: 'Howard Lutnick', ru: 'Говард Латник', zh: '卢特尼克' }, forms: ['lutnick', 'латник*', '卢特尼克', '盧特尼克'], weight: 1.2 },
  { key: 'raimondo', kind: 'person', country: 'US', names: { en: 'Gina Raimondo', ru: 'Джина Раймондо', zh: '雷蒙多' }, forms: ['raimondo', 'раймондо', '雷蒙多'], weight: 1.2 },
  { key: 'rubio', kind: 'person', country: 'US', names: { en: 'Marco Rubio', ru: 'Марко Рубио', zh: '鲁比奥' }, forms: ['rubio', 'рубио', '鲁比奥', '盧比歐'], weight: 1.2 },
  { key: 'vance', kind: 'person', country: 'US', names: { en: 'JD Vance', ru: 'Джей Ди Вэнс', zh: '万斯' }, forms: ['vance', 'вэнс*', '万斯', '萬斯'], weight: 1.2 },
  { key: 'gref', kind: 'person', country: 'RU', names: { en: 'Herman Gref', ru: 'Герман Греф', zh: '格列夫' }, forms: ['gref', 'греф*', '格列夫'], weight: 1.2 },
  { key: 'vedyakhin', kind: 'person', country: 'RU', names: { en: 'Alexander Vedyakhin', ru: 'Александр Ведяхин', zh: '韦佳欣' }, forms: ['vedyakhin', 'ведяхин*'], weight: 1.5 },
  { key: 'liang-wenfeng', kind: 'person', country: 'CN', names: { en: 'Liang Wenfeng', ru: 'Лян Вэньфэн', zh: '梁文锋', 'zh-Hant': '梁文鋒' }, forms: ['liang wenfeng', 'лян вэньфэн*', '梁文锋', '梁文鋒'], weight: 1.2 },
  { key: 'ren-zhengfei', kind: 'person', country: 'CN', names: { en: 'Ren Zhengfei', ru: 'Жэнь Чжэнфэй', zh: '任正非' }, forms: ['ren zhengfei', 'жэнь чжэнфэ*', '任正非'], weight: 1.2 },
  { key: 'brian-chesky', kind: 'person', country: 'US', names: { en: 'Brian Chesky', zh: '切斯基' }, forms: ['chesky', 'чески', '切斯基'], weight: 1.5 },
  { key: 'hegseth', kind: 'person', country: 'US', names: { en: 'Pete Hegseth', ru: 'Пит Хегсет', zh: '赫格塞斯' }, forms: ['hegseth', 'хегсет*', '赫格塞斯'], weight: 1.2 },
  { key: 'peskov', kind: 'person', country: 'RU', names: { en: 'Dmitry Peskov', ru: 'Дмитрий Песков', zh: '佩斯科夫' }, forms: ['peskov', 'песков*', '佩斯科夫'], weight: 1 },
  { key: 'shoigu', kind: 'person', country: 'RU', names: { en: 'Sergei Shoigu', ru: 'Сергей Шойгу', zh: '绍伊古' }, forms: ['shoigu', 'шойгу', '绍伊古', '紹伊古'], weight: 1.2 },
  { key: 'wang-wentao', kind: 'person', country: 'CN', names: { en: 'Wang Wentao', ru: 'Ван Вэньтао', zh: '王文涛' }, forms: ['wang wentao', 'ван вэньта*', '王文涛', '王文濤'], weight: 1.2 },
  { key: 'he-lifeng', kind: 'person', country: 'CN', names: { en: 'He Lifeng', ru: 'Хэ Лифэн', zh: '何立峰' }, forms: ['he lifeng', 'хэ лифэн*', '何立峰'], weight: 1.2 },
  { key: 'bessent', kind: 'person', country: 'US', names: { en: 'Scott Bessent', ru: 'Скотт Бессент', zh: '贝森特' }, forms: ['bessent', 'бессент*', '贝森特', '貝森特'], weight: 1.2 },

  // US state institutions.
  { key: 'commerce-dept', kind: 'institution', country: 'US', names: { en: 'US Commerce Department', id: 'Departemen Perdagangan AS', ru: 'Минторг США', zh: '美国商务部', 'zh-Hant': '美國商務部' }, forms: ['commerce department', 'department of commerce', 'bureau of industry and security', '=BIS', 'departemen perdagangan', 'kementerian perdagangan as', 'минторг* сша', 'министерств* торговли сша', '美国商务部', '美國商務部', '美商务部', '美国工业和安全局'], weight: 0.8 },
  { key: 'treasury', kind: 'institution', country: 'US', names: { en: 'US Treasury', ru: 'Минфин США', zh: '美国财政部' }, forms: ['treasury', 'ofac', 'минфин* сша', 'министерств* финансов сша', '财政部', '財政部'], weight: 1 },
  { key: 'pentagon', kind: 'institution', country: 'US', names: { en: 'Pentagon', ru: 'Пентагон', zh: '五角大楼', 'zh-Hant': '五角大廈' }, forms: ['pentagon', 'department of defense', 'defense department', 'department of war', 'пентагон*', '五角大楼', '五角大廈', '美国防部'], weight: 0.8 },
  { key: 'us-navy', kind: 'institution', country: 'US', names: { en: 'US Navy', id: 'Angkatan Laut AS', ru: 'ВМС США', zh: '美国海军' }, forms: ['navy', 'angkatan laut', 'вмс', 'военно-морск*', '海军', '海軍'], weight: 1.5 },
  { key: 'house-china-committee', kind: 'institution', country: 'US', names: { en: 'House Select Committee on the CCP', ru: 'комитет Палаты представителей по Китаю', zh: '美众议院中国问题特设委员会' }, forms: ['house china committee', 'house select committee', 'select committee on the ccp', 'select committee on china', 'komite dpr as', 'комитет* палаты представителей', 'комитет* по китаю', '众议院', '眾議院', '中共问题特设委员会'], weight: 1.2 },
  { key: 'congress', kind: 'institution', country: 'US', names: { en: 'US Congress', ru: 'Конгресс США', zh: '美国国会' }, forms: ['congress', 'senate', 'lawmakers', 'senators', 'kongres', 'senat', 'конгресс*', 'сенат*', 'законодател*', '国会', '國會', '参议院', '參議院', '议员', '議員'], weight: 0.6 },
  { key: 'white-house', kind: 'institution', country: 'US', names: { en: 'White House', id: 'Gedung Putih', ru: 'Белый дом', zh: '白宫', 'zh-Hant': '白宮' }, forms: ['white house', 'gedung putih', 'бел* дом*', '白宫', '白宮'], weight: 0.5 },
  { key: 'doj', kind: 'institution', country: 'US', names: { en: 'US Justice Department', ru: 'Минюст США', zh: '美国司法部' }, forms: ['justice department', 'department of justice', '=DOJ', 'departemen kehakiman', 'минюст*', 'министерств* юстиции', '司法部'], weight: 1 },
  { key: 'fbi', kind: 'institution', country: 'US', names: { en: 'FBI', ru: 'ФБР', zh: '联邦调查局' }, forms: ['fbi', 'фбр', '联邦调查局', '聯邦調查局'], weight: 1.2 },
  { key: 'chip-security-act', kind: 'law', country: 'US', names: { en: 'Chip Security Act', ru: 'закон о безопасности чипов', zh: '芯片安全法案' }, forms: ['chip security act', 'uu keamanan chip', 'закон* о безопасности чипов', '芯片安全法案', '晶片安全法案', 'location verification', 'verifikasi lokasi', 'верификаци* местоположени*', '定位验证', 'phone home'], weight: 2 },
  { key: 'ai-diffusion-rule', kind: 'law', country: 'US', names: { en: 'AI diffusion rule', ru: 'правило о распространении ИИ', zh: '人工智能扩散规则' }, forms: ['ai diffusion', 'diffusion rule', 'diffusion framework', 'aturan difusi', 'difusi ai', 'распространени* ии', 'диффузи*', '人工智能扩散', 'AI扩散', '人工智慧擴散', '扩散规则', '扩散出口管制', 'three tiers', 'three-tier', 'tiered framework', 'tiga tingkat', 'три категории стран', 'три групп* стран', '三个等级', '三級', '三档'], weight: 2 },
  { key: 'ai-action-plan', kind: 'law', country: 'US', names: { en: 'AI Action Plan', id: 'Rencana Aksi AI', ru: 'план действий в области ИИ', zh: '人工智能行动计划' }, forms: ['ai action plan', 'action plan', 'rencana aksi', 'план* действий', '行动计划', '行動計劃', 'win the race'], weight: 1.5 },
  { key: 'entity-list', kind: 'law', names: { en: 'Entity List', id: 'daftar entitas', ru: 'чёрный список Минторга', zh: '实体清单' }, forms: ['entity list', 'trade blacklist', 'blacklist', 'blacklisted', 'daftar entitas', 'daftar hitam', 'черн* список', 'черн* списк*', 'списк* организаций', '实体清单', '實體清單'], weight: 0.8 },
  { key: 'stargate', kind: 'firm', country: 'US', names: { en: 'Stargate', ru: 'Stargate', zh: '星际之门' }, forms: ['stargate', 'старгейт', '星际之门', '星門'], weight: 1.5 },

  // Chinese and Russian state institutions.
  { key: 'cac', kind: 'institution', country: 'CN', names: { en: 'Cyberspace Administration of China', ru: 'Администрация киберпространства Китая', zh: '国家网信办', 'zh-Hant': '國家網信辦' }, forms: ['cyberspace administration', '=CAC', 'regulator internet', 'администраци* киберпространства', '网信办', '網信辦', '国家互联网信息办公室'], weight: 1.5 },
  { key: 'samr', kind: 'institution', country: 'CN', names: { en: 'State Administration for Market Regulation', ru: 'Госуправление по регулированию рынка КНР', zh: '市场监管总局', 'zh-Hant': '市場監管總局' }, forms: ['samr', 'market regulation', 'market regulator', 'antitrust regulator', 'regulator pasar', 'регулировани* рынка', '市场监管总局', '市場監管總局', '市场监督管理总局'], weight: 1.5 },
  { key: 'mofcom', kind: 'institution', country: 'CN', names: { en: 'Chinese Ministry of Commerce', ru: 'Минкоммерции КНР', zh: '商务部', 'zh-Hant': '商務部' }, forms: ['mofcom', 'commerce ministry', 'ministry of commerce', 'kementerian perdagangan china', 'минкоммерции', 'министерств* коммерции', '商务部', '商務部'], weight: 0.8 },
  { key: 'cn-mfa', kind: 'institution', country: 'CN', names: { en: 'Chinese Foreign Ministry', ru: 'МИД КНР', zh: '外交部' }, forms: ["china's foreign ministry", 'chinese foreign ministry', 'kementerian luar negeri china', 'kemenlu china', 'мид кнр', 'мид китая', '外交部', '中国外交部'], weight: 0.6 },
  { key: 'miit', kind: 'institution', country: 'CN', names: { en: 'MIIT', ru: 'Минпромышленности и информатизации КНР', zh: '工信部' }, forms: ['miit', 'ministry of industry and information technology', '工信部', '工业和信息化部'], weight: 1.2 },
  { key: 'pla', kind: 'institution', country: 'CN', names: { en: "People's Liberation Army", ru: 'НОАК', zh: '解放军', 'zh-Hant': '解放軍' }, forms: ['=PLA', "people's liberation army", 'ноак', '解放军', '解放軍'], weight: 1 },
  { key: 'kremlin', kind: 'institution', country: 'RU', names: { en: 'Kremlin', ru: 'Кремль', zh: '克里姆林宫' }, forms: ['kremlin', 'кремл*', '克里姆林宫', '克宫'], weight: 0.4 },
  { key: 'rosstandart', kind: 'institution', country: 'RU', names: { en: 'Rosstandart', ru: 'Росстандарт', zh: '俄罗斯联邦技术调节与计量局' }, forms: ['rosstandart', 'росстандарт*', '俄罗斯标准化'], weight: 1.5 },
  { key: 'sac', kind: 'institution', country: 'CN', names: { en: 'Standardization Administration of China', ru: 'Госкомитет по стандартизации КНР', zh: '国家标准化管理委员会' }, forms: ['standardization administration', 'standardisation administration', '国家标准化管理委员会', '国家标准委'], weight: 1.5 },
  { key: 'security-council-ru', kind: 'institution', country: 'RU', names: { en: 'Russian Security Council', ru: 'Совбез', zh: '俄罗斯联邦安全会议' }, forms: ['russian security council', 'security council of russia', 'совбез*', 'совет* безопасности росси*', 'совет* безопасности рф', '俄罗斯联邦安全会议', '俄罗斯安全会议'], weight: 1.2 },
  { key: 'itmo', kind: 'institution', country: 'RU', names: { en: 'ITMO University', ru: 'ИТМО', zh: 'ITMO大学' }, forms: ['itmo', 'итмо'], weight: 1.5 },
  { key: 'hit', kind: 'institution', country: 'CN', names: { en: 'Harbin Institute of Technology', ru: 'Харбинский политехнический университет', zh: '哈尔滨工业大学', 'zh-Hant': '哈爾濱工業大學' }, forms: ['harbin institute of technology', 'харбинск* политехническ*', '哈尔滨工业大学', '哈爾濱工業大學', '哈工大'], weight: 1.5 },
  { key: 'spbpu', kind: 'institution', country: 'RU', names: { en: 'Peter the Great St Petersburg Polytechnic University', ru: 'Политех Петра Великого', zh: '圣彼得堡理工大学' }, forms: ['polytechnic university', 'политех*', '圣彼得堡理工大学', '聖彼得堡理工大學'], weight: 1.5 },
  { key: 'tsinghua', kind: 'institution', country: 'CN', names: { en: 'Tsinghua University', ru: 'Университет Цинхуа', zh: '清华大学', 'zh-Hant': '清華大學' }, forms: ['tsinghua', 'цинхуа', '清华', '清華'], weight: 1.2 },

  // US firms and labs.
  { key: 'nvidia', kind: 'firm', country: 'US', names: { en: 'Nvidia', ru: 'Nvidia', zh: '英伟达', 'zh-Hant': '輝達' }, forms: ['nvidia', 'nvidea', 'нвиди*', 'энвиди*', '英伟达', '英偉達', '辉达', '輝達'], weight: 0.6 },
  { key: 'openai', kind: 'lab', country: 'US', names: { en: 'OpenAI', ru: 'OpenAI', zh: 'OpenAI' }, forms: ['openai', 'open ai', 'опенэйай'], weight: 0.8 },
  { key: 'anthropic', kind: 'lab', country: 'US', names: { en: 'Anthropic', ru: 'Anthropic', zh: 'Anthropic' }, forms: ['anthropic', 'антропик*'], weight: 1 },
  { key: 'google', kind: 'firm', country: 'US', names: { en: 'Google', ru: 'Google', zh: '谷歌' }, forms: ['google', 'alphabet', 'deepmind', 'гугл*', '谷歌'], weight: 0.8 },
  { key: 'microsoft', kind: 'firm', country: 'US', names: { en: 'Microsoft', ru: 'Microsoft', zh: '微软', 'zh-Hant': '微軟' }, forms: ['microsoft', 'azure', 'майкрософт*', '微软', '微軟'], weight: 0.8 },
  { key: 'amazon', kind: 'firm', country: 'US', names: { en: 'Amazon', ru: 'Amazon', zh: '亚马逊', 'zh-Hant': '亞馬遜' }, forms: ['amazon', '=AWS', 'амазон*', '亚马逊', '亞馬遜'], weight: 0.8 },
  { key: 'meta', kind: 'firm', country: 'US', names: { en: 'Meta', ru: 'Meta', zh: 'Meta' }, forms: ['=Meta', 'facebook', 'мета', 'фейсбук*', '脸书'], weight: 0.8 },
  { key: 'apple', kind: 'firm', country: 'US', names: { en: 'Apple', ru: 'Apple', zh: '苹果', 'zh-Hant': '蘋果' }, forms: ['=Apple', 'iphone*', 'эппл', 'эпл', 'айфон*', '苹果', '蘋果'], weight: 1 },
  { key: 'amd', kind: 'firm', country: 'US', names: { en: 'AMD', ru: 'AMD', zh: 'AMD' }, forms: ['=AMD', 'амд', '超威'], weight: 1 },
  { key: 'intel', kind: 'firm', country: 'US', names: { en: 'Intel', ru: 'Intel', zh: '英特尔', 'zh-Hant': '英特爾' }, forms: ['intel', 'интел', 'интела', 'интелу', 'интелом', '英特尔', '英特爾'], weight: 1 },
  { key: 'micron', kind: 'firm', country: 'US', names: { en: 'Micron', ru: 'Micron', zh: '美光' }, forms: ['micron', 'micron technology', 'микрон технолоджи', '美光'], weight: 1.2 },
  { key: 'qualcomm', kind: 'firm', country: 'US', names: { en: 'Qualcomm', ru: 'Qualcomm', zh: '高通' }, forms: ['qualcomm', 'квалкомм*', '高通'], weight: 1.2 },
  { key: 'tesla', kind: 'firm', country: 'US', names: { en: 'Tesla', ru: 'Tesla', zh: '特斯拉' }, forms: ['tesla', 'тесл*', '特斯拉'], weight: 1.2 },
  { key: 'xai', kind: 'lab', country: 'US', names: { en: 'xAI', ru: 'xAI', zh: 'xAI' }, forms: ['=xAI', 'grok'], weight: 1.2 },
  { key: 'applied-materials', kind: 'firm', country: 'US', names: { en: 'Applied Materials', ru: 'Applied Materials', zh: '应用材料' }, forms: ['applied materials', '应用材料', '應用材料'], weight: 1.5 },
  { key: 'lam-research', kind: 'firm', country: 'US', names: { en: 'Lam Research', zh: '泛林' }, forms: ['lam research', '泛林'], weight: 1.5 },
  { key: 'airbnb', kind: 'firm', country: 'US', names: { en: 'Airbnb', ru: 'Airbnb', zh: '爱彼迎' }, forms: ['airbnb', 'эйрбиэнби', '爱彼迎', 'Airbnb'], weight: 1.5 },
  { key: 'newsguard', kind: 'firm', country: 'US', names: { en: 'NewsGuard' }, forms: ['newsguard'], weight: 1.5 },
  { key: 'palantir', kind: 'firm', country: 'US', names: { en: 'Palantir', zh: '帕兰提尔' }, forms: ['palantir', 'палантир*', '帕兰提尔'], weight: 1.2 },
  { key: 'supermicro', kind: 'firm', country: 'US', names: { en: 'Supermicro', zh: '超微电脑' }, forms: ['supermicro', 'super micro', '超微电脑'], weight: 1.2 },
  { key: 'dell', kind: 'firm', country: 'US', names: { en: 'Dell' }, forms: ['=Dell', 'dell technologies', '戴尔'], weight: 1.2 },
  { key: 'cerebras', kind: 'firm', country: 'US', names: { en: 'Cerebras' }, forms: ['cerebras'], weight: 1.2 },
  { key: 'coreweave', kind: 'firm', country: 'US', names: { en: 'CoreWeave' }, forms: ['coreweave'], weight: 1.2 },

  // Models and chips (names that travel unchanged across languages weigh most).
  { key: 'chatgpt', kind: 'model', country: 'US', names: { en: 'ChatGPT' }, forms: ['chatgpt', 'gpt-4', 'gpt-4o', 'gpt-5', 'чатгпт'], weight: 0.8 },
  { key: 'claude', kind: 'model', country: 'US', names: { en: 'Claude' }, forms: ['claude', 'claude code', 'клод'], weight: 1 },
  { key: 'gemini', kind: 'model', country: 'US', names: { en: 'Gemini' }, forms: ['gemini', 'джемини'], weight: 1 },
  { key: 'llama', kind: 'model', country: 'US', names: { en: 'Llama' }, forms: ['llama', 'лама', 'ллама'], weight: 1.2 },
  { key: 'h20', kind: 'chip', country: 'US', names: { en: 'Nvidia H20' }, forms: ['h20'], weight: 1.5 },
  { key: 'h200', kind: 'chip', country: 'US', names: { en: 'Nvidia H200' }, forms: ['h200'], weight: 1.8 },
  { key: 'h100', kind: 'chip', country: 'US', names: { en: 'Nvidia H100' }, forms: ['h100'], weight: 1.2 },
  { key: 'h800', kind: 'chip', country: 'US', names: { en: 'Nvidia H800' }, forms: ['h800'], weight: 1.2 },
  { key: 'a100', kind: 'chip', country: 'US', names: { en: 'Nvidia A100' }, forms: ['a100'], weight: 1.2 },
  { key: 'blackwell', kind: 'chip', country: 'US', names: { en: 'Nvidia Blackwell' }, forms: ['blackwell', 'b30a', 'b200', 'gb200', 'блэкуэлл'], weight: 1.5 },
  { key: 'rtx-pro-6000d', kind: 'chip', country: 'US', names: { en: 'Nvidia RTX Pro 6000D' }, forms: ['rtx pro 6000d', '6000d', 'rtx pro'], weight: 2 },
  { key: 'mi308', kind: 'chip', country: 'US', names: { en: 'AMD MI308' }, forms: ['mi308'], weight: 1.8 },
  { key: 'hbm', kind: 'chip', names: { en: 'HBM memory', ru: 'память HBM', zh: '高带宽内存' }, forms: ['hbm', 'high-bandwidth memory', 'high bandwidth memory', 'memori bandwidth tinggi', 'memori berbandwidth tinggi', 'памят* с высокой пропускной способностью', 'высокоскоростн* памят*', '高带宽内存', '高頻寬記憶體', '高带宽存储器', '高頻寬存儲器', '高帶寬存儲器', '高带宽存储芯片', '高带宽记忆体', '高頻寬内存', '高帶寬內存'], weight: 1.5 },
  { key: 'deepseek', kind: 'lab', country: 'CN', names: { en: 'DeepSeek', ru: 'DeepSeek', zh: '深度求索' }, forms: ['deepseek', 'deepsek', 'дипсик*', '深度求索'], weight: 0.5 },
  { key: 'deepseek-r1', kind: 'model', country: 'CN', names: { en: 'DeepSeek R1' }, forms: ['r1', 'deepseek-r1'], weight: 0.8 },
  { key: 'huawei', kind: 'firm', country: 'CN', names: { en: 'Huawei', ru: 'Huawei', zh: '华为', 'zh-Hant': '華為' }, forms: ['huawei', 'хуавэй', 'хуавей', 'хуавеи', '华为', '華為'], weight: 0.7 },
  { key: 'ascend', kind: 'chip', country: 'CN', names: { en: 'Huawei Ascend', ru: 'Huawei Ascend', zh: '昇腾', 'zh-Hant': '昇騰' }, forms: ['ascend', '910b', '910c', 'ascend 950', 'асенд*', '昇腾', '昇騰'], weight: 1.2 },
  { key: 'alibaba', kind: 'firm', country: 'CN', names: { en: 'Alibaba', ru: 'Alibaba', zh: '阿里巴巴' }, forms: ['alibaba', 'алибаб*', '阿里巴巴', '阿里', '阿里云', '阿里雲'], weight: 0.8 },
  { key: 'qwen', kind: 'model', country: 'CN', names: { en: 'Qwen', ru: 'Qwen', zh: '通义千问', 'zh-Hant': '通義千問' }, forms: ['qwen', 'tongyi', 'квен', '通义千问', '通義千問', '千问', '千問'], weight: 1.5 },
  { key: 'baidu', kind: 'firm', country: 'CN', names: { en: 'Baidu', ru: 'Baidu', zh: '百度' }, forms: ['baidu', 'байду', '百度'], weight: 1 },
  { key: 'ernie', kind: 'model', country: 'CN', names: { en: 'Ernie', zh: '文心一言' }, forms: ['ernie', '文心一言', '文心'], weight: 1.2 },
  { key: 'tencent', kind: 'firm', country: 'CN', names: { en: 'Tencent', ru: 'Tencent', zh: '腾讯', 'zh-Hant': '騰訊' }, forms: ['tencent', 'тенсент*', 'тэнсент*', '腾讯', '騰訊'], weight: 1 },
  { key: 'bytedance', kind: 'firm', country: 'CN', names: { en: 'ByteDance', ru: 'ByteDance', zh: '字节跳动', 'zh-Hant': '字節跳動' }, forms: ['bytedance', 'байтданс*', '字节跳动', '字節跳動', '字节', '字節'], weight: 1 },
  { key: 'tiktok', kind: 'firm', country: 'CN', names: { en: 'TikTok', ru: 'TikTok', zh: '抖音' }, forms: ['tiktok', 'тикток*', '抖音', 'TikTok'], weight: 1.2 },
  { key: 'smic', kind: 'firm', country: 'CN', names: { en: 'SMIC', ru: 'SMIC', zh: '中芯国际', 'zh-Hant': '中芯國際' }, forms: ['smic', 'semiconductor manufacturing international', '中芯国际', '中芯國際', '中芯'], weight: 1.2 },
  { key: 'cambricon', kind: 'firm', country: 'CN', names: { en: 'Cambricon', ru: 'Cambricon', zh: '寒武纪', 'zh-Hant': '寒武紀' }, forms: ['cambricon', 'камбрикон*', '寒武纪', '寒武紀'], weight: 1.5 },
  { key: 'moore-threads', kind: 'firm', country: 'CN', names: { en: 'Moore Threads', ru: 'Moore Threads', zh: '摩尔线程', 'zh-Hant': '摩爾線程' }, forms: ['moore threads', '摩尔线程', '摩爾線程'], weight: 2 },
  { key: 'biren', kind: 'firm', country: 'CN', names: { en: 'Biren', zh: '壁仞' }, forms: ['biren', '壁仞'], weight: 1.5 },
  { key: 'moonshot', kind: 'lab', country: 'CN', names: { en: 'Moonshot AI', zh: '月之暗面' }, forms: ['moonshot', 'kimi', 'муншот*', '月之暗面'], weight: 1.5 },
  { key: 'zhipu', kind: 'lab', country: 'CN', names: { en: 'Zhipu AI', ru: 'Zhipu', zh: '智谱', 'zh-Hant': '智譜' }, forms: ['zhipu', 'чжипу', '智谱', '智譜'], weight: 1.5 },
  { key: 'minimax', kind: 'lab', country: 'CN', names: { en: 'MiniMax', zh: '稀宇科技' }, forms: ['minimax', '稀宇'], weight: 1.5 },
  { key: 'manus', kind: 'lab', country: 'CN', names: { en: 'Manus', zh: 'Manus' }, forms: ['manus', 'манус'], weight: 1.5 },
  { key: 'iflytek', kind: 'firm', country: 'CN', names: { en: 'iFlytek', zh: '科大讯飞', 'zh-Hant': '科大訊飛' }, forms: ['iflytek', '科大讯飞', '科大訊飛', '讯飞'], weight: 1.5 },
  { key: 'sensetime', kind: 'firm', country: 'CN', names: { en: 'SenseTime', zh: '商汤', 'zh-Hant': '商湯' }, forms: ['sensetime', '商汤', '商湯'], weight: 1.5 },
  { key: 'unitree', kind: 'firm', country: 'CN', names: { en: 'Unitree', zh: '宇树科技', 'zh-Hant': '宇樹科技' }, forms: ['unitree', '宇树', '宇樹'], weight: 1.5 },
  { key: 'xiaomi', kind: 'firm', country: 'CN', names: { en: 'Xiaomi', zh: '小米' }, forms: ['xiaomi', 'сяоми', '小米'], weight: 1.2 },
  { key: 'cxmt', kind: 'firm', country: 'CN', names: { en: 'CXMT', zh: '长鑫存储' }, forms: ['cxmt', 'changxin', '长鑫', '長鑫'], weight: 1.5 },
  { key: 'ymtc', kind: 'firm', country: 'CN', names: { en: 'YMTC', zh: '长江存储' }, forms: ['ymtc', 'yangtze memory', '长江存储', '長江存儲'], weight: 1.5 },
  { key: 'hikvision', kind: 'firm', country: 'CN', names: { en: 'Hikvision', zh: '海康威视' }, forms: ['hikvision', 'хайквижн', '海康威视', '海康威視'], weight: 1.5 },
  { key: 'inspur', kind: 'firm', country: 'CN', names: { en: 'Inspur', zh: '浪潮' }, forms: ['inspur', '浪潮信息', '浪潮集团'], weight: 1.5 },
  { key: 'dji', kind: 'firm', country: 'CN', names: { en: 'DJI', zh: '大疆' }, forms: ['=DJI', '大疆'], weight: 1.5 },
  { key: 'byd', kind: 'firm', country: 'CN', names: { en: 'BYD', zh: '比亚迪' }, forms: ['=BYD', '比亚迪', '比亞迪'], weight: 1.2 },

  // Russian firms and models.
  { key: 'sberbank', kind: 'firm', country: 'RU', names: { en: 'Sberbank', ru: 'Сбербанк', zh: '俄罗斯联邦储蓄银行', 'zh-Hant': '俄羅斯聯邦儲蓄銀行' }, forms: ['sberbank', 'saberbank', 'sber', 'сбербанк*', 'сбер', 'сбера', 'сберу', 'сбером', 'сбере', '储蓄银行', '儲蓄銀行', '联邦储蓄银行'], weight: 1.2 },
  { key: 'gigachat', kind: 'model', country: 'RU', names: { en: 'GigaChat', ru: 'GigaChat', zh: 'GigaChat' }, forms: ['gigachat', 'gigachte', 'гигачат*'], weight: 1.5 },
  { key: 'yandex', kind: 'firm', country: 'RU', names: { en: 'Yandex', ru: 'Яндекс', zh: 'Yandex' }, forms: ['yandex', 'yandexgpt', 'яндекс*', '扬德克斯'], weight: 1.2 },
  { key: 'kandinsky', kind: 'model', country: 'RU', names: { en: 'Kandinsky' }, forms: ['kandinsky', 'кандинск*'], weight: 1.5 },
  { key: 'rostec', kind: 'firm', country: 'RU', names: { en: 'Rostec', ru: 'Ростех', zh: '俄罗斯技术集团' }, forms: ['rostec', 'ростех*', '俄罗斯技术集团', '俄技术集团'], weight: 1.2 },
  { key: 'kaspersky', kind: 'firm', country: 'RU', names: { en: 'Kaspersky', ru: 'Касперский', zh: '卡巴斯基' }, forms: ['kaspersky', 'касперск*', '卡巴斯基'], weight: 1.5 },
  { key: 'mts', kind: 'firm', country: 'RU', names: { en: 'MTS', ru: 'МТС' }, forms: ['=MTS', 'мтс'], weight: 1.2 },
  { key: 'vk', kind: 'firm', country: 'RU', names: { en: 'VK', ru: 'VK' }, forms: ['=VK', '=ВК'], weight: 1.2 },
  { key: 'rosatom', kind: 'firm', country: 'RU', names: { en: 'Rosatom', ru: 'Росатом', zh: '俄罗斯国家原子能公司' }, forms: ['rosatom', 'росатом*', '俄原子能'], weight: 1.2 },
  { key: 'lancet', kind: 'model', country: 'RU', names: { en: 'Lancet drone', ru: 'Ланцет' }, forms: ['lancet', 'ланцет*'], weight: 1.5 },
  { key: 'pravda-network', kind: 'institution', country: 'RU', names: { en: 'Pravda network', ru: 'сеть «Правда»' }, forms: ['pravda network', 'portal kombat', 'jaringan pravda', 'сеть «правда»', 'сет* правда', 'сет* сайтов правда', '真理报网络', '真理報網絡', '“真理”网络'], weight: 1.5 },

  // Goods and technologies an export rule or a deal is about, and regions a project is placed in.
  { key: 'visas', kind: 'law', names: { en: 'visas', id: 'visa', ru: 'визы', zh: '签证', 'zh-Hant': '簽證' }, forms: ['visa', 'visas', 'визы', 'виз', 'визам', 'визами', 'визах', 'визовы*', '签证', '簽證'], weight: 1.5 },
  { key: 'us-state-dept', kind: 'institution', country: 'US', names: { en: 'US State Department', id: 'Departemen Luar Negeri AS', ru: 'Госдепартамент США', zh: '美国国务院', 'zh-Hant': '美國國務院' }, forms: ['state department', 'department of state', 'departemen luar negeri as', 'deplu as', 'госдеп*', '美国国务院', '美國國務院', '美国务院', '美國務院'], weight: 1.2 },
  { key: 'defence-ministries', kind: 'institution', names: { en: 'defence ministries', id: 'kementerian pertahanan', ru: 'министерства обороны', zh: '国防部' }, forms: ['defence ministr*', 'defense ministr*', 'ministry of defence', 'ministry of defense', 'kementerian pertahanan', 'kemhan', 'минобороны', 'министерств* обороны', '国防部', '國防部'], weight: 1.2 },
  { key: 'rare-earths', kind: 'technology', names: { en: 'rare earths', id: 'logam tanah jarang', ru: 'редкоземельные металлы', zh: '稀土' }, forms: ['rare earth*', 'rare-earth*', 'tanah jarang', 'logam tanah jarang', 'редкоземельн*', 'редкие земли', '稀土'], weight: 1.5 },
  { key: 'eda', kind: 'technology', names: { en: 'chip-design software (EDA)', id: 'perangkat lunak desain chip', ru: 'САПР для чипов', zh: 'EDA芯片设计软件' }, forms: ['=EDA', 'electronic design automation', 'chip-design software', 'chip design software', 'chip design tools', 'chip-design tools', 'software desain chip', 'perangkat lunak desain chip', 'сапр', 'по для проектирования чипов', 'программ* для проектирования микросхем', 'программ* для проектирования чипов', '芯片设计软件', '晶片設計軟體', '电子设计自动化', '電子設計自動化'], weight: 1.5 },
  { key: 'chipmaking-tools', kind: 'technology', names: { en: 'chipmaking equipment', id: 'peralatan pembuat chip', ru: 'оборудование для производства чипов', zh: '半导体设备' }, forms: ['chipmaking equipment', 'chipmaking tools', 'chip-tool', 'chip tools', 'chip-making equipment', 'semiconductor equipment', 'lithography', 'peralatan pembuat chip', 'peralatan semikonduktor', 'оборудовани* для производства чипов', 'оборудовани* для производства микросхем', 'литограф*', '半导体设备', '半導體設備', '芯片设备', '光刻机', '光刻機'], weight: 1.2 },
  { key: 'far-east', kind: 'place', country: 'RU', names: { en: 'Russian Far East', id: 'Timur Jauh Rusia', ru: 'Дальний Восток', zh: '俄罗斯远东' }, forms: ['far east', 'far eastern', 'vladivostok', 'primorye', 'primorsky', 'timur jauh', 'дальн* восток*', 'дальневосточн*', 'владивосток*', 'примор*', '远东', '遠東', '符拉迪沃斯托克', '海参崴', '海參崴', '滨海边疆区', '濱海邊疆區'], weight: 1.5 },
  { key: 'naura', kind: 'firm', country: 'CN', names: { en: 'Naura', zh: '北方华创' }, forms: ['naura', '北方华创', '北方華創'], weight: 1.5 },
  { key: 'piotech', kind: 'firm', country: 'CN', names: { en: 'Piotech', zh: '拓荆科技' }, forms: ['piotech', '拓荆', '拓荊'], weight: 1.5 },
  { key: 'kla', kind: 'firm', country: 'US', names: { en: 'KLA' }, forms: ['=KLA', '科磊'], weight: 1.5 },
  { key: 'synopsys', kind: 'firm', country: 'US', names: { en: 'Synopsys', zh: '新思科技' }, forms: ['synopsys', '新思科技'], weight: 1.2 },
  { key: 'cadence', kind: 'firm', country: 'US', names: { en: 'Cadence', zh: '楷登电子' }, forms: ['=Cadence', 'cadence design', '楷登'], weight: 1.2 },

  // Other firms that often sit in the middle.
  { key: 'tsmc', kind: 'firm', names: { en: 'TSMC', ru: 'TSMC', zh: '台积电', 'zh-Hant': '台積電' }, forms: ['tsmc', 'taiwan semiconductor', '台积电', '台積電'], weight: 1.2 },
  { key: 'asml', kind: 'firm', names: { en: 'ASML', ru: 'ASML', zh: '阿斯麦' }, forms: ['asml', '阿斯麦', '艾司摩爾'], weight: 1.5 },
  { key: 'samsung', kind: 'firm', names: { en: 'Samsung', zh: '三星' }, forms: ['samsung', 'самсунг*', '三星'], weight: 1.2 },
  { key: 'sk-hynix', kind: 'firm', names: { en: 'SK Hynix', zh: 'SK海力士' }, forms: ['hynix', '海力士'], weight: 1.5 },
  { key: 'mellanox', kind: 'firm', names: { en: 'Mellanox', zh: '迈络思' }, forms: ['mellanox', 'меллано*', '迈络思', '邁絡思'], weight: 2 },
  { key: 'nexperia', kind: 'firm', names: { en: 'Nexperia', zh: '安世半导体' }, forms: ['nexperia', '安世'], weight: 1.5 },

  // Found missing on held-out copy (story grouping): firms, lists, places and institutions that a
  // follow-up or a translation names in another language.
  { key: 'unreliable-entity-list', kind: 'law', country: 'CN', names: { en: 'Unreliable Entity List', id: 'daftar entitas tidak dapat diandalkan', ru: 'список ненадежных организаций', zh: '不可靠实体清单', 'zh-Hant': '不可靠實體清單' }, forms: ['unreliable entity list', 'unreliable entities list', 'unreliable list', 'daftar entitas tidak dapat diandalkan', 'daftar entitas tidak andal', 'daftar entitas tak andal', 'ненадежн* организаци*', 'ненадёжн* организаци*', 'ненадежн* компани*', 'ненадёжн* компани*', 'список ненадежн*', 'список ненадёжн*', '不可靠实体清单', '不可靠實體清單'], weight: 1.5 },
  { key: 'scale-ai', kind: 'firm', country: 'US', names: { en: 'Scale AI' }, forms: ['scale ai', 'скейл эй-ай', 'скейл ai'], weight: 1.5 },
  { key: 'shield-ai', kind: 'firm', country: 'US', names: { en: 'Shield AI' }, forms: ['shield ai', 'шилд эй-ай', 'шилд ai'], weight: 1.5 },
  { key: 'china-mobile', kind: 'firm', country: 'CN', names: { en: 'China Mobile', ru: 'China Mobile', zh: '中国移动', 'zh-Hant': '中國移動' }, forms: ['china mobile', 'чайна мобайл', '中国移动', '中國移動'], weight: 1.5 },
  { key: 'rostelecom', kind: 'firm', country: 'RU', names: { en: 'Rostelecom', ru: 'Ростелеком', zh: '俄罗斯电信' }, forms: ['rostelecom', 'rostelekom', 'ростелеком*', '俄罗斯电信', '俄羅斯電信'], weight: 1.5 },
  { key: 'mipt', kind: 'institution', country: 'RU', names: { en: 'Moscow Institute of Physics and Technology', ru: 'МФТИ', zh: '莫斯科物理技术学院' }, forms: ['mipt', 'moscow institute of physics and technology', 'phystech', 'мфти', 'физтех*', '莫斯科物理技术学院', '莫斯科物理技術學院'], weight: 1.5 },
  { key: 'wuxi', kind: 'place', country: 'CN', names: { en: 'Wuxi', ru: 'Уси', zh: '无锡', 'zh-Hant': '無錫' }, forms: ['wuxi', '=Уси', '无锡', '無錫'], weight: 1.2 },
  { key: 'novosibirsk', kind: 'place', country: 'RU', names: { en: 'Novosibirsk', ru: 'Новосибирск', zh: '新西伯利亚' }, forms: ['novosibirsk', 'новосибирск*', '新西伯利亚', '新西伯利亞'], weight: 1.2 },
  { key: 'siberia', kind: 'place', country: 'RU', names: { en: 'Siberia', id: 'Siberia', ru: 'Сибирь', zh: '西伯利亚', 'zh-Hant': '西伯利亞' }, forms: ['siberia*', 'sibir', 'сибир*', '西伯利亚', '西伯利亞'], weight: 1 },
  { key: 'kyrgyzstan', kind: 'country', names: { en: 'Kyrgyzstan', id: 'Kirgistan', ru: 'Киргизия', zh: '吉尔吉斯斯坦', 'zh-Hant': '吉爾吉斯' }, forms: ['kyrgyz*', 'kirgiz*', 'kirgis*', 'киргиз*', 'кыргыз*', '吉尔吉斯', '吉爾吉斯'], weight: 1 },
  { key: 'kazakhstan', kind: 'country', names: { en: 'Kazakhstan', id: 'Kazakhstan', ru: 'Казахстан', zh: '哈萨克斯坦', 'zh-Hant': '哈薩克' }, forms: ['kazakh*', 'kazakstan', 'казах*', '哈萨克斯坦', '哈薩克'], weight: 1 },
  { key: 'swift', kind: 'institution', names: { en: 'SWIFT' }, forms: ['=SWIFT', 'свифт', '环球银行金融电信协会'], weight: 1.2 },
  { key: 'dmitriev', kind: 'person', country: 'RU', names: { en: 'Kirill Dmitriev', ru: 'Кирилл Дмитриев', zh: '德米特里耶夫' }, forms: ['dmitriev', 'dmitriyev', 'дмитриев*', '德米特里耶夫', '德米特里耶夫'], weight: 1.2 },
  { key: 'rdif', kind: 'institution', country: 'RU', names: { en: 'Russian Direct Investment Fund', ru: 'РФПИ', zh: '俄罗斯直接投资基金' }, forms: ['rdif', 'rfpi', 'russian direct investment fund', 'fund of direct investments', "russia's sovereign wealth fund", 'russian sovereign wealth fund', 'dana investasi langsung rusia', 'рфпи', 'российск* фонд* прямых инвестиций', '俄罗斯直接投资基金', '俄羅斯直接投資基金'], weight: 1.5 },
  { key: 'witkoff', kind: 'person', country: 'US', names: { en: 'Steve Witkoff', ru: 'Стив Уиткофф', zh: '威特科夫' }, forms: ['witkoff', 'уиткофф*', 'виткофф*', '威特科夫'], weight: 1.2 },
  { key: 'arctic', kind: 'place', names: { en: 'Arctic', id: 'Arktik', ru: 'Арктика', zh: '北极', 'zh-Hant': '北極' }, forms: ['arctic', 'arktik', 'kutub utara', 'арктик*', 'арктическ*', '北极', '北極'], weight: 1.2 },
  { key: 'coherent', kind: 'firm', country: 'US', names: { en: 'Coherent', zh: '相干公司' }, forms: ['=Coherent', 'coherent corp', '相干公司'], weight: 1.5 },
  { key: 'lumentum', kind: 'firm', country: 'US', names: { en: 'Lumentum', zh: '鲁门特姆' }, forms: ['lumentum', 'люментум*'], weight: 1.5 },
  { key: 'cic', kind: 'institution', country: 'CN', names: { en: 'China Investment Corporation', ru: 'China Investment Corporation', zh: '中国投资有限责任公司', 'zh-Hant': '中國投資有限責任公司' }, forms: ['china investment corporation', 'china investment corp', '=CIC', 'китайск* инвестиционн* корпораци*', '中国投资有限责任公司', '中國投資有限責任公司', '中投公司'], weight: 1.5 },
];

/** The whole table: the rows above and the wider world's actors (entities-data-world.ts). */
export const ENTITIES: EntityRow[] = [...CORE_ENTITIES, ...WORLD_ENTITIES];
