# Troika, English (the reference locale: every key lives here first).
# Messages are Telegram HTML (<b>, <i>, <code>); values passed in are escaped by the code.
# Numbers passed as numbers are formatted for the locale; ids and clock times are passed as text.

## Names

country-CN = China
country-RU = Russia
country-US = the US
# Short forms for the totals line ("CN–US 4").
country-short-CN = CN
country-short-RU = RU
country-short-US = US
# Button and list labels.
country-label-CN = China
country-label-RU = Russia
country-label-US = USA
country-pair = { $a }–{ $b }
stance-cooperation = cooperation
stance-competition = competition
stance-mixed = mixed
language-en = English
language-id = Indonesian
language-ru = Russian
language-zh = Chinese
# Each language in its own name (for the /language buttons).
language-native-en = English
language-native-id = Bahasa Indonesia
language-native-ru = Русский
language-native-zh = 中文

## /start and /help

start-intro =
    <b>Troika</b> briefs you on AI cooperation and competition between the United States, China and Russia.
    One short daily briefing from news in English, Russian, Chinese and Indonesian; /help lists the commands.
start-subscribe-button = Subscribe
help-heading = <b>Commands</b>
help-admin-heading = <b>Admin</b>
help-example = e.g.
help-story-ids = Stories show their id as <code>#123</code>; use it with /why.

## The command menu (setMyCommands) and /help

cmd-start = What Troika is
cmd-help = Every command with an example
cmd-subscribe = Get the daily briefing here
cmd-unsubscribe = Stop the daily briefing
cmd-settings = Briefing time, time zone, countries, stances, languages
cmd-language = The bot's language
cmd-digest = Today's briefing now
cmd-latest = Newest relevant stories
cmd-china = Latest stories involving China
cmd-russia = Latest stories involving Russia
cmd-usa = Latest stories involving the US
cmd-cooperation = Latest stories about cooperation
cmd-competition = Latest stories about competition
cmd-search = Search relevant stories
cmd-search-example = /search chips export  ·  /search Сбербанк  ·  /search 芯片
cmd-trend = Chart of the last weeks
cmd-sources = The feeds Troika reads
cmd-why = Why a story was picked
cmd-addfeed = Add a feed
cmd-removefeed = Remove a feed
cmd-pausefeed = Pause a feed
cmd-resumefeed = Resume a feed
cmd-feeds = Feed health
cmd-setorigin = Set a feed's origin (US, CN, RU, ID, other) and state flag
cmd-import = Add the feeds of an OPML file
cmd-import-example = send an .opml file, or reply /import to one
cmd-export = All feeds as an OPML file
cmd-refresh = Fetch all feeds now
cmd-stats = Subscribers, items, briefings

## Subscription

subscribed = Subscribed: the briefing comes every day at <b>{ $time }</b> ({ $zone }). Change it with /settings; try /digest for today's now.
already-subscribed = Already subscribed: the briefing comes every day at <b>{ $time }</b> ({ $zone }). Change it with /settings; try /digest for today's now.
subscribed-notice = Subscribed
subscribed-topic = This topic gets the briefing.
unsubscribed = Unsubscribed: no more daily briefings here. /subscribe brings them back with the same settings.
not-subscribed = This chat is not subscribed. /subscribe to get the daily briefing.
group-admins-only = Only this group's admins can change its subscription or settings.

## /language

language-current = The bot speaks <b>{ $language }</b> here. Choose another:
language-set = Done: the bot now speaks <b>{ $language }</b> here.
language-unknown = “{ $value }” is not a language I speak. Choose one of: <code>/language en</code>, <code>/language id</code>, <code>/language ru</code>, <code>/language zh</code>.

## Anything else

# Plain text (also a button notice).
slow-down = Too many messages at once: I skipped some. Please wait a few seconds and send one command at a time.
forwarded-command = A forwarded message is not run as a command. Send the command yourself if you mean it.
fallback-hint = I don't know that one. Send /help to see what I can do.
button-expired = This button is no longer valid.

## The briefing

digest-title = Troika briefing — { $date }
digest-empty = No new stories about US–China–Russia AI relations since your last briefing.
digest-stories =
    { $count ->
        [one] { $count } story
       *[other] { $count } stories
    }
digest-stance-cooperation = 🤝 { $count } cooperation
digest-stance-competition = ⚔️ { $count } competition
digest-stance-mixed = ⚖️ { $count } mixed
digest-hidden =
    { $count ->
        [one] { $count } story hidden by your filters (/settings).
       *[other] { $count } stories hidden by your filters (/settings).
    }
digest-hidden-more =
    { $count ->
        [one] { $count } more story hidden by your filters (/settings).
       *[other] { $count } more stories hidden by your filters (/settings).
    }
digest-hidden-only =
    { $count ->
        [one] { $count } story hidden by your filters (/settings). Nothing else is new since your last briefing.
       *[other] { $count } stories hidden by your filters (/settings). Nothing else is new since your last briefing.
    }
story-sources =
    { $count ->
        [one] { $count } source
       *[other] { $count } sources
    }

## /settings

settings-title = <b>Briefing settings</b>
settings-time = Time: <b>{ $time }</b> ({ $zone })
settings-countries = Countries: { $countries }
settings-stances = Stances: { $stances }
settings-story-languages = Stories in: { $languages }
settings-story-languages-all = all four languages
settings-language = Bot language: { $language }
settings-empty-note = On days with no news: send a short note
settings-empty-nothing = On days with no news: send nothing
settings-hint = Tap to change. Or type <code>/settings time 07:30</code>, <code>/settings tz Asia/Jakarta</code>.
settings-other-time = Other time…
settings-other-zone = Other time zone…
settings-empty-button = Message on empty days
settings-note-time = Briefing time set to { $time }.
settings-note-zone = Time zone set to { $zone }.
settings-note-countries = Countries: { $countries }.
settings-note-stances = Stances: { $stances }.
settings-note-story-languages = Stories in: { $languages }.
settings-note-empty-on = Empty days get a short note.
settings-note-empty-off = Empty days stay quiet.
settings-keep-country = Keep at least one country.
settings-keep-stance = Keep at least one stance.
settings-keep-language = Keep at least one language.
# A button notice: plain text, no HTML.
language-set-plain = Bot language: { $language }.
settings-not-subscribed = This chat is not subscribed yet. /subscribe first, then /settings.
settings-subscribe-first = This chat is not subscribed. Send /subscribe first.
settings-usage = Use <code>/settings time 07:30</code>, <code>/settings tz Asia/Jakarta</code>, <code>/settings topics chips, military</code>, <code>/settings mute crypto</code>, <code>/settings weekly</code> (or <code>daily</code>, <code>both</code>), or /settings alone for the buttons.
settings-button-expired = This button is no longer valid. Send /settings again.
settings-ask-time = Send the time as HH:MM on a 24-hour clock, e.g. <code>07:30</code>.
settings-ask-zone = Send an IANA time zone name, e.g. <code>Asia/Jakarta</code> or <code>Europe/Berlin</code>.
settings-bad-time = “{ $value }” is not a time of day. Send the time as HH:MM on a 24-hour clock, e.g. <code>07:30</code>. Nothing was changed.
settings-bad-zone = “{ $value }” is not a time zone I know. Send an IANA time zone name, e.g. <code>Asia/Jakarta</code> or <code>Europe/Berlin</code>. Nothing was changed.
settings-try-again = Send another value, or any command to stop.
settings-zone-suggestion = Did you mean <code>{ $zone }</code>?
settings-time-set = Briefing time set to <b>{ $time }</b> ({ $zone }).
settings-zone-set = Time zone set to <b>{ $zone }</b>; the briefing comes at { $time } there.

## Story lists

nothing-yet = No relevant stories yet. Feeds are checked every half hour.
latest-heading =
    { $count ->
        [one] Latest story
       *[other] Latest { $count } stories
    }
latest-bad-count = Give a number from 1 to { $max }, e.g. /latest 10.
topic-china = Latest on China
topic-russia = Latest on Russia
topic-usa = Latest on the US
topic-cooperation = Latest on cooperation
topic-competition = Latest on competition
search-heading = Stories matching “{ $query }”
search-none = No relevant stories match “{ $query }”.
search-empty = What should I look for? e.g. /search chips export, /search Сбербанк, /search 芯片
search-too-long = That is too long: at most { $max } characters.
search-too-many-words = At most { $max } words, please.
search-no-words = Nothing to search for in “{ $query }”: give a word, e.g. /search Huawei.
trend-bad-weeks = Give a number of weeks from 1 to { $max }, e.g. <code>/trend 26</code> (default 12).
sources-none = No active feeds.
sources-heading =
    { $count ->
        [one] <b>Troika reads 1 feed</b>
       *[other] <b>Troika reads { $count } feeds</b>
    }

## /why

why-usage = Give a story id, e.g. <code>/why 123</code> (stories show it as <code>#123</code>).
why-not-found = No story #{ $id }.
why-title = <b>Why #{ $id }</b>: { $title }
why-verdict = Relevant: <b>{ $relevant }</b> · score <b>{ $score }</b> · stance <b>{ $stance }</b> · countries <b>{ $countries }</b> · language { $language }
why-yes = yes
why-no = no
why-none = none
why-ai = AI terms: { $terms }
why-countries = Country terms: { $terms }
why-cooperation = Cooperation terms: { $terms }
why-competition = Competition terms: { $terms }
why-fuzzy = Read through a misspelling: { $terms }
why-ignored = Ignored (false friends): { $terms }
why-rules = <b>Rules</b>
why-footer = <i>{ $source } · first seen { $when }</i>
why-unknown-source = unknown source
never = never

## Admin

admins-only = This command is for admins.
addfeed-usage = Give the feed URL, e.g. <code>/addfeed https://example.com/rss.xml Example News</code>.
addfeed-failed = Not added: { $reason }.
addfeed-done =
    Added { $feed }: { $items ->
        [one] { $items } item found
       *[other] { $items } items found
    }, { $relevant } look relevant.
feed-id-usage = { $reason }, e.g. <code>/{ $command } 12</code>.
feed-unchanged = Nothing changed: { $reason }.
feed-removed = Removed { $feed }.
feed-paused = Paused { $feed }.
feed-resumed = Resumed { $feed }.
feed-error-bad-id = give a feed id (a number from the feed list)
feed-error-not-found = no feed with id { $id }
feed-error-duplicate = { $detail }
feed-error-invalid-name = the name must be at most { $max } printable characters
feed-error-invalid-url = { $detail }
feed-error-fetch-failed = { $detail }
feed-error-unreadable = { $detail }
feed-error-allow-private = (To allow feeds on private addresses, set <code>FEED_ALLOW_PRIVATE=true</code> and restart the bot.)
feeds-none = No feeds. Add one with /addfeed.
feeds-heading =
    { $count ->
        [one] <b>{ $count } feed</b> ({ $enabled } enabled)
       *[other] <b>{ $count } feeds</b> ({ $enabled } enabled)
    }
feeds-legend = 🟢 working · 🟠 failing lately · 🔴 never worked · ⚪ not fetched yet · ⏸ paused
feeds-health = last success { $when } · { $items } items · { $share } relevant
feeds-errors =
    { $count ->
        [one] { $count } error in a row
       *[other] { $count } errors in a row
    }
refresh-running = A refresh is already running.
refresh-started = Refreshing all feeds…
refresh-failed-feed = failed
refresh-done =
    <b>Refresh done</b> in { $seconds } s: { $feeds ->
        [one] { $feeds } feed
       *[other] { $feeds } feeds
    }, { $fetched } fetched, { $unchanged } unchanged, { $failed } failed; { $new } new items, { $relevant } relevant.
refresh-error = The refresh failed; see the logs.
stats-title = <b>Stats</b> (today since 00:00 { $zone })
stats-subscribers = Subscribers: { $active } active, { $inactive } inactive
stats-items = Items today: { $items }, relevant { $relevant }
stats-briefings = Briefings sent today: { $count }
stats-last-refresh = Last refresh: { $last }
stats-llm-off = Machine translation: off (LLM_BASE_URL not set)
stats-llm = Machine translation: last { $last } ({ $error }) · tokens today { $tokens }/{ $budget } · translated { $translated }, from cache { $cached }, failed { $failed }
stats-last-run = { $when }: { $fetched }/{ $feeds } fetched, { $failed } failed, { $new } new, { $relevant } relevant
setorigin-usage = { $reason }, e.g. <code>/setorigin 12 CN state</code> or <code>/setorigin 3 US</code>.
origin-error = give an origin (US, CN, RU, ID, other) and optionally “state”, e.g. CN state
origin-state = state
origin-unset = origin not set

## OPML import and export

opml-import-help = Send me an OPML file (an export from Feedly, Inoreader, NewsBlur, another Troika…), or reply <code>/import</code> to one.
opml-the-file = the file
opml-not-opml = “{ $name }” does not look like an OPML file (.opml or .xml). Nothing was imported.
opml-refused = Nothing imported: { $why }.
opml-download-failed = Nothing imported: I could not download the file ({ $why }). Try sending it again.
opml-busy = An import is already running; wait for its report.
opml-checking = Reading <b>{ $name }</b> and checking each feed like /addfeed; the report follows.
opml-failed = The import failed and nothing was added; see the logs.
# A document caption: plain text.
opml-export-caption =
    { $count ->
        [one] { $count } feed as OPML 2.0. Other readers (Feedly, Inoreader…) import it; so does /import here.
       *[other] { $count } feeds as OPML 2.0. Other readers (Feedly, Inoreader…) import it; so does /import here.
    }
opml-no-feeds = There are no feeds to export. Add one with /addfeed.
opml-report =
    <b>Imported { $name }</b>: { $added } added, { $skipped } skipped of { $feeds ->
        [one] { $feeds } feed
       *[other] { $feeds } feeds
    } ({ $seconds } s).
opml-folders = { $count } folders were flattened: Troika keeps one list.
opml-paused = paused
opml-more-added = … and { $count } more (/feeds lists them all)
opml-more-skipped = … and { $count } more
opml-retry-later = Unreachable and unreadable feeds were not added; send the file again later to add those that work by then (the others are skipped as already in the list).
opml-skip-no-url = no feed address
opml-skip-repeated = listed twice
opml-skip-duplicate = already in the list
opml-skip-invalid-url = invalid address
opml-skip-fetch-failed = unreachable
opml-skip-unreadable = not a readable feed
opml-skip-invalid-name = bad name
opml-skip-not-found = not found

## Reader filters (/settings topics, /settings mute)

# Topic names are plain text (the code escapes them).
topic-label-chips-export-controls = Chips & export controls
topic-label-models-labs = Models & labs
topic-label-military = Military
topic-label-governance-safety = Governance & safety
topic-label-research = Research
topic-label-business = Business
filters-topics = Topics: { $topics }
filters-topics-all = all
filters-muted = Muted words: { $muted }
filters-muted-none = none
filters-topics-button = 🏷 Topics: { $topics }
filters-muted-button = 🔇 Muted words: { $count }
topics-title = <b>Topics</b>
topics-all = You get stories on <b>all</b> topics.
topics-only = You get only stories on: <b>{ $topics }</b>.
topics-hint = Tap topics to follow only those; “All topics” clears the choice.
topics-type-hint = Or type <code>/settings topics chips, military</code> or <code>/settings topics all</code>.
topics-all-button = All topics
button-back = ‹ Back
topics-note-all = All topics.
topics-note-only = Only: { $topics }.
topics-unknown = I don't know { $unknown }. Topics: { $known }, or <code>all</code>. Nothing was changed.
topics-set-only = Only stories on: <b>{ $topics }</b>.
topics-set-all = Stories on <b>all</b> topics.
muted-title = <b>Muted words</b> ({ $count } of { $max })
muted-none = None: nothing is left out.
muted-explain = A story whose headline or summary contains one of these is left out of your briefings and lists:
muted-type-hint = Or type <code>/settings mute crypto</code>, <code>/settings unmute crypto</code>.
muted-add-button = ➕ Add a word…
muted-clear-button = Clear all
muted-gone = That word is no longer in the list.
muted-cleared = No muted words.
unmuted-plain = “{ $word }” is no longer muted.
unmuted = “{ $word }” is no longer muted.
unmute-unknown = “{ $word }” is not muted. /settings muted lists your muted words.
muted-added = Muted “{ $word }” ({ $count } of { $max }). Stories mentioning it are left out of your briefings and lists.
mute-help = Send a word or phrase to leave out (any language, up to { $max } characters; case and accents do not matter), e.g. <code>crypto</code> or <code>比特币</code>.
mute-empty = That was empty.
mute-too-long = That is too long: at most { $max } characters.
mute-no-letters = A muted word needs at least one letter or digit.
mute-duplicate = That word is already muted.
mute-full = You already mute { $max } words, the most there can be; remove one first.
nothing-changed = Nothing was changed.

# Stories (issue 8): origins, blind spot, overflow, Developing, /story
cmd-story = Every report of a story, by origin
story-blind-spot = 👁 Blind spot: only { $flag } { $origin } outlets report this
story-blind-spot-state = 👁 Blind spot: only { $flag } { $origin } state media report this
digest-more = { $count ->
    [one] { $count } more story
   *[other] { $count } more stories
}
digest-developing = 📈 Developing
digest-developing-sources = { $count ->
    [one] +{ $count } source
   *[other] +{ $count } sources
}
digest-developing-origins = now also { $flags }
story-usage = Give a story id, e.g. <code>/story 42</code> (stories show it as <code>#42</code>).
story-not-found = No story #{ $id }.
story-detail-title = Story #{ $id } · { $reports } · { $from } – { $to }
story-reports = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
story-origin-US = US outlets
story-origin-CN = Chinese outlets
story-origin-RU = Russian outlets
story-origin-ID = Indonesian outlets
story-origin-other = Other outlets
story-state = state
story-unknown-outlet = unknown outlet
story-why-grouped = Why grouped
story-joined = { $lang } { $outlet }: the same event as the { $otherLang } report from { $other }
story-joined-duplicate = { $lang } { $outlet }: nearly the same text as the { $otherLang } report from { $other }
story-shared = shared: { $keys }
story-single = One report so far; later ones about the same event will join it.
# Stories kept apart (issue 8): the direction of an act, figures that differ
story-act-restrict = both impose a restriction
story-act-ease = both lift or ease a restriction
story-kept-apart = Kept apart
story-apart-line = { $lang } { $outlet }: not the same event as story #{ $id }: { $why }
story-apart-opposite-acts = one report imposes a restriction, the other lifts or eases one
story-apart-numbers-differ = their headlines give different figures
why-story-note = Story of { $count } reports, one stance for all of them: /story { $id } shows each and why they were grouped.

# Offline gist and machine translation (issue 9, items 3 and 4): a story with no report in the reader's language
story-gist = ℹ️ In brief: { $gist }
gist-topic-chips-export-controls = chips and export controls
gist-topic-models-labs = AI models and labs
gist-topic-military = military AI
gist-topic-governance-safety = AI rules and safety
gist-topic-research = research
gist-topic-business = business and deals
story-translated-from-en = 🌐 Machine translation from English
story-translated-from-id = 🌐 Machine translation from Indonesian
story-translated-from-ru = 🌐 Machine translation from Russian
story-translated-from-zh = 🌐 Machine translation from Chinese
story-translated-from-other = 🌐 Machine translation
## Weekly recap and briefing frequency (issue 11)

settings-frequency = Briefings: { $frequency }
frequency-daily = every day
frequency-weekly = weekly, on Mondays, with the /trend chart
frequency-both = every day, plus a weekly recap with the chart on Mondays
frequency-button-daily = Daily
frequency-button-weekly = Weekly
frequency-button-both = Both
# A button notice: plain text, no HTML.
settings-note-frequency = Briefings: { $frequency }.
settings-frequency-set = Briefings: <b>{ $frequency }</b>, at { $time }.
weekly-title = Troika weekly — the week of { $date }
weekly-empty = No stories about US–China–Russia AI relations this week.

## Channels (issue 11): subscribed and managed from a channel administrator's private chat

channel-usage = To subscribe a channel, make me one of its administrators (with the right to post messages), then send <code>/subscribe @yourchannel</code> here, or forward me any post from the channel. <code>/channels</code> lists the channels you manage.
channel-subscribed = 📢 <b>{ $channel }</b> is subscribed: the briefing is posted there every day at { $time } ({ $zone }). Change it with <code>/settings { $handle }</code>; stop it with <code>/unsubscribe { $handle }</code>.
channel-already-subscribed = 📢 <b>{ $channel }</b> is already subscribed (briefing at { $time }, { $zone }). Change it with <code>/settings { $handle }</code>; stop it with <code>/unsubscribe { $handle }</code>.
channel-unsubscribed = 📢 <b>{ $channel }</b> will get no more briefings.
channel-not-subscribed = 📢 <b>{ $channel }</b> is not subscribed. Send <code>/subscribe { $handle }</code> first.
channel-not-found = I can’t find the channel { $channel }. Check the name, or forward me a post from the channel.
channel-not-a-channel = { $channel } is not a channel. To subscribe a group, send /subscribe in the group itself.
channel-bot-not-admin = I’m not an administrator of { $channel }. Add me in the channel’s settings → Administrators, with the right to post messages, then try again.
channel-bot-cannot-post = I’m an administrator of { $channel } but may not post messages in { $channel }. Give me the “Post messages” right, then try again.
channel-user-not-admin = Only administrators of { $channel } can manage its briefing.
channel-check-failed = I couldn’t check { $channel } with Telegram just now. Try again in a minute.
channels-none = You manage no subscribed channels. Make me an administrator of your channel, then send <code>/subscribe @yourchannel</code> or forward me a post from it.
channels-list = Channels you manage — tap one for its settings:
cmd-channels = Your channels: subscribe one, its settings
settings-channel-title = 📢 Channel: <b>{ $channel }</b>
# A button notice: plain text, no HTML.
channel-button-refused = You can no longer manage this channel: you or I are no longer its administrators.

## The /trend chart and its caption (issue 11). Plain text (a PNG and a photo caption, no HTML).
# The chart's characters must be in the shipped font subset (scripts/subset-chart-font.py).

trend-chart-title =
    { $weeks ->
        [one] AI between the US, China and Russia: stories per week, last week
       *[other] AI between the US, China and Russia: stories per week, last { $weeks } weeks
    }
trend-axis-stories = Stories
trend-axis-share = Share of stories
trend-axis-week = Week
trend-legend-countries = Countries
trend-legend-stance = Stance
trend-pair-us-cn = US–China
trend-pair-us-ru = US–Russia
trend-pair-cn-ru = China–Russia
trend-pair-all = All three
trend-stance-cooperation = Cooperation
trend-stance-competition = Competition
trend-stance-mixed = Mixed
trend-what-cooperation = Cooperation stories { $pair }
trend-what-competition = Competition stories { $pair }
trend-what-mixed = Mixed stories { $pair }
trend-change-up = { $what }: { $now }, up from { $before }
trend-change-down = { $what }: { $now }, down from { $before }
trend-week-of =
    { $total ->
        [one] Week of { $date }: { $total } story.
       *[other] Week of { $date }: { $total } stories.
    }
trend-quiet = No change from the week before.
trend-no-data =
    { $weeks ->
        [one] No stories in the last week yet.
       *[other] No stories in the last { $weeks } weeks yet.
    }
trend-changes-1 = { $a }.
trend-changes-2 = { $a }; { $b }.
trend-changes-3 = { $a }; { $b }; { $c }.
trend-caption = { $head } { $changes }

## OPML refusals in the bot (issue 11); the command line keeps its English line.

opml-refusal-too-large = the file is { $size } MB; an OPML list can be at most { $max } MB
opml-refusal-not-xml = this is not an XML file ({ $detail })
opml-refusal-not-xml-line = this is not an XML file (line { $line }: { $detail })
opml-refusal-entities = the file declares XML entities, which an OPML list never needs; export it again from your reader
opml-refusal-not-opml = this is XML but not OPML (its root element is &lt;{ $root }&gt;, not &lt;opml&gt;)
opml-refusal-no-body = this OPML file has no &lt;body&gt;, so it lists no feeds
opml-refusal-too-many = the file has { $count } outlines; at most { $max } can be imported at once: split it into smaller files
opml-refusal-too-deep = folders are nested { $depth } deep; at most { $max } levels are read
opml-refusal-no-feeds =
    { $count ->
        [one] its only outline has no feed address (xmlUrl)
       *[other] none of its { $count } outlines has a feed address (xmlUrl)
    }


# newcomer (issue 12): a list or search whose stories the reader's own filters all hid
list-all-hidden =
    { $count ->
        [one] { $count } story is hidden by your filters (/settings); nothing else to show here.
       *[other] { $count } stories are hidden by your filters (/settings); nothing else to show here.
    }

## Hardening (issue 12): a non-admin learns their own id; channel commands typed in a group

admins-only-your-id =
    This command is for admins.
    Your Telegram user id is <code>{ $id }</code>. To make yourself an admin, add it to <code>ADMIN_IDS</code> where the bot runs (for example <code>ADMIN_IDS={ $id }</code>; separate several ids with commas) and restart the bot.
channel-in-group = Channels are subscribed and managed in a private chat with me, not in a group: open <a href="https://t.me/{ $bot }">@{ $bot }</a> and send <code>/{ $command } { $channel }</code> there. This group’s own subscription has not changed.
