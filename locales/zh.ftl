# Troika，简体中文。键与 en.ftl 相同；消息为 Telegram HTML。

## 名称

country-CN = 中国
country-RU = 俄罗斯
country-US = 美国
country-short-CN = 中
country-short-RU = 俄
country-short-US = 美
country-label-CN = 中国
country-label-RU = 俄罗斯
country-label-US = 美国
country-pair = { $a }{ $b }
stance-cooperation = 合作
stance-competition = 竞争
stance-mixed = 竞合
language-en = 英语
language-id = 印尼语
language-ru = 俄语
language-zh = 中文
language-native-en = English
language-native-id = Bahasa Indonesia
language-native-ru = Русский
language-native-zh = 中文

## /start 与 /help

start-intro =
    <b>Troika</b> 追踪美国、中国和俄罗斯在人工智能领域的合作与竞争。
    每天一份简报，取材自英文、俄文、中文和印尼文新闻；/help 查看全部命令。
start-subscribe-button = 订阅
help-heading = <b>命令</b>
help-admin-heading = <b>管理员</b>
help-example = 例如
help-story-ids = 每条新闻都带编号，如 <code>#123</code>，可配合 /why 使用。

## 命令菜单与 /help

cmd-start = Troika 是什么
cmd-help = 全部命令及示例
cmd-subscribe = 在此接收每日简报
cmd-unsubscribe = 停止接收每日简报
cmd-settings = 简报时间、时区、国家、立场、语言
cmd-language = 机器人的语言
cmd-digest = 立即查看今日简报
cmd-latest = 最新相关新闻
cmd-china = 涉及中国的最新新闻
cmd-russia = 涉及俄罗斯的最新新闻
cmd-usa = 涉及美国的最新新闻
cmd-cooperation = 关于合作的最新新闻
cmd-competition = 关于竞争的最新新闻
cmd-search = 搜索相关新闻
cmd-search-example = /search 芯片 出口  ·  /search 华为  ·  /search Nvidia
cmd-trend = 最近几周的图表
cmd-sources = Troika 阅读的信息源
cmd-why = 为何选中这条新闻
cmd-addfeed = 添加订阅源
cmd-removefeed = 删除订阅源
cmd-pausefeed = 暂停订阅源
cmd-resumefeed = 恢复订阅源
cmd-feeds = 订阅源状态
cmd-setorigin = 设置订阅源的来源国（US、CN、RU、ID、other）及官方媒体标记
cmd-import = 从 OPML 文件添加订阅源
cmd-import-example = 发送 .opml 文件，或用 /import 回复该文件
cmd-export = 以 OPML 文件导出全部订阅源
cmd-refresh = 立即抓取全部订阅源
cmd-stats = 订阅者、新闻、简报

## 订阅

subscribed = 已订阅：每天 <b>{ $time }</b>（{ $zone }）发送简报。可用 /settings 修改；发送 /digest 立即查看今日简报。
already-subscribed = 已经订阅：每天 <b>{ $time }</b>（{ $zone }）发送简报。可用 /settings 修改；发送 /digest 立即查看今日简报。
subscribed-notice = 已订阅
subscribed-topic = 简报将发送到此话题。
unsubscribed = 已退订：此处不再发送每日简报。发送 /subscribe 即可按原设置恢复。
not-subscribed = 此聊天尚未订阅。发送 /subscribe 接收每日简报。
group-admins-only = 只有本群管理员可以更改订阅或设置。

## /language

language-current = 机器人在此使用<b>{ $language }</b>。选择其他语言：
language-set = 好的：机器人现在使用<b>{ $language }</b>。
language-unknown = 我不会“{ $value }”。可选：<code>/language en</code>、<code>/language id</code>、<code>/language ru</code>、<code>/language zh</code>。

## 其他

# Plain text (also a button notice).
slow-down = 消息太多，部分已跳过。请稍等几秒，每次只发送一条命令。
forwarded-command = 转发的消息不会作为命令执行。如确有需要，请亲自发送该命令。
fallback-hint = 我不认识这个命令。发送 /help 查看我能做什么。
button-expired = 此按钮已失效。

## 简报

digest-title = Troika 简报 — { $date }
digest-empty = 自上次简报以来，没有关于美中俄人工智能关系的新消息。
digest-stories = { $count } 条新闻
digest-stance-cooperation = 🤝 合作 { $count }
digest-stance-competition = ⚔️ 竞争 { $count }
digest-stance-mixed = ⚖️ 竞合 { $count }
digest-hidden = 你的筛选条件隐藏了 { $count } 条新闻（/settings）。
digest-hidden-more = 另有 { $count } 条新闻被你的筛选条件隐藏（/settings）。
digest-hidden-only = 你的筛选条件隐藏了 { $count } 条新闻（/settings）。自上次简报以来没有其他新消息。
story-sources = { $count } 个来源

## /settings

settings-title = <b>简报设置</b>
settings-time = 时间：<b>{ $time }</b>（{ $zone }）
settings-countries = 国家：{ $countries }
settings-stances = 立场：{ $stances }
settings-story-languages = 新闻语言：{ $languages }
settings-story-languages-all = 全部四种语言
settings-language = 机器人语言：{ $language }
settings-empty-note = 无新闻的日子：发送一条简短说明
settings-empty-nothing = 无新闻的日子：不发送
settings-hint = 点击按钮修改，或输入 <code>/settings time 07:30</code>、<code>/settings tz Asia/Shanghai</code>。
settings-other-time = 其他时间…
settings-other-zone = 其他时区…
settings-empty-button = 无新闻时也通知
settings-note-time = 简报时间：{ $time }。
settings-note-zone = 时区：{ $zone }。
settings-note-countries = 国家：{ $countries }。
settings-note-stances = 立场：{ $stances }。
settings-note-story-languages = 新闻语言：{ $languages }。
settings-note-empty-on = 无新闻的日子会收到简短说明。
settings-note-empty-off = 无新闻的日子不打扰。
settings-keep-country = 请至少保留一个国家。
settings-keep-stance = 请至少保留一种立场。
settings-keep-language = 请至少保留一种语言。
language-set-plain = 机器人语言：{ $language }。
settings-not-subscribed = 此聊天尚未订阅。请先发送 /subscribe，再发送 /settings。
settings-subscribe-first = 此聊天尚未订阅。请先发送 /subscribe。
settings-usage = 请输入 <code>/settings time 07:30</code>、<code>/settings tz Asia/Shanghai</code>、<code>/settings topics chips, military</code>、<code>/settings mute 加密货币</code>、<code>/settings weekly</code>（或 <code>daily</code>、<code>both</code>），或只发送 /settings 使用按钮。
settings-button-expired = 此按钮已失效。请重新发送 /settings。
settings-ask-time = 请按 24 小时制 HH:MM 发送时间，例如 <code>07:30</code>。
settings-ask-zone = 请发送 IANA 时区名称，例如 <code>Asia/Shanghai</code> 或 <code>Asia/Hong_Kong</code>。
settings-bad-time = “{ $value }”不是有效的时间。请按 24 小时制 HH:MM 发送，例如 <code>07:30</code>。设置未更改。
settings-bad-zone = 我不认识时区“{ $value }”。请发送 IANA 时区名称，例如 <code>Asia/Shanghai</code> 或 <code>Asia/Hong_Kong</code>。设置未更改。
settings-try-again = 请重新发送，或发送任意命令取消。
settings-zone-suggestion = 您是否指的是 <code>{ $zone }</code>？
settings-time-set = 简报时间：<b>{ $time }</b>（{ $zone }）。
settings-zone-set = 时区：<b>{ $zone }</b>；简报将在当地时间 { $time } 送达。

## 新闻列表

nothing-yet = 暂无相关新闻。订阅源每半小时检查一次。
latest-heading =
    { $count ->
        [1] 最新新闻
       *[other] 最新 { $count } 条新闻
    }
latest-bad-count = 请输入 1 到 { $max } 之间的数字，例如 /latest 10。
topic-china = 中国最新动态
topic-russia = 俄罗斯最新动态
topic-usa = 美国最新动态
topic-cooperation = 合作最新动态
topic-competition = 竞争最新动态
search-heading = 与“{ $query }”相关的新闻
search-none = 没有与“{ $query }”相关的新闻。
search-empty = 要搜索什么？例如：/search 芯片 出口、/search 华为、/search Nvidia
search-too-long = 太长了：最多 { $max } 个字符。
search-too-many-words = 最多 { $max } 个词。
search-no-words = “{ $query }”里没有可搜索的词，请输入一个词，例如 /search 华为。
trend-bad-weeks = 请输入 1 到 { $max } 之间的周数，例如 <code>/trend 26</code>（默认 12）。
sources-none = 没有启用的订阅源。
sources-heading = <b>Troika 阅读 { $count } 个订阅源</b>

## /why

why-usage = 请提供新闻编号，例如 <code>/why 123</code>（编号显示为 <code>#123</code>）。
why-not-found = 没有 #{ $id } 这条新闻。
why-title = <b>为何选中 #{ $id }</b>：{ $title }
why-verdict = 相关：<b>{ $relevant }</b> · 得分 <b>{ $score }</b> · 立场 <b>{ $stance }</b> · 国家 <b>{ $countries }</b> · 语言 { $language }
why-yes = 是
why-no = 否
why-none = 无
why-ai = 人工智能词语：{ $terms }
why-countries = 国家词语：{ $terms }
why-cooperation = 合作词语：{ $terms }
why-competition = 竞争词语：{ $terms }
why-fuzzy = 拼写有误但已识别：{ $terms }
why-ignored = 已忽略（易混淆词）：{ $terms }
why-rules = <b>规则</b>
why-footer = <i>{ $source } · 首次发现于 { $when }</i>
why-unknown-source = 来源不明
never = 从未

## 管理

admins-only = 此命令仅限管理员使用。
addfeed-usage = 请提供订阅源地址，例如 <code>/addfeed https://example.com/rss.xml Example News</code>。
addfeed-failed = 未添加：{ $reason }。
addfeed-done = 已添加 { $feed }：找到 { $items } 条，其中 { $relevant } 条看起来相关。
feed-id-usage = { $reason }，例如 <code>/{ $command } 12</code>。
feed-unchanged = 未作更改：{ $reason }。
feed-removed = 已删除 { $feed }。
feed-paused = 已暂停 { $feed }。
feed-resumed = 已恢复 { $feed }。
feed-error-bad-id = 请提供订阅源编号（订阅源列表中的数字）
feed-error-not-found = 没有编号为 { $id } 的订阅源
feed-error-duplicate = 该订阅源已在列表中（{ $detail }）
feed-error-invalid-name = 名称最多 { $max } 个可打印字符
feed-error-invalid-url = 地址不可用（{ $detail }）
feed-error-fetch-failed = 无法抓取（{ $detail }）
feed-error-unreadable = 无法作为订阅源读取（{ $detail }）
feed-error-allow-private = （如需允许私有地址上的订阅源，请设置 <code>FEED_ALLOW_PRIVATE=true</code> 并重启机器人。）
feeds-none = 还没有订阅源。用 /addfeed 添加。
feeds-heading = <b>{ $count } 个订阅源</b>（{ $enabled } 个启用）
feeds-legend = 🟢 正常 · 🟠 最近抓取失败 · 🔴 从未成功 · ⚪ 尚未抓取 · ⏸ 已暂停
feeds-health = 上次成功 { $when } · { $items } 条 · 相关 { $share }
feeds-errors = 连续 { $count } 次出错
refresh-running = 已有一次刷新正在进行。
refresh-started = 正在刷新全部订阅源…
refresh-failed-feed = 失败
refresh-done = <b>刷新完成</b>，用时 { $seconds } 秒：{ $feeds } 个订阅源，抓取 { $fetched }，未变 { $unchanged }，失败 { $failed }；新增 { $new } 条，相关 { $relevant } 条。
refresh-error = 刷新失败，请查看日志。
stats-title = <b>统计</b>（今天 00:00 起，{ $zone }）
stats-subscribers = 订阅者：活跃 { $active }，不活跃 { $inactive }
stats-items = 今日条目：{ $items }，相关 { $relevant }
stats-briefings = 今日已发送简报：{ $count }
stats-last-refresh = 上次刷新：{ $last }
stats-llm-off = 机器翻译：未启用（未设置 LLM_BASE_URL）
stats-llm = 机器翻译：最近一次 { $last }（{ $error }）· 今日 token { $tokens }/{ $budget } · 已翻译 { $translated }，缓存命中 { $cached }，失败 { $failed }
stats-last-run = { $when }：抓取 { $fetched }/{ $feeds }，失败 { $failed }，新增 { $new }，相关 { $relevant }
setorigin-usage = { $reason }，例如 <code>/setorigin 12 CN state</code> 或 <code>/setorigin 3 US</code>。
origin-error = 请提供来源（US、CN、RU、ID、other），可加“state”，例如 CN state
origin-state = 官方媒体
origin-unset = 来源未设置

## OPML 导入与导出

opml-import-help = 请发送 OPML 文件（从 Feedly、Inoreader、NewsBlur 或其他 Troika 导出），或用 <code>/import</code> 回复该文件。
opml-the-file = 该文件
opml-not-opml = “{ $name }”看起来不是 OPML 文件（.opml 或 .xml）。未导入任何内容。
opml-refused = 未导入任何内容：{ $why }。
opml-download-failed = 未导入任何内容：文件下载失败（{ $why }）。请重新发送。
opml-busy = 已有导入正在进行，请等待报告。
opml-checking = 正在读取 <b>{ $name }</b>，并像 /addfeed 一样逐个检查订阅源；稍后发送报告。
opml-failed = 导入失败，未添加任何内容；请查看日志。
opml-export-caption = { $count } 个订阅源，OPML 2.0 格式。其他阅读器（Feedly、Inoreader…）和这里的 /import 都能导入。
opml-no-feeds = 没有可导出的订阅源。用 /addfeed 添加。
opml-report = <b>已导入 { $name }</b>：共 { $feeds } 个订阅源，添加 { $added } 个，跳过 { $skipped } 个（{ $seconds } 秒）。
opml-folders = 已合并 { $count } 个文件夹：Troika 只保留一个列表。
opml-paused = 已暂停
opml-more-added = …另有 { $count } 个（/feeds 列出全部）
opml-more-skipped = …另有 { $count } 个
opml-retry-later = 无法访问或无法读取的订阅源未添加；稍后重新发送该文件即可添加届时可用的（其余会因已在列表中而跳过）。
opml-skip-no-url = 没有订阅源地址
opml-skip-repeated = 重复列出
opml-skip-duplicate = 已在列表中
opml-skip-invalid-url = 地址无效
opml-skip-fetch-failed = 无法访问
opml-skip-unreadable = 无法作为订阅源读取
opml-skip-invalid-name = 名称无效
opml-skip-not-found = 未找到

## 读者筛选

topic-label-chips-export-controls = 芯片与出口管制
topic-label-models-labs = 模型与实验室
topic-label-military = 军事
topic-label-governance-safety = 治理与安全
topic-label-research = 研究
topic-label-business = 商业
filters-topics = 主题：{ $topics }
filters-topics-all = 全部
filters-muted = 屏蔽词：{ $muted }
filters-muted-none = 无
filters-topics-button = 🏷 主题：{ $topics }
filters-muted-button = 🔇 屏蔽词：{ $count }
topics-title = <b>主题</b>
topics-all = 你会收到<b>全部</b>主题的新闻。
topics-only = 你只会收到以下主题的新闻：<b>{ $topics }</b>。
topics-hint = 点击主题即可只关注这些主题；“全部主题”清除选择。
topics-type-hint = 也可输入 <code>/settings topics chips, military</code> 或 <code>/settings topics all</code>。
topics-all-button = 全部主题
button-back = ‹ 返回
topics-note-all = 全部主题。
topics-note-only = 仅：{ $topics }。
topics-unknown = 我不认识 { $unknown }。可用主题：{ $known }，或 <code>all</code>。设置未更改。
topics-set-only = 只看以下主题的新闻：<b>{ $topics }</b>。
topics-set-all = 查看<b>全部</b>主题的新闻。
muted-title = <b>屏蔽词</b>（{ $count }/{ $max }）
muted-none = 无：不屏蔽任何内容。
muted-explain = 标题或摘要包含以下任一词语的新闻不会出现在你的简报和列表中：
muted-type-hint = 也可输入 <code>/settings mute 加密货币</code>、<code>/settings unmute 加密货币</code>。
muted-add-button = ➕ 添加屏蔽词…
muted-clear-button = 全部清除
muted-gone = 该词已不在列表中。
muted-cleared = 没有屏蔽词。
unmuted-plain = 已取消屏蔽“{ $word }”。
unmuted = 已取消屏蔽“{ $word }”。
unmute-unknown = “{ $word }”未被屏蔽。/settings muted 可查看屏蔽词列表。
muted-added = 已屏蔽“{ $word }”（{ $count }/{ $max }）。提到它的新闻不会出现在你的简报和列表中。
mute-help = 请发送要屏蔽的词语或短语（任何语言，最多 { $max } 个字符，不区分大小写和重音），例如 <code>加密货币</code> 或 <code>crypto</code>。
mute-empty = 内容为空。
mute-too-long = 太长了：最多 { $max } 个字符。
mute-no-letters = 屏蔽词至少要包含一个字母或数字。
mute-duplicate = 该词已被屏蔽。
mute-full = 你已屏蔽 { $max } 个词，已达上限；请先删除一个。
nothing-changed = 设置未更改。

# 新闻事件（issue 8）：来源、盲点、折叠列表、进展、/story
cmd-story = 一则新闻的全部报道（按来源）
story-blind-spot = 👁 盲点：只有 { $flag } { $origin } 媒体报道了此事
story-blind-spot-state = 👁 盲点：只有 { $flag } { $origin } 官方媒体报道了此事
digest-more = 另外 { $count } 条新闻
digest-developing = 📈 进展
digest-developing-sources = 新增 { $count } 个来源
digest-developing-origins = 现在还有 { $flags }
story-usage = 请给出新闻编号，例如 <code>/story 42</code>（列表中显示为 <code>#42</code>）。
story-not-found = 没有 #{ $id } 这条新闻。
story-detail-title = 新闻 #{ $id } · { $reports } · { $from } – { $to }
story-reports = { $count } 篇报道
story-origin-US = 美国媒体
story-origin-CN = 中国媒体
story-origin-RU = 俄罗斯媒体
story-origin-ID = 印尼媒体
story-origin-other = 其他媒体
story-state = 官方
story-unknown-outlet = 未知媒体
story-why-grouped = 归并原因
story-joined = { $lang } { $outlet }：与 { $other } 的 { $otherLang } 报道为同一事件
story-joined-duplicate = { $lang } { $outlet }：与 { $other } 的 { $otherLang } 报道文字几乎相同
story-shared = 共同点：{ $keys }
story-single = 目前只有一篇报道；之后关于同一事件的报道会归入这里。
# 分开的新闻（问题 8）：行动的方向、不同的数字
story-act-restrict = 两篇都是施加限制
story-act-ease = 两篇都是取消或放宽限制
story-kept-apart = 未合并
story-apart-line = { $lang } { $outlet }：与新闻 #{ $id } 不是同一事件：{ $why }
story-apart-opposite-acts = 一篇报道施加限制，另一篇取消或放宽限制
story-apart-numbers-differ = 两者标题中的数字不同
why-story-note = 这则新闻共有 { $count } 篇报道，立场统一：/story { $id } 显示每一篇及归并原因。

# Offline gist and machine translation (issue 9, items 3 and 4): a story with no report in the reader's language
story-gist = ℹ️ 概要：{ $gist }
gist-topic-chips-export-controls = 芯片与出口管制
gist-topic-models-labs = AI模型与实验室
gist-topic-military = 军事AI
gist-topic-governance-safety = AI规则与安全
gist-topic-research = 科研
gist-topic-business = 商业与交易
story-translated-from-en = 🌐 机器翻译自英文
story-translated-from-id = 🌐 机器翻译自印尼文
story-translated-from-ru = 🌐 机器翻译自俄文
story-translated-from-zh = 🌐 机器翻译自中文
story-translated-from-other = 🌐 机器翻译
## Weekly recap and briefing frequency (issue 11)

settings-frequency = 简报频率：{ $frequency }
frequency-daily = 每天
frequency-weekly = 每周一次（周一），附 /trend 图表
frequency-both = 每天，另加周一的每周回顾（附图表）
frequency-button-daily = 每天
frequency-button-weekly = 每周
frequency-button-both = 两者都要
# A button notice: plain text, no HTML.
settings-note-frequency = 简报频率：{ $frequency }。
settings-frequency-set = 简报频率：<b>{ $frequency }</b>，时间 { $time }。
weekly-title = Troika 每周回顾 — { $date }当周
weekly-empty = 本周没有关于美中俄人工智能关系的新闻。

## Channels (issue 11): subscribed and managed from a channel administrator's private chat

channel-usage = 要为频道订阅，请先把我设为该频道的管理员（需有发布消息的权限），然后在这里发送 <code>/subscribe @你的频道</code>，或把频道里的任意一条帖子转发给我。<code>/channels</code> 列出你管理的频道。
channel-subscribed = 📢 <b>{ $channel }</b> 已订阅：简报将于每天 { $time }（{ $zone }）发布到该频道。修改请用 <code>/settings { $handle }</code>；取消请用 <code>/unsubscribe { $handle }</code>。
channel-already-subscribed = 📢 <b>{ $channel }</b> 已经订阅过了（简报时间 { $time }，{ $zone }）。修改请用 <code>/settings { $handle }</code>；取消请用 <code>/unsubscribe { $handle }</code>。
channel-unsubscribed = 📢 <b>{ $channel }</b> 将不再收到简报。
channel-not-subscribed = 📢 <b>{ $channel }</b> 尚未订阅。请先发送 <code>/subscribe { $handle }</code>。
channel-not-found = 找不到频道 { $channel }。请检查名称，或把该频道的一条帖子转发给我。
channel-not-a-channel = { $channel } 不是频道。要为群组订阅，请在群组里发送 /subscribe。
channel-bot-not-admin = 我不是 { $channel } 的管理员。请在频道设置 → 管理员中添加我，并授予发布消息的权限，然后再试一次。
channel-bot-cannot-post = 我是 { $channel } 的管理员，但没有在 { $channel } 发布消息的权限。请授予我“发布消息”权限后再试一次。
channel-user-not-admin = 只有 { $channel } 的管理员才能管理它的简报。
channel-check-failed = 暂时无法通过 Telegram 核实 { $channel }。请一分钟后再试。
channels-none = 你还没有管理任何已订阅的频道。请把我设为你频道的管理员，然后发送 <code>/subscribe @你的频道</code>，或转发一条该频道的帖子给我。
channels-list = 你管理的频道——点击一个打开它的设置：
cmd-channels = 你的频道：订阅与设置
settings-channel-title = 📢 频道：<b>{ $channel }</b>
# A button notice: plain text, no HTML.
channel-button-refused = 你已无法管理此频道：你或我已不再是它的管理员。

## The /trend chart and its caption (issue 11). Plain text (a PNG and a photo caption, no HTML).
# The chart's characters must be in the shipped font subset (scripts/subset-chart-font.py).

trend-chart-title = 美中俄人工智能：每周新闻数，最近{ $weeks }周
trend-axis-stories = 新闻数
trend-axis-share = 新闻占比
trend-axis-week = 周
trend-legend-countries = 国家
trend-legend-stance = 态势
trend-pair-us-cn = 美中
trend-pair-us-ru = 美俄
trend-pair-cn-ru = 中俄
trend-pair-all = 三国
trend-stance-cooperation = 合作
trend-stance-competition = 竞争
trend-stance-mixed = 混合
trend-what-cooperation = { $pair }合作新闻
trend-what-competition = { $pair }竞争新闻
trend-what-mixed = { $pair }混合新闻
trend-change-up = { $what }：{ $now }，上周为{ $before }
trend-change-down = { $what }：{ $now }，上周为{ $before }
trend-week-of = { $date }当周：共{ $total }条新闻。
trend-quiet = 与上周相比没有变化。
trend-no-data = 最近{ $weeks }周还没有新闻。
trend-changes-1 = { $a }。
trend-changes-2 = { $a }；{ $b }。
trend-changes-3 = { $a }；{ $b }；{ $c }。
trend-caption = { $head } { $changes }

## OPML refusals in the bot (issue 11); the command line keeps its English line.

opml-refusal-too-large = 文件大小为 { $size } MB；OPML 列表最多 { $max } MB
opml-refusal-not-xml = 这不是 XML 文件（{ $detail }）
opml-refusal-not-xml-line = 这不是 XML 文件（第 { $line } 行：{ $detail }）
opml-refusal-entities = 文件声明了 XML 实体，而 OPML 列表从不需要它们；请从你的阅读器重新导出
opml-refusal-not-opml = 这是 XML，但不是 OPML（根元素是 &lt;{ $root }&gt;，而不是 &lt;opml&gt;）
opml-refusal-no-body = 这个 OPML 文件没有 &lt;body&gt;，因此没有列出任何订阅源
opml-refusal-too-many = 文件中有 { $count } 个 outline；一次最多可导入 { $max } 个，请拆分成较小的文件
opml-refusal-too-deep = 文件夹嵌套了 { $depth } 层；最多读取 { $max } 层
opml-refusal-no-feeds = 它的 { $count } 个 outline 都没有订阅源地址（xmlUrl）
    }


# newcomer (issue 12): a list or search whose stories the reader's own filters all hid
list-all-hidden = 你的筛选条件隐藏了 { $count } 条新闻（/settings）；这里没有其他可显示的内容。

## Hardening (issue 12): a non-admin learns their own id; channel commands typed in a group

admins-only-your-id =
    此命令仅限管理员使用。
    你的 Telegram 用户 ID 是 <code>{ $id }</code>。要成为管理员，请在运行机器人的地方把它加入 <code>ADMIN_IDS</code>（例如 <code>ADMIN_IDS={ $id }</code>；多个 ID 用英文逗号分隔），然后重启机器人。
channel-in-group = 频道需要在与我的私聊中订阅和管理，不能在群组里操作：请打开 <a href="https://t.me/{ $bot }">@{ $bot }</a>，在那里发送 <code>/{ $command } { $channel }</code>。本群自身的订阅没有变化。
