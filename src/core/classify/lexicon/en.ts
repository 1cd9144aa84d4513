import type { LexiconData } from './types.js';

/** English vocabulary; its Latin-script names of firms and models also serve the other languages. */
export const EN: LexiconData = {
  lang: 'en',
  ai: {
    strong: [
      '=AI', 'a.i', 'artificial intelligence', 'genai', 'generative', 'machine learning', 'deep learning',
      'neural network*', 'neural net', 'llm', 'llms', 'large language model*', 'language model*', 'foundation model*',
      'frontier model*', 'open-weight*', 'open weight*', 'model weights', 'reasoning model*', 'chatbot*',
      'agi', 'superintelligence', 'machine vision', 'computer vision', 'self-driving', 'full self-driving', 'autonomous weapon*',
      'autonomous drone*', 'autonomous swarm*', 'intelligentized', 'intelligentised', 'facial recognition', 'deepfake*',
      'distillation', 'inference', 'training data', 'chatgpt', 'gpt-*', 'gpt', 'claude', 'claude code', 'gemini', 'llama',
      'grok', 'copilot', 'sora', 'GigaChat', 'YandexGPT', 'Kandinsky', 'alice ai', 'qwen', 'ernie', 'ernie bot', 'kimi', 'hunyuan',
      'doubao', 'deepseek-r1', 'r1', 'v3', 'chatbit', 'h20', 'h100', 'h200', 'h800', 'a100', 'a800', 'b200', 'b30a', 'gb200', 'blackwell',
      'hopper', 'rubin', 'mi308', 'rtx pro 6000d', 'jetson', 'jetson orin', 'ascend', 'ascend 910b', 'ascend 910c', 'kunlun',
      'ai chip*', 'ai accelerator*', 'accelerator*', 'hbm', 'tpu', 'tpus', 'stargate', 'ai diffusion', 'diffusion rule',
      'intelligent agents', 'ai agents', 'agentic',
    ],
    weak: [
      'chip*', 'semiconductor*', 'gpu', 'gpus', 'graphics processor*', 'processor*', 'compute', 'computing power', 'computing',
      'data centre*', 'data center*', 'data-centre*', 'data-center*', 'datacenter*', 'datacentre*', 'supercomputer*',
      'chipmaking', 'chipmaker*', 'lithography', 'euv', 'cloud', 'algorithm*', 'models', 'model', 'autonomous', 'drone swarm*', 'humanoid*', 'robot*', 'robotics',
    ],
  },
  countries: {
    US: {
      names: [
        '=US', '=USA', 'united states', 'america', 'american*', 'washington', 'white house', 'pentagon', 'congress*',
        'senate', 'senator*', 'lawmaker*', 'commerce department', 'department of commerce', 'bureau of industry and security',
        '=BIS', 'treasury department', 'state department', 'defense department', 'defence department', 'department of defense',
        'biden', 'joe biden', 'trump', 'donald trump', 'jd vance', 'vance', 'marco rubio', 'rubio', 'lutnick',
        'hegseth', 'us navy', 'nasa', 'fbi', 'darpa', 'air force', 'house china committee', 'silicon valley', 'federal',
      ],
      entities: [
        '=Apple', 'Microsoft', 'Google', 'Alphabet', 'Amazon', 'aws', 'azure', 'meta', 'intel', '=AMD', 'qualcomm', 'broadcom',
        'micron', 'tesla', 'elon musk', 'musk', 'oracle', 'airbnb', 'applied materials', 'lam research', '=KLA', 'cadence',
        'synopsys', 'jensen huang', 'huang', 'sam altman', 'altman', 'zuckerberg', 'newsguard',
      ],
      aiEntities: ['Nvidia', 'OpenAI', 'Anthropic', 'xAI', 'google deepmind', 'deepmind', 'scale ai'],
    },
    CN: {
      names: [
        'china', 'chinese', 'beijing', 'prc', 'mainland', 'shanghai', 'shenzhen', 'hangzhou', 'xi jinping', 'jinping', '=Xi',
        'li qiang', 'wang yi', 'communist party', 'pla', "people's liberation army", 'state council', 'cyberspace administration',
        'ministry of commerce', 'mofcom', 'xinhua', 'sino', 'tianjin', 'harbin', 'hong kong',
      ],
      entities: [
        'Huawei', 'Alibaba', 'Tencent', 'ByteDance', 'Baidu', 'Xiaomi', 'smic', 'china mobile', 'zte', 'lenovo', 'joe tsai',
        'cxmt', 'ymtc', 'byd', 'meituan', 'unitree', 'tiktok', 'hikvision',
      ],
      aiEntities: [
        'DeepSeek', 'Moonshot', 'Zhipu', 'Cambricon', 'Moore Threads', 'biren', 'iflytek', 'sensetime', 'minimax', 'manus',
      ],
    },
    RU: {
      names: [
        'russia', 'russian*', 'moscow', 'kremlin', 'Putin', 'Vladimir Putin', 'peskov', 'lavrov', 'shoigu',
        'mishustin', 'medvedev', 'tass', 'ria novosti', 'rosstandart', 'russo', 'st petersburg', 'saint petersburg',
        'soviet',
      ],
      entities: ['Sberbank', 'Sber', 'Yandex', 'Kaspersky', 'rostec', 'vk', 'gref', 'herman gref', 'german gref', 'vedyakhin', 'mts'],
      aiEntities: ['GigaChat', 'YandexGPT', 'AI Journey'],
    },
  },
  cooperation: [
    'cooperat*', 'co-operat*', 'collaborat*', 'partner*', 'joint*', 'together', 'agree*', 'pact', 'alliance', 'deal', 'deals',
    'sign', 'signed', 'signs', 'memorandum', 'dialogue', 'talks', 'consultation*', 'co-sponsor*', 'cosponsor*', 'backed',
    'back', 'backs', 'support*', 'allow*', 'approv*', 'resum*', 'team up', 'teams up', 'teamed up', 'work with', 'work together',
    'exchange*', 'share', 'sharing', 'consensus', 'pledge*', 'vow*', 'promise*', 'common ground', 'mutual*',
    'hosts', 'lands on', 'made available', 'licences to',
    'licenses to', 'praised', 'world class', 'red lines', 'reopen*', 'welcome*', 'bilateral', 'both sides', 'shared',
  ],
  trade: ['supply', 'supplies', 'supplied', 'order*', 'sell', 'sells', 'selling', 'sales', 'sale', 'buy*', 'bought', 'purchase*', 'adopt*', 'customer*', 'shipments'],
  competition: [
    'race', 'racing', 'arms race', 'rival*', 'compet*', 'sanction*', 'ban', 'bans', 'banned', 'banning', 'bar', 'barred',
    'bars', 'export control*', 'export curb*', 'export rule*', 'export restriction*', 'export ban*', 'curb*', 'restrict*',
    'blacklist*', 'entity list', 'threat*', 'accus*', 'espionage', 'spy', 'spies', 'spying', 'smuggl*', 'challenge*',
    'dominance', 'dominat*', 'hegemony', 'catch up', 'catching up', 'lag', 'lags', 'lagging', 'behind', 'block*', 'probe*',
    'investigat*', 'antitrust', 'anti-monopoly', 'antimonopoly', 'substitut*', 'replace*', 'home-grown', 'homegrown',
    'domestic*', 'self-sufficien*', 'self-reliance', 'decoupl*', 'tariff*', 'retaliat*', 'pressure', 'warn*', 'concern*',
    'security risk*', 'backdoor*', 'distill*', 'steal*', 'theft', 'stolen', 'copied', 'copying', 'win the race', 'adversar*',
    'pacing challenge', 'counter*', 'oppos*', 'unilateral', 'bullying', 'containment', 'crack down', 'crackdown', 'tighten*',
    'licence requirement', 'license requirement', 'requir* a licen*', 'need a licen*', 'needs a licen*', 'loophole*', 'divert*', 'diversion',
    'shut out', 'cut off', 'cuts off', 'disinformation', 'influence operation*', 'propaganda', 'hack*', 'intrusion',
    'malicious', 'surveillance', 'evad*', 'circumvent*', 'work around', 'illegal*', 'charged', 'prosecutor*', 'indict*',
    'lose', 'losing', 'wipes', 'upends', 'shock', 'cries foul', 'foul', 'monopoly', 'monopolies', 'tech curbs', 'summon*',
    'refuse*', 'authoritarian', 'grooming', 'national security', 'shut', 'military use*', 'dependence', 'independence',
    'sovereign*', 'alternative', 'gap', 'breach*', 'violat*', 'threaten*', 'undercut*', 'outperform*', 'beat', 'beats', 'overtake*',
  ],
  asides: [
    'as competition with', 'keep pace with', 'in part to keep pace', 'compared with', 'compared to', 'labs in the',
    'a crowded year', 'after reports that', 'the answer',
  ],
  ignore: [
    'ai weiwei', 'air india', 'allen iverson', 'avian influenza', 'bird flu', 'bone china', 'fine china', 'china clay',
    'china plates', 'us-listed', 'u.s.-listed', 'ex-yandex', 'former yandex', 'ex-google', 'ex-openai', 'ex-meta',
    'us dollar', 'us$', 'the answer', 'us-east-1',
  ],
  aiAbbrevGuards: ['avian influenza', 'bird flu', 'h5n1', 'h9n2', 'iverson', 'nba', 'air india', 'flight'],
  topics: {
    'chips-export-controls': ['chip*', 'export*', 'semiconductor*', 'gpu*', 'h20', 'h200', 'nvidia', 'ascend', 'accelerator*', 'smuggl*', 'entity list', 'blacklist*', 'lithography', 'hbm'],
    'models-labs': ['model*', 'llm*', 'chatbot*', 'openai', 'deepseek', 'anthropic', 'qwen', 'gigachat', 'lab', 'labs', 'open-weight*', 'gpt-*', 'claude', 'llama'],
    military: ['military', 'pla', 'pentagon', 'weapon*', 'drone*', 'nuclear', 'navy', 'army', 'defense', 'defence', 'warfare', 'targeting'],
    'governance-safety': ['governance', 'safety', 'resolution', 'regulat*', 'ethic*', 'united nations', '=UN', 'red lines', 'standard*', 'declaration', 'rules'],
    research: ['research*', 'scientist*', 'universit*', 'joint lab*', 'boffin*', 'academ*', 'talent*', 'students'],
    business: ['shares', 'stock*', 'revenue*', 'market*', 'investor*', 'sales', 'earnings', 'ipo', 'billion', 'partner*'],
  },
};
