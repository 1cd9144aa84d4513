/**
 * What kind of event an item reports, as language-independent keys: a ban, an export licence, a
 * summit, a share slump ... Two items naming the same entities are one story only if they also
 * report the same kind of event (the H20 licence rule and the H20 "backdoor" summons are not).
 * Data, like the lexicons: forms in en, id, ru and zh (see term-matcher.ts for the form syntax).
 */
import type { TermRow } from '../term-matcher.js';

export interface ConceptRow extends TermRow {
  weight: number;
}

export const CONCEPTS: ConceptRow[] = [
  { key: 'ban', weight: 0.7, forms: ['ban', 'bans', 'banned', 'banning', 'prohibit*', 'bar', 'bars', 'barred', 'barring', 'forbid*', 'not to use', 'larang*', 'melarang', 'pelarangan', 'запрет*', 'запрещ*', '禁止', '禁用', '封禁', '禁令'] },
  { key: 'export-control', weight: 0.7, forms: ['export control*', 'export curb*', 'export rule*', 'export restriction*', 'export ban*', 'exports', 'export', 'ekspor', 'экспорт*', '出口管制', '出口'] },
  { key: 'licence', weight: 0.9, forms: ['licence*', 'license*', 'licensing', 'lisensi', 'izin', 'perizinan', 'лиценз*', 'разрешени*', '许可', '許可', '放行', '批准'] },
  { key: 'sanction', weight: 0.7, forms: ['sanction*', 'sanksi', 'санкци*', '制裁'] },
  { key: 'tariff', weight: 0.8, forms: ['tariff*', 'trade truce', 'trade talks', 'trade deal', 'tarif', 'gencatan dagang', 'perang dagang', 'пошлин*', 'торгов* переговор*', '关税', '關稅', '贸易休战', '经贸磋商', '贸易协议'] },
  { key: 'summit', weight: 0.6, forms: ['summit*', 'talks', 'meet', 'meeting', 'met', 'visit*', 'state visit', 'ktt', 'pertemuan', 'bertemu', 'kunjung*', 'саммит*', 'встреч*', 'переговор*', 'визит*', '峰会', '峰會', '会晤', '會晤', '会谈', '會談', '访华', '訪華', '访俄', '访问', '訪問'] },
  { key: 'agreement', weight: 0.5, forms: ['agree*', 'agreement*', 'deal', 'pact', 'memorandum', 'accord', 'sign', 'signed', 'signs', 'sepakat*', 'kesepakatan', 'perjanjian', 'menandatangani', 'соглашени*', 'договорил*', 'договоренност*', 'меморандум*', 'подписал*', '协议', '協議', '签署', '簽署', '同意', '达成', '協定', '协定', '共识'] },
  { key: 'hotline', weight: 1.2, forms: ['hotline*', 'hot line', 'hot-line', 'saluran langsung', 'saluran komunikasi', 'горяч* лини*', 'прям* лини* связи', 'канал* связи', '热线', '熱線', '沟通渠道', '溝通渠道', '直通电话', '直通電話', '沟通机制', '溝通機制'] },
  { key: 'joint-statement', weight: 1, forms: ['joint statement', 'joint declaration', 'pernyataan bersama', 'совместн* заявлени*', '联合声明', '聯合聲明'] },
  { key: 'alliance', weight: 1, forms: ['alliance', 'aliansi', 'альянс*', '联盟', '聯盟'] },
  { key: 'resolution', weight: 1, forms: ['resolution', 'resolusi', 'резолюци*', '决议', '決議'] },
  { key: 'declaration', weight: 0.8, forms: ['declaration', 'deklarasi', 'декларац*', '宣言'] },
  { key: 'standards', weight: 1, forms: ['standard', 'standards', 'standar', 'стандарт*', '标准', '標準'] },
  { key: 'stocks', weight: 0.8, forms: ['shares', 'stock', 'stocks', 'market value', 'market cap*', 'wipes', 'sell-off', 'selloff', 'saham', 'акци*', 'капитализац*', '股价', '股價', '市值', '美股', '股票', '大涨', '大跌'] },
  { key: 'ipo', weight: 1.2, forms: ['ipo', 'debut', 'listing', 'melantai', 'ipo', 'размещени* акций', '上市首日', '上市', '科创板'] },
  { key: 'loss', weight: 0.7, forms: ['charge', 'write-down', 'hit', 'cost', 'rugi', 'kerugian', 'потеря*', 'убыт*', '计提', '損失', '损失'] },
  { key: 'revenue', weight: 0.7, forms: ['revenue*', 'earnings', 'quarter', 'pendapatan', 'выручк*', '营收', '營收', '财报', '財報'] },
  { key: 'launch', weight: 0.5, forms: ['launch*', 'unveil*', 'release*', 'introduc*', 'debuts', 'rilis', 'meluncurkan', 'luncurkan', 'umumkan', 'mengumumkan', 'представил*', 'выпустил*', 'запустил*', '发布', '發布', '推出', '公布', '亮相'] },
  { key: 'roadmap', weight: 1.2, forms: ['roadmap', 'peta jalan', 'дорожн* карт*', '路线图', '路線圖'] },
  { key: 'report', weight: 0.5, forms: ['report', 'laporan', 'доклад*', 'отчет*', '报告', '報告'] },
  { key: 'smuggling', weight: 1.2, forms: ['smuggl*', 'selundup*', 'penyelundupan', 'контрабанд*', '走私'] },
  { key: 'charges', weight: 0.9, forms: ['charged', 'charges', 'indict*', 'arrest*', 'detained', 'detain*', 'prosecut*', 'didakwa', 'dakwaan', 'ditangkap', 'ditahan', 'обвин*', 'арест*', 'задержан*', 'задержал*', '起诉', '起訴', '逮捕', '指控', '拘留', '被捕'] },
  { key: 'antitrust', weight: 1.5, forms: ['antitrust', 'antimonopoly', 'anti-monopoly', 'antimonopoli', 'антимонопол*', '反垄断', '反壟斷'] },
  { key: 'distillation', weight: 1.5, forms: ['distill*', 'distilasi', 'menyalin model', 'дистилл*', 'копировани* модел*', 'скопировал* модел*', '蒸馏', '蒸餾'] },
  { key: 'backdoor', weight: 1.5, forms: ['backdoor*', 'back door', 'pintu belakang', 'бэкдор*', '后门', '後門'] },
  { key: 'summons', weight: 1.2, forms: ['summon*', 'panggil', 'memanggil', 'вызвал* на беседу', 'вызвал* на ковер', 'вызвал* для объяснени*', 'потребовал* объяснени*', 'пригласил* на беседу', '约谈', '約談'] },
  { key: 'espionage', weight: 1, forms: ['espionage', 'spy', 'spies', 'spying', 'hacker*', 'hack*', 'cyberattack*', 'spionase', 'peretas', 'шпион*', 'хакер*', '间谍', '間諜', '黑客', '网络攻击'] },
  { key: 'accounts-blocked', weight: 1, forms: ['accounts', 'akun', 'аккаунт*', '账号', '帳號', '账户'] },
  { key: 'nuclear', weight: 1.5, forms: ['nuclear', 'nuklir', 'ядерн*', '核武器', '核武', '核指挥', '核控制', '核威慑', '核弹', '核能', '核电', '核安全'] },
  { key: 'drones', weight: 1, forms: ['drone*', 'unmanned', 'uav*', 'дрон*', 'беспилот*', 'бпла', '无人机', '無人機'] },
  { key: 'military', weight: 0.6, forms: ['military', 'militer', 'warfare', 'weapon*', 'senjata', 'военн*', 'оружи*', '军事', '軍事', '武器'] },
  { key: 'research', weight: 0.6, forms: ['research*', 'scientist*', 'boffins', 'riset', 'ilmuwan', 'peneliti', 'penelitian', 'исследовани*', 'ученые', 'учёные', 'ученых', 'учёных', 'ученым*', 'учёным*', '研究', '科学家', '科學家'] },
  { key: 'university', weight: 0.9, forms: ['university', 'universities', 'universitas', 'kampus', 'университет*', 'вуз*', '大学', '大學', '高校'] },
  { key: 'talent', weight: 0.9, forms: ['talent', 'brain drain', 'leave the us', 'poach*', 'hires', 'hired', 'hiring', 'recruit*', 'defect*', 'tinggalkan', 'merekrut', 'rekrutmen', 'талант*', 'утечк* мозгов', 'переманил*', 'переманива*', 'нанял*', 'перешел', 'перешёл', '人才', '挖角', '跳槽', '挖人', '招聘', '加盟'] },
  { key: 'data-centre', weight: 0.8, forms: ['data centre*', 'data center*', 'datacent*', 'pusat data', 'цод*', 'дата-центр*', '数据中心', '數據中心', '智算中心'] },
  { key: 'open-models', weight: 0.8, forms: ['open-weight', 'open-source', 'open source', 'open weight', 'sumber terbuka', 'открыт* модел*', 'открыт* исходн*', '开源', '開源'] },
  { key: 'market-share', weight: 1.2, forms: ['market share', 'pangsa pasar', 'дол* рынка', '市场份额', '市場份額'] },
  { key: 'domestic-chips', weight: 0.8, forms: ['domestic chips', 'domestic ai chips', 'homegrown chips', 'chip domestik', 'chip lokal', 'отечественн* чип*', 'отечественн* ускорител*', '国产芯片', '国产算力', '國產晶片', '国产替代'] },
  { key: 'purchase', weight: 0.6, forms: ['order*', 'purchas*', 'buy*', 'bought', 'pesan', 'membeli', 'pembelian', 'закуп*', 'покуп*', '采购', '採購', '订单', '訂單', '购买'] },
  { key: 'threat', weight: 0.6, forms: ['threat*', 'ancam*', 'ancaman', 'угроз*', '威胁', '威脅'] },
  { key: 'red-lines', weight: 1.2, forms: ['red lines', 'garis merah', 'красн* лини*', '红线', '紅線'] },
  { key: 'resume-sales', weight: 1, forms: ['resume', 'resumes', 'resumption', 'allow*', 'approv*', 'kembali dijual', 'izinkan', 'mengizinkan', 'возобнов*', 'разрешил*', '恢复', '恢復', '允许', '允許', '放行'] },
  { key: 'cut-off', weight: 0.9, forms: ['cut off', 'cuts off', 'terms of service', 'service terms', 'blok', 'memblokir', 'blocked', 'заблокировал*', 'блокир*', '服务条款', '服務條款', '断供'] },
  { key: 'investment', weight: 0.7, forms: ['invest', 'invests', 'invested', 'investing', 'investment*', 'investor*', 'investasi', 'инвест*', '投资', '投資'] },
  { key: 'partnership', weight: 0.6, forms: ['partner*', 'mitra', 'kemitraan', 'партнер*', 'партнёр*', '合作伙伴', '伙伴', '夥伴'] },
  { key: 'lag', weight: 0.9, forms: ['lag', 'lags', 'lagging', 'behind', 'gap', 'tertinggal', 'отставани*', 'отстает', 'отстают', 'отстаёт', 'отстал*', '差距', '落后', '落後'] },
  { key: 'dependence', weight: 0.9, forms: ['dependence', 'dependen*', 'reliance', 'ketergantungan', 'зависимост*', '依赖', '依賴'] },
  { key: 'education', weight: 0.9, forms: ['education', 'students', 'graduate*', 'pendidikan', 'mahasiswa', 'образовани*', 'студент*', 'аспирант*', '教育', '研究生', '学生', '學生'] },
  { key: 'cooperation', weight: 0.4, forms: ['cooperat*', 'co-operat*', 'collaborat*', 'work with', 'kerja sama', 'kerjasama', 'bekerja sama', 'сотрудничеств*', 'взаимодействи*', '合作', '协作'] },
  { key: 'directive', weight: 1, forms: ['orders', 'ordered', 'instruct*', 'directive', 'perintah*', 'memerintahkan', 'instruksi', 'поручил*', 'поручени*', 'указ', 'указа', 'указом', 'указе', '指示', '下令', '责成'] },
  { key: 'consultations', weight: 1, forms: ['consultation*', 'konsultasi', 'консультаци*', '磋商', '协商', '協商'] },
  { key: 'suspension', weight: 0.9, forms: ['pause*', 'paused', 'suspend*', 'suspension', 'halt*', 'freeze*', 'froze', 'frozen', 'stopped', 'menangguhkan', 'ditangguhkan', 'penangguhan', 'hentikan', 'menghentikan', 'membekukan', 'dibekukan', 'pembekuan', 'приостанов*', 'заморо*', 'перестал*', '暂停', '暫停', '中止', '叫停', '冻结', '凍結'] },
  { key: 'cloud', weight: 1, forms: ['cloud', 'clouds', 'cloud computing', 'komputasi awan', 'layanan cloud', 'облак*', 'облачн*', '云服务', '雲服務', '云计算', '雲端', '云厂商', '云服务商'] },
  { key: 'know-your-customer', weight: 1.5, forms: ['know-your-customer', 'know your customer', 'kyc', 'foreign customer*', 'foreign client*', 'foreign users', 'pelanggan asing', 'klien asing', 'иностранн* клиент*', 'иностранн* пользовател*', '外国客户', '外國客戶', '境外客户', '外国用户'] },
  { key: 'propaganda', weight: 1.2, forms: ['propaganda', 'disinformation', 'influence operation*', 'influence campaign*', 'covert operation*', 'disinformasi', 'operasi pengaruh', 'operasi terselubung', 'пропаганд*', 'дезинформац*', 'операци* влияния', '宣传', '宣傳', '虚假信息', '虛假信息', '影响力行动', '影響力行動', '舆论操纵', '輿論操縱'] },
  { key: 'lift-curbs', weight: 1, forms: ['lift', 'lifts', 'lifted', 'lifting', 'scrap*', 'rescind*', 'revoke*', 'remove*', 'eased', 'eases', 'cabut', 'mencabut', 'dicabut', 'pencabutan', 'отмен*', 'снял*', 'сняли', 'смягчил*', '取消', '解除', '撤销', '撤銷', '放宽', '放寬'] },
  { key: 'investigation', weight: 1, forms: ['investigation*', 'investigat*', 'probe', 'probes', 'penyelidikan', 'investigasi', 'menyelidiki', 'расследовани*', 'проверк*', '调查', '調查', '立案'] },
  { key: 'model-weights', weight: 1.2, forms: ['model weights', 'weights', 'bobot model', 'веса моделей', 'весов моделей', '模型权重', '模型權重'] },
  { key: 'conference', weight: 0.8, forms: ['conference', 'forum', 'konferensi', 'конференци*', 'форум*', '大会', '大會', '论坛', '論壇', '会议'] },
  // Money moving between the blocs: payments refused, settlement channels (a sanctions story's act).
  // Not "bank": a story about Sberbank calls it the bank.
  { key: 'payments', weight: 1, forms: ['payment*', 'dollar system', 'pembayaran', 'платеж*', 'платёж*', 'оплат*', '支付', '付款', '结算', '結算', '汇款', '匯款'] },
  { key: 'supercomputer', weight: 1.2, forms: ['supercomput*', 'superkomputer', 'суперкомпьютер*', 'суперэвм', '超算', '超级计算', '超級計算', '超级电脑', '超級電腦'] },
  // Stacking and bonding chips (CoWoS, HBM stacks): what a chip export rule covers besides the chips.
  { key: 'packaging', weight: 1.2, forms: ['advanced packaging', 'chip packaging', 'packaging', 'cowos', 'pengemasan chip', 'pengemasan canggih', 'корпусировани*', 'передов* упаковк*', '先进封装', '先進封裝', '封装', '封裝', '封测', '封測'] },
  // Optical links between AI chips: a product an export rule or a deal is about.
  { key: 'optical', weight: 1.2, forms: ['optical*', 'optics', 'transceiver*', 'optik', 'transceiver', 'оптическ*', 'оптоэлектрон*', 'трансивер*', '光模块', '光模塊', '光通信', '光器件', '光学器件', '光學器件', '光互联', '光互連'] },
  // Kinds of event likely in AI news of 2024–2026 beyond those above, from general knowledge of the
  // field (not from a test corpus): driverless cars, space, weather models, courts, takeovers, fabs ...
  { key: 'autonomous-driving', weight: 1.2, forms: ['robotaxi*', 'self-driving', 'driverless', 'autonomous driving', 'autonomous vehicle*', 'autonomous car*', 'autonomous truck*', 'connected vehicle*', 'mobil otonom', 'kendaraan otonom', 'swakemudi', 'tanpa sopir', 'беспилотн* автомобил*', 'беспилотн* такси', 'беспилотн* грузовик*', 'роботакси', 'автономн* вождени*', 'автономн* транспорт*', '自动驾驶', '自動駕駛', '无人驾驶', '無人駕駛', '智能驾驶', '智能駕駛', '智能网联汽车', '智能網聯汽車', '网联汽车', '網聯汽車'] },
  { key: 'space', weight: 1.2, forms: ['satellite*', 'space station', 'spacecraft', 'orbit', 'orbital', 'astronaut*', 'cosmonaut*', 'satelit', 'luar angkasa', 'antariksa', 'astronot', 'спутник*', 'космонавт*', 'космическ*', 'орбит*', '卫星', '衛星', '航天', '太空', '空间站', '空間站', '宇航员', '航天员'] },
  { key: 'weather', weight: 1.5, forms: ['weather', 'forecaster*', 'meteorolog*', 'climate model*', 'cuaca', 'prakiraan', 'meteorologi', 'погод*', 'метеоролог*', 'синоптик*', '天气', '天氣', '气象', '氣象'] },
  { key: 'lawsuit', weight: 1.2, forms: ['lawsuit*', 'sue', 'sues', 'sued', 'suing', 'court ruling', 'gugatan', 'menggugat', 'digugat', 'pengadilan', 'иск', 'иска', 'иском', 'иски', 'исков', 'судебн*', 'суд', 'судом', '诉讼', '訴訟', '法院', '判决', '判決'] },
  { key: 'acquisition', weight: 1.2, forms: ['acquire*', 'acquisition*', 'takeover', 'buyout', 'merger', 'stake', 'akuisisi', 'mengakuisisi', 'saham mayoritas', 'поглощ*', 'приобрет*', 'слияни*', '收购', '收購', '并购', '併購', '入股'] },
  { key: 'manufacturing', weight: 1, forms: ['foundry', 'foundries', 'fab', 'fabs', 'factory', 'factories', 'contract manufactur*', 'chip plant*', 'pabrik', 'фабрик*', 'завод*', 'контрактн* производств*', '代工', '晶圆厂', '晶圓廠', '工厂', '工廠', '流片'] },
  { key: 'robots', weight: 1.2, forms: ['robot', 'robots', 'robotic', 'robotics', 'humanoid*', 'robot humanoid', 'робот', 'робота', 'роботы', 'роботов', 'роботам', 'роботами', 'гуманоид*', '机器人', '機器人', '人形'] },
  { key: 'quantum', weight: 1.5, forms: ['quantum', 'kuantum', 'квантов*', '量子'] },
  { key: 'energy', weight: 0.9, forms: ['electricity', 'power grid', 'power plant*', 'power supply', 'listrik', 'pembangkit', 'электроэнерг*', 'электростанц*', 'энергоснабжени*', '电力', '電力', '电网', '電網', '发电', '發電'] },
  { key: 'fine', weight: 1.2, forms: ['fined', 'penalty', 'penalties', 'denda', 'didenda', 'штраф*', '罚款', '罰款', '罚金', '罰金'] },
  { key: 'election', weight: 1.2, forms: ['election*', 'pemilu', 'pemilihan umum', 'выборы', 'выборах', 'выборов', 'избирательн*', '选举', '選舉', '大选', '大選'] },
  { key: 'deepfake', weight: 1.5, forms: ['deepfake*', 'deep fake*', 'дипфейк*', '深度伪造', '深度偽造', '深伪', '深偽', '换脸', '換臉'] },
  { key: 'subsidy', weight: 1.2, forms: ['subsid*', 'subsidi', 'субсиди*', '补贴', '補貼'] },
  { key: 'benchmark', weight: 1, forms: ['benchmark*', 'leaderboard*', 'ranking*', 'peringkat', 'рейтинг*', '排行榜', '榜单', '榜單', '排名'] },
  { key: 'trial', weight: 0.6, forms: ['test', 'tests', 'testing', 'tested', 'trial', 'trials', 'pilot', 'uji coba', 'menguji', 'pengujian', 'испыта*', 'тестир*', '测试', '測試', '试验', '試驗', '试点', '試點'] },
  { key: 'data-breach', weight: 1.5, forms: ['data breach*', 'data leak*', 'leaked data', 'kebocoran data', 'data bocor', 'утечк* данных', 'слив* данных', '数据泄露', '數據洩露', '資料外洩'] },
  { key: 'funding', weight: 1, forms: ['funding round', 'raises', 'raised', 'fundraising', 'valuation', 'pendanaan', 'valuasi', 'раунд* финансирования', 'привлек*', 'оценк* компании', '融资', '融資', '估值'] },
  // A court's verdict and the prison term (the term itself is a `y:` key, features.ts), and the theft of
  // designs or trade secrets such verdicts are about.
  { key: 'verdict', weight: 1.2, forms: ['sentenced', 'sentencing', 'prison term', 'jail term', 'imprisonment', 'imprisoned', 'jailed', 'convicted', 'conviction', 'verdict', 'divonis', 'vonis', 'dihukum', 'hukuman penjara', 'dipenjara', 'приговор*', 'осужден*', 'осуждён*', 'лишени* свободы', 'тюремн* срок*', '判刑', '判处', '判處', '徒刑', '入狱', '入獄', '定罪', '宣判', '获刑', '獲刑'] },
  { key: 'theft', weight: 1.2, forms: ['theft', 'thefts', 'steal', 'steals', 'stealing', 'stole', 'stolen', 'trade secret*', 'misappropriat*', 'curi', 'mencuri', 'pencurian', 'dicuri', 'rahasia dagang', 'краж*', 'похитил*', 'похищени*', 'украл*', 'коммерческ* тайн*', '窃取', '竊取', '窃密', '竊密', '盗窃', '盜竊', '偷窃', '偷竊', '商业秘密', '商業秘密', '商业机密', '商業機密'] },
  // A register of training runs, models or algorithms a rule or a panel calls for (算法备案, реестр).
  { key: 'registry', weight: 1, forms: ['registry', 'registries', 'registri', 'реестр*', '登记', '登記', '备案', '備案'] },
  // Planting text for AI crawlers so that models repeat it.
  { key: 'data-poisoning', weight: 1.5, forms: ['poison*', 'racun*', 'meracuni', 'отрав*', '投毒', '数据污染', '數據污染'] },
  { key: 'layoffs', weight: 1.2, forms: ['layoff*', 'job cuts', 'cuts jobs', 'phk', 'pemutusan hubungan kerja', 'сокращени* персонала', 'сокращени* штата', 'увольнени*', '裁员', '裁員'] },
];
