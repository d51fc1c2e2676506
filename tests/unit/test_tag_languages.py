"""Aliases of one language are read only in that language's text, and never compete with the aliases it
reads; all sentences are written for these tests."""

import pytest

from pipeline.tag.tagger import Tagger


def concepts(text: str, lang: str) -> set[str]:
    return {m.entry.concept for m in Tagger.load().gazetteer.find(text, lang) if m.entry.kind == "topic"}


def test_a_longer_term_of_another_language_does_not_hide_the_texts_own():
    # Spanish "firma" (signs) is the longest term at this word, but a Polish text reads only Polish
    # terms, where "firm*" names companies.
    assert "companies" in concepts("Firma z Gdańska otworzyła biuro w Taszkencie.", "pl")
    assert "agreement" not in concepts("Firma z Gdańska otworzyła biuro w Taszkencie.", "pl")
    assert "agreement" in concepts("El ministro firma el acuerdo en Astaná.", "es")


# (language, a sentence with the term, its concept, a sentence with a word or name that only begins like it)
LOOK_ALIKES = [
    ("kk", "Өзбекстан мақта экспортын арттырды.", "agriculture", "Ұстаз шәкіртін мақтап, оған алғыс айтты."),
    ("kk", "Елордада мақтаның жаңа сорты көрсетілді.", "agriculture", "Ол еліміздің жетістігін мақтаныш етті."),
    ("kk", "Ескі қаланың мұрасы ЮНЕСКО тізіміне енді.", "tourism_heritage", "Мұрат Әбенов сұхбат берді."),
    ("kk", "Алматыда суретшілердің көрмесі ашылды.", "culture", "Ол бұл хабарды көрмеді."),
    ("kk", "Көрмеге мыңдаған адам келді.", "culture", "Жүргізуші белгіні көрмей қалды."),
    ("kk", "Ауылға электр желісі тартылды.", "electricity", "Электрондық үкімет порталы жаңартылды."),
    ("kk", "Дін істері агенттігі мәлімдеме жасады.", "religion", "Дінмұхамед Қонаевтың туған күні аталып өтті."),
    ("kk", "Ғалымдар жаңа зерттеу жариялады.", "education", "Ғалымжан Қойшыбаев елші болып тағайындалды."),
    ("kk", "Алтын өндіру өсті.", "metals", "Алтынбек Сәрсенбайұлы туралы кітап шықты."),
    ("kk", "Алтынның бағасы көтерілді.", "metals", "Форум алтыншы рет өтті."),
    ("ky", "Алтын кени ишке кирди.", "metals", "Форум алтынчы жолу өттү."),
    ("uz", "Олтин қазиб олиш ошди.", "metals", "Форум олтинчи марта ўтди."),
    ("tk", "Altyn gazyp alyş artdy.", "metals", "Forum altynjy gezek geçirildi."),
    ("ru", "Школа приняла новых учащихся.", "education", "Врачи отметили учащение пульса."),
    ("kk", "Президент Ташкентке сапармен барды.", "visit", "Сапармұрат Ниязов 2006 жылы қайтыс болды."),
    ("kk", "Ислам діні туралы конференция өтті.", "religion", "Ислам Каримов Ташкентте жерленген."),
    ("kk", "Шенеунік пара алған деп айыпталды.", "corruption", "Кітаптың бірінші парағы жыртылған."),
    ("kk", "Бокс жарысы Астанада өтті.", "sport", "Боксит кеніші жабылды."),
    ("ky", "Айылга электр линиясы тартылды.", "electricity", "Электрондук кезек системасы ишке кирди."),
    ("ky", "Кызматкер пара алып кармалды.", "corruption", "Жеңиш күнүнө арналган парад өттү."),
    ("uz", "Президент Москвага сафар қилди.", "visit", "Баҳодир Сафаров мукофот олди."),
    ("uz", "Пахта ҳосили йиғиб олинди.", "agriculture", "Пахтакор жамоаси ғалаба қозонди."),
    ("uz", "Paxta eksporti oshdi.", "agriculture", "Paxtakor stadionida o'yin bo'ldi."),
    ("uz", "Олимлар янги навни яратди.", "education", "Олимжон Раҳимов сўзга чиқди."),
    ("uz", "Суд ҳукм чиқарди.", "court", "Ҳукмрон партия сайловда ютди."),
    ("uz", "Ислом дини ҳақида маъруза бўлди.", "religion", "Ислом Каримов номидаги кўча таъмирланди."),
    ("tg", "Нерӯгоҳ ба шаҳр барқ медиҳад.", "electricity", "Суботу барқарорӣ дар минтақа муҳим аст."),
    ("tg", "Ширкат корхонаи нав сохт.", "companies", "Вазир дар ҷаласа ширкат варзид."),
    ("tg", "Тарма роҳи кӯҳиро баст.", "disaster", "Тармими роҳ анҷом ёфт."),
    ("tg", "Олимон ихтирои нав карданд.", "education", "Олимҷон Саидов ба мусобиқа рафт."),
    ("tk", "Prezident Moskwa saparyny tamamlady.", "visit", "Saparmyrat Nyýazowyň kitaby çap edildi."),
    ("tk", "Türkmenbaşy porty giňeldildi.", "port", "Prezidentiň portreti asyldy."),
    ("ru", "Цены на газ выросли.", "gas", "Газета опубликовала интервью."),
    ("ru", "Поезд прибыл в Ташкент.", "railway", "Поездка министра продлится три дня."),
    ("ru", "Министр посетил Бишкек.", "visit", "Посетители музея увидели новую выставку."),
    ("ru", "Алматы станет логистическим хабом.", "logistics", "Самолёт вылетел в Хабаровск."),
    ("ru", "Ислам исповедуют многие жители.", "religion", "Улица названа в честь Ислама Каримова."),
    ("ru", "Протест против закона продолжился.", "protest", "Протестантская община открыла центр."),
    ("ru", "Утилизация отходов стала проблемой.", "environment", "Поезд отходит в полночь."),
    ("ru", "Сборная Казахстана выиграла матч.", "sport", "Вышел сборник стихов Абая."),
    # Scripts matched anywhere: the not-term holds the term inside it.
    ("ka", "ვიზის გარეშე მიმოსვლა დაიწყო.", "visa_citizenship", "საზოგადოებრივმა ტელევიზიამ ფილმი აჩვენა."),
    ("ka", "ოპოზიციამ თბილისში აქცია გამართა.", "protest", "საპარლამენტო ფრაქციამ კანონპროექტი წარადგინა."),
    ("ka", "ოპოზიციამ თბილისში აქცია გამართა.", "protest", "კომპანიის აქციონერებმა კრება გამართეს."),
    ("ka", "ფოთის პორტი გაფართოვდა.", "port", "მუზეუმში მხატვრის პორტრეტი გამოიფინა."),
    ("ka", "თბილისიდან ტაშკენტამდე პირდაპირი ფრენა დაიწყო.", "aviation", "ფრენბურთის ნაკრებმა მატჩი მოიგო."),
    ("he", "ראש הממשלה הגיע לביקור בטשקנט.", "visit", "העיתון פרסם ביקורת חריפה על התקציב."),
    ("he", "הממשלה הגישה הצעת חוק חדשה.", "constitution_law", "הכפר רחוק מהעיר."),
    ("he", "הממשלה הגישה הצעת חוק חדשה.", "constitution_law", "חוקר המשטרה העיד במשפט."),
    ("hi", "तेल की कीमतें बढ़ गईं।", "oil", "तेलंगाना में नई सड़क खुली।"),
    ("hi", "जहाज बंदरगाह पर पहुंचा।", "port", "मंत्री हवाई जहाज से दिल्ली पहुंचे।"),
    ("ur", "ریلوے لائن بچھائی گئی۔", "railway", "اجلاس اپریل میں ہوگا۔"),
    ("ur", "شہر میں وبا پھیل گئی۔", "health", "صوبائی اسمبلی کا اجلاس دوبارہ ہوگا۔"),
    ("ka", "ომის დასრულებაზე საუბრობდნენ.", "war", "მთავრობათაშორისი კომისიის სხდომა გაიმართა."),
    ("ka", "მდინარის დონე მოიმატა.", "river", "მოლაპარაკებები მიმდინარეობს."),
    ("hy", "Նախագահը պաշտոնական այց կատարեց Աստանա։", "visit", "Կողմերը համաձայնեցին, բայց ժամկետ չնշեցին։"),
    ("hy", "Ուրանի արդյունահանումն աճեց։", "uranium", "Պատվիրակությունը տեղավորվեց հյուրանոցում։"),
    ("he", "חברי כנסת רבים תמכו בתקציב.", "parliament", "התוכנית נכנסת לתוקף מחר."),
    # A Cyrillic term ending in a vowel also reads as its stem: метро would read метр (a metre), лицей
    # лице ("в лице", on behalf of), паліва палів (watering).
    ("ru", "В Ташкенте открылась новая станция метро.", "railway", "Пробка растянулась на триста метров."),
    ("ru", "Выпускники школ сдали экзамены.", "education", "Соглашение подписано в лице министра."),
    ("be", "Цэны на паліва зноў выраслі.", "oil", "Гаспадыня палівае агарод."),
    # التنس (tennis) would sit inside التنسيق (coordination).
    ("ar", "فازت اللاعبة ببطولة الشطرنج.", "sport", "بحث الوزيران التنسيق بين البلدين."),
    # consul* would read consultants and consulting.
    ("en", "The consulate in Almaty reopened.", "envoy", "A consultant advised the bank."),
    ("pl", "Konsulat w Ałmaty wznowił pracę.", "envoy", "Firma zatrudniła konsultanta."),
    ("kk", "Консулдық бөлім жұмысын жалғастырды.", "envoy", "Банк консультантты жұмысқа алды."),
]


@pytest.mark.parametrize(("lang", "term", "concept", "look_alike"), LOOK_ALIKES)
def test_a_word_that_only_begins_like_a_term_is_no_term(lang, term, concept, look_alike):
    assert concept in concepts(term, lang)
    assert concept not in concepts(look_alike, lang)


@pytest.mark.parametrize(
    ("lang", "text", "concept"),
    [
        ("en", "Petrol and diesel prices rose again.", "oil"),
        ("ru", "Из-за снегопада и гололеда закрыли трассу.", "disaster"),
        ("kk", "Астанада қатты боран соқты.", "disaster"),
        ("uz", "Toshkentda yangi tramvay yo'nalishi ochildi.", "railway"),
        ("tr", "Kar fırtınası nedeniyle okullar tatil edildi.", "disaster"),
        ("de", "Die Straßenbahn fährt wieder nach Plan.", "railway"),
        ("zh", "暴风雪导致航班取消。", "disaster"),
        ("ja", "東京で大雪が降った。", "disaster"),
        ("fr", "Le ministre a reçu son homologue ouzbek.", "talks"),
        ("es", "Se registraron nuevos casos de sarampión.", "health"),
        ("ky", "Бишкектик шахматчы жеңишке жетти.", "sport"),
        ("pl", "Przypadki grypy i gruźlicy wzrosły zimą.", "health"),
        ("sw", "Mvua kubwa ilinyesha jijini Dar es Salaam.", "disaster"),
        ("en", "Kazakhstan joined the World Trade Organization in 2015.", "trade"),
        ("en", "The navy and the air force held a parade.", "military"),
    ],
)
def test_everyday_news_words_name_their_concept(lang, text, concept):
    assert concept in concepts(text, lang)


def countries(text: str, lang: str) -> set[str]:
    return {m.entry.country for m in Tagger.load().gazetteer.find(text, lang) if m.entry.country}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Delegasiia Taşkentke barady.", "UZ"),
        ("Petropavlda jaña zauyt aşyldy.", "KZ"),
        ("Qazaqstan Prezidentı Pezeşkianmen telefon arqyly söilestı.", "IR"),
        ("Mınıster Reseimen kelıssöz jürgızdı.", "RU"),  # Resei + men
        ("Ükımet Astanany jaña ortalyq dep atady.", "KZ"),  # Astana + ny
        ("Qytaimen sauda östı.", "CN"),  # a short name + men
    ],
)
def test_kazakh_latin_spellings_and_endings_other_languages_share(text, code):
    assert code in countries(text, "kk")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A delegação turcomena chegou ontem.", "pt"),  # turco + men + a is no Turk in Portuguese
        ("Taşkent ilçesinde hasat başladı.", "tr"),  # the Turkish town
    ],
)
def test_kazakh_only_spellings_and_endings_stay_out_of_other_languages(text, lang):
    assert countries(text, lang) == set()
    assert countries(text, "kk")  # what Kazakh text would read there


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hazine ve Maliye Bakanı bütçeyi açıkladı.", set()),  # the finance ministry, not Mali + ye
        ("Heyet Mali'ye gitti.", {"ML"}),  # a case ending behind the apostrophe
        ("Türkler ve Çinli yatırımcılar görüştü.", {"TR", "CN"}),  # plural and derivation glued on
    ],
)
def test_turkish_case_endings_follow_a_name_behind_an_apostrophe(text, expected):
    assert countries(text, "tr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقعت عمان وكازاخستان مذكرة تفاهم في مجال النقل", {"OM", "KZ"}),
        ("وصل وزير الخارجية الأردني إلى عمان قادما من أستانا", {"JO", "KZ"}),  # the capital of Jordan
        ("سلطنة عمان والأردن تبحثان التعاون", {"OM", "JO"}),  # the sultanate's full name is Oman
    ],
)
def test_arabic_oman_and_amman_share_a_spelling(text, expected):
    assert set(Tagger.load().tag(text, lang="ar").countries) == expected


def test_a_turkmen_appointment_is_not_a_holiday_celebrated():
    assert "appointment" in concepts("Ol ilçi wezipesine bellenildi.", "tk")
    assert "appointment" in concepts("Täze bellenen ilçi ynanç hatyny gowşurdy.", "tk")
    assert "appointment" not in concepts("Baýramy ýurdumyzda giňden bellenildi.", "tk")


@pytest.mark.parametrize(("lang", "text", "concept", "words"), [
    ("ru", "Стороны подписали совместное заявление о границе.", "joint_statement", "совместное заявление"),
    ("ru", "Строительство атомной электростанции начнётся весной.", "nuclear_power", "атомной электростанции"),
    ("pl", "Rozmowa telefoniczna prezydentów trwała godzinę.", "phone_call", "Rozmowa telefoniczna"),
])
def test_a_term_of_several_stems_matches_its_inflected_words(lang, text, concept, words):
    found = [m for m in Tagger.load().gazetteer.find(text, lang) if m.entry.concept == concept]
    assert words in {text[m.start:m.end] for m in found}


def test_a_term_of_several_stems_matches_when_its_first_word_has_no_ending():
    # "совет* безопасности": the first word bare, the phrase goes on after it.
    assert "united_nations" in concepts("Совет безопасности ООН собрался в среду.", "ru")
    assert "united_nations" not in concepts("Совет директоров собрался в среду.", "ru")


def test_a_term_of_several_stems_needs_its_words_next_to_each_other():
    assert "joint_statement" not in concepts("Совместное решение и заявление министров.", "ru")
    assert "joint_statement" not in concepts("Совместное, заявление.", "ru")
