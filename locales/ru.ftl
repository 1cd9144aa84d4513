# Troika, русский. Ключи — как в en.ftl; сообщения — Telegram HTML.

## Названия

country-CN = Китай
country-RU = Россия
country-US = США
country-short-CN = Китай
country-short-RU = Россия
country-short-US = США
country-label-CN = Китай
country-label-RU = Россия
country-label-US = США
country-pair = { $a }–{ $b }
stance-cooperation = сотрудничество
stance-competition = соперничество
stance-mixed = смешанные
language-en = английский
language-id = индонезийский
language-ru = русский
language-zh = китайский
language-native-en = English
language-native-id = Bahasa Indonesia
language-native-ru = Русский
language-native-zh = 中文

## /start и /help

start-intro =
    <b>Troika</b> — коротко о сотрудничестве и соперничестве США, Китая и России в области ИИ.
    Одна короткая сводка в день по новостям на английском, русском, китайском и индонезийском; /help — список команд.
start-subscribe-button = Подписаться
help-heading = <b>Команды</b>
help-admin-heading = <b>Для администраторов</b>
help-example = например
help-story-ids = У каждой новости есть номер, например <code>#123</code>; его можно передать в /why.

## Меню команд и /help

cmd-start = Что такое Troika
cmd-help = Все команды с примерами
cmd-subscribe = Получать ежедневную сводку здесь
cmd-unsubscribe = Отписаться от ежедневной сводки
cmd-settings = Время сводки, часовой пояс, страны, характер, языки
cmd-language = Язык бота
cmd-digest = Сегодняшняя сводка прямо сейчас
cmd-latest = Свежие новости по теме
cmd-china = Последнее о Китае
cmd-russia = Последнее о России
cmd-usa = Последнее о США
cmd-cooperation = Последнее о сотрудничестве
cmd-competition = Последнее о соперничестве
cmd-search = Поиск по новостям
cmd-search-example = /search экспорт чипов  ·  /search Сбербанк  ·  /search 芯片
cmd-trend = График за последние недели
cmd-sources = Какие источники читает Troika
cmd-why = Почему выбрана новость
cmd-addfeed = Добавить ленту
cmd-removefeed = Удалить ленту
cmd-pausefeed = Приостановить ленту
cmd-resumefeed = Возобновить ленту
cmd-feeds = Состояние лент
cmd-setorigin = Страна ленты (US, CN, RU, ID, other) и признак госСМИ
cmd-import = Добавить ленты из файла OPML
cmd-import-example = пришлите файл .opml или ответьте на него /import
cmd-export = Все ленты файлом OPML
cmd-refresh = Обновить все ленты сейчас
cmd-stats = Подписчики, новости, сводки

## Подписка

subscribed = Подписка оформлена: сводка будет приходить каждый день в <b>{ $time }</b> ({ $zone }). Изменить — /settings; сегодняшняя сводка — /digest.
already-subscribed = Подписка уже есть: сводка приходит каждый день в <b>{ $time }</b> ({ $zone }). Изменить — /settings; сегодняшняя сводка — /digest.
subscribed-notice = Подписка оформлена
subscribed-topic = Сводка будет приходить в эту тему.
unsubscribed = Подписка отменена: ежедневных сводок здесь больше не будет. /subscribe вернёт их с прежними настройками.
not-subscribed = Этот чат не подписан. /subscribe — чтобы получать ежедневную сводку.
group-admins-only = Подписку и настройки этой группы могут менять только её администраторы.

## /language

language-current = Язык бота здесь: <b>{ $language }</b>. Выберите другой:
language-set = Готово: язык бота здесь — <b>{ $language }</b>.
language-unknown = «{ $value }» — такого языка я не знаю. Выберите: <code>/language en</code>, <code>/language id</code>, <code>/language ru</code>, <code>/language zh</code>.

## Прочее

# Plain text (also a button notice).
slow-down = Слишком много сообщений сразу: часть я пропустил. Подождите несколько секунд и отправляйте по одной команде.
forwarded-command = Пересланное сообщение не выполняется как команда. Если она нужна, отправьте её сами.
fallback-hint = Такой команды я не знаю. /help — что я умею.
button-expired = Эта кнопка больше не действует.

## Сводка

digest-title = Сводка Troika — { $date }
digest-empty = С прошлой сводки ничего нового об ИИ в отношениях США, Китая и России.
digest-stories =
    { $count ->
        [one] { $count } новость
        [few] { $count } новости
        [many] { $count } новостей
       *[other] { $count } новости
    }
digest-stance-cooperation = 🤝 сотрудничество: { $count }
digest-stance-competition = ⚔️ соперничество: { $count }
digest-stance-mixed = ⚖️ смешанные: { $count }
digest-hidden =
    { $count ->
        [one] Ваши фильтры скрыли { $count } новость (/settings).
        [few] Ваши фильтры скрыли { $count } новости (/settings).
       *[other] Ваши фильтры скрыли { $count } новостей (/settings).
    }
digest-hidden-more =
    { $count ->
        [one] Ещё { $count } новость скрыта вашими фильтрами (/settings).
        [few] Ещё { $count } новости скрыты вашими фильтрами (/settings).
       *[other] Ещё { $count } новостей скрыто вашими фильтрами (/settings).
    }
digest-hidden-only =
    { $count ->
        [one] Ваши фильтры скрыли { $count } новость (/settings). Другого нового с прошлой сводки нет.
        [few] Ваши фильтры скрыли { $count } новости (/settings). Другого нового с прошлой сводки нет.
       *[other] Ваши фильтры скрыли { $count } новостей (/settings). Другого нового с прошлой сводки нет.
    }
story-sources =
    { $count ->
        [one] { $count } источник
        [few] { $count } источника
        [many] { $count } источников
       *[other] { $count } источника
    }

## /settings

settings-title = <b>Настройки сводки</b>
settings-time = Время: <b>{ $time }</b> ({ $zone })
settings-countries = Страны: { $countries }
settings-stances = Характер отношений: { $stances }
settings-story-languages = Новости на языках: { $languages }
settings-story-languages-all = все четыре языка
settings-language = Язык бота: { $language }
settings-empty-note = В дни без новостей: короткое сообщение
settings-empty-nothing = В дни без новостей: ничего не присылать
settings-hint = Нажмите кнопку, чтобы изменить. Или напишите <code>/settings time 07:30</code>, <code>/settings tz Europe/Moscow</code>.
settings-other-time = Другое время…
settings-other-zone = Другой часовой пояс…
settings-empty-button = Сообщать о пустых днях
settings-note-time = Время сводки: { $time }.
settings-note-zone = Часовой пояс: { $zone }.
settings-note-countries = Страны: { $countries }.
settings-note-stances = Характер отношений: { $stances }.
settings-note-story-languages = Новости на языках: { $languages }.
settings-note-empty-on = В пустые дни придёт короткое сообщение.
settings-note-empty-off = В пустые дни — тишина.
settings-keep-country = Оставьте хотя бы одну страну.
settings-keep-stance = Оставьте хотя бы один вариант.
settings-keep-language = Оставьте хотя бы один язык.
language-set-plain = Язык бота: { $language }.
settings-not-subscribed = Этот чат ещё не подписан. Сначала /subscribe, затем /settings.
settings-subscribe-first = Этот чат не подписан. Сначала отправьте /subscribe.
settings-usage = Напишите <code>/settings time 07:30</code>, <code>/settings tz Europe/Moscow</code>, <code>/settings topics chips, military</code>, <code>/settings mute крипто</code>, <code>/settings weekly</code> (или <code>daily</code>, <code>both</code>) или просто /settings — для кнопок.
settings-button-expired = Эта кнопка больше не действует. Отправьте /settings ещё раз.
settings-ask-time = Пришлите время в формате ЧЧ:ММ (24 часа), например <code>07:30</code>.
settings-ask-zone = Пришлите часовой пояс в формате IANA, например <code>Europe/Moscow</code> или <code>Asia/Novosibirsk</code>.
settings-bad-time = «{ $value }» — это не время суток. Пришлите время в формате ЧЧ:ММ (24 часа), например <code>07:30</code>. Ничего не изменилось.
settings-bad-zone = Часового пояса «{ $value }» я не знаю. Пришлите название в формате IANA, например <code>Europe/Moscow</code> или <code>Asia/Novosibirsk</code>. Ничего не изменилось.
settings-try-again = Отправьте другое значение или любую команду, чтобы отменить.
settings-zone-suggestion = Может быть, вы имели в виду <code>{ $zone }</code>?
settings-time-set = Время сводки: <b>{ $time }</b> ({ $zone }).
settings-zone-set = Часовой пояс: <b>{ $zone }</b>; сводка придёт там в { $time }.

## Списки новостей

nothing-yet = Подходящих новостей пока нет. Ленты проверяются каждые полчаса.
latest-heading =
    { $count ->
        [1] Последняя новость
        [one] Последние { $count } новость
        [few] Последние { $count } новости
        [many] Последние { $count } новостей
       *[other] Последние { $count } новости
    }
latest-bad-count = Укажите число от 1 до { $max }, например /latest 10.
topic-china = Последнее о Китае
topic-russia = Последнее о России
topic-usa = Последнее о США
topic-cooperation = Последнее о сотрудничестве
topic-competition = Последнее о соперничестве
search-heading = Новости по запросу «{ $query }»
search-none = По запросу «{ $query }» подходящих новостей нет.
search-empty = Что искать? Например: /search экспорт чипов, /search Сбербанк, /search 芯片
search-too-long = Слишком длинно: не больше { $max } символов.
search-too-many-words = Не больше { $max } слов, пожалуйста.
search-no-words = В «{ $query }» нечего искать: напишите слово, например /search Huawei.
trend-bad-weeks = Укажите число недель от 1 до { $max }, например <code>/trend 26</code> (по умолчанию 12).
sources-none = Активных лент нет.
sources-heading =
    { $count ->
        [one] <b>Troika читает { $count } ленту</b>
        [few] <b>Troika читает { $count } ленты</b>
        [many] <b>Troika читает { $count } лент</b>
       *[other] <b>Troika читает { $count } ленты</b>
    }

## /why

why-usage = Укажите номер новости, например <code>/why 123</code> (номер выглядит так: <code>#123</code>).
why-not-found = Новости #{ $id } нет.
why-title = <b>Почему #{ $id }</b>: { $title }
why-verdict = По теме: <b>{ $relevant }</b> · оценка <b>{ $score }</b> · характер <b>{ $stance }</b> · страны <b>{ $countries }</b> · язык { $language }
why-yes = да
why-no = нет
why-none = —
why-ai = Термины ИИ: { $terms }
why-countries = Упоминания стран: { $terms }
why-cooperation = Признаки сотрудничества: { $terms }
why-competition = Признаки соперничества: { $terms }
why-fuzzy = Прочитано несмотря на опечатку: { $terms }
why-ignored = Пропущено (ложные друзья): { $terms }
why-rules = <b>Правила</b>
why-footer = <i>{ $source } · впервые замечено { $when }</i>
why-unknown-source = источник неизвестен
never = никогда

## Администрирование

admins-only = Эта команда только для администраторов.
addfeed-usage = Укажите адрес ленты, например <code>/addfeed https://example.com/rss.xml Example News</code>.
addfeed-failed = Не добавлено: { $reason }.
addfeed-done =
    Добавлена { $feed }: { $items ->
        [one] найдена { $items } запись
        [few] найдено { $items } записи
        [many] найдено { $items } записей
       *[other] найдено { $items } записи
    }, по теме — { $relevant }.
feed-id-usage = { $reason }, например <code>/{ $command } 12</code>.
feed-unchanged = Ничего не изменилось: { $reason }.
feed-removed = Удалена { $feed }.
feed-paused = Приостановлена { $feed }.
feed-resumed = Возобновлена { $feed }.
feed-error-bad-id = укажите номер ленты (число из списка лент)
feed-error-not-found = ленты с номером { $id } нет
feed-error-duplicate = эта лента уже есть в списке ({ $detail })
feed-error-invalid-name = название — не больше { $max } печатных символов
feed-error-invalid-url = адрес не подходит ({ $detail })
feed-error-fetch-failed = не удалось загрузить ({ $detail })
feed-error-unreadable = не удалось прочитать как ленту ({ $detail })
feed-error-allow-private = (Чтобы разрешить ленты на частных адресах, задайте <code>FEED_ALLOW_PRIVATE=true</code> и перезапустите бота.)
feeds-none = Лент нет. Добавьте через /addfeed.
feeds-heading = <b>Лент: { $count }</b> (включено: { $enabled })
feeds-legend = 🟢 работает · 🟠 в последнее время сбоит · 🔴 ни разу не сработала · ⚪ ещё не загружалась · ⏸ приостановлена
feeds-health = последний успех { $when } · записей: { $items } · по теме { $share }
feeds-errors =
    { $count ->
        [one] { $count } ошибка подряд
        [few] { $count } ошибки подряд
        [many] { $count } ошибок подряд
       *[other] { $count } ошибки подряд
    }
refresh-running = Обновление уже идёт.
refresh-started = Обновляю все ленты…
refresh-failed-feed = ошибка
refresh-done = <b>Обновление завершено</b> за { $seconds } с: лент { $feeds }, загружено { $fetched }, без изменений { $unchanged }, с ошибкой { $failed }; новых записей { $new }, по теме { $relevant }.
refresh-error = Обновление не удалось; подробности в журнале.
stats-title = <b>Статистика</b> (сегодня с 00:00 { $zone })
stats-subscribers = Подписчики: активных { $active }, неактивных { $inactive }
stats-items = Записей сегодня: { $items }, по теме { $relevant }
stats-briefings = Сводок отправлено сегодня: { $count }
stats-last-refresh = Последнее обновление: { $last }
stats-llm-off = Машинный перевод: выключен (LLM_BASE_URL не задан)
stats-llm = Машинный перевод: последний ответ { $last } ({ $error }) · токенов сегодня { $tokens }/{ $budget } · переведено { $translated }, из кэша { $cached }, ошибок { $failed }
stats-last-run = { $when }: загружено { $fetched } из { $feeds }, с ошибкой { $failed }, новых { $new }, по теме { $relevant }
setorigin-usage = { $reason }, например <code>/setorigin 12 CN state</code> или <code>/setorigin 3 US</code>.
origin-error = укажите страну (US, CN, RU, ID, other) и, если нужно, «state», например CN state
origin-state = госСМИ
origin-unset = страна не указана

## Импорт и экспорт OPML

opml-import-help = Пришлите файл OPML (экспорт из Feedly, Inoreader, NewsBlur, другой Troika…) или ответьте на него командой <code>/import</code>.
opml-the-file = файл
opml-not-opml = «{ $name }» не похож на файл OPML (.opml или .xml). Ничего не импортировано.
opml-refused = Ничего не импортировано: { $why }.
opml-download-failed = Ничего не импортировано: не удалось скачать файл ({ $why }). Пришлите его ещё раз.
opml-busy = Импорт уже идёт; дождитесь отчёта.
opml-checking = Читаю <b>{ $name }</b> и проверяю каждую ленту, как /addfeed; отчёт пришлю следом.
opml-failed = Импорт не удался, ничего не добавлено; подробности в журнале.
opml-export-caption =
    { $count ->
        [one] { $count } лента в формате OPML 2.0. Её примут другие читалки (Feedly, Inoreader…) и /import здесь.
        [few] { $count } ленты в формате OPML 2.0. Их примут другие читалки (Feedly, Inoreader…) и /import здесь.
       *[other] { $count } лент в формате OPML 2.0. Их примут другие читалки (Feedly, Inoreader…) и /import здесь.
    }
opml-no-feeds = Экспортировать нечего: лент нет. Добавьте через /addfeed.
opml-report = <b>Импортирован { $name }</b>: лент в файле { $feeds }, добавлено { $added }, пропущено { $skipped } ({ $seconds } с).
opml-folders = Папок: { $count }; они объединены — у Troika один общий список.
opml-paused = приостановлена
opml-more-added = … и ещё { $count } (полный список — /feeds)
opml-more-skipped = … и ещё { $count }
opml-retry-later = Недоступные и нечитаемые ленты не добавлены; пришлите файл позже, чтобы добавить заработавшие (остальные пропустятся как уже добавленные).
opml-skip-no-url = нет адреса ленты
opml-skip-repeated = указана дважды
opml-skip-duplicate = уже в списке
opml-skip-invalid-url = неверный адрес
opml-skip-fetch-failed = недоступна
opml-skip-unreadable = не читается как лента
opml-skip-invalid-name = неверное название
opml-skip-not-found = не найдена

## Фильтры читателя

topic-label-chips-export-controls = Чипы и экспортный контроль
topic-label-models-labs = Модели и лаборатории
topic-label-military = Военное применение
topic-label-governance-safety = Регулирование и безопасность
topic-label-research = Исследования
topic-label-business = Бизнес
filters-topics = Темы: { $topics }
filters-topics-all = все
filters-muted = Исключённые слова: { $muted }
filters-muted-none = нет
filters-topics-button = 🏷 Темы: { $topics }
filters-muted-button = 🔇 Исключённые слова: { $count }
topics-title = <b>Темы</b>
topics-all = Вы получаете новости по <b>всем</b> темам.
topics-only = Вы получаете новости только по темам: <b>{ $topics }</b>.
topics-hint = Отметьте темы, чтобы следить только за ними; «Все темы» сбрасывает выбор.
topics-type-hint = Или напишите <code>/settings topics chips, military</code> или <code>/settings topics all</code>.
topics-all-button = Все темы
button-back = ‹ Назад
topics-note-all = Все темы.
topics-note-only = Только: { $topics }.
topics-unknown = Не знаю таких тем: { $unknown }. Темы: { $known } или <code>all</code>. Ничего не изменилось.
topics-set-only = Только новости по темам: <b>{ $topics }</b>.
topics-set-all = Новости по <b>всем</b> темам.
muted-title = <b>Исключённые слова</b> ({ $count } из { $max })
muted-none = Нет: ничего не исключается.
muted-explain = Новость, в заголовке или кратком изложении которой есть одно из этих слов, не попадёт в ваши сводки и списки:
muted-type-hint = Или напишите <code>/settings mute крипто</code>, <code>/settings unmute крипто</code>.
muted-add-button = ➕ Добавить слово…
muted-clear-button = Очистить всё
muted-gone = Этого слова уже нет в списке.
muted-cleared = Исключённых слов нет.
unmuted-plain = «{ $word }» больше не исключается.
unmuted = «{ $word }» больше не исключается.
unmute-unknown = «{ $word }» не в списке исключённых. /settings muted покажет список.
muted-added = Исключено «{ $word }» ({ $count } из { $max }). Новости с этим словом не попадут в ваши сводки и списки.
mute-help = Пришлите слово или фразу, которые нужно исключить (на любом языке, до { $max } символов; регистр и диакритика не важны), например <code>крипто</code> или <code>比特币</code>.
mute-empty = Пусто.
mute-too-long = Слишком длинно: не больше { $max } символов.
mute-no-letters = В слове должна быть хотя бы одна буква или цифра.
mute-duplicate = Это слово уже исключено.
mute-full = У вас уже { $max } исключённых слов — это максимум; сначала удалите одно.
nothing-changed = Ничего не изменилось.

# Сюжеты (issue 8): происхождение, слепое пятно, свёрнутый список, «Развитие», /story
cmd-story = Все публикации сюжета по странам
story-blind-spot = 👁 Слепое пятно: об этом пишут только СМИ { $flag } { $origin }
story-blind-spot-state = 👁 Слепое пятно: об этом пишут только государственные СМИ { $flag } { $origin }
digest-more = { $count ->
    [one] Ещё { $count } сюжет
    [few] Ещё { $count } сюжета
   *[other] Ещё { $count } сюжетов
}
digest-developing = 📈 Развитие
digest-developing-sources = { $count ->
    [one] +{ $count } источник
    [few] +{ $count } источника
   *[other] +{ $count } источников
}
digest-developing-origins = теперь и { $flags }
story-usage = Укажите номер сюжета, например <code>/story 42</code> (в списках он показан как <code>#42</code>).
story-not-found = Сюжета #{ $id } нет.
story-detail-title = Сюжет #{ $id } · { $reports } · { $from } – { $to }
story-reports = { $count ->
    [one] { $count } публикация
    [few] { $count } публикации
   *[other] { $count } публикаций
}
story-origin-US = СМИ США
story-origin-CN = Китайские СМИ
story-origin-RU = Российские СМИ
story-origin-ID = Индонезийские СМИ
story-origin-other = Другие СМИ
story-state = гос.
story-unknown-outlet = неизвестное издание
story-why-grouped = Почему вместе
story-joined = { $lang } { $outlet }: то же событие, что и в публикации { $otherLang } из { $other }
story-joined-duplicate = { $lang } { $outlet }: почти тот же текст, что и в публикации { $otherLang } из { $other }
story-shared = общее: { $keys }
story-single = Пока одна публикация; следующие о том же событии добавятся сюда.
# Сюжеты, разведённые по фактам (задача 8): направление действия, разные цифры
story-act-restrict = в обеих вводится ограничение
story-act-ease = в обеих ограничение снимают или смягчают
story-kept-apart = Не объединены
story-apart-line = { $lang } { $outlet }: не то же событие, что сюжет #{ $id }: { $why }
story-apart-opposite-acts = в одной публикации вводят ограничение, в другой его снимают или смягчают
story-apart-numbers-differ = в заголовках разные цифры
why-story-note = В сюжете { $count } публикаций с общей оценкой: /story { $id } покажет каждую и почему они объединены.

# Offline gist and machine translation (issue 9, items 3 and 4): a story with no report in the reader's language
story-gist = ℹ️ Вкратце: { $gist }
gist-topic-chips-export-controls = чипы и экспортный контроль
gist-topic-models-labs = модели и ИИ-лаборатории
gist-topic-military = ИИ в военном деле
gist-topic-governance-safety = регулирование и безопасность ИИ
gist-topic-research = исследования
gist-topic-business = бизнес и сделки
story-translated-from-en = 🌐 Машинный перевод с английского
story-translated-from-id = 🌐 Машинный перевод с индонезийского
story-translated-from-ru = 🌐 Машинный перевод с русского
story-translated-from-zh = 🌐 Машинный перевод с китайского
story-translated-from-other = 🌐 Машинный перевод
## Weekly recap and briefing frequency (issue 11)

settings-frequency = Сводки: { $frequency }
frequency-daily = каждый день
frequency-weekly = раз в неделю, по понедельникам, с графиком /trend
frequency-both = каждый день и недельный обзор с графиком по понедельникам
frequency-button-daily = Ежедневно
frequency-button-weekly = Раз в неделю
frequency-button-both = И то и другое
# A button notice: plain text, no HTML.
settings-note-frequency = Сводки: { $frequency }.
settings-frequency-set = Сводки: <b>{ $frequency }</b>, в { $time }.
weekly-title = Troika за неделю — неделя с { $date }
weekly-empty = За эту неделю сюжетов об ИИ в отношениях США, Китая и России нет.

## Channels (issue 11): subscribed and managed from a channel administrator's private chat

channel-usage = Чтобы подписать канал, сделайте меня его администратором (с правом публиковать сообщения) и отправьте здесь <code>/subscribe @вашканал</code> или перешлите мне любой пост из канала. <code>/channels</code> — каналы, которыми вы управляете.
channel-subscribed = 📢 Канал <b>{ $channel }</b> подписан: сводка будет публиковаться там каждый день в { $time } ({ $zone }). Изменить: <code>/settings { $handle }</code>; отменить: <code>/unsubscribe { $handle }</code>.
channel-already-subscribed = 📢 Канал <b>{ $channel }</b> уже подписан (сводка в { $time }, { $zone }). Изменить: <code>/settings { $handle }</code>; отменить: <code>/unsubscribe { $handle }</code>.
channel-unsubscribed = 📢 Канал <b>{ $channel }</b> больше не будет получать сводки.
channel-not-subscribed = 📢 Канал <b>{ $channel }</b> не подписан. Сначала отправьте <code>/subscribe { $handle }</code>.
channel-not-found = Не могу найти канал { $channel }. Проверьте имя или перешлите мне пост из этого канала.
channel-not-a-channel = { $channel } — не канал. Чтобы подписать группу, отправьте /subscribe в самой группе.
channel-bot-not-admin = Я не администратор канала { $channel }. Добавьте меня в настройках канала → Администраторы с правом публиковать сообщения и попробуйте снова.
channel-bot-cannot-post = Я администратор канала { $channel }, но не могу публиковать сообщения в { $channel }. Дайте мне право «Публикация сообщений» и попробуйте снова.
channel-user-not-admin = Управлять сводкой канала { $channel } могут только его администраторы.
channel-check-failed = Не удалось сейчас проверить { $channel } в Telegram. Попробуйте через минуту.
channels-none = У вас нет подписанных каналов. Сделайте меня администратором своего канала, затем отправьте <code>/subscribe @вашканал</code> или перешлите мне пост из него.
channels-list = Ваши каналы — нажмите на канал, чтобы открыть его настройки:
cmd-channels = Ваши каналы: подписка и настройки
settings-channel-title = 📢 Канал: <b>{ $channel }</b>
# A button notice: plain text, no HTML.
channel-button-refused = Вы больше не можете управлять этим каналом: вы или я больше не его администраторы.

## The /trend chart and its caption (issue 11). Plain text (a PNG and a photo caption, no HTML).
# The chart's characters must be in the shipped font subset (scripts/subset-chart-font.py).

trend-chart-title = ИИ между США, Китаем и Россией: сюжеты по неделям, последние { $weeks } нед.
trend-axis-stories = Сюжеты
trend-axis-share = Доля сюжетов
trend-axis-week = Неделя
trend-legend-countries = Страны
trend-legend-stance = Характер
trend-pair-us-cn = США–Китай
trend-pair-us-ru = США–Россия
trend-pair-cn-ru = Китай–Россия
trend-pair-all = Все три
trend-stance-cooperation = Сотрудничество
trend-stance-competition = Соперничество
trend-stance-mixed = Смешанное
trend-what-cooperation = Сотрудничество, { $pair }
trend-what-competition = Соперничество, { $pair }
trend-what-mixed = Смешанное, { $pair }
trend-change-up = { $what }: { $now }, было { $before }
trend-change-down = { $what }: { $now }, было { $before }
trend-week-of = Неделя с { $date }: сюжетов — { $total }.
trend-quiet = Без изменений по сравнению с прошлой неделей.
trend-no-data = За последние { $weeks } нед. сюжетов пока нет.
trend-changes-1 = { $a }.
trend-changes-2 = { $a }; { $b }.
trend-changes-3 = { $a }; { $b }; { $c }.
trend-caption = { $head } { $changes }

## OPML refusals in the bot (issue 11); the command line keeps its English line.

opml-refusal-too-large = файл весит { $size } МБ, а список OPML — не больше { $max } МБ
opml-refusal-not-xml = это не XML-файл ({ $detail })
opml-refusal-not-xml-line = это не XML-файл (строка { $line }: { $detail })
opml-refusal-entities = в файле объявлены XML-сущности, которые списку OPML не нужны; экспортируйте его заново из своей читалки
opml-refusal-not-opml = это XML, но не OPML (корневой элемент — &lt;{ $root }&gt;, а не &lt;opml&gt;)
opml-refusal-no-body = в этом файле OPML нет &lt;body&gt;, поэтому в нём нет лент
opml-refusal-too-many = в файле { $count } элементов outline, а за раз можно импортировать не больше { $max }: разбейте его на файлы поменьше
opml-refusal-too-deep = папки вложены на { $depth } уровней, а читается не больше { $max }
opml-refusal-no-feeds =
    { $count ->
        [one] у его единственного элемента outline нет адреса ленты (xmlUrl)
       *[other] ни у одного из { $count } элементов outline нет адреса ленты (xmlUrl)
    }


# newcomer (issue 12): a list or search whose stories the reader's own filters all hid
list-all-hidden =
    { $count ->
        [one] Ваши фильтры скрыли { $count } новость (/settings); больше показать здесь нечего.
        [few] Ваши фильтры скрыли { $count } новости (/settings); больше показать здесь нечего.
       *[other] Ваши фильтры скрыли { $count } новостей (/settings); больше показать здесь нечего.
    }

## Hardening (issue 12): a non-admin learns their own id; channel commands typed in a group

admins-only-your-id =
    Эта команда только для администраторов.
    Ваш идентификатор пользователя Telegram — <code>{ $id }</code>. Чтобы стать администратором, добавьте его в <code>ADMIN_IDS</code> там, где запущен бот (например, <code>ADMIN_IDS={ $id }</code>; несколько идентификаторов разделяются запятыми), и перезапустите бота.
channel-in-group = Каналы подписывают и настраивают в личном чате со мной, а не в группе: откройте <a href="https://t.me/{ $bot }">@{ $bot }</a> и отправьте там <code>/{ $command } { $channel }</code>. Подписка самой группы не изменилась.
