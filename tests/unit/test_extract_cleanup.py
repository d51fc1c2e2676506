"""The news clean-up rules on extracted paragraphs."""

import json
import re
from pathlib import Path

import pytest
import yaml
from lxml.html import fromstring

from pipeline.extract import cleanup, extract_article
from pipeline.extract.cleanup import _Folded, _PatternList, _uncaptured, _WholeLines, clean_paragraphs
from pipeline.extract.metadata import read_metadata, site_names

ARTICLE = [
    "Kazakhstan and Uzbekistan signed an agreement on Monday to build a second railway line.",
    "The line will carry passengers and freight and should open within four years, ministers said.",
    "Financing will come from the two budgets and from a loan by a regional development bank.",
]
TITLE = "Kazakhstan and Uzbekistan to build second railway"


def test_article_paragraphs_pass_unchanged():
    assert clean_paragraphs(ARTICLE, [TITLE]) == ARTICLE


def test_title_repeated_at_the_top_is_dropped():
    assert clean_paragraphs([TITLE, *ARTICLE], [TITLE]) == ARTICLE
    assert clean_paragraphs([TITLE.upper() + ".", *ARTICLE], [TITLE]) == ARTICLE


def test_title_glued_with_section_labels_and_standfirst_is_dropped():
    standfirst = "The line will cut the journey to six hours."
    header = f"World Central Asia {TITLE} {standfirst}"
    assert clean_paragraphs([header, *ARTICLE], [TITLE], standfirst) == ARTICLE


def test_a_lead_sentence_that_says_the_title_again_after_its_dateline_is_kept():
    title = "Saidov received the European Union's special representative for Central Asia"
    lead = f"TASHKENT. Uzbekistan's Foreign Minister Bakhtiyor {title}."
    assert clean_paragraphs([lead, *ARTICLE], [title]) == [lead, *ARTICLE]


def test_a_lead_that_says_the_title_again_and_runs_on_after_a_colon_is_kept_and_a_glued_standfirst_goes():
    # The seventy-second regional batch's census office: the lead's sentence says the headline and goes on after a
    # colon with the words of the page's description, in lower case.
    title = "The first stage of the farm census in the Akmola region is over"
    description = "counters visited more than two thousand farms"
    lead = f"{title}: {description} with tablets."
    assert clean_paragraphs([lead, *ARTICLE], [title], description) == [lead, *ARTICLE]
    assert clean_paragraphs([f"ASTANA, 4 Dec – Sputnik. {lead}", *ARTICLE], [title], description)[1:] == ARTICLE
    # The title glued with its standfirst, a capital after it or no mark between them, is still the page's header.
    standfirst = "Counters visited more than two thousand farms."
    assert clean_paragraphs([f"{title} {standfirst}", *ARTICLE], [title], standfirst) == ARTICLE
    assert clean_paragraphs([f"{title}: {standfirst}", *ARTICLE], [title], standfirst) == ARTICLE


def test_a_title_alone_is_kept_when_nothing_follows():
    assert clean_paragraphs([TITLE], [TITLE]) == [TITLE]


def test_title_words_inside_a_real_paragraph_do_not_remove_it():
    paragraph = (
        f"{TITLE} is what officials promised in 2019, and the plan has changed several times since then."
    )
    assert clean_paragraphs([paragraph, *ARTICLE], [TITLE]) == [paragraph, *ARTICLE]


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            [ARTICLE[0], "Related: Uzbek crossing opens", "- Tender out", "- Freight up", *ARTICLE[1:]],
            id="pointer and its list",
        ),
        pytest.param(
            [*ARTICLE, "You may also like", "Kazakh wheat exports rise", "Tajik dam reaches new height"],
            id="headlines under a heading",
        ),
        pytest.param(
            [*ARTICLE, "- New metro line for Almaty", "- Tashkent airport expansion approved",
             "Dana Nurlanova covers transport. Follow her on Twitter @dana for updates."],
            id="headline list and author promotion at the end",
        ),
    ],
)
def test_lists_of_other_stories_are_dropped(paragraphs):
    assert clean_paragraphs(paragraphs, [TITLE]) == ARTICLE


def test_a_byline_glued_to_the_first_paragraph_is_taken_off():
    authors = ["Dana Nurlanova", "Farrukh Aliev"]
    glued = f"By Dana Nurlanova and Farrukh Aliev | {ARTICLE[0]}"
    assert clean_paragraphs([glued, *ARTICLE[1:]], [TITLE], authors=authors) == ARTICLE
    told = f"Dana Nurlanova said: {ARTICLE[0]}"  # the author as the subject of a sentence stays
    assert clean_paragraphs([told, *ARTICLE[1:]], [TITLE], authors=authors) == [told, *ARTICLE[1:]]


def test_a_short_sentence_that_opens_with_a_byline_s_word_is_kept_and_a_byline_is_not():
    sentences = ["By Friday, the talks had stalled.", "Авторы доклада предупреждают, что темпы таяния ускоряются."]
    paragraphs = [ARTICLE[0], sentences[0], ARTICLE[1], sentences[1], ARTICLE[2]]
    assert clean_paragraphs(paragraphs, [TITLE]) == paragraphs
    bylines = ["By Aigerim Sadykova, Astana", "По материалам агентства Kazinform.", "Written by staff reporter."]
    assert clean_paragraphs([*bylines, *ARTICLE], [TITLE]) == ARTICLE


def test_an_article_list_of_facts_is_kept():
    facts = ["- 1,200 kilometres of track", "- 14 stations"]
    paragraphs = [*ARTICLE[:2], "Key figures of the project:", *facts, ARTICLE[2]]
    assert clean_paragraphs(paragraphs, [TITLE]) == paragraphs


def test_shortcodes_and_markup_shown_as_text_are_removed():
    paragraphs = [
        '[button link="/submit"]Send us your story[/button]',
        "<b>Bold</b> claim with <script>x</script>",
    ]
    assert clean_paragraphs(paragraphs) == ["Send us your story", "Bold claim with x"]


def test_editorial_brackets_in_quotes_stay():
    paragraph = '"[We] agreed to grant all licences of [our] artists," the statement [issued on Monday] says.'
    assert clean_paragraphs([paragraph]) == [paragraph]
    assert clean_paragraphs(["Comment [automerge]1574096160[/automerge] text"]) == ["Comment 1574096160 text"]


def test_angle_brackets_that_are_not_markup_stay():
    paragraph = "The drama <The Palace: Tale of Jang Noksu> returns, and 3 < 5 > 2 holds."
    assert clean_paragraphs([paragraph]) == [paragraph]


def test_blank_paragraphs_are_dropped_and_spaces_collapsed():
    assert clean_paragraphs(["  ", "Ministers   met\tin Astana on the water plan for the summer."]) == [
        "Ministers met in Astana on the water plan for the summer."
    ]


def test_subscription_calls_with_the_network_names_in_any_script_are_dropped():
    calls = [
        "Биздин Telegram-каналга катталыңыз!",
        "Янгиликлардан хабардор бўлиш учун Телеграм каналимизга обуна бўлинг.",
        "Ба канали мо дар Телеграм обуна шавед",
        "ما را در تلگرام دنبال کنید",
        "Bizi Google Haberler'de takip edin",
        "Follow the Opinion desk on Facebook and Instagram.",
        "Читайте нас в Telegram — главное за день",
        "扫码关注我们的微信公众号",
    ]
    assert clean_paragraphs([ARTICLE[0], *calls, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_calls_in_capitals_are_dropped_and_rules_with_capitals_are_refused():
    """Calls are matched on lower-cased text, so their patterns must be written in lower case."""
    calls = ["ПОДПИСЫВАЙТЕСЬ НА НАШ TELEGRAM-КАНАЛ", "İNSTAGRAM SAYFAMIZI TAKİP EDİN"]
    assert clean_paragraphs([ARTICLE[0], *calls, *ARTICLE[1:]], [TITLE]) == ARTICLE
    with pytest.raises(ValueError, match="lower case"):
        _PatternList([r"\bsubscribe\W", r"\bSubscribe to our \w+ channel"])
    assert _PatternList([r"\bsubscribe\W"]).matching(_Folded("SUBSCRIBE!")) == {0}


def test_a_call_in_the_capitals_of_a_turkic_latin_alphabet_is_found_as_ignorecase_finds_it():
    """Such an alphabet's capital "I" is a dotless "ı" lower-cased; the engine's IGNORECASE takes "ı" and "i" for one
    letter, and the calls, matched on lower-cased text without the flag, fold them to one so as to do the same."""
    written = "App Store va Google Play’dan júklep alıń"
    assert cleanup.is_call_line(written)
    assert cleanup.is_call_line(written.upper())
    assert not cleanup.is_call_line("Fermerler júklerin App Store arqalı emes, temir jol arqalı jiberdi.")


def test_read_also_pointers_in_kazakh_latin_and_with_a_full_width_colon_are_dropped():
    pointers = ["Sondai-aq oqyñyz: Şymkentte jaña äuejai aşyldy", "延伸阅读：阿拉木图地铁新线开通"]
    assert clean_paragraphs([ARTICLE[0], *pointers, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_a_date_line_at_the_top_is_dropped_and_a_date_in_the_story_kept():
    top = ["Опубликовано: 03.12.2025 12:47", "2025-yil 3-dekabr, 10:15"]
    exhibition = "3 December 2025 | 20 January 2026"
    assert clean_paragraphs([*top, *ARTICLE, exhibition], [TITLE]) == [*ARTICLE, exhibition]


def test_a_news_listing_with_times_or_dates_after_the_article_is_dropped():
    listing = ["Balkan welaýatynda täze mekdep açyldy02.12.2025", "14:25 Курс тенге укрепился",
               "Mary şäherinde halkara sergi geçirildi 01.12.2025"]
    assert clean_paragraphs([*ARTICLE, *listing], [TITLE]) == ARTICLE
    # A single dated line is no listing.
    assert clean_paragraphs([*ARTICLE, listing[0]], [TITLE]) == [*ARTICLE, listing[0]]


@pytest.mark.parametrize("heading", ["Об авторе", "Yazar Hakkında", "Muallif haqida:", "About the author",
                                     "درباره نویسنده"])
def test_an_author_bio_under_its_heading_is_dropped_and_what_follows_kept(heading):
    bio = "Erkin Sadykov writes about energy and Eurasian integration; before that he worked for trade papers."
    assert clean_paragraphs([*ARTICLE[:2], heading, bio, ARTICLE[2]], [TITLE]) == ARTICLE


@pytest.mark.parametrize("heading", ["How we reported this", "Мо чӣ тавр кор кардем", "Как мы работали над материалом",
                                     "Biz qanday ishladik:"])
def test_a_note_on_how_the_story_was_reported_under_its_heading_is_dropped(heading):
    note = "Our reporter spent two days in the villages along the canal and spoke to fourteen families."
    assert clean_paragraphs([*ARTICLE[:2], heading, note, ARTICLE[2]], [TITLE]) == ARTICLE


@pytest.mark.parametrize("heading", ["Maqala tariyxı", "История изменений", "Article history", "Йўқотилган ҳужжатлар",
                                     "Утерянные документы:"])
def test_an_edit_history_or_a_board_of_lost_documents_under_its_heading_is_dropped(heading):
    entry = "3-dekabr, 10:40 — maqala jariyalandı"
    assert clean_paragraphs([*ARTICLE[:2], heading, entry, ARTICLE[2]], [TITLE]) == ARTICLE


def test_an_empty_advertising_slot_s_label_over_a_table_takes_none_of_its_rows():
    table = ["| Кишвар | 2025 | 2026 |", "| Ӯзбекистон | 1 620 | 1 910 |", "| Афғонистон | 840 | 960 |"]
    assert clean_paragraphs([*ARTICLE[:2], "Реклама", *table, ARTICLE[2]], [TITLE]) == [*ARTICLE[:2], *table,
                                                                                          ARTICLE[2]]
    # The label over the ad's own line still takes it.
    assert clean_paragraphs([*ARTICLE[:2], "Реклама", "Новые квартиры в центре Душанбе", ARTICLE[2]],
                            [TITLE]) == ARTICLE


def test_a_long_paragraph_after_an_author_heading_is_kept():
    long_paragraph = " ".join([ARTICLE[1]] * 6)
    assert clean_paragraphs([ARTICLE[0], "Об авторе", long_paragraph], [TITLE]) == [ARTICLE[0], long_paragraph]


def test_a_citation_under_its_heading_is_dropped_and_what_follows_kept():
    citation = "Doe, Jane. “Water sharing on the Syr Darya.” Example Institute, December 1, 2026."
    assert clean_paragraphs([*ARTICLE, "Cite this", citation, ARTICLE[0]], [TITLE]) == [*ARTICLE, ARTICLE[0]]


@pytest.mark.parametrize("dateline", ["АЛМАТЫ. KAZINFORM – ", "АЛМАТЫ, 2 жел – Sputnik. ",
                                      "НУР-СУЛТАН, 12 дек — Дала Ақпарат. "])
def test_an_agency_dateline_glued_to_the_first_sentence_is_taken_off(dateline):
    story = "Стороны подписали меморандум о воде."
    assert clean_paragraphs([f"{dateline}{story}", "Заседание продлилось два дня."])[0] == story


@pytest.mark.parametrize("paragraph", ["США, 2 процента ВВП на оборону — такова цель альянса.",
                                       "НАРЫН. Бишкек — Нарын — Торугарт жолунун бөлүгүндө кыймыл токтотулду."])
def test_capitals_opening_a_sentence_without_an_agency_and_a_dash_stay(paragraph):
    assert clean_paragraphs([paragraph, "Заседание продлилось два дня."])[0] == paragraph


def test_a_signature_broken_at_its_comma_is_dropped_at_the_end_only():
    signed = [*ARTICLE, "Шерзод РАҲИМОВ,", "«Наманган тонги» мухбири"]
    assert clean_paragraphs(signed, [TITLE]) == ARTICLE
    lines_of_a_poem = [ARTICLE[0], "Ой, тоолорум,", *ARTICLE[1:]]
    assert clean_paragraphs(lines_of_a_poem, [TITLE]) == lines_of_a_poem


def test_comment_areas_reuse_bans_offers_tips_and_headings_of_european_outlets_are_dropped():
    furniture = [
        "Komentarze (7)",
        "Přidat komentář",
        "Diskutovat mohou jen přihlášení čtenáři.",
        "Os comentários são de responsabilidade exclusiva de quem os escreve.",
        "Queda prohibida la redistribución de estas noticias sin autorización.",
        "Předplaťte si Zprávy Plus za 79 Kč měsíčně.",
        "Masz temat? Napisz do redakcji.",
        "Follow the Steppe Herald on Google News",
        "Sledujte nás na Facebooku",
        "Telefon +7 727 123 45 67",
        "Actualizado hace 20 minutos",
    ]
    assert clean_paragraphs([ARTICLE[0], *furniture, *ARTICLE[1:]], [TITLE]) == ARTICLE
    headed = [*ARTICLE, "Zobacz także", "Astana otwiera nowy terminal", "Media contacts", "Press office of the fund"]
    assert clean_paragraphs(headed, [TITLE]) == ARTICLE


def test_print_versions_paginated_stories_and_tv_crews_leave_their_lines_out():
    top = ["Жарыяланган күнү: 01.12.2025 | Рубрика: Экономика"]
    furniture = ["Начало материала — на предыдущей странице.", "Ранее мы писали: Патент снова подорожал",
                 "Muxbir: Sevara Mirzayeva. Tasvirchi: Jahongir To‘xtasinov. Montaj: Akmal Yusupov",
                 "Макаланын туруктуу дареги: https://example.kg/ekonomika/2025/12/01/jangak",
                 "Барак басып чыгарылган күнү: 04.12.2025",
                 "У вас есть история? Напишите нам в Signal, мы гарантируем анонимность."]
    assert clean_paragraphs([*top, ARTICLE[0], *furniture, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_a_date_row_with_a_cell_the_rules_do_not_know_stays_and_so_does_prose_after_we_wrote():
    row = "01.12.2025 | Итоги года в экономике Казахстана"
    prose = "Ранее мы писали, что патент для мигрантов подорожал вдвое."
    assert clean_paragraphs([row, *ARTICLE, prose], [TITLE]) == [row, *ARTICLE, prose]


def test_stamps_credits_offers_pointers_and_sponsor_notes_of_the_fifth_international_batch_are_dropped():
    furniture = [
        "First Published: Nov 28 2026 | 6:02 PM IST",
        "Published on: 28 November 2026",
        "11月28日，代表们参观新建的物流园。通讯员 刘洋 摄",
        "Unlock 20+ premium stories every day, picked by our editors.",
        "Dieser Beitrag ist exklusiv für Abonnenten.",
        "Article réservé aux abonnés",
        "اقرأ أيضاً",
    ]
    assert clean_paragraphs([ARTICLE[0], *furniture, *ARTICLE[1:]], [TITLE]) == ARTICLE
    sponsored = [ARTICLE[0], "Sponsored", "Learn Kazakh with a tutor online. First lesson free.", *ARTICLE[1:]]
    assert clean_paragraphs(sponsored, [TITLE]) == ARTICLE


def test_ads_pointers_comment_areas_and_calls_of_the_sixth_international_batch_are_dropped():
    furniture = [
        "Hirdetés",
        "Реклама",
        "Read also: Kazakhstan opens a second rail crossing to China",
        "Citiți și: Portul Constanța, record de trafic în noiembrie",
        "Дивіться також: Узбекистан скасував мита на зерно",
        "Comentarii (12)",
        "Trebuie să fii autentificat pentru a adăuga un comentariu.",
        "Hozzászólások (3)",
        "A hozzászólásokért az oldal üzemeltetője nem vállal felelősséget.",
        "Kövessen bennünket az Instagramon!",
        "Urmăriți-ne pe Facebook pentru ultimele știri.",
        "Приєднуйтесь до нашого Viber і Telegram.",
        "Iratkozzon fel heti hírlevelünkre!",
        "Spotted a rumour? Send it to our Telegram bot and our team will check it.",
    ]
    assert clean_paragraphs([ARTICLE[0], *furniture, *ARTICLE[1:]], [TITLE]) == ARTICLE
    headed = [*ARTICLE, "Previous episodes", "Ep. 40: The Aral Sea, thirty years on", "Cele mai citite",
              "Prețul gazului scade din ianuarie", "Інші новини за темою", "Ціни на зерно знизилися"]
    assert clean_paragraphs(headed, [TITLE]) == ARTICLE


def test_stamps_tips_affiliate_notes_and_contact_blocks_of_the_seventh_international_batch_are_dropped():
    furniture = [
        "By Kim Soo-jin Published: Nov. 28, 2026 - 09:10 Updated: Nov. 28, 2026 - 11:45",
        "Posted: Jan. 5, 2026 - 14:02",
        "Got a story? Send us your tips.",
        "This page contains affiliate links: we are paid a commission on bookings made through them.",
        "We may earn a small commission if you buy through our links.",
        "Join our weekly travel newsletter for the best routes across the Silk Road.",
    ]
    assert clean_paragraphs([ARTICLE[0], *furniture, *ARTICLE[1:]], [TITLE]) == ARTICLE
    contacts = ["Media contacts", "Aliya Serikova", "Spokesperson", "Mission in Astana", "Mobile: +7 701 555 12 34"]
    assert clean_paragraphs([*ARTICLE, *contacts], [TITLE]) == ARTICLE
    # The twenty-sixth batch's press release: its issuer's paragraph and its contacts for the press, in Russian.
    issuer = ["О компании", "«Каспий Эйр» — авиакомпания, основанная в 2019 году. В её парке девять самолётов."]
    press = ["Контакты для СМИ", "Пресс-служба: press@example.kz, +7 7292 00 00 00"]
    assert clean_paragraphs([*ARTICLE, *issuer, *press], [TITLE]) == ARTICLE
    # The twenty-eighth batch's akimat page: its timetable for receiving citizens, the officials' hours under it.
    reception = [
        "Азаматтарды жеке мәселелер бойынша қабылдау кестесі",
        "Қала әкімі — әр айдың бірінші сейсенбісі, 15:00–18:00",
    ]
    assert clean_paragraphs([*ARTICLE, *reception], [TITLE]) == ARTICLE


# Each line alone, between two sentences of a story: in a run of furniture lines, the run is dropped as a whole.
SIXTEENTH_INTERNATIONAL_LINES = [
    "Aigerim Bekova can be reached at abekova@example.com or 555-0100.",
    "Explore the Spring 2027 Issue",
    "Browse our March issue for more reporting from the region.",
    "View more",
    "Neither the exchange nor its regulator accepts responsibility for the adequacy or accuracy of this release.",
    "Did you find what you were looking for?",
    "Mirá también: Vaca Muerta duplica sus exportaciones",
    "Soma pia: Bandari ya Tanga kupanuliwa",
]


@pytest.mark.parametrize("line", SIXTEENTH_INTERNATIONAL_LINES)
def test_contacts_issue_promotions_notices_and_pointers_of_the_sixteenth_international_batch_are_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


EIGHTEENTH_INTERNATIONAL_LINES = [
    "यो पनि पढ्नुहोस्: नेपाल वायुसेवा निगमको नयाँ उडान",
    "मेरो गाउँको समाचार तुरुन्तै पाउन हाम्रो फेसबुक पेज लाइक गर्नुहोस्।",
    "මෙයද කියවන්න: පොල් මිල අඩු වෙයි",
    "Lexo edhe: Hapet tregu i ri në Durrës",
    "تازہ ترین خبروں کے لیے ہمیں واٹس ایپ چینل پر فالو کریں",
]


@pytest.mark.parametrize("line", EIGHTEENTH_INTERNATIONAL_LINES)
def test_pointers_and_calls_to_follow_of_the_eighteenth_international_batch_are_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_news_with_the_words_of_the_eighteenth_international_batchs_lines_stays():
    story = [
        "Lexo edhe raportin e plotë, tha ministri, sepse shifrat janë të qarta.",
        "सम्बन्धित समाचारमा उल्लेख भएका तथ्यांक मन्त्रालयले सच्याएको छ।",
        "کمپنی نے کہا کہ صارفین اب واٹس ایپ پر بل ادا کر سکیں گے۔",
    ]
    assert clean_paragraphs([*ARTICLE, *story], [TITLE]) == [*ARTICLE, *story]


NINETEENTH_INTERNATIONAL_LINES = [
    "อ่านเพิ่มเติม: ราคายางพาราปรับตัวสูงขึ้น",
    "กดติดตามเราได้ทาง Facebook เพื่อไม่พลาดข่าวสำคัญ",
    "Прочитајте и: Нов мост преку Вардар",
    "Следете не на Viber за најновите вести",
    "Pročitaj i: Otvoren novi most u Mostaru",
    "Тағы оқыңыз / Read also: Astana opens a new bus depot",
    "This story is part of Headwaters, a series on the region's rivers.",
    "Our newsroom is free to read because readers like you fund it.",
    "Donate $10 a month",
]


@pytest.mark.parametrize("line", NINETEENTH_INTERNATIONAL_LINES)
def test_pointers_calls_appeals_and_series_boxes_of_the_nineteenth_international_batch_are_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


TWENTIETH_INTERNATIONAL_LINES = [
    "இதையும் படியுங்கள்: சென்னை துறைமுகத்தில் புதிய முனையம்",
    "Կարդացեք նաև՝ Գյումրիում նոր գործարան է բացվել",
    "எங்கள் டெலிகிராம் சேனலில் இணையுங்கள்",
    "Հետևեք մեզ Facebook-ում",
    "გამოიწერეთ ჩვენი YouTube არხი",
    "زموږ تلګرام چینل تعقیب کړئ",
    "Նյութերը մեջբերելիս հղումը կայքին պարտադիր է։",
    "PDFファイルを閲覧するには、Adobe Acrobat Readerが必要です。",
    "You need Adobe Acrobat Reader to view the PDF files on this page.",
]


@pytest.mark.parametrize("line", TWENTIETH_INTERNATIONAL_LINES)
def test_pointers_calls_citation_rules_and_reader_notes_of_the_twentieth_international_batch_are_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_news_with_the_words_of_the_twentieth_international_batchs_lines_stays():
    story = [
        "Միացյալ ընկերությունը հետևում է Telegram-ի նոր կանոններին, ասել է տնօրենը։",
        "The ministry will publish the tender's rules as PDF files next week, its spokesman said.",
        "தொடர்புடைய நிறுவனங்கள் அடுத்த மாதம் தாஷ்கண்டில் சந்திக்கும் என்று அமைச்சர் கூறினார்.",
    ]
    assert clean_paragraphs([*ARTICLE, *story], [TITLE]) == [*ARTICLE, *story]


@pytest.mark.parametrize("line", [
    "Disclosure: Steppe Ledger News holds no positions in the companies mentioned in this article.",
    "The author has no position in any of the stocks mentioned.",
    "Our editors own no shares in the tokens discussed here.",
])
def test_a_holdings_disclosure_of_the_twenty_second_international_batch_is_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_news_of_a_stake_held_or_not_in_the_companies_a_list_names_stays():
    story = [
        "The pension fund said it holds no shares in the companies mentioned in the sanctions list.",
        "Kazatomprom has no stake in the projects discussed at the Astana summit.",
    ]
    assert clean_paragraphs([*ARTICLE, *story], [TITLE]) == [*ARTICLE, *story]


def test_a_newsletters_sponsor_label_is_dropped_with_the_pitch_under_it():
    sponsor = ["TOGETHER WITH CARAVAN PAY",
               "Caravan Pay moves money between Almaty and Istanbul in minutes. Open an account."]
    assert clean_paragraphs([ARTICLE[0], *sponsor, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_news_with_the_words_of_the_nineteenth_international_batchs_lines_stays():
    story = [
        "Together with Uzbekistan, Kazakhstan will build a second bridge over the Syr Darya by 2028.",
        "The line will carry freight to Skopje, the ministry said, and passengers from the spring.",
        "Rail cars following the new route took 19 days, the operator said.",
    ]
    assert clean_paragraphs([*ARTICLE, *story], [TITLE]) == [*ARTICLE, *story]


def test_a_release_s_request_to_contact_heads_its_contact_block():
    contacts = ["For more information, please contact:", "Investor Relations", "+1 604 555 0100"]
    assert clean_paragraphs([*ARTICLE, *contacts], [TITLE]) == ARTICLE


def test_news_with_the_words_of_the_seventh_batchs_lines_stays():
    story = [
        "Published: the ministry's figures show exports rose by a tenth.",
        "The bank's affiliate in Almaty will earn a fee on each transfer, the regulator said.",
        "Ministers agreed to join the regional newsletter project run by the customs union.",
        "The embassy sent us a statement on Tuesday.",
    ]
    assert clean_paragraphs([*ARTICLE, *story], [TITLE]) == [*ARTICLE, *story]
    # Under a "Contacts" heading, a sentence of the story ends the block.
    headed = ["Contacts", "Aliya Serikova", *ARTICLE]
    assert clean_paragraphs(headed, [TITLE]) == ARTICLE


def test_stamps_channel_lines_state_site_lines_and_calls_of_the_ninth_batch_are_dropped():
    top = ["Экономика | 02.12.2025, 09:30 | Просмотров: 1 116"]
    furniture = [
        "Дата публикации: 02.12.2025 16:20 Дата изменения: 03.12.2025 09:12",
        "Единый call-центр: 109",
        "Была ли эта информация для вас полезной? Да Нет",
        "Официальный интернет-ресурс акимата области",
        "#bahalar #Lebap #un",
        "@lebapsesi",
        "👍 312",
        "Programmany ýükläň",
        "Kanalymyza agza boluň",
        "Öz ýaşaýan ýeriňizde bolup geçýän wakalary bize ýazyň: @lebapsesi_bot",
        "Мақоладаги маълумотлар инвестиция бўйича тавсия ҳисобланмайди.",
        "Пештар навишта будем: Дар марз муҳоҷиронро соатҳо нигоҳ медоранд",
        "Жогорку Кеңештин Басма сөз кызматы",
    ]
    assert clean_paragraphs([*top, ARTICLE[0], *furniture, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_a_box_of_facts_goes_with_its_heading_and_label_lines_without_one_stay():
    box = ["Match facts", "Ground: Central Stadium", "Referee: Bahodir Ergashev", "Attendance: 1 800"]
    assert clean_paragraphs([ARTICLE[0], *box, *ARTICLE[1:]], [TITLE]) == ARTICLE
    prices = ["www.theatre.example", "VIP : 60,000", "R : 50,000", "S : 40,000"]
    assert clean_paragraphs([*ARTICLE, *prices], [TITLE]) == [*ARTICLE, *prices]


def test_a_masthead_row_with_the_sites_address_goes_and_a_row_with_a_sentence_stays():
    masthead = "| Түштүк Кабар Облустун маалымат порталы | tushtuk-kabar.kg |"
    assert clean_paragraphs([masthead, *ARTICLE], [TITLE]) == ARTICLE
    row = "Tickets at the door | theatre.example.kg | The show starts at seven."
    assert clean_paragraphs([row, *ARTICLE], [TITLE]) == [row, *ARTICLE]


def test_an_embedded_posts_picture_link_goes_and_its_words_stay():
    post = "Bakıda Orta Dəhliz üzrə üçtərəfli görüş başladı. pic.twitter.com/x1Ab2"
    cleaned = clean_paragraphs([*ARTICLE, post, "The ministry posted the photos on x.com and twitter.com."], [TITLE])
    assert cleaned == [*ARTICLE, "Bakıda Orta Dəhliz üzrə üçtərəfli görüş başladı.",
                       "The ministry posted the photos on x.com and twitter.com."]


def test_wire_release_player_gallery_and_interview_lines_of_the_tenth_batch_are_dropped():
    furniture = [
        "Программа: «Жаңылыктар саатында»",
        "00:00 / 24:05 Скачать аудио (18,2 МБ)",
        "Download MP3",
        "Фотогалерея",
        "3 / 12",
        "Смотреть все 12 фото",
        "Suhbatlashdi: Nodira Yusupova",
        "Ещё одно интервью: Фермер из Хорезма о воде",
        "下一篇：乌兹别克斯坦棉花出口增长",
        "Полную версию интервью слушайте в аудиозаписи выше.",
        "Даярдаган: Нурлан Садыков. Үн оператору: Бекзат Алиев.",
        "Кайрылууларыңызды бизге Telegram аркылуу жазыңыз.",
        "Хотите получать дайджест? Нажмите на кнопку ниже.",
        "Фото в высоком разрешении — по запросу в редакцию.",
        "Копирование фото без разрешения редакции запрещено.",
        "Лента обновляется автоматически.",
    ]
    release_end = [
        "Media contact: Dana Omarova, media@example.kz",
        "Photo - https://wire.example.com/media/plant.jpg",
        "SOURCE Caspian Grain Terminal",
    ]
    notice = ["Forward-looking statements", "This release contains forward-looking statements about the terminal."]
    assert clean_paragraphs([ARTICLE[0], *furniture, *ARTICLE[1:], *notice, *release_end], [TITLE]) == ARTICLE


def test_a_channels_name_row_under_an_apps_lines_goes_and_the_same_row_in_the_story_stays():
    name, row = "Dala Habar", "Dala Habar | Garaşsyz habarlar"
    top = ["Programmany ýükläň", row, "@dalahabar", "12.4K subscribers", row]
    assert clean_paragraphs([*top, *ARTICLE], [name]) == ARTICLE
    assert clean_paragraphs([*ARTICLE, row], [name]) == [*ARTICLE, row]
    sentence = "Dala Habar | The channel said the prices rose again this week."
    assert clean_paragraphs([sentence, *ARTICLE], [name]) == [sentence, *ARTICLE]


@pytest.mark.parametrize(("written", "compiled"), [
    ("(a|b)c", "(?:a|b)c"),
    (r"\(x\)(y)", r"\(x\)(?:y)"),
    ("[(]a(b)", "[(]a(?:b)"),
    ("[]()](c)", "[]()](?:c)"),
    ("[^](](d)", "[^](](?:d)"),
    ("(?:e)(?i:f)(?P<n>g)(?=h)(i)", "(?:e)(?i:f)(?P<n>g)(?=h)(?:i)"),
    (r"\\(k)", r"\\(?:k)"),
])
def test_rule_groups_are_compiled_non_capturing_and_classes_and_escapes_kept(written, compiled):
    assert _uncaptured(written) == compiled
    pattern = re.compile(compiled)
    assert pattern.groups == len(pattern.groupindex)  # only named groups still capture


@pytest.mark.parametrize(("pattern", "line", "found"), [
    (r"\bsend us (?:a )?tip", "please send us a tip", True),
    (r"\bsend us (?:a )?tip", "resend us a tip", False),  # "send" inside a word first, then nowhere else
    (r"\bsend us (?:a )?tip", "resend us a tip, or send us a tip", True),  # the second place is at a boundary
    (r"^have a story\?|\bwrite to us\b", "you can write to us", True),
    (r"^have a story\?|\bwrite to us\b", "so, have a story?", False),
    (r"(a|\bb)c|\bd", "xbc", False),  # a "\b" inside a group stays where it is
    (r"(a|\bb)c|\bd", "x bc", True),
])
def test_a_search_rule_finds_what_the_whole_pattern_finds(pattern, line, found):
    assert _PatternList([pattern]).matching(_Folded(line)) == ({0} if found else set())
    assert (re.search(pattern, line) is not None) is found


def _rules_and_labelled_lines() -> tuple[dict, list[str]]:
    data = yaml.safe_load((Path(cleanup.__file__).with_name("boilerplate.yaml")).read_text(encoding="utf-8"))
    labels = [yaml.safe_load(page.read_text(encoding="utf-8")) or {}
              for page in Path(__file__).parents[1].glob("fixtures/extract/**/*.yaml")]
    lines = [str(line) for label in labels for key in ("keep", "drop") for line in label.get(key, [])]
    assert len(lines) > 3000
    return data, lines


def test_every_call_rule_answers_as_its_pattern_does_on_the_labelled_lines():
    data, lines = _rules_and_labelled_lines()
    patterns = [*data["calls_to_action"], *(part for pair in data["calls_in_two_parts"] for part in pair)]
    rules = _PatternList(patterns)
    ignoring_case = [re.compile(pattern, re.IGNORECASE) for pattern in patterns]
    for line in lines:
        assert rules.matching(_Folded(line)) == {number for number, pattern in enumerate(ignoring_case)
                                                 if pattern.search(line)}, line


def test_the_interface_line_rules_answer_as_one_alternation_ignoring_case_on_the_labelled_lines():
    """Grouped by the longest line each can match and matched on folded text, they still find what the whole
    alternation finds, a line that ends in a line break included."""
    data, lines = _rules_and_labelled_lines()
    rules = _WholeLines(data["ui_lines"])
    alternation = re.compile("|".join(rf"^(?:{pattern})$" for pattern in data["ui_lines"]), re.IGNORECASE)
    assert len(rules.groups) > 1
    found = 0
    for line in [*lines, "SHARE THIS ARTICLE", "Share this article\n", "SOURCE Steppe Freight Group", "Source: AP"]:
        expected = alternation.match(line) is not None
        assert rules.match(line, _Folded(line)) is expected, line
        found += expected
    assert found > 200


def test_a_date_row_without_bars_is_cut_at_its_labels_and_dropped_at_the_top():
    row = "3 желтоқсан 2026, 11:20 Қаралды: 842 Оқу уақыты: 2 минут"
    assert clean_paragraphs([row, *ARTICLE], [TITLE]) == ARTICLE
    told = "3 декабря 2026 года министр сказал: работы начнутся весной."
    assert clean_paragraphs([told, *ARTICLE], [TITLE]) == [told, *ARTICLE]


def test_a_title_repeated_under_furniture_lines_at_the_top_goes_and_under_a_sentence_stays():
    top = ["Код новости: 48211", "‹ Экономика"]
    assert clean_paragraphs([*top, TITLE, *ARTICLE], [TITLE]) == ARTICLE
    lead = "Ministers from both countries met in Tashkent on Monday to sign the agreement."
    assert clean_paragraphs([lead, TITLE, *ARTICLE], [TITLE]) == [lead, TITLE, *ARTICLE]


def test_a_sections_name_right_above_the_title_goes_with_it_and_a_short_lead_above_no_title_stays():
    assert clean_paragraphs(["Университет жаңалықтары", TITLE, *ARTICLE], [TITLE]) == ARTICLE
    assert clean_paragraphs(["اقتصاد", TITLE, *ARTICLE], [TITLE]) == ARTICLE
    assert clean_paragraphs(["Breaking news", *ARTICLE], [TITLE]) == ["Breaking news", *ARTICLE]


# Lines of furniture each batch of pages taught the rules: each is dropped from between article paragraphs.
FURNITURE_BY_BATCH = {
    "interface words and calls to action": [
        "Share",
        "Read more",
        "Dismiss",
        "Advertisement",
        "12 comments",
        "Tags: railways, Kazakhstan",
        "Sign up for our newsletter today",
        "Get the latest news delivered to your inbox. Subscribe now.",
        "Get the week's diplomacy from the region every Friday.",
        "Follow us on Twitter",
        "Like this story? Share it with a friend!",
        "Click here for more information.",
        "© 2024 The Steppe Herald",
        "Updated at 1:23 p.m.",
        "By Dana Nurlanova",
        "Reporting by Dana Nurlanova; additional reporting by Farrukh Aliev; Editing by Olga Petrova",
        "(Writing by Timur Rakhimov, editing by Olga Petrova.)",
        "SOURCE: Steppe Herald and wire services",
        "Originally published on The Steppe Herald.",
        "4 min read",
        "Время чтения: 3 минуты",
        "[Related: Uzbekistan opens new border crossing]",
    ],
    "share bars view counters and gallery credits of the region": [
        "Поделиться: ВКонтакте Telegram WhatsApp",
        "Ulashish:",
        "分享到：微信 微博",
        "Просмотров: 2 047",
        "Көрүүлөр: 310",
        "Suratlar: Türkmen habarlary",
        "Аксҳо: хадамоти матбуот",
        "图片来源：新华社",
        "Surat 3 / 7",
        "Photo 1 of 6: The delegations before the talks. Credit: Foreign Ministry",
        "Новый терминал в Актау. Архивное фото",
        "Архивдик сүрөт",
        "Aidana Bekova contributed reporting from Bishkek.",
        "Нашли опечатку? Выделите фрагмент и нажмите Ctrl+Enter.",
        "（责任编辑：张华）",
        "版权声明：本文未经授权不得转载。",
    ],
    "pagination lines and embedded post remnants": [
        "Страница 1 из 2",
        "Sayfa 1 / 3 Sonraki sayfa",
        "Sahypa 2 / 2 Öňki",
        "صفحه ۱ از ۲",
        "Page 1 of 4",
        "View this post on Instagram",
        "A post shared by Ministry of Transport (@mintrans)",
        "Публикация от Талас облусу (@talas_oblus)",
        "Instagram'da bu gönderiyi gör",
        "Uzbekistan Airways (@uzairways) tarafından paylaşılan bir gönderi",
        "Ələt limanında taxıl terminalı. Foto: AZƏRTAC",
        "ایستگاه راه آهن هرات. عکس: خبرگزاری باختر",
    ],
    "calls to watch or stay informed and agency lines": [
        "Жаңалықтардың видеосын YouTube-та тамашалаңыз.",
        "Репортажҳои моро дар YouTube тамошо кунед!",
        "Instagram аркылуу кабардар болуңуз",
        "Будьте в курсе: наш канал в Telegram",
        "— Kabar",
        "(УзА)",
        "МИА «Казинформ»",
        "Манбаъ: Ховар",
    ],
    "pointers calls to join feedback questions and standards links of international outlets": [
        "Baca juga: Harga tiket ke Samarkand turun menjelang musim dingin",
        "Leia também: Cazaquistão amplia exportações de trigo",
        "Leggi anche: Il porto di Aktau cresce ancora",
        "Mari bergabung di Grup Telegram kami untuk berita terbaru.",
        "Join our WhatsApp channel for the day's top stories",
        "Was this article helpful?",
        "Apakah artikel ini bermanfaat?",
        "Report an error",
        "Editorial standards and policies",
        "Reprints & Permissions",
        "Our Standards: The Example Trust Principles.",
    ],
    "pointers calls contacts and appeals of more international outlets": [
        "Lesen Sie auch: Exporte nach Zentralasien steigen deutlich",
        "Te puede interesar: El puerto de Valencia abre una ruta hacia el Caspio",
        "Leggi anche Gas dall'Asia centrale, la rotta del Caspio torna in agenda",
        "Síguenos en Google News y en nuestro canal de WhatsApp.",
        "뉴스를 네이버에서 구독하세요!",
        "Para comentar es necesario estar registrado. Inicia sesión o regístrate.",
        "댓글을 작성하려면 로그인하세요.",
        "Bitte beachten Sie unsere Netiquette.",
        "이 기사를 추천합니다",
        "reporter@news.example.com",
        "Tel.: +996 312 00 00 00",
        "Press Service of the Ministry of Foreign Affairs",
        "We have a small favour to ask. Readers rely on our independent journalism.",
        "Support The Evening Courier",
    ],
    "contact boxes copyright lines paywall notices and follow prompts": [
        "To contact the reporter on this story:",
        "Aigerim Sultanova in Almaty at asultanova@news.example.com",
        "To contact the editors responsible for this story:",
        "Contact Daniel Reyes at dreyes@paper.example.org or follow him on Bluesky.",
        "©2026 Example Media Group",
        "2026 Example Press Holdings. All rights reserved.",
        "You have reached your monthly limit of free stories.",
        "Subscribe to continue reading.",
        "Already a subscriber? Sign in.",
        "Follow this author to get an email when new stories are published.",
    ],
    "signatures credits counters tags notices and calls of print papers and smaller languages": [
        "Нурбек АСАНОВ, «Ош жаңырыгы» кабарчысы",
        "Malika Tosheva, \"Xorazm haqiqati\"",
        "Текст: Асель Нурланова",
        "Редактор: Бекзод Каримов",
        "Окулду: 3 410",
        "Қаралым: 57",
        "Пикирлер: 4",
        "Всего комментариев: 3",
        "Мақолани баҳоланг: ★★★★☆ (7 овоз)",
        "Калидвожаҳо: Хуҷанд, роҳ",
        "Әлеуметтік желілерде бөлісіңіз: Facebook Telegram",
        "Жиналыс хаттамасы.pdf (1,2 МБ)",
        "Súwret: avtordıń arxivinen",
        "Окуп көрүңүз: Ошто жаңы көпүрө курулат",
        "Инро низ хонед: Дар Хуҷанд бозори нав кушода шуд",
        "Sonday-aq oqıń: Nókiste jańa kitapxana ashıldı",
        "Жаңылыктарды Instagram-барагыбыздан окуңуз",
        "Хабарҳоро дар Instagram-и мо пайгирӣ кунед",
        "Instagram guruhimizga qo‘shiling",
        "Instagram betimizge jazılıń",
        "Редакция окурмандардын пикири үчүн жоопкерчилик тартпайт.",
        "Redakciya pikiri avtor pikiri menen sáykes kelmewi múmkin.",
        "Мнение автора не обязательно отражает позицию редакции.",
        "При использовании материалов ссылка на сайт обязательна.",
        "Газетага обуна давом этмоқда. Обуна индекси: 64512.",
        "Заметили ошибку? Напишите нам.",
        "Хотите получать наши новости первыми? Оставьте адрес.",
        "Нажимая на кнопку, вы даёте согласие на обработку персональных данных",
    ],
    "transcript paywall poll mobile press service and embed lines of the eleventh batch": [
        "Выпуск: «Вечерние новости» от 02.12.2026, 21:30",
        "Хронометраж: 3:12",
        "Текстовая версия сюжета Смотреть видео",
        "(ЛАЙФ: гул техники)",
        "(СТЕНДАП корреспондента)",
        "Текстовая версия может отличаться от эфирной.",
        "Автор: Айгуль Сапарова. Оператор: Данияр Исаев. Монтаж: Ольга Ли.",
        "Есть новость? Присылайте фото и видео в наш Telegram.",
        "Данияр Исаев Время чтения: 4 минуты",
        "Этот материал доступен только подписчикам",
        "Оформите подписку, чтобы дочитать статью.",
        "Уже есть подписка? Войдите",
        "Опрос",
        "Всего 312 голосов",
        "Результаты опроса",
        "‹ Jamiyat",
        "Swipe left for the next story",
        "Keyingi yangilik →",
        "Код новости: 48211",
        "Для СМИ: +7 7172 74 00 00 (доб. 12)",
        "Қазақстан Республикасы Энергетика министрлігінің ақпарат қызметі",
        "Matbuot xizmati xabari",
        "دا هم ولولئ: په کابل کې نوی سړک جوړ شو",
        "زموږ له ټیلیګرام چینل سره یوځای شئ",
        "Астана әкімдігі (@astana_akimdigi) бөліскен жазба",
        "@astana_kala Жаңа көпір ♬ түпнұсқа дыбыс - Астана",
        "Instagram постары ашық парақшалардан алынды.",
    ],
    "print page imprint photographer exile and rubric lines of the twelfth batch": [
        "4-бет",
        "Страница 7",
        "Продолжение на стр. 5",
        "Davomi 2-betda.",
        "Газетамиз мухбири Дилноза Каримова ёзади",
        "Пишет наш корреспондент Асель Жумабаева",
        "Таҳририят манзили: Жиззах шаҳри, Навоий кўчаси, 3-уй.",
        "Адрес редакции: г. Ош, ул. Ленина, 205",
        "Адади 5 100 нусха. Буюртма № 77.",
        "Тираж 2 400 экз.",
        "Подписано в печать 01.12.2026 в 17:00",
        "Газета вилоят адлия бошқармасида рўйхатга олинган, гувоҳнома № 12-45.",
        "Газета выходит два раза в неделю, по вторникам и пятницам.",
        "Ауыл мектебі. Суретті түсірген – Нұрлан Әбдіров",
        "Сүрөткө тарткан: Бакыт Асанов",
        "بازاردىكى مېۋىلەر (مۇخبىرىمىز ئەركىن قادىر تارتقان)",
        "Фотокорреспондент",
        "Шу темадан: Лебапда пагта ýыгымы тамамланды",
        "Осы айдарда",
        "Хабарларыңыз гизлин сакланяр.",
        "Имя автора не указывается в целях безопасности.",
    ],
    "bracketed credits licensing notes and nordic paywalls and newsletters of the eighth batch": [
        "A train leaves the new yard at Khorgos, Dec 3, 2026. [Photo by Li Wenhui/Silk Road Daily]",
        "Delegates pose for a photo before the talks in Astana. [Photo/Agencies]",
        "All images are available for editorial use by subscribers.",
        "For licensing enquiries contact our photo desk.",
        "Luit juuri ilmaisen artikkelin. Tilaa lehti ja lue kaikki jutut rajattomasti.",
        "Tilaa nyt 1 € / kk Onko sinulla jo tunnus? Kirjaudu sisään",
        "Tilaa uutiskirje",
        "Saat päivän tärkeimmät uutiset sähköpostiisi joka arkiaamu.",
        "Tilmeld dig vores nyhedsbrev",
    ],
    "phones downloads event cards and court notes of the thirteenth batch": [
        "Кабыл алуу бөлмөсүнүн телефону: 0312 54 00 00 · Ишеним телефону: 112",
        "Басма кабар № 214",
        "Документти жүктөп алуу (PDF, 180 Кб)",
        "Басма сөз кызматы: press@prokuror.kg",
        "Айыпталуучулардын күнөөсү мыйзамдуу күчүнө кирген сот өкүмү менен гана аныкталат.",
        "Айдары: Білім",
        "Afisha",
        "Sana: 12 dekabr, 18:00",
        "Chipta narxi: 40 000 so'mdan",
        "12+ Chipta sotib olish",
        "Yangiliklarni birinchilardan bo'lib o'qing — kanalimizga obuna bo'ling",
    ],
    "answers notes scores state bodies and cyrillic pointers of the fourteenth batch": [
        "Ответ подготовлен в соответствии с Административным процедурно-процессуальным кодексом Республики Казахстан.",
        "Не согласны с ответом? Вы вправе обжаловать его в вышестоящем органе или в суде.",
        "Для отправки вопроса войдите через ЭЦП или eGov Mobile",
        "25:21, 22:25, 25:19, 25:17",
        "Türkmenistanyň Suw hojalygy baradaky döwlet komiteti",
        "Усы темада: Музей қорына жаңа топлам келип түсти",
        "Шуниму оқуң: Ғалҗатта спорт мәйдани қурулди",
        "Бизди Инстаграм ҳәм Телеграмда бақлап барың",
        "Телеграмдики қанилимизға муштири болуң — барлиқ хәвәрләр шу йәрдә",
        "Йеңи бинаниң ечилиш мурасими. Сүрәт муәллипниңки",
        "Ушбу маълумот сиз учун фойдали бўлдими?",
        "Информация на сайте не является предложением купить или продать ценные бумаги.",
    ],
    "crews match cards fact checkers lines polls and podcast calls of the fifteenth batch": [
        "Muxbir: Aziza Rahimova",
        "Оператор: Тимур Абдуллаев",
        "Арбитр: Ильгиз Тантащев",
        "Tomoshabinlar: 12 300",
        "Голы: Сидоров, 12; Каримов, 80",
        "Шкала оценок: Правда · Скорее правда · Ложь",
        "Последние проверки",
        "Заметили фейк? Перешлите его нашему боту в Telegram.",
        "Материал подготовлен при поддержке фонда. Мнения, высказанные в нём, могут не совпадать с позицией донора.",
        "Опрос: Вы пользуетесь общественным транспортом?",
        "Подкаст «Дала» слушайте в Spotify и на YouTube",
        "Podkastymyzdy Spotify-da tyñdañyz",
    ],
    "consular boxes office hours machine voice notes and print issue notes of the sixteenth batch": [
        "Консулдық бөлім",
        "Құжаттарды қабылдау алдын ала жазылу бойынша жүргізіледі.",
        "Часы приёма: вт, чт 10:00–13:00",
        "Opening hours: Monday to Friday, 9 am to 1 pm",
        "Граждане Республики Казахстан, временно пребывающие в стране, могут встать на консульский учёт на сайте.",
        "Текст озвучен искусственным интеллектом",
        "This article was voiced by AI.",
        "Статья опубликована в газете «Вечерний Бишкек» № 212 от 1 декабря 2026 г.",
        "Maqola gazetaning 47-sonida chop etilgan.",
        "Продолжение материала читайте в электронной версии газеты.",
        "Скачать номер в PDF",
    ],
    "donation appeals betting notices player notices ad labels and pointers of the seventeenth batch": [
        "Наше издание существует благодаря поддержке читателей",
        "Если вам важна наша работа, поддержите независимую журналистику.",
        "Редакцияны колдоңуз: ар бир сом маанилүү",
        "Оплата картой Visa, Mastercard или через Kaspi",
        "Ставки на спорт с 18 лет. Азартные игры вызывают зависимость.",
        "Бейнені көру үшін браузеріңізде JavaScript қосыңыз.",
        "Жарнама",
        "Жаңа жылдық жеңілдік: барлық тауарларға 20%",
        "Мұны да оқыңыз: Ақтөбеде жаңа мұз айдыны ашылды",
        "Buni ham o‘qing: Farg‘onada yangi bozor ochildi",
        "Это тоже важно: Тарифы на воду пересмотрят весной",
        "Бул жөнүндө мурдараак жазганбыз: Нарында жол оңдолду",
    ],
    "partners organisers registrations riddles rescue numbers and pointers of the eighteenth batch": [
        "Наши спонсоры",
        "Партнёры форума",
        "Регистрация",
        "Организатор: агентство «Astana Events» совместно с акиматом города",
        "Зарегистрируйтесь в качестве участника и получите бейдж на входе",
        "Register as an exhibitor before the end of March",
        "Загадка дня",
        "Без окон, без дверей, полна горница людей. Что это?",
        "Предстоящие мероприятия",
        "- 15 января — семинар для бухгалтеров",
        "Ответ на загадку — в следующем номере!",
        "При пожаре звоните 101.",
        "Favqulodda vaziyatda 112 raqamiga qo‘ng‘iroq qiling.",
        "Информация на сайте носит справочный характер и не является юридической консультацией.",
        "Была ли новость полезной?",
        "Суреттеріңді редакцияның kids@example.kz поштасына жіберіңдер!",
        "Кошумча окуңуз: Нарында жаңы мектеп ачылды",
        "Hem okaň: Marynyň muzeýinde täze sergi açyldy",
        "Inchunin bixoned: Dar Khujand bozori nav kushoda shud",
        "Ba sahifai Instagrami mo obuna shaved",
    ],
    "pointers app calls leisure boxes translations and reactions of the nineteenth batch": [
        "Бұны да оқыңыз: Таразда жаңа саябақ ашылды",
        "Bunı da oqıń: Nókiste jańa kópir salındı",
        "Shuningdek qarang: Samarqandda yangi bog‘ ochildi",
        "Ҳамчунин мутолиа кунед: Дар Хуҷанд бозори нав кушода шуд",
        "Editor's choice: Almaty metro adds two stations",
        "Translated from Kazakh by the newsroom.",
        "This story is also available in: Қазақша, Русский",
        "Чтобы посмотреть видео, нажмите на кнопку",
        "Оцените статью: ★★★★",
        "Мақала ұнады ма?",
        "Хондашуда: 1 045",
        "Анекдот",
        "Приходит турист на базар и спрашивает, где продают самую сладкую дыню.",
        "Ҷавоби кроссворд дар шумораи навбатӣ.",
        "Programmamyzy Google Play we App Store-dan ýükläp alyň",
    ],
    "pointers counters tags signatures and docket rows of the twentieth batch": [
        "Не пропустите: В Душанбе открылся новый рынок",
        "Это интересно → Как в Варзобе готовятся к зиме",
        "Бул да кызыктуу: Ошто жаңы көпүрө курулат",
        "Сондай-ақ оқи отырыңыз: Астанада жаңа саябақ ашылды",
        "Жаңалықтарды Telegram арнамыздан қадағалап отырыңыз",
        "Qaralım sanı: 312",
        "Қаралым саны: 1 045",
        "Kilt sözder: su, Ertis, ekologiia",
        "Bul aqparat paidalı boldı ma? Iä Joq",
        "Октябрь районунун сотунун басма сөз катчысы Н. Асанова",
        "Пресс-секретарь суда Айгуль Бекова",
        "Дело № 5-311/2026 | Административное | 02.12.2026",
        "Номер дела | Категория | Дата решения",
    ],
    "sign-offs credits transcripts support boxes and letters of the twenty-first batch": [
        "牧民在赛里木湖边转场。阿不都 摄",
        "（编辑：李娜 审核：张伟）",
        "【责任编辑：王芳】",
        "伊犁丝路网版权所有 未经授权禁止转载",
        "新ICP备12345678号-2",
        "Фото из открытых источников",
        "Suratlar ochiq manbalardan",
        "Фото автора",
        "Расшифровка сделана автоматически, возможны неточности.",
        "Подкастты қолдаңыз",
        "«Таң» подкасты тыңдаушылардың қолдауымен шығады.",
        "Поддержать",
        "Составы команд",
        "Оқырман хаты",
        "Ауылымызға жаңа дәрігер жіберуді сұраймыз. Тұрғындар атынан Б. Ахметова.",
        "Ойыңызбен бөліскіңіз келсе, редакцияға хат жазыңыз: gazeta@example.kz",
        "ئوقۇپ بېقىڭ: كەتمەندە يېڭى مەكتەپ ئېچىلدى",
        "گېزىتىمىزگە مۇشتەرى بولۇڭ! مۇشتەرى بولۇش ئىندېكىسى: 65201",
        "موضوعات مرتبط",
    ],
    "stamps counters embeds pointers and subscriptions of the twenty-second batch": [
        "Охирин тағйирот дар саҳифа: 04.12.2026",
        "Акыркы өзгөртүү: 03.12.2026, 17:40",
        "Каралды: 312",
        "Бұл жазбаны Instagram-да қарау",
        "Ushbu postni Instagram’da ko‘rish",
        "Тағы не оқуға болады: Шымкентте жаңа спорт кешені ашылды",
        "Подробнее по теме: Экспорт пряжи из долины вырос на четверть",
        "Газетаға жазылыў индекси: 64",
    ],
    "forwarded labels players counters and pointers of the twenty-third batch": [
        "Переслано из: Акимат Караганды",
        "Forwarded from Kazinform",
        "Мақаланы тыңдаңыз 0:00 0:03:12 0:00",
        "Listen to this article 4:12",
        "Прослушать статью",
        "Ko‘rishlar soni: 1 874",
        "Ko‘proq o‘qing: Samarqandda yangi ko‘prik qurildi",
    ],
    "russian recommendations like calls and kazakh arabic script pointers of the twenty-fifth batch": [
        "Рекомендуем прочитать: В Нарыне открыли новый рынок скота",
        "Понравилась статья? Поставьте лайк",
        "مىنا حابارلاردى دا وقىڭىز: ىلە ايماعىندا جاڭا جول اشىلدى",
        "قاتىستى حابارلار",
    ],
    "georgian pointers mongolian follow calls and chinese footers of the twenty-fourth batch": [
        "ასევე წაიკითხეთ: აზერბაიჯანი და საქართველო ახალ სასაზღვრო პუნქტს ხსნიან",
        "მსგავსი სიახლეები",
        "Манай фэйсбүүк хуудсыг дагаж, шинэ мэдээг цаг алдалгүй аваарай",
        "主办单位：商务信息网编辑部　　联系电话：010-00000000",
        "建议使用1920×1080分辨率及以上浏览器浏览本站",
        "您是本站第 1234567 位访问者",
    ],
    "price and flight rows issue labels calculators contacts and counters of the thirty-first batch": [
        "Бидай, 3-сынып | 118 000 ₸/т | +2 000",
        "Мол гўшти | 95 000 сўм/кг",
        "Аптаның бағалары, теңге",
        "Цены на сегодня",
        "Бағалар одақ мүшелерінің хабарлауы бойынша жиналды",
        "Цены указаны в тенге за килограмм",
        "KC 865 | Алматы | 10:40 | Прибыл по расписанию",
        "S7 5321 | Новосибирск | 13:15 | Задерживается до 14:30",
        "Одақ бюллетені · № 47",
        "Выпуск № 12",
        "Ҳисоб кунед, ки пардохти моҳонаи қарзи шумо чӣ қадар мешавад",
        "Рассчитайте свой углеродный след за две минуты",
        "Хадамоти матбуот: +992 44 600-12-34, press@sahro.tj",
        "Görülen: 1 386",
    ],
    "calculator hotline share view and pointer lines of the twenty-ninth batch": [
        "Иш стажингиз ва ойлигингизни киритиб, тахминий пенсиянгизни ҳисобланг",
        "Зейнетақыңызды есептеңіз",
        "Ишонч телефони: 1000 (бепул)",
        "Круглосуточная справочная служба: 1444 (звонок бесплатный)",
        "Әлеуметтік желілерде бөлісу",
        "Поделиться в социальных сетях",
        "Okalan: 642",
        "Usı temada: Moynaqta jańa emlewxana qurıladı",
    ],
    "error reports offers appeals and pointers of the fifteenth international batch": [
        "Spotted a mistake? Report a typo or error",
        "Don’t miss out on the latest news and information.",
        "Subscribe to Steppe Plus to get access to the e-paper and 40 other titles on up to five devices.",
        "For feedback, complaints, or inquiries, contact us.",
        "Our reporting is free to read because readers like you chip in. Make a gift today.",
        "Der Morgen – Die wichtigsten Nachrichten des Tages, von unserer Redaktion ausgewählt.",
        "延伸閱讀：哈薩克鐵路新線通車",
        "קראו עוד: משלחת עסקית יצאה לאלמטי",
        "یہ بھی پڑھیں: تاشقند میں تجارتی نمائش کا افتتاح",
        "פרסומת",
        "اشتہار",
    ],
    "aggregator blog bank airport and match lines of the thirtieth batch": [
        "Об этом пишут другие СМИ",
        "- «Степной вестник»: Мост через Ишим закроют на ремонт 1 час назад",
        "- «Вечерний Павлодар»: Водителям предложили объезд 2 часа назад",
        "Агрегатор собирает новости автоматически; за их содержание отвечают издания.",
        "Bul blogdogu pikirler avtordun jeke köz karashy.",
        "Jaŋy postordu email arkyluu alyŋyz: jazylyŋyz",
        "Поддержите блог на Boosty или Patreon",
        "1,4 тыс. дочитываний",
        "Понравилось? Ставьте лайк и подписывайтесь на канал.",
        "Маркази тамос: 2121 — шабонарӯзӣ",
        "Call-центр: 1414 — круглосуточно",
        "Информация носит рекламный характер. Условия — на сайте банка.",
        "Оставьте заявку онлайн — ответим за 15 минут",
        "Подать заявку",
        "Вниманию пассажиров: регистрация на рейс заканчивается за 40 минут до вылета.",
        "Составы",
        "Тобол: Ахметов; Омаров, Сериков, Байжанов, Исаев; Нурланов, Касымов; Жумабаев, Ильясов, Тлеубаев",
        "Предупреждения: Омаров 12', Касымов 70'",
        "Gollar: Rahimov 23', Shodiyev 54' (pen.)",
    ],
    "hotlines, draw boxes, booking slots and blog calls of the thirty-seventh batch": [
        "Murojaatlar uchun ishonch telefoni: 1055",
        "Аварийная служба: 104",
        "Вопросы о правилах дорожного движения задавайте по номеру 102",
        "Материал не является финансовой рекомендацией.",
        "Тираж нәтижелері №88",
        "Выигрышные числа: 3, 12, 19, 27, 33, 41",
        "Джекпот: 12 500 000 ₸",
        "09.12, 10:00 — 4 места",
        "Записаться",
        "Joy band qilish",
        "Купить билеты онлайн",
        "Жауапкершілікпен ойнаңыз",
        "Do‘stlaringiz bilan ulashing!",
        "Поделитесь с друзьями",
    ],
    "warning, price, booking, ticket, hotline, offer, quoting and gift lines of the thirty-eighth batch": [
        "Уровень опасности: оранжевый",
        "Қауіптілік деңгейі: сары",
        "Срок действия: с 09:00 6 декабря до 20:00 7 декабря",
        "от 9 900 сом на человека",
        "от 1 250 000 тенге",
        "5000 теңгеден бастап",
        "Забронировать тур",
        "Book now",
        "Кіру билеті: 500 теңге",
        "Входной билет: 300 сом, детям бесплатно",
        "Билеты продаются в кассе Дворца спорта и на сайте — 300 сомов",
        "Ақпарат көзі: облыстық әкімдіктің баспасөз қызметі",
        "Ақпарат алу үшін 1414 нөміріне қоңырау шалыңыз",
        "Вопросы о вакцинации — звоните по номеру 1003",
        "Информация на сайте не является публичной офертой.",
        "Narxlar ommaviy oferta hisoblanmaydi",
        "Остались вопросы? Напишите нам в Telegram",
        "При цитировании материалов ссылка на сайт обязательна.",
        "Любое пожертвование поможет нам продолжать работу.",
        "Популярные туры",
        "Бишкек — Каракол, 4 дня",
        "Рекомендации населению",
        "Не оставляйте машины под деревьями",
    ],
    "question-label, portal-button and support-appeal lines of the thirty-ninth batch": [
        "По вопросам: 8 800 080 7777 (звонок бесплатный)",
        "Сұрақтар бойынша: 1414",
        "Savollar bo‘yicha: 1102 (bepul)",
        "Перейти на портал",
        "Порталға өту",
        "Portalga o‘tish",
        "Таҳририятни қўллаб-қувватланг!",
        "Моро дастгирӣ кунед",
    ],
    "rating averages, view counters and archive credits of the forty-first batch": [
        "Орточо баа: 4,3 (57 добуш)",
        "Средняя оценка: 4.6 (38 голосов)",
        "O‘rtacha baho: 4,8 (112 ovoz)",
        "Kórilgen: 742",
        "Акс аз бойгонии Суғд-Пресс",
    ],
    "partner, sponsored-note, disclaimer and share lines of the forty-second batch": [
        "Хызматдаш: «Ахал Сүйт» хусусы кәрханасы",
        "Партнёр: ТОО «Алтын Дән»",
        "Макала хызматдашың сыпариши боюнча тайярланды.",
        "Материал подготовлен по заказу партнёра.",
        "Статья публикуется на правах рекламы",
        "Редакция онуң мазмуны үчин җогапкәр дәл.",
        "Улашинг: Telegram · Facebook · Instagram",
    ],
    "a counter's number alone under an icon, of the forty-eighth batch": [
        "276",
        "1 874",
    ],
    "photo credits of the forty-third batch": [
        "Сурат муаллифники",
        "Surat muallifniki.",
    ],
    "comment prompts, counters, print links and time stamps of the forty-fourth batch": [
        "Комментарии (0) Будьте первым, кто оставит комментарий.",
        "Birinchi bo‘lib izoh qoldiring!",
        "Be the first to comment",
        "Görülen sany: 1 045",
        "736 Чоп кардан",
        "Маалымат саат 08:00 боюнча.",
        "Данные на 08:00",
    ],
    "audio player lines of the fortieth batch": [
        "Maqalany tyñdañyz",
        "Jañalyqty tyñdau 2:40",
        "4 min 12 sek",
        "3 мин 05 сек",
        "2 min 40 s",
    ],
    "media contact and author lines of the thirty-sixth batch": [
        "Контакты для СМИ: press@example.kz, +7 727 000 00 00",
        "БАҚ өкілдері үшін байланыс: +7 7172 00 00 00, pr@example.kz",
        "OAV vakillari uchun aloqa: matbuot@example.uz",
        "Avtor: Nurlan Asanov, 2-kurstun studenti",
        "Avtor: Dilshod Karimov",
    ],
    "not-medical-advice notes, medicine warnings and cart buttons of the thirty-fifth batch": [
        "Статья носит информационный характер и не заменяет консультацию врача.",
        "Материал не может заменить очную консультацию специалиста.",
        "Мақаладағы ақпарат дәрігердің кеңесін алмастырмайды.",
        "Maqoladagi ma’lumotlar shifokor maslahatining o‘rnini bosmaydi.",
        "Маълумоти мақола маслиҳати духтурро иваз намекунад.",
        "This article is not a substitute for professional medical advice.",
        "Имеются противопоказания. Проконсультируйтесь со специалистом.",
        "Есть противопоказания, необходима консультация врача.",
        "Qarshi ko‘rsatmalar mavjud. Mutaxassis bilan maslahatlashing.",
        "Добавить в корзину",
        "Savatga qo‘shish",
        "Add to cart",
    ],
    "box office, age rating, app button and sponsor lines of the thirty-fourth batch": [
        "Билеты продаются в кассе театра ежедневно с 11:00 до 20:00.",
        "Chiptalar teatr kassasida har kuni sotiladi.",
        "Tickets are on sale at the box office daily from 10:00 to 18:00.",
        "Фильм предназначен для зрителей старше 16 лет (16+).",
        "Spektakl 6 yoshdan katta tomoshabinlar uchun (6+).",
        "Скачать приложение",
        "Ilovani yuklab olish",
        "Станьте опекуном животного: ваш взнос оплатит корм на месяц.",
        "Жануарға қамқоршы болыңыз!",
        "Homiy bo‘lish",
    ],
    "recording appeal hours and Karakalpak lines of the thirty-third batch": [
        "Отырыстың бейнежазбасын көру",
        "Смотреть видеозапись заседания",
        "Murojaat yo‘llash",
        "Отправить обращение",
        "Ваше обращение будет рассмотрено в течение 15 рабочих дней.",
        "Өтінішіңіз бес жұмыс күні ішінде қаралады.",
        "Kutubxona ish vaqti: seshanba–yakshanba, 10:00 dan 19:00 gacha",
        "Кітапхананың жұмыс уақыты: дүйсенбі–жұма, 9:00–18:00",
        "Оқыў ўақты: 4 минут",
        "Көрилди: 1 205",
        "Жаңалықты дослар менен бөлисиң:",
        "Пикир жазыў ушын дизимнен өтиң.",
        "Ушбу саҳифадаги маълумот сиз учун фойдали бўлдими?",
        "Sahifadagi ma’lumot siz uchun foydali bo‘ldimi?",
    ],
    "utility police and author lines of the thirty-second batch": [
        "Передавайте показания приборов учёта через личный кабинет",
        "Показания счётчиков воды принимаются до 25 числа каждого месяца.",
        "Су есептегішінің көрсеткіштерін онлайн жіберіңіз",
        "Hisoblagich ko‘rsatkichlarini ilovada yuboring",
        "Оплатите коммунальные услуги без комиссии в приложении банка.",
        "Коммуналдық қызметтерді комиссиясыз төлеңіз",
        "Будьте бдительны! Не сообщайте незнакомцам код из SMS.",
        "Сақ болыңыз! Алаяқтар полиция атынан хабарласуы мүмкін.",
        "Ehtiyot bo‘ling! Karta ma’lumotlarini hech kimga aytmang.",
        "Материал подготовила: Айгерим Сапарова",
    ],
    "verdict reprint and programme lines of the twenty-eighth batch": [
        "Вердикт: Ложь",
        "Verdict: Mostly false",
        "本文为本网原创稿件，转载请注明出处。",
        "Смотрите в программе «Вести Долины» сегодня в 21:00.",
        "Batafsil bugun kechqurun «Vodiy» ko‘rsatuvida tomosha qiling.",
    ],
    "reactions auto refresh and video lines of the twenty-sixth batch": [
        "Как вам новость? 👍 34 👎 2",
        "Автожаңарту: қосулы",
        "Автообновление: вкл.",
        "Видеоро тамошо кунед",
        "Смотрите видео",
        "Браузери шумо видеоро дастгирӣ намекунад.",
        "Ваш браузер не поддерживает видео.",
    ],
    "paywall lines of the twenty-seventh batch": [
        "Полный текст доступен подписчикам",
        "Полная версия доступна только по подписке",
        "Оформите подписку от 450 сомов в месяц и читайте все материалы без ограничений",
        "Оформить подписку Уже подписаны? Войти",
        "Смотрите в эфире сегодня в 20:00 и 23:30",
        "Эфирде көріңіз: 21:00",
    ],
    "greek pointers nordic free article notices newsletters and affiliate notes of the ninth batch": [
        "Διαβάστε επίσης: Ρεκόρ εξαγωγών για τα ελληνικά αγροτικά προϊόντα",
        "ΔΕΙΤΕ ΑΚΟΜΑ: Νέα πτήση προς την Αστάνα",
        "Du har lest en av dine gratisartikler denne uken. Bli abonnent for å lese alt fra avisen.",
        "Meld deg på nyhetsbrevet",
        "Få de viktigste sakene i innboksen hver morgen.",
        "Günün en önemli haberleri her sabah e-posta kutunuzda.",
        "Frame Weekly may earn a commission when you buy tickets or stream through links on this page.",
    ],
    "match report lines bulgarian pointers newsletters and notices of the tenth international batch": [
        "- Sadykov 6', 33'",
        "- Ramos 45+2' (pen)",
        "Match stats",
        "| 48% | Possession | 52% |",
        "Astana Nomads: Kenzhebek; Sadykov, Baimukhanov, Oralov. Subs: Serik, Tokhtarov.",
        "Odds: Nomads to win the Cup 6/1",
        "18+ | Gamble responsibly | T&Cs apply",
        "Снимка: Архив на редакцията",
        "Прочетете още: Износът на сирене расте",
        "Абонирайте се за нашия бюлетин",
        "Най-важните новини всяка сутрин в пощата ви.",
        "Gaukite verslo naujienas el. paštu",
        "Rep el butlletí de cultura",
        "Cada divendres, les exposicions de la setmana al teu correu.",
        "Aquest contingut és exclusiu per als subscriptors del diari.",
        "Fes-te subscriptor per 1 euro el primer mes",
        "Diskusia (12)",
        "Komentarai (5)",
        "Don't travel without insurance. I use a travel insurer for overland trips, get a quote here.",
    ],
    "the eleventh international batchs furniture lines": [
        "Сурталчилгаа",
        "Мөн уншаарай: Казахстаны хөрөнгө оруулагчид үйлдвэр барина",
        "Liitu uudiskirjaga ja saad igal hommikul kokkuvõtte turgude uudistest.",
        "Prejemajte novice na e-naslov",
        "Kommentaarid (7)",
        "Komentarji (4)",
    ],
    "the twelfth international batchs furniture lines": [
        "Article content",
        "Story continues below",
        "This advertisement has not loaded yet, but your article continues below.",
        "Join The Lagos Courier WhatsApp Channel for breaking news and updates.",
        "Has alcanzado el límite de notas gratuitas de este mes.",
        "Você atingiu o limite de matérias gratuitas.",
    ],
    "the thirteenth international batchs furniture lines": [
        "Read: Tea farmers to get higher bonus as KTDA clears arrears",
        "Our guide to the day’s most important and interesting stories, analysis and insights.",
        "Reminder, this is a Premium article and requires a subscription to read.",
        "Ontvang de nieuwsbrief Economie",
        "Elke werkdag het belangrijkste economische nieuws in uw mailbox.",
        "U moet ingelogd zijn om te reageren.",
    ],
    "the twenty-fourth international batchs furniture lines": [
        "This post may contain affiliate links. Please read my disclosure policy.",
        "Please see our full disclosure policy for details.",
        "Did you make this recipe? Leave a comment and a star rating below!",
        "Have you tried this recipe? Give it a star rating.",
        "To view the original release with its images, visit the company's newsroom.",
        "View original content to download multimedia.",
        "Cet article vous est offert",
        "This story is free for all readers.",
    ],
    "the forty-fourth international batchs furniture lines": [
        "რეკლამა",
        "გამოიწერეთ ჩვენი ყოველკვირეული სიახლეები",
        "გამოიწერეთ ბიულეტენი",
    ],
    "the forty-fifth international batchs furniture lines": [
        "Contact the communications team on 0300 000 0001 or press@riverside.example",
        "Call our press office at +44 20 0000 0000 and write to media@agency.example",
    ],
}


# News sentences with the words of those lines: each is kept.
NEWS_BY_BATCH = {
    "news with the words of the thirty-first batch's lines": [
        "Аптаның бағалары бидай мен арпа бойынша былтырғыдан сәл жоғары болды.",
        "Цены указаны в тенге, но торговцы охотно принимают и рубли.",
        "Рейс KC 865 из Алматы прибыл в Тамчы по расписанию, несмотря на снегопад.",
        "Q3 2026 | 1,2 | 3,4",
        "Выпуск № 12 журнала полностью посвящён водным ресурсам региона.",
        "Рассчитайте заранее расходы на отопление, посоветовал министр жителям.",
        "Görülen çäreler netijesinde suw ýitgisi azaldy.",
    ],
    "news with the words of the twenty-ninth batch's lines": [
        "Пенсия жамғармаси ходимлари ҳар бир аризани қайта ҳисоблаб, хатоларни тузатишди.",
        "Справочная служба вокзала работает круглосуточно, но в праздники на неё жалуются чаще.",
        "Әлеуметтік желілерде бөлісу арқылы бұл жаңалық бір күнде бүкіл облысқа тарады.",
        "Okalan kitaplaryň sany geçen ýyl bilen deňeşdirilende iki esse artdy.",
        "Usı temada ótkerilgen konferenciyaǵa úsh júzden aslam adam qatnastı.",
    ],
    "news with the words of the fifteenth international batch's lines": [
        "The ministry said readers had spotted a mistake in the census tables and published a correction on Friday.",
        "Subscribers to the new satellite service will get access to faster internet in 40 villages, it said.",
        "The agency said it had received 300 complaints about the new tariffs and would answer each of them.",
        "Die Regierung veröffentlichte am Montag die wichtigsten Zahlen des Haushalts für das kommende Jahr.",
        "The charity asked residents to make a donation to the flood fund, which has raised $40,000 so far.",
    ],
    "news with the words of the sixteenth international batch's lines": [
        "The hotline can be reached at 988 and is staffed around the clock, the ministry said.",
        "Visitors can explore the issue of water rights at an exhibition in Nukus until March.",
        "The exchange said it accepts no responsibility for the accuracy of statements made by listed companies.",
        "For more information on the new visa rules, travellers were told to contact the embassy.",
        "Soma pia vitabu vya historia, mwalimu aliwaambia wanafunzi.",
    ],
    "news with the words of the thirtieth batch's lines": [
        "Агрегатор такси автоматически повысил тарифы в Алматы после снегопада.",
        "Колл-центр банка принял за ночь 2 000 звонков, сообщили в пресс-службе.",
        "Составы команд объявят за час до матча, сообщил главный тренер.",
        "Уважаемые пассажиры теперь могут купить билеты онлайн, сообщили в аэропорту.",
        "Блогер собрал на Patreon почти миллион рублей на съёмки фильма о Памире.",
        "Ogohlantirishlar soni bu mavsumda ikki baravar oshdi.",
        "Более тысячи предпринимателей подали заявку онлайн через портал eGov.",
        "Маълумот дар бораи қарзҳо ба бонки миллӣ ҳар моҳ фиристода мешавад.",
    ],
    "news with the words of the thirty-seventh batch's lines": [
        "Аварийная служба выехала на место через десять минут после звонка жильцов.",
        "Жители задавали вопросы полиции, а номер 102 не отвечал почти час, пишут читатели.",
        "Выигрышные числа тиража совпали с прошлогодними, удивились в компании-операторе.",
        "Джекпот вырос до рекордной суммы, сообщил оператор лотереи в понедельник.",
        "Записаться на приём к врачу теперь можно через eGov, сообщили в минздраве.",
        "Финансовые рекомендации банка клиенты получат в приложении, пообещал председатель правления.",
    ],
    "news with the words of the thirty-eighth batch's lines": [
        "Уровень опасности на реке, по словам спасателей, остаётся высоким.",
        "Срок действия лицензии истекает 1 января, сообщили в министерстве.",
        "Цены на туры на Иссык-Куль зимой начинаются от 9 900 сом на человека, подсчитали в ассоциации.",
        "Забронировать номер в гостинице на фестиваль уже почти невозможно, жалуются туристы.",
        "Билеты продаются в кассах стадиона — по 200 сомов, сообщил клуб.",
        "Пострадавшим предложили звонить по номеру 1414 в любое время.",
        "Суд решил, что рассылка магазина не является публичной офертой.",
        "При цитировании закона депутат ошибся в ссылке на статью, заметили юристы.",
        "Даже небольшое пожертвование помогло приюту пережить зиму, рассказала его директор.",
        "Родители могут написать учителю в WhatsApp, сообщили в школе.",
    ],
    "news with the words of the thirty-ninth batch's lines": [
        "По вопросам тарифов депутаты спорили почти три часа, сообщили в маслихате.",
        "Сұрақтар бойынша кездесу 1414 нөмірлі мектепте өтті деп хабарлады әкімдік.",
        "Перейти на портал госуслуг за год решились 40 тысяч пенсионеров, подсчитали в министерстве.",
        "Вазирлик вилоят газеталари таҳририятларини қўллаб-қувватлашни ваъда қилди.",
    ],
    "news with the words of the forty-first batch's lines": [
        "Орточо баа: 4,3 деп окуучулардын жыйынтыгын мугалим жарыялады.",
        "Kórilgen 12 máseleniń toǵızı keńeste sheshildi.",
        "Акс аз бойгонии музей барои намоиш ба нашрия дода шуд.",
    ],
    "news with the words of the forty-fourth batch's lines": [
        "Будьте первым, кто оставит комментарий, призвала редакция читателей на встрече в Петропавловске.",
        "Görülen sany boýunça bu sergi ýylyň iň uly sergisi boldy.",
        "Чоп кардани китоб дар Хуҷанд ду моҳ идома ёфт.",
        "На 08:00 в Бишкеке было минус 12 градусов, сообщили синоптики.",
        "История изменений климата в Приаралье описана в новой книге учёных из Нукуса.",
        "Утерянные документы восстановят бесплатно, пообещали в ЦОНе Петропавловска.",
    ],
    "news that opens or closes with a counter's kind of number": [
        "276 семей получили ключи от новых квартир в Фергане.",
        "Урожай хлопка в районе превысил план на 1 874",
    ],
    "news with the words of the forty-third batch's lines": [
        "Сурат муаллифники эмас, деди судья ва ишни кўриб чиқишни кечиктирди.",
        "How we reported this story matters less than what the ministry does next, the union said.",
    ],
    "news with the words of the forty-second batch's lines": [
        "Партнёры завода выполнили заказ на 40 вагонов раньше срока, сообщили в компании.",
        "Статья 12 закона о государственно-частном партнёрстве вступит в силу в январе.",
        "Редакция газеты «Нейтральный Туркменистан» отметила юбилей.",
    ],
    "news with the words of the fortieth batch's lines": [
        "Maqalany tyñdañyz dep ūstaz oquşylarğa audiojazbany qosty.",
        "Спортсмен пробежал дистанцию за 4 мин 12 сек и установил рекорд области.",
    ],
    "news with the words of the thirty-sixth batch's lines": [
        "Контакты для СМИ, по словам министра, будут открыты на всё время саммита.",
        "Avtor kitobni o‘n yil davomida yozganini aytdi, deb xabar qildi nashriyot.",
        "Avtor: bu romanni men o‘n yil davomida yozdim, dedi yozuvchi va uchrashuvni davom ettirdi.",
    ],
    "news with the words of the thirty-fifth batch's lines": [
        "Чат-бот не заменяет консультацию врача, подчеркнули в министерстве здравоохранения.",
        "Статья 12 закона о здравоохранении не менялась с 2019 года, напомнил депутат.",
        "Телемедицина не заменит визит к врачу, но сократит очереди в сёлах, считают в облздраве.",
        "Дәрігердің кеңесін алмастырмайды деп санайтын тұрғындар көп, деп жазды газет.",
        "Имеются противопоказания для вакцинации детей до года, уточнили в поликлинике.",
        "Покупатели стали чаще класть в корзину отечественные товары, сообщили в торговой сети.",
    ],
    "news with the words of the thirty-fourth batch's lines": [
        "Билеты на матч продаются в кассах стадиона, начало игры в 18:00.",
        "Кассы автовокзала в праздники будут работать ежедневно с 6:00 до 22:00, сообщили в акимате.",
        "Фильм собрал больше зрителей, чем ожидали прокатчики, хотя получил рейтинг 16+.",
        "Қосымшаны жүктеу саны бір айда екі есе өсті, деп хабарлады компания.",
        "Предприниматель взял под опеку двух медвежат, рассказали в зоопарке.",
        "Homiylik qilgan tadbirkorlar maktabga yangi kompyuterlar sovg‘a qildi.",
    ],
    "news with the words of the thirty-third batch's lines": [
        "Депутаттар сессияның бейнежазбасын көру үшін сайтқа жүктелетінін айтты.",
        "Обращение жителей будет рассмотрено на сессии городского маслихата в январе.",
        "Kutubxona ish vaqti qishda bir soatga uzaytirildi, deb xabar qildi hokimlik.",
        "Ваше обращение, сказал министр, будет рассмотрено лично мной.",
        "Жители отправили обращение в акимат с просьбой отремонтировать дорогу.",
    ],
    "news with the words of the thirty-second batch's lines": [
        "Жители смогут передавать показания счётчиков через приложение акимата, сообщили в водоканале.",
        "Показания свидетелей принимаются во внимание, заявил судья.",
        "Абоненты, которые оплачивают услуги без комиссии, получат скидку, сообщили в компании.",
        "Полиция призвала жителей быть бдительными после серии краж в Петропавле.",
        "Материал подготовил к печати редактор отдела, а проверил его юрист газеты.",
        "Энергетики сообщили, что показания счётчиков в домах сверят до конца месяца.",
    ],
    "news with the words of the twenty-eighth batch's lines": [
        "Суд вынес вердикт: виновен, и приговорил чиновника к пяти годам за взятку.",
        "Издательство напомнило, что перепечатка книги без разрешения запрещена законом.",
        "Телеканал покажет новый документальный фильм о строителях Нурекской ГЭС в январе.",
        "Әкімдік азаматтарды қабылдау кестесін жаңартып, кешкі сағаттарды қосты.",
    ],
    "sentences that mention photos or networks": [
        "Фото с места событий опубликовали сразу несколько ведомств, и они расходятся в деталях.",
        "The ministry said it would follow the talks closely and report on Telegram once they ended.",
        "Suratkhon Aliyeva, who leads the delegation, said the talks went on into the night.",
    ],
    "sentences about pages and posts": [
        "Page 2 of the draft sets the quotas for each of the five countries.",
        "The ministry shared a post on Instagram showing the first train at the border.",
    ],
    "sentences naming an agency or a channel": [
        "Кабар сообщил, что делегации встретятся снова в марте, уже в Бишкеке.",
        "Министр попросил журналистов следить за трансляцией, но смотреть ее можно было только на сайте ведомства.",
    ],
    "sentences with the same words": [
        "Officials asked residents to join the new Telegram group set up by the city to report burst pipes.",
        "Pemerintah meminta warga untuk membaca juga laporan resmi yang diterbitkan di situs kementerian.",
        "The ministry said it would report an error in the census figures to parliament next week.",
        "Inspectors found the editorial standards of state television had not changed since the election.",
    ],
    "sentences like those lines": [
        "Leggi anche Dante, consigliava il professore agli studenti uzbeki del corso di italiano.",
        "The press service of the ministry said the talks would resume in March.",
        "Officials declined to comment after the agreement was signed in Astana on Tuesday.",
        "El ministro accedió a comentar el acuerdo con los periodistas registrados en la cumbre.",
        "Support the farmers, the minister told the crowd in Osh on Sunday.",
    ],
    "sentences with an address or those words": [
        "Residents can report leaks to the water utility at leaks@utility.example.kz, the mayor said on Monday.",
        "The treaty keeps all rights reserved to the coastal states, and the talks will test that clause.",
        "You have reached a point where the talks cannot fail, the envoy told delegates in Ashgabat.",
        "Follow the Amu Darya downstream and the fields turn to salt, farmers in Karakalpakstan say.",
    ],
    "sentences near those lines": [
        "Текст соглашения опубликуют после его ратификации парламентами обеих стран, сообщили в министерстве.",
        "Редакция газеты «Ош жаңырыгы» отметила в этом году свое пятидесятилетие выставкой старых номеров.",
        "The ministry posted the full report as a PDF on its website on Monday, with the tables of the survey.",
        "Фермеры, по словам главы района, получили ссылку на форму заявки в мессенджере Telegram.",
        "Almaty residents, “the new buses” were a welcome change, the mayor told the city council on Monday.",
    ],
    "news with those words": [
        "Hunting during the saigas' reproduction season is prohibited, the ministry said.",
        "L'abonnement au métro coûte désormais 80 euros par mois.",
        "The minister declined to comment on who was responsible for the delay.",
        "Telefonní linka pro rodiče bude fungovat od ledna.",
    ],
    "news near those lines": [
        "Published in the newspaper, the figures showed exports up by a tenth.",
        "Sponsored by the Asian Development Bank, the programme trains 400 nurses a year.",
        "The ministry said the new rules would unlock 300 million dollars of private investment in the sector.",
        "记者李明在阿拉木图报道，新的物流园将于明年投入使用。",
        "Der Artikel des Ministers über die Abgabe an die Abonnenten der Stromnetze sorgte für Streit.",
    ],
    "news with the words of those lines": [
        "Уряд підписав угоду про розсилку гуманітарної допомоги до трьох областей.",
        "The ministry set up a WhatsApp tipline for reports of price gouging at fuel stations.",
        "A kormány nem vállal felelősséget a cég hiteleiért, mondta a miniszter.",
        "Reklama na billboardach przy drogach będzie zakazana od stycznia.",
        "Ministrul a refuzat să comenteze, dar a spus că a fost autentificat fiecare document.",
    ],
    "news with the ninth batchs words": [
        "The press service of the ministry said the hotline would stay open over the holidays.",
        "Официальный сайт министерства не работал три дня, сообщили в ведомстве.",
        "Инвестиция бўйича тавсия берадиган компаниялар энди лицензия олиши шарт.",
    ],
    "news with the tenth batchs words": [
        "A source close to the talks said the terminal would open in spring.",
        "Концерт можно будет послушать в прямом эфире областного радио.",
        "Суд оштрафовал компанию за копирование программ без разрешения правообладателя.",
        "The gallery of the regional museum reopened on Monday after two years of repairs.",
        "Программа: 12 школ получат новые учебники",
        "Download speeds in the region doubled over the year, the regulator said.",
        "Кнопка вызова диспетчера в новых лифтах расположена ниже панели этажей.",
    ],
    "news with the eleventh batchs words": [
        "Синхронное плавание вернется в программу республиканской спартакиады.",
        "Население района: 1 200 000",
        "— Министерство транспорта (@mintrans_kz) 2 декабря 2026",
        "Выпуск облигаций на 150 миллиардов сумов компания зарегистрировала в ноябре.",
        "Опрос показал, что 60 процентов жителей пользуются автобусами каждый день.",
        "Редакция получила 312 голосов читателей в опросе о лучшем парке города.",
        "Информационная служба аэропорта объявила о задержке трех рейсов.",
    ],
    "news with the twelfth batchs words": [
        "Газета выходит в новом формате с января, сообщил главный редактор.",
        "Службы безопасности аэропорта усилили проверку багажа перед праздниками.",
        "Фотограф из Алматы показал снимки степи на выставке в Астане.",
        "Компания зарегистрирована в Ташкенте и получила свидетельство о качестве продукции.",
        "Тираж учебников для сельских школ вырос на треть.",
    ],
    "news with the words of the eighth batchs lines": [
        "The minister said the photo (taken in 2019) showed the old border post before it was rebuilt.",
        "The agency will handle licensing of the new wells, the ministry said.",
        "Kunnalla on tilaa uusille asunnoille, sanoi pormestari.",
        "Uutiskirjeen mukaan hanke alkaa keväällä.",
    ],
    "news with the words of the thirteenth batchs lines": [
        "Суд признал его виновным и приговорил к пяти годам лишения свободы.",
        "Продолжительность: по словам врачей, лечение займёт два месяца.",
        "Телефон доверия, по данным министерства, принял за год 12 тысяч звонков.",
        "Chipta narxi bu yil 20 foizga oshdi, dedi teatr direktori.",
    ],
    "news with the words of the fifteenth batchs lines": [
        "Судья матча отменил гол после просмотра видеоповтора.",
        "Голы: оба мяча забил Аманов, сообщил клуб.",
        "Опрос: 60% жителей поддерживают реформу.",
        "Оператор: Казахтелеком",
        "Доноры и правительство расходятся во взглядах на реформу, говорят эксперты.",
        "Отправьте нам документы до пятницы, попросили в акимате заявителей.",
        "Депутат предложил слушателям подкаста на Spotify задавать вопросы министру.",
        "Attendance: 92 percent",
        "Goals: cut coal use and expand rail links",
    ],
    "news with the words of the sixteenth batchs lines": [
        "МИД призвал граждан, находящихся в регионе, встать на консульский учёт.",
        "Нейросеть озвучила текст романа «Абай жолы», сообщили в издательстве.",
        "Статья опубликована в журнале Nature и вызвала споры среди учёных.",
        "Газета перестанет выходить на бумаге и останется только в электронной версии издания.",
        "Режим работы: школы города перешли на дистанционное обучение.",
        "Часы работы магазинов продлят до 23:00, решили в акимате.",
    ],
    "news with the words of the seventeenth batchs lines": [
        "Депутаты предложили поддержать издания, которые существуют на деньги рекламодателей, а не читателей.",
        "Оплата через терминалы станет бесплатной с января, сообщили в Нацбанке.",
        "Ставки налога для букмекеров повысят, сообщили в министерстве финансов.",
        "Разработчики переписали приложение на JavaScript за два месяца.",
        "Рекламодатели потратили на щиты вдоль трассы больше, чем годом ранее.",
        "Это тоже важно, сказал министр, потому что вода дорожает.",
    ],
    "news with the words of the twentieth batchs lines": [
        "Об этом сообщила пресс-секретарь суда Айгуль Бекова.",
        "Дело № 2-118/2026 рассмотрено в открытом заседании, решение обжаловано.",
        "Это интересно, сказал директор, но денег на проект пока нет.",
        "Не пропустите прививку: врачи напоминают о сезоне гриппа, сообщили в минздраве.",
    ],
    "news with the words of the twenty-second batchs lines": [
        "Охирин тағйирот дар Кодекси андоз соли 2025 ворид карда шуд.",
        "Долбоор сессияда каралды: 45 депутат колдоп добуш берди.",
        "Тағы не оқуға болады деген сұраққа кітапханашылар жауап берді.",
        "Подробнее по теме экономист расскажет в следующем выпуске программы.",
        "Газетаға жазылыў баҳасы келеси жылдан өзгермейди.",
    ],
    "news with the words of the twenty-third batchs lines": [
        "Письмо переслано из Астаны в областной акимат, сообщили в ведомстве.",
        "Мақаланы тыңдаңыз деп мұғалім оқушыларға аудиожазбаны қосты.",
        "Ko‘rishlar soni bo‘yicha kanal viloyatda birinchi o‘rinni egalladi.",
        "Ko‘proq o‘qing, deydi kutubxonachi, shunda so‘z boyligingiz oshadi.",
    ],
    "news with the words of the twenty-fifth batchs lines": [
        "Рекомендуем прочитать инструкцию до посадки, сказал агроном.",
        "Понравилась статья журналистам, но не чиновникам: министр потребовал опровержения.",
        "قاتىستى حابارلار بويىنشا تەكسەرۋ جۇرگىزىلدى.",
    ],
    "news with the words of the twenty-fourth batchs lines": [
        "主办单位：市文化和旅游局",
        "该显示器的分辨率为3840×2160，建议用户在明亮环境下使用。",
        "Ерөнхий сайд фэйсбүүк хуудсаараа шийдвэрээ зарлав.",
        "ამავე თემაზე პარლამენტში დღეს კიდევ ერთი მოსმენა გაიმართება.",
    ],
    "news with the words of the twenty-sixth batchs lines": [
        "Как вам новость о повышении тарифов, спросили мы жителей Актобе.",
        "Смотрите видео с места событий, призвал зрителей ведущий, и включил запись.",
        "Ваш браузер не поддерживает видео, ответил бот, и пользователи пожаловались в министерство.",
        "О компании известно немного: её зарегистрировали в Актау в прошлом году.",
    ],
    "news with the words of the twenty-seventh batchs lines": [
        "Полный текст доклада доступен на сайте министерства с понедельника.",
        "Оформить подписку на газеты пенсионеры смогут на почте без ограничений, сообщили в Казпочте.",
        "Читатели, которые оформили подписку в месяц акции, получат журнал бесплатно.",
        "Смотрите в эфире телеканала заявление министра, сказал пресс-секретарь в 10:00 по Астане.",
    ],
    "news with the words of the nineteenth batchs lines": [
        "Приложение eGov доступно в App Store и Google Play, сообщили в министерстве.",
        "Translated from Kazakh by a team of volunteers, the novel sold 5,000 copies in a month.",
        "The report is also available in Russian and Kazakh on the ministry's site.",
        "Кроссворд по истории города напечатали на стенах вокзала.",
        "Бұны да оқыңыз деп мұғалім оқушыларға жаңа кітапты ұсынды.",
    ],
    "news with the words of the twenty-first batchs lines": [
        "Транскрипт заседания суда может содержать ошибки, признали в суде.",
        "Суреттер ашық дереккөзден алынғанын министрлік растады.",
        "公司表示，该软件的版权所有人已同意授权。",
        "Оқырман хаты редакцияға үш апта бұрын келген.",
        "Статистика матча показала, что хозяева били по воротам вдвое чаще.",
    ],
    "news with the words of the eighteenth batchs lines": [
        "Партнёры Казахстана по союзу поддержали проект, сообщил министр.",
        "Организатор: по данным полиции, им оказался местный предприниматель.",
        "Регистрация компаний в Алматы выросла на 12% за год.",
        "Жителей просят звонить 112 при первых признаках паводка.",
        "Residents were urged to call 112 if the river rises above the dam's mark.",
        "Ответ министерства депутатам опубликуют в следующем номере бюллетеня.",
        "Юридическая консультация для пострадавших от паводка не является платной, сообщили в палате.",
        "Загадка Арала",
        "Учёные двадцать лет пытаются понять, куда уходит вода из северной части моря.",
    ],
    "news with the words of the fourteenth batchs lines": [
        "Приговор не вступил в законную силу, стороны вправе обжаловать его в течение 15 дней.",
        "Компания сделала инвесторам предложение купить акции по 1 200 тенге, сообщила биржа.",
        "Комитет Министерства энергетики ответил на запрос депутатов в соответствии с законом.",
        "Матч закончился со счётом 2:1, решающий гол забили на 88-й минуте.",
    ],
    "news with the words of the ninth batchs lines": [
        "Διαβάστε τι είπε ο υπουργός για τη συμφωνία με το Καζακστάν.",
        "Få selskaper har så mange kunder i Kasakhstan, sier analytikeren.",
        "Bankalar haber vermeden faizleri artırdı, dedi milletvekili.",
        "The broker may earn a commission of up to 2% on the sale, the filing shows.",
        "Du har lest om saken før: selskapet åpnet et kontor i Almaty i fjor.",
    ],
    "news with the words of the tenth international batchs lines": [
        "Sadykov scored twice in the first half, in the 6th and the 33rd minute.",
        "Possession was shared almost evenly, 48% against 52%, the club's analysts said.",
        "The bookmakers' odds on the club have shortened since the draw, the coach noted.",
        "Пощата ще работи и в събота, съобщиха от общината.",
        "Cada divendres el mercat obre una hora abans, segons l'ajuntament.",
        "The insurer said it would get a quote from a second broker before the contract is signed.",
    ],
    "news with the words of the eleventh international batchs lines": [
        "Vsak petek bo tržnica odprta do devete ure zvečer, so sporočili iz občine.",
        "Liitu ettevõtetega said teised firmad ühinemise järel uued omanikud.",
        "Сурталчилгааны зардал энэ жил хоёр дахин өссөн байна.",
    ],
    "news with the words of the twelfth international batchs lines": [
        "The article content was agreed with the ministry before publication, the editor said.",
        "The advertisement has not been shown on state television since the ban in March.",
        "Three Kazakh banks will join the payment group by the end of the year, the regulator said on WhatsApp.",
        "El gobierno ha alcanzado el límite de deuda que fija la ley, según Hacienda.",
    ],
    "news with the words of the thirteenth international batchs lines": [
        "Read-only access to the customs database will be given to Kazakh forwarders from January.",
        "Our guide to the region, the minister said, is the water treaty signed in 1998.",
        "This is a premium grade of cotton, and it sells for a fifth more in Bremen, traders said.",
        "De ministers ontvangen de nieuwe cijfers over de handel met Kazachstan volgende week.",
        "Boeren moeten zich laten registreren voordat zij op de nieuwe regels kunnen reageren, zei het ministerie.",
    ],
    "news with the words of the twenty-fourth international batchs lines": [
        "The regulator said the page contains affiliate links to three Kazakh brokers that were never licensed.",
        "Did you make this decision alone, the reporter asked the minister, who said the cabinet had agreed.",
        "The recipe for plov that won the contest in Tashkent used yellow carrots from Fergana.",
        "Reporters could not view the original release of the decree, which the ministry took down on Monday.",
        "Cet article du code des douanes est appliqué depuis janvier aux camions venant du Kazakhstan.",
        "This story is about the farmers of the Fergana Valley and the water they lost last summer.",
    ],
    "news with the words of the forty-fourth international batchs lines": [
        "რეკლამა ავტობუსის გაჩერებებზე იანვრიდან აიკრძალება, განაცხადა მერიამ.",
        "გამოიწერეთ ჩვენი ყოველკვირეული სიახლეები, მოუწოდა მინისტრმა ფერმერებს, რომ ფასების შესახებ დროულად შეიტყონ.",
    ],
    "news with the words of the forty-fifth international batchs lines": [
        "Readers can call the helpline on 0800 123 456 or write to help@charity.example, the charity said.",
        "Parents may contact the ward on 0300 000 0003 or ward7@hospital.example to book a visit.",
    ],
}


@pytest.mark.parametrize("furniture", FURNITURE_BY_BATCH.values(), ids=FURNITURE_BY_BATCH.keys())
def test_furniture_lines_of_a_batch_are_dropped(furniture):
    assert clean_paragraphs([ARTICLE[0], *furniture, *ARTICLE[1:]], [TITLE]) == ARTICLE


@pytest.mark.parametrize("story", NEWS_BY_BATCH.values(), ids=NEWS_BY_BATCH.keys())
def test_news_with_the_words_of_a_batchs_lines_stays(story):
    assert clean_paragraphs([*ARTICLE, *story], [TITLE]) == [*ARTICLE, *story]


TRAINING_TEXTS = Path(__file__).parents[2] / "datasets" / "tagging"
# A sentence ends at its stop and the space after it; Chinese and Japanese stops need no space.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n")


def test_no_sentence_of_the_team_s_news_texts_reads_as_furniture_on_a_line_of_its_own():
    """Every rule is written from a page's furniture; the 3,000 news texts of the tagging set, in 33 languages, are
    where a rule too wide for news shows (a short paragraph of one sentence is common on the region's sites)."""
    sentences = [sentence.strip() for path in sorted(TRAINING_TEXTS.glob("train-*.jsonl"))
                 for line in path.read_text(encoding="utf-8").splitlines()
                 for sentence in _SENTENCE_END.split(json.loads(line)["text"]) if sentence.strip()]
    assert len(sentences) > 25_000
    assert [sentence for sentence in sentences if cleanup.is_furniture_line(sentence)] == []


@pytest.mark.parametrize("heading", ["Boshqarma boshlig‘ining fuqarolarni qabul qilish kunlari",
                                     "Basqarma baslıǵınıń puqaralardı qabıllaw kúnleri",
                                     "Басқарма басшысының азаматтарды қабылдау күндері",
                                     "Дни приёма граждан начальником управления", "Рӯзҳои қабули шаҳрвандон",
                                     "Справочная служба", "Анықтама қызметі:"])
def test_an_official_s_reception_days_or_an_enquiry_desk_under_its_heading_is_dropped(heading):
    # The forty-fifth batch's state service pages: the box names the days, not the timetable, the official's title
    # before it; a carrier's enquiry desk gives its number and hours under a heading alone on its line.
    lines = ["Seshanba va payshanba, 10:00–12:00", "Oldindan yozilish: (66) 233-18-40"]
    assert clean_paragraphs([*ARTICLE[:2], heading, *lines, ARTICLE[2]], [TITLE]) == ARTICLE


def test_a_sentence_on_receiving_citizens_and_a_table_after_an_enquiry_desk_are_kept():
    sentence = "Дни приёма граждан в управлении перенесли на вторник, сообщили в пресс-службе."
    table = ["| Дата | Последний поезд |", "| 5, 6 декабря | 21:40 |"]
    paragraphs = [ARTICLE[0], sentence, "Справочная служба", "Ежедневно с 06:00 до 00:00", *table, ARTICLE[1]]
    assert clean_paragraphs(paragraphs, [TITLE]) == [ARTICLE[0], sentence, *table, ARTICLE[1]]


@pytest.mark.parametrize("line", ["Дареги: Жалал-Абад ш., Ленин көчөсү, 57. Call-борбор: 119",
                                  "Суроға: ш. Кӯлоб, кӯчаи Рӯдакӣ, 45. Тел.: (3322) 2-41-18",
                                  "Адрес: г. Алматы, проспект Райымбека, 101",
                                  "Иш убактысы: дүйшөмбү–жума 08:30–21:00, ишемби 09:00–14:00",
                                  "Ishonch telefoni: 1003 (bepul, kecha-kunduz)",
                                  "Jollardaǵı kemshilikler haqqında xabar beriń: 1184",
                                  "О нарушениях на дорогах сообщайте: 1184"])
def test_footer_addresses_office_hours_and_hotlines_of_the_forty_fifth_batch_are_dropped(line):
    assert clean_paragraphs([*ARTICLE[:2], line, ARTICLE[2]], [TITLE]) == ARTICLE


@pytest.mark.parametrize("sentence", ["Адрес: пока не назван, но школа откроется в микрорайоне Шугыла к сентябрю.",
                                      "Адрес новой школы на улице Абая в акимате пока не называют, сообщил директор.",
                                      "О нарушениях, по словам министра, сообщайте по номеру 1184, и вам ответят."])
def test_a_story_s_sentence_on_an_address_or_a_number_to_call_is_kept(sentence):
    assert clean_paragraphs([*ARTICLE[:2], sentence, ARTICLE[2]], [TITLE]) == [*ARTICLE[:2], sentence, ARTICLE[2]]


def test_a_row_of_meta_lines_joined_by_middle_dots_goes_and_a_sentence_or_headline_with_one_stays():
    # The forty-sixth batch's forestry page prints its view counter and its share label on one line.
    assert cleanup.is_furniture_line("Ko‘rishlar: 157 · Ulashish:")
    assert cleanup.is_furniture_line("Просмотров: 240 • Поделиться:")
    assert not cleanup.is_furniture_line("Просмотров: 240 · Автобусы выйдут на ночные маршруты с четверга")
    assert not cleanup.is_furniture_line("The fair ran for three days · it drew firms from nine countries.")


def test_a_tajik_view_counter_with_its_number_word_and_a_karakalpak_list_heading_go():
    # The forty-seventh batch: the beekeepers' counter and share label on one line, the consumer society's list heading.
    assert cleanup.is_furniture_line("Шумораи тамошо: 66")
    assert cleanup.is_furniture_line("Шумораи тамошо: 66 · Мубодила:")
    assert cleanup.is_furniture_line("Боздидҳо: 1 140")
    assert not cleanup.is_furniture_line("Шумораи тамошобинон дар ярмарка ба 66 ҳазор нафар расид.")
    headlines = ["Bazarlarda et bahaları tekserildi", "Jámiyet mekteplerde tutınıwshı sabaqların ótkerdi"]
    assert clean_paragraphs([*ARTICLE, "Usı temadaǵı jańalıqlar", *headlines], [TITLE]) == ARTICLE


BARE_READ_POINTERS = [
    "O‘qing: Samarqandda yangi avtobus bekati ochildi",
    "Ўқинг: Жиззахда янги мактаб қурилди",
    "Оқыңыз: Павлодарда жаңа көпір ашылды",
    "Окуңуз: Ошто жаңы базар ачылды",
    "Читайте: В Актау открыли новый причал",
    "Хонед: Дар Хуҷанд пули нав сохта шуд",
    "Okaň: Marynyň täze muzeýi açyldy",
]


@pytest.mark.parametrize("line", BARE_READ_POINTERS)
def test_a_bare_read_pointer_in_the_region_s_languages_is_dropped_and_a_sentence_opening_so_stays(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE
    sentence = "Читайте внимательно: правила приёма документов изменились с первого января."
    assert clean_paragraphs([ARTICLE[0], sentence, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], sentence, *ARTICLE[1:]]


THIRTY_SIXTH_INTERNATIONAL_LINES = [
    "Sekite mus „Telegram“ kanale",
    "Prisijunkite prie mūsų WhatsApp kanalo",
    "Receive our press releases by email as soon as they are published.",
    "Help us keep the gallery free",
]


@pytest.mark.parametrize("line", THIRTY_SIXTH_INTERNATIONAL_LINES)
def test_calls_to_follow_sign_up_and_support_of_the_thirty_sixth_international_batch_are_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


THIRTY_SEVENTH_INTERNATIONAL_LINES = [
    "This article is for general information only and does not constitute advice.",
    "This page is not intended as investment advice.",
    "Stay informed",
    "Stay up to date",
]


@pytest.mark.parametrize("line", THIRTY_SEVENTH_INTERNATIONAL_LINES)
def test_a_general_information_disclaimer_and_a_stay_informed_heading_are_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


@pytest.mark.parametrize("line", [
    "Stay informed about the floods, the mayor of Kyzylorda told residents on Tuesday evening.",
    "The fund said its letter to the ministry does not constitute a guarantee for the loan.",
])
def test_sentences_with_the_disclaimer_s_or_heading_s_words_stay(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


FIFTY_FOURTH_REGIONAL_LINES = [
    "Döwlet serhet gullugynyň metbugat merkezi",
    "Облыс әкімдігінің баспасөз орталығы",
    "Bandlik vazirligi matbuot markazi",
]


@pytest.mark.parametrize("line", FIFTY_FOURTH_REGIONAL_LINES)
def test_a_press_centre_s_signature_with_its_owner_first_is_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_a_sentence_about_a_press_centre_stays():
    line = "Döwlet serhet gullugynyň metbugat merkezi täze habarlary hepdede iki gezek çap edýär."
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


FIFTY_FIFTH_REGIONAL_LINES = [
    "Уәкілдің сенім телефоны: 1414 (тәулік бойы, тегін)",
    "Vazirlikning ishonch telefoni: 1000 (bepul, kecha-kunduz)",
    "Мэриянын ишеним телефону: 1212 (күнү-түнү, акысыз)",
    "Ministrligiň ynam telefony: 1414 — sutka boýy",
]


@pytest.mark.parametrize("line", FIFTY_FIFTH_REGIONAL_LINES)
def test_a_hotline_with_its_owner_first_is_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_a_sentence_about_an_owner_s_hotline_stays():
    line = "Уәкілдің сенім телефоны: 1414 нөміріне биыл үш мыңнан астам өтініш түсті."
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


THIRTY_EIGHTH_INTERNATIONAL_LINES = [
    "Det går inte att kommentera den här artikeln.",
    "Comments are closed for this article.",
    "Kommentarfeltet er stengt for denne saken.",
    "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
]


@pytest.mark.parametrize("line", THIRTY_EIGHTH_INTERNATIONAL_LINES)
def test_a_closed_comments_note_of_the_thirty_eighth_international_batch_is_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


@pytest.mark.parametrize("line", [
    "Comments are closed until Monday, the ministry's press office in Astana said on Friday.",
    "Det går inte att kommentera domen, sade åklagaren i Lycksele på fredagen.",
])
def test_sentences_about_closed_comments_stay(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


THIRTY_NINTH_INTERNATIONAL_LINES = [
    "Рэклама",
    "Talk to our sales team",
    "Contact sales",
    "Contact our sales team.",
    "Speak to a sales expert",
]


@pytest.mark.parametrize("line", THIRTY_NINTH_INTERNATIONAL_LINES)
def test_an_advertising_label_or_a_sales_call_of_the_thirty_ninth_international_batch_is_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


# The fifty-sixth regional batch: an app's download call naming its stores in Kazakh as the Latin alphabet of 2021
# spells it; a sentence about the app in the stores, with no call to the reader, stays.
def test_a_kazakh_latin_app_store_call_is_dropped():
    line = "Qordyń qosymshasyn App Store men Google Play-den júktep alyńyz"
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_a_kazakh_latin_sentence_about_an_app_in_the_stores_stays():
    line = "Qordyń qosymshasyn App Store men Google Play-den bir aıda júz myń adam júktep aldy."
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


# The fifty-sixth regional batch: a radio's "on air now" line and a cookie notice, as the press of the region writes
# them, are dropped; sentences about a programme on air and about cookies stay.
@pytest.mark.parametrize("line", [
    "Efirde häzir: «Daýhan sagady» gepleşigi",
    "Сейчас в эфире: «Утро на волне»",
    "Мы используем cookie, чтобы сайт работал удобнее.",
    "Сайт cookie файлдарын колдонот. Сайтты колдонууну улантуу менен сиз буга макул болосуз.",
    "Sayt cookie fayllaridan foydalanadi.",
])
def test_an_on_air_line_and_a_cookie_notice_are_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


@pytest.mark.parametrize("line", [
    "Talk to our sales team first, the director told the new engineers at the Almaty office on Monday.",
    "Contact sales between the two regions grew by a fifth this year, the chamber of commerce said.",
])
def test_sentences_about_talking_to_a_sales_team_stay(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


@pytest.mark.parametrize("line", [
    "Сейчас в эфире идёт программа о выборах, сообщил директор радиостанции.",
    "Мы используем cookie только с согласия пользователя, заявил министр.",
])
def test_sentences_about_a_programme_on_air_and_about_cookies_stay(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


FORTY_SECOND_INTERNATIONAL_LINES = [
    "Stage 4 presented by Amu Water",
    "Weather sponsored by Steppe Solar",
    "Presented by Samarkand Motors",
    "Präsentiert von Alpenbank",
    "Présenté par la Banque du Léman",
]


@pytest.mark.parametrize("line", FORTY_SECOND_INTERNATIONAL_LINES)
def test_a_sponsor_s_credit_line_of_the_forty_second_international_batch_is_dropped(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


@pytest.mark.parametrize("line", [
    "The new budget was presented by the finance minister in Tashkent on Tuesday.",
    "The award presented by the embassy went to a young engineer from Nukus.",
    "The concert in Almaty was sponsored by a local bank",
])
def test_sentences_about_who_presented_or_sponsored_something_stay(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


# The sixty-first regional batch: an infographic's source is credited as a photo's is ("Инфографика: Каспий Хабар",
# "Infografika: UzA"), a line of furniture, and the infographic's title closing its block with the picture goes with
# it (markup's caption rule reads a credit the text rules know); a sentence of the story about an infographic stays.
def test_an_infographic_s_credit_is_furniture_and_a_sentence_about_one_stays():
    assert cleanup.is_furniture_line("Инфографика: Каспий Хабар")
    assert cleanup.is_furniture_line("Infografika: UzA")
    assert cleanup.is_furniture_line("Инфографикасы: Дала Ақпарат")
    assert not cleanup.is_furniture_line("Инфографика, которую подготовил порт, показывает рост перевалки за год.")
    assert not cleanup.is_furniture_line("Infografikada yuk tashish hajmi ikki barobar oshgani ko‘rsatilgan.")


# The sixty-third regional batch: the Turkmen disclaimer may say its mismatch with the negative converb ("gabat gelmän
# biler", may not coincide), as well as "gabat gelmeýär"; a sentence of the story with "gabat gelmän" and no editorial
# word stays.
def test_a_turkmen_disclaimer_with_the_negative_converb_is_furniture_and_a_sentence_with_the_verb_stays():
    assert cleanup.is_furniture_line("Redaksiýanyň pikiri teswir ýazanlaryň pikiri bilen gabat gelmän biler.")
    assert cleanup.is_furniture_line("Redaksiýanyň pikiri awtoryň pikiri bilen gabat gelmän hem biler")
    assert not cleanup.is_furniture_line(
        "Täze düzgünler öňki kararlar bilen gabat gelmän, ussalar okuw meýilnamasyny üýtgetmeli boldular.")


# The sixty-fifth regional batch: a call to read or learn the results on a channel, the verb said to the reader
# ("you can learn", "read") rather than "subscribe" or "follow", in the region's languages, is furniture; a sentence
# of the story naming the channel where an office reported something stays.
@pytest.mark.parametrize("line", [
    "Кубоктың толық нәтижелерін клубтың Telegram арнасынан біле аласыздар.",
    "Жыйынтыктарды клубдун WhatsApp каналынан окуңуз",
    "Barcha natijalarni Telegram kanalidan bilib olishingiz mumkin.",
    "Natijalary Instagram sahypasyndan okap bilersiňiz.",
    "Подробности турнира читайте в Telegram-канале клуба",
])
def test_a_call_to_read_or_learn_the_results_on_a_channel_is_furniture(line):
    assert cleanup.is_call_line(line)
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


@pytest.mark.parametrize("line", [
    "Министрлік бұл туралы Telegram арнасында хабарлады.",
    "Клуб жаңа кубоктын жыйынтыктарын Telegram каналына жарыялады.",
])
def test_a_story_s_sentence_naming_the_channel_an_office_reported_on_stays(line):
    assert not cleanup.is_call_line(line)
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


# The sixty-seventh regional batch: a line opening with all the news and saying where it is after a dash, the channel
# named and no verb said to the reader, is a call; a story's sentence of who posts all the news on a channel stays.
def test_a_line_of_where_all_the_news_is_on_a_channel_is_a_call_and_a_sentence_of_posting_it_stays():
    calls = ["Бардык жаңылыктар жана беттештердин видеолору — федерациянын Telegram-каналында",
             "Все новости — в Telegram-канале федерации",
             "Barcha yangiliklar va videolar — litseyning Telegram kanalida"]
    assert all(map(cleanup.is_call_line, calls))
    assert clean_paragraphs([ARTICLE[0], *calls, *ARTICLE[1:]], [TITLE]) == ARTICLE
    story = "Министрлик бардык жаңылыктарды расмий Telegram-каналында жана сайтында жарыялап турат."
    assert not cleanup.is_call_line(story)
    assert clean_paragraphs([*ARTICLE[:2], story, *ARTICLE[2:]], [TITLE]) == [*ARTICLE[:2], story, *ARTICLE[2:]]


# The sixty-seventh regional batch: a pointer labelled "Бул тууралуу окуңуз" (read about this) over a headline is
# furniture, as "Ошондой эле окуңуз" is; a story's sentence of reading about something stays.
def test_a_pointer_labelled_read_about_this_is_furniture():
    line = "Бул тууралуу окуңуз: Бишкекте самбо боюнча жаштар мектеби ачылды"
    assert cleanup.is_furniture_line(line)
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE
    story = "Машыктыруучу балдарга бул тууралуу окуп, андан кийин суроолорун жазып келүүнү тапшырды."
    assert not cleanup.is_furniture_line(story)
    assert clean_paragraphs([ARTICLE[0], story, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], story, *ARTICLE[1:]]


# The sixty-fifth regional batch: a trivia box's heading ("Did you know?") in the region's languages heads the one
# fact under it, both furniture; a story's sentence asking the same question with more words stays.
@pytest.mark.parametrize("heading", ["Bilasizmi?", "Знаете ли вы?", "Білесіз бе?", "Оё медонед?", "Did you know?"])
def test_a_did_you_know_heading_goes_with_its_one_fact(heading):
    fact = "Green sea turtles may live for a hundred years and eat only plants."
    assert clean_paragraphs([ARTICLE[0], heading, fact, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_a_story_s_question_opening_with_did_you_know_stays():
    line = "Bilasizmi, nega toshbaqalar dengizga qaytarilmadi? Ular to‘rga ilinib jarohatlangan edi."
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


# The sixty-fifth regional batch: DataLife Engine's notice to a guest over the story, in the region's languages, is a
# call to register; a story's sentence about unregistered users or guests of a site stays.
@pytest.mark.parametrize("line", [
    "Уважаемый посетитель, Вы зашли на сайт как незарегистрированный пользователь. Мы рекомендуем Вам "
    "зарегистрироваться либо войти на сайт под своим именем.",
    "Құрметті келуші, сіз сайтқа тіркелмеген пайдаланушы ретінде кірдіңіз. Тіркелуді ұсынамыз.",
    "Hurmatli mehmon, siz saytga ro‘yxatdan o‘tmagan foydalanuvchi sifatida kirdingiz.",
])
def test_datalife_engine_s_guest_notice_is_furniture(line):
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE


def test_a_story_s_sentence_about_unregistered_users_of_a_site_stays():
    line = "Министерство сообщило, что незарегистрированный пользователь сможет зайти на сайт госуслуг как гость."
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], line, *ARTICLE[1:]]


# The sixty-eighth regional batch: a news list's link back from the story (1C-Bitrix's "Возврат к списку" under a news
# item's detail text) is a line of furniture in the region's languages; a story's sentence of a return to a list stays.
def test_a_link_back_to_the_news_list_is_furniture_and_a_sentence_of_a_return_to_a_list_stays():
    for line in ("Возврат к списку новостей", "Вернуться к списку", "Ro‘yxatga qaytish", "Тізімге оралу",
                 "Back to the list"):
        assert cleanup.is_furniture_line(line)
    assert clean_paragraphs([ARTICLE[0], "Возврат к списку новостей", *ARTICLE[1:]], [TITLE]) == ARTICLE
    story = "Возврат к списку из двадцати приоритетных строек намечен на весну, сообщили в хокимияте."
    assert not cleanup.is_furniture_line(story)
    assert clean_paragraphs([ARTICLE[0], story, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], story, *ARTICLE[1:]]


# The sixty-eighth regional batch: a reviews block's note that only registered users may leave reviews (1C-Bitrix's
# "Отзывы" under a news item) wants a log-in as a comment prompt does; a story's sentence of a licence's revocation
# ("отзыв лицензии") from a registered company stays.
def test_a_reviews_note_wanting_a_log_in_is_furniture_and_a_licence_s_revocation_stays():
    for line in ("Оставлять отзывы могут только зарегистрированные пользователи.",
                 "Чтобы оставить отзыв, авторизуйтесь."):
        assert cleanup.is_furniture_line(line)
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    story = "Отзыв лицензии у зарегистрированной в Ташкенте страховой компании вступит в силу с января."
    assert not cleanup.is_furniture_line(story)
    assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


def test_a_note_asking_for_replies_on_the_fediverse_is_furniture_and_a_story_of_such_replies_stays():
    for line in ("Reply to this post on Mastodon and your reply will show up here.",
                 "Replies from Bluesky appear below."):
        assert cleanup.is_furniture_line(line)
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    story = ("Hundreds of users sent replies on Mastodon to the ministry's post, and some of them appeared in "
             "Bishkek's papers the next day.")
    assert not cleanup.is_furniture_line(story)
    assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The seventy-fourth regional batch: a call to send something to the outlet's bot may name what to send between the
# verb and "нашему" ("Отправьте адрес и фото нашему Telegram-боту @..."), a few words where one was read; a story's
# request to send papers to an office, no handle and no channel, stays.
def test_a_call_to_send_a_few_things_to_the_outlet_s_bot_goes_and_a_request_to_send_papers_stays():
    for line in ("Отправьте адрес и фото нашему Telegram-боту @elorda_snow_bot",
                 "Перешлите видео с места нам в WhatsApp"):
        assert cleanup.is_furniture_line(line)
        assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE
    for story in ("Отправьте заявление и копию паспорта нам до пятницы, попросили в акимате жителей дома.",
                  "Жители отправили адрес и фото неубранной улицы в Telegram-канал акимата, и к вечеру ее расчистили."):
        assert not cleanup.is_furniture_line(story)
        assert clean_paragraphs([ARTICLE[0], story, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], story, *ARTICLE[1:]]


# The seventy-fifth regional batch: a call to write to the outlet through a messenger, said without "to us"
# ("Воқеа гувоҳи бўлдингизми? WhatsApp орқали ёзинг: +998 ..."), goes as the call with "бизга" does; a story's line
# of an office that takes appeals through its Telegram channel, no call said to the reader, stays.
@pytest.mark.parametrize(("line", "furniture"), [
    ("Воқеа гувоҳи бўлдингизми? WhatsApp орқали ёзинг: +998 90 555 12 34", True),
    ("Маҳаллаңыздагы көйгөйдү сүрөткө тартып, Telegram аркылуу жазыңыз.", True),
    ("Ҳокимлик аҳоли мурожаатларини Telegram орқали ҳам қабул қилишини маълум қилди.", False),
    ("Фермерлар сув масаласидаги шикоятларини WhatsApp орқали ёзиб юборишган, деди бошқарма вакили.", False),
])
def test_a_call_to_write_through_a_messenger_goes_and_a_story_of_appeals_through_a_channel_stays(
        line: str, furniture: bool) -> None:
    assert cleanup.is_furniture_line(line) is furniture
    expected = ARTICLE if furniture else [ARTICLE[0], line, *ARTICLE[1:]]
    assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == expected


# The sixtieth international batch: a Faroese pointer, "Les eisini:" (read also) before the pointed-to headline, goes
# as the Norwegian "Les også:" does; a story's sentence with the same words in it stays.
def test_a_faroese_read_also_pointer_goes_and_a_story_s_sentence_of_reading_stays():
    for line in ("Les eisini: Tá ið vit brendu í torvovni í Kirkjubø", "Lesið eisini: Nýggja dreiskipan er komin"):
        assert clean_paragraphs([ARTICLE[0], line, *ARTICLE[1:]], [TITLE]) == ARTICLE
    story = "Les eisini og skriva, segði lærarin við børnini, tí tað er tann besta vegurin at læra málið."
    assert clean_paragraphs([ARTICLE[0], story, *ARTICLE[1:]], [TITLE]) == [ARTICLE[0], story, *ARTICLE[1:]]


# The sixtieth international batch: a release's request to contact its spokesman by name and title, after the last
# paragraph, heads the line of the address and number under it, as "For further information, please contact:" does;
# a story's sentence of passengers told whom to contact stays.
def test_a_release_s_request_naming_whom_to_contact_goes_with_the_line_under_it_and_a_story_s_sentence_stays():
    contact = ["For questions about this release, please contact Joost Verbruggen, head of communications.",
               "press@maasvlaktecaspian.example · +31 10 799 4410"]
    assert clean_paragraphs([*ARTICLE, *contact], [TITLE]) == ARTICLE
    assert clean_paragraphs([*ARTICLE, "For further information, contact Dana Abenova, press secretary"],
                            [TITLE]) == ARTICLE
    story = ("For questions about the new timetable, passengers were told to contact the station in Aktau, which "
             "opened a desk for the ferry's travellers.")
    assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The sixtieth international batch: a shop's blog's "Products in this post" over the cards of the products a post
# names goes, as a related list's heading does, even when the cards went before it; a story's sentence of the
# products in a cooperative's shipment stays.
def test_a_shop_blog_s_products_in_this_post_heading_goes_and_a_story_s_sentence_of_products_stays():
    for heading in ("Products in this post", "Shop this post", "Featured in this article"):
        assert clean_paragraphs([*ARTICLE, heading], [TITLE]) == ARTICLE
        assert clean_paragraphs([*ARTICLE, heading, "- Tian Shan aran, natural grey, 100g"], [TITLE]) == ARTICLE
    story = "Products in this shipment include dried apricots and walnuts from the Fergana valley, the exporter said."
    assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The seventy-sixth regional batch: a Turkmen "Iň täze habarlar" (the newest news) heading over other stories'
# headlines, after the story, goes with them, as "Soňky habarlar" does; a story's sentence of the newest news stays.
def test_a_turkmen_newest_news_heading_goes_with_its_headlines_and_a_story_s_sentence_of_news_stays():
    for heading in ("Iň täze habarlar", "Täze habarlar", "Иң тәзе хабарлар"):
        assert clean_paragraphs([*ARTICLE, heading], [TITLE]) == ARTICLE
        assert clean_paragraphs([*ARTICLE, heading, "Baýramalyda täze hassahana açyldy",
                                 "Mary welaýatynda pagta meýilnamasy ýerine ýetirildi"], [TITLE]) == ARTICLE
    story = "Iň täze habarlar welaýat radiosynda her sagat berilýär, diýip radionyň müdiri aýtdy."
    assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The seventy-eighth regional batch: a note that the story is no advertisement, under a note's label or not, and the
# advice that may follow it in the same sentence, goes; a story's sentence reporting that an article was no
# advertisement opens with another word and stays.
def test_a_note_that_the_article_is_no_advertisement_goes_and_a_story_s_sentence_of_one_stays():
    for note in ("Эслатма: мақола реклама ҳисобланмайди, қарз олишдан олдин шартлар билан танишиб чиқинг.",
                 "Материал не является рекламой.", "Maqola reklama hisoblanmaydi.",
                 "Мақала жарнама болып табылмайды.", "Note: this article is not an advertisement."):
        assert clean_paragraphs([*ARTICLE, note], [TITLE]) == ARTICLE
    story = "Министерство заявило, что статья о новом кредите не является рекламой, и отказалось ее удалить."
    assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The seventy-eighth regional batch: a call naming the network and closing on the account's handle after a colon goes,
# whatever its verb and language ("кузетиң", keep watch on, in Karakalpak); a story's sentence naming a handle, going
# on after it, stays.
def test_a_call_naming_the_network_and_closing_on_its_handle_goes_and_a_story_s_sentence_with_a_handle_stays():
    for call in ("Бизди Instagram-да да кузетиң: @qaraqalpaqxabar", "Follow us on Telegram: @centralasia_news",
                 "Биз TikTok-та: @ontustik.aqparat"):
        assert clean_paragraphs([*ARTICLE, call], [TITLE]) == ARTICLE
    story = "Министр написал в Telegram: @mfa_uz будет публиковать расписание переговоров каждый день."
    assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The seventy-ninth regional batch: a Karakalpak call to join a messenger's group ("Telegram toparımızǵa qosılıń")
# goes, as the Kazakh Latin "qosylyñyz" and the Uzbek "guruhimizga qo‘shiling" do; a story's sentence of a group
# joining, with no messenger named, stays.
def test_a_karakalpak_call_to_join_a_messenger_s_group_goes_and_a_story_s_sentence_of_a_group_stays():
    for call in ("Telegram toparımızǵa qosılıń", "WhatsApp kanalımızǵa qosılıń: eń sońǵı jańalıqlar",
                 "Instagram toparımızdı baqlap barıń"):
        assert clean_paragraphs([*ARTICLE, call], [TITLE]) == ARTICLE
    story = "Bizdiń toparımızǵa bıyıl Xojeli rayonınan taǵı on eki fermer qosıldı, dedi kooperativ basshısı."
    assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The eightieth regional batch: a note that the story was prepared from the information someone gave, the article's
# word opening it ("Habar dükanyň beren maglumatlary esasynda taýýarlandy."), goes in the region's word orders; a
# story's sentence of a report prepared on someone's data opens with another word, or has more between "on the basis
# of" and the verb, and stays.
def test_a_note_that_the_news_was_prepared_from_someone_s_information_goes_and_a_story_s_sentence_of_one_stays():
    for note in ("Habar dükanyň beren maglumatlary esasynda taýýarlandy.",
                 "Xabar viloyat hokimligi ma’lumotlari asosida tayyorlandi.",
                 "Жаңалық әкімдік берген мәліметтер негізінде дайындалды.",
                 "Хабар дар асоси маълумоти хадамоти матбуоти вазорат омода шуд.",
                 "Новость подготовлена на основе информации пресс-службы акимата.",
                 "This story was prepared from information provided by the shop."):
        assert clean_paragraphs([*ARTICLE, note], [TITLE]) == ARTICLE
    for story in ("Отчёт подготовлен на основе данных министерства, сообщил директор завода.",
                  "Habar beriş serişdeleriniň maglumatlary esasynda welaýat boýunça hasabat taýýarlandy."):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The eighty-first regional batch: a source credited in words with no colon after them, a line of its own after the
# story ("По информации отдела ЖКХ города Павлодара", a Bitrix source `p`), goes, as "Источник: ..." does, and so do the
# region's forms that put the words after the source; a story's sentence opening with the same words stays.
def test_a_source_credited_in_words_without_a_colon_goes_and_a_sentence_opening_so_stays():
    for credit in ("По информации отдела ЖКХ города Павлодара", "По данным пресс-службы акимата Алматы",
                   "Облыс әкімдігінің мәліметі бойынша", "Hokimlik matbuot xizmati ma’lumotiga ko‘ra"):
        assert clean_paragraphs([*ARTICLE, credit], [TITLE]) == ARTICLE
    for story in ("По данным акимата, новый зал прощания принял первых посетителей уже в пятницу.",
                  "По информации службы, реестр захоронений опубликуют весной"):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


def test_a_rates_note_that_the_rates_are_for_reference_goes_and_a_story_s_sentence_of_it_stays():
    for note in ("Курсы носят справочный характер и могут меняться в течение дня.",
                 "Бағамдар анықтамалық сипатта берілген.", "Kurslar ma’lumot uchun berilgan.",
                 "Қурбҳо барои маълумот оварда шудаанд.", "Rates are indicative only."):
        assert clean_paragraphs([*ARTICLE, note], [TITLE]) == ARTICLE
    for story in ("Нацбанк напомнил, что курсы в обменных пунктах носят справочный характер.",
                  "Ma’lumot uchun, kurslar bo‘yicha yangi qoidalar 1-yanvardan kuchga kiradi."):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The eighty-third regional batch: a note that the story was or was not written to someone's order, or is no
# advertisement, goes where a word for "this" stands before the article's word ("Ushbu maqola kompaniyaning buyurtmasi
# asosida tayyorlanmagan, ...", a SmartMag disclaimer `p` after the last line), as it goes with the article's word
# first; a story's sentence with the words for "this" and the article later in it stays.
def test_an_order_or_no_advertisement_note_opened_by_a_word_for_this_goes_and_a_story_s_sentence_of_it_stays():
    notes = ("Ushbu maqola kompaniyaning buyurtmasi asosida tayyorlanmagan, tahririyat mustaqil material sifatida"
             " e’lon qildi.", "Данный материал подготовлен при поддержке фонда развития города.",
             "Ушбу мақола реклама ҳисобланмайди.", "Бұл мақала жарнама болып табылмайды.")
    stories = ("Vazirlik bu maqola buyurtma asosida yozilmaganini ma’lum qildi.",
               "Завод выпустил этот материал по заказу строителей метро.")
    got = [clean_paragraphs([*ARTICLE, line], [TITLE]) for line in notes + stories]
    assert got == [ARTICLE] * len(notes) + [[*ARTICLE, story] for story in stories]


# The sixty-seventh international batch's bridge club: an old portal engine's footer lines read with the story, the
# time the page took to build ("Page Generation: 0.061 Seconds") and the engine's licence line after its copyright
# (PHP-Nuke's, Mambo's), go; a story's sentences about a page's generation or about free software stay.
def test_a_portal_engine_s_generation_time_and_licence_lines_go_and_a_story_s_sentences_of_them_stay():
    for line in ("Page Generation: 0.061 Seconds", "Page generated in 0.12 seconds.",
                 "Web site engine's code is Copyright © 2006 by PHP-Nuke. All Rights Reserved. PHP-Nuke is Free "
                 "Software released under the GNU/GPL license.",
                 "Mambo is Free Software released under the GNU/GPL License."):
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    for story in ("The ministry's new portal cut the page generation time from four seconds to one.",
                  "The software the ministry chose is free software released under the GNU/GPL license, its "
                  "spokesman said on Tuesday."):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The eighty-fourth regional batch's kite club: a "read also" box whose label asks "have you read?" ("Окуй
# кеттиңизби?") over a link's headline, read as one line, goes as the imperative's pointer does, and the question alone
# heads a list; a story's line that asks it and goes on to a stop, or quotes it, stays.
def test_a_read_also_pointer_asked_as_a_question_goes_and_a_story_s_line_asking_it_stays():
    pointers = ("Окуй кеттиңизби? Ысык-Көлдө жаңы жээк жолу ачылды", "Окудуңузбу? Нарында жаңы мектеп ачылды",
                "Оқыдыңыз ба? Таразда жаңа саябақ ашылды", "O‘qidingizmi? Farg‘onada yangi bozor ochildi",
                "Okadyňyzmy? Marynyň muzeýinde täze sergi açyldy", "А вы читали? В Бишкеке открылся новый каток")
    stories = ("Окудуңузбу? Жок, али окуй элекмин, деди ал.", "Мугалим: «Китепти окуй кеттиңизби?» деп сурады.")
    got = [clean_paragraphs([*ARTICLE, line], [TITLE]) for line in pointers + stories]
    assert got == [ARTICLE] * len(pointers) + [[*ARTICLE, story] for story in stories]


# The eighty-fourth regional batch's photo studio: a Tajik call to share the post with friends in the imperative
# ("Бо дӯстонатон мубодила кунед."), after the question whether the reader liked it, goes as the Uzbek and Russian ones
# do; a story's sentence that someone shared something with his friends stays.
def test_a_tajik_call_to_share_with_friends_goes_and_a_story_s_sentence_of_sharing_stays():
    calls = ("Маводро дӯст доштед? Бо дӯстонатон мубодила кунед.", "Хабарро бо дӯстонатон мубодила намоед!",
             "Khabarro bo dūstonaton mubodila kuned!")
    story = "Вай суратҳои барқароршударо бо дӯстонаш мубодила кард."
    got = [clean_paragraphs([*ARTICLE, line], [TITLE]) for line in (*calls, story)]
    assert got == [ARTICLE] * len(calls) + [[*ARTICLE, story]]


# The sixty-ninth international batch's folk ensemble: a content system's Polish interface prints the post's last
# change under the story ("Ostatnia zmiana: 06.12.2026 o 09:12"), as its Czech and Slovak ones print theirs; the
# stamp goes, as its Russian, Kazakh and Tajik kin do, and a story's sentence about a last change, with no label's
# colon, stays.
def test_a_west_slavic_last_change_stamp_goes_and_a_story_s_sentence_of_a_last_change_stays():
    for line in ("Ostatnia zmiana: 06.12.2026 o 09:12", "Data publikacji: 3 grudnia 2026, 14:05",
                 "Poslední změna: 04.12.2026", "Posledná aktualizácia: 2. 12. 2026 10:40"):
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    for story in ("Ostatnia zmiana w statucie zespołu weszła w życie 1 stycznia 2026 roku.",
                  "Poslední změna jízdního řádu platí od 13. prosince 2026."):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The sixty-ninth international batch's model flying club: an old portal engine's notes on who owns what, the comments'
# ownership notice under the story and the logos and trademarks line of its footer (PostNuke's, PHP-Nuke's, Geeklog's
# wording), go; a story's sentences about who owns a club's logo or answers for its comments stay.
def test_a_portal_engine_s_comments_ownership_notice_and_logos_line_go_and_a_story_s_sentences_of_them_stay():
    for line in ("The comments are owned by the poster. We aren't responsible for their content.",
                 "Comments are owned by the poster. We aren't responsible for their content.",
                 "The following comments are owned by whomever posted them. This site is not responsible for what "
                 "they say.",
                 "All logos and trademarks in this site are property of their respective owner. The comments are "
                 "property of their posters, all the rest © 2026 by Swaledale Model Flying Club",
                 "All logos and trademarks in this site are property of their respective owner."):
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    for story in ("The club's logo and trademarks are the property of the federation, its secretary said on Monday.",
                  "The comments are owned by the poster, the court ruled, and the forum is not responsible for them "
                  "under the new law."):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


def test_a_comment_area_s_notice_that_comments_are_their_posters_goes_in_many_languages_and_a_story_s_denial_stays():
    for line in ("Comments are owned by the poster. We aren't responsible for their content.",
                 "All logos and trademarks in this site are property of their respective owner. The comments are "
                 "property of their posters, all the rest © 2026 by the Club",
                 "Les comintaires sont da ces ki les ont scrît. Nos n' estans nén responsåves di çou k' i dijhèt.",
                 "Редакция не несёт ответственности за содержание комментариев.",
                 "Редакция пікірлердің мазмұнына жауап бермейді.",
                 "Tahririyat izohlar mazmuni uchun javobgar emas.",
                 "Редакция пикирлердин мазмуну үчүн жооп бербейт.",
                 "Редаксия барои мазмуни шарҳҳо масъулият надорад.",
                 "Redaksiýa teswirleriň mazmuny üçin jogap bermeýär."):
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    for story in ("The ministry said it was not responsible for the delay and declined to comment further.",
                  "The comments of the two ministers on the railway's route were published on Tuesday."):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


def test_a_comment_area_s_note_that_nobody_has_commented_yet_goes_in_many_languages_and_a_story_s_line_stays():
    for line in ("I gn a nou comintaire po l' moumint.", "No comments yet.", "There are no comments yet",
                 "No Comments have been Posted.", "Il n'y a pas encore de commentaires.", "Noch keine Kommentare",
                 "Комментариев пока нет", "Әзірге пікір жоқ", "Hozircha izohlar yo‘q", "Азырынча пикирлер жок",
                 "Ҳоло шарҳе нест", "Häzirlikçe teswir ýok"):
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    for story in ("No comment.", "There are no comments yet on the draft law from the ministry.",
                  "Комментариев от министерства пока нет."):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The eighty-fifth regional batch's porcelain workshop: a shop's note under its story that a product may look a little
# other than in its picture ("Маҳсулот расмдагидан ... фарқ қилиши мумкин.") goes, in the region's languages; a story's
# line that prices may differ, that a colour may differ from a sample, or that a facade on a photo differs, stays.
def test_a_shop_s_note_that_a_product_may_differ_from_its_picture_goes_and_a_story_s_line_of_differing_stays():
    notes = ("Маҳсулот расмдагидан рангининг тусланиши билан бир оз фарқ қилиши мумкин.",
             "Цвет товара может незначительно отличаться от изображения на сайте.",
             "Тауардың түсі суреттегіден сәл өзгеше болуы мүмкін.",
             "Товардын түсү сүрөттөгүдөн бир аз айырмаланышы мүмкүн.",
             "Mahsulot rangi rasmdagidan biroz farq qilishi mumkin.", "Ранги мол аз акс каме фарқ карда метавонад.",
             "Harydyň reňki suratdakydan biraz tapawutlanyp biler.", "Actual colours may differ from the picture.")
    stories = ("Цены на зерно могут отличаться по регионам, сообщили в министерстве.",
               "Мастер сказал, что цвет может отличаться от образца.",
               "Mahsulot narxlari rasmiy kursdan farq qilishi mumkin, dedi vazir.",
               "Цвет фасада на фото отличается от того, что утвердил архитектор, заявили в акимате.")
    got = [clean_paragraphs([*ARTICLE, line], [TITLE]) for line in notes + stories]
    assert got == [ARTICLE] * len(notes) + [[*ARTICLE, story] for story in stories]


# The eighty-sixth regional batch's billiard club: the site answering not for the opinions said in its reviews or
# comments goes; a court's ruling on such opinions, or a denial of anything else, stays.
def test_a_denial_of_the_opinions_said_in_the_reviews_goes_and_a_ruling_on_them_stays():
    notes = ("Администрация клуба не несёт ответственности за мнения, высказанные в отзывах.",
             "Редакция не несёт ответственности за мнения, высказанные в комментариях.")
    stories = ("Суд решил, что мнения, высказанные в отзывах, не являются клеветой и не порочат клуб.",
               "Администрация клуба не несёт ответственности за сбой в системе бронирования, заявил директор.")
    got = [clean_paragraphs([*ARTICLE, line], [TITLE]) for line in notes + stories]
    assert got == [ARTICLE] * len(notes) + [[*ARTICLE, story] for story in stories]


# The eighty-sixth regional batch's ostrich farm: the Turkmen condition for copying a text, a reference required, goes
# as the region's other languages' do; a story's line of copying without the reference, or of a reference alone, stays.
def test_a_turkmen_note_that_copying_needs_a_reference_goes_and_a_story_s_line_of_copying_stays():
    notes = ("Makalany göçürip alanyňyzda salgylanma hökmanydyr.", "Materiallar ulanylanda saýta salgylanma hökmany.")
    for note in notes:
        assert clean_paragraphs([*ARTICLE, note], [TITLE]) == ARTICLE
    copying = "Ministrlik maglumatlary göçürip alanda ýalňyşlyk goýberdi, diýip hünärmen aýtdy."
    references = "Salgylanma sanawy kitabyň ahyrynda berilýär we onda kyrk çeşme bar."
    assert clean_paragraphs([*ARTICLE, copying, references], [TITLE]) == [*ARTICLE, copying, references]


def test_a_call_to_write_through_a_messenger_to_a_number_before_its_word_goes_and_a_story_s_number_stays():
    calls = ("Редакцияға жаңалық жібергіңіз келсе, WhatsApp арқылы +7 700 000 00 00 нөміріне жазыңыз.",
             "Yangilik yoki shikoyatingiz bormi? WhatsApp orqali +998 90 000 00 00 raqamiga yozing.")
    for call in calls:
        assert clean_paragraphs([*ARTICLE, call], [TITLE]) == ARTICLE
    told = ("Hokimlik fuqarolar shikoyatlarini WhatsApp orqali +998 71 000 00 00 raqamiga yozishlari mumkinligini "
            "ma’lum qildi.")
    able = "Әкімдік тұрғындар өтініштерін WhatsApp арқылы +7 700 000 00 00 нөміріне жаза алатынын хабарлады."
    assert clean_paragraphs([*ARTICLE, told, able], [TITLE]) == [*ARTICLE, told, able]


def test_a_correspondent_s_note_closing_a_story_goes_in_the_region_s_languages_and_a_story_s_line_on_one_stays():
    notes = ("Гүлнар Әбенова – газетіміздің Арқалықтағы меншікті тілшісі.",
             "Нурбек Асанов – телеканалдын Талас облусундагы кабарчысы.",
             "Дилшод Каримов, «Водий ҳафталиги»нинг Поп туманидаги мухбири",
             "Materialdı gazeta xabarshısı Aybek Nurlıbaev tayarladı.")
    for note in notes:
        assert clean_paragraphs([*ARTICLE, note], [TITLE]) == ARTICLE, note
    arrested = "Асан Үсенов, «Азаттыктын» мурдагы кабарчысы, камакка алынды."
    prosecutors = "Материалды облыстық прокуратура дайындады."
    assert clean_paragraphs([*ARTICLE, arrested, prosecutors], [TITLE]) == [*ARTICLE, arrested, prosecutors]


def test_a_donation_appeal_written_as_the_text_s_closing_paragraphs_goes_and_a_story_s_gift_or_reliance_stays():
    for line in ("Steppe Public Radio is powered by listeners like you.",
                 "The Aral Desk is a nonprofit newsroom, and we depend on readers to keep going.",
                 "We don't have a paywall, and we never will. If our reporting helps you, please chip in what you can "
                 "today.",
                 "Our coverage is funded by readers like you. Chip in whatever you can."):
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    for story in ('"The food bank is a nonprofit, and we depend on donors to stock the shelves," the director said.',
                  "The station is powered by solar panels installed last spring.",
                  "Neighbors chip in to repair the school roof, and the church will hold a supper to raise the rest."):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The seventy-eighth international batch's Võro daily: a credit under the picture's word in Estonian and Võro, "Pilt:",
# is a credit as "Foto:" is, alone or run on after a caption's stop; a sentence about a picture stays.
def test_the_estonian_and_voro_word_for_a_picture_opens_a_credit_and_a_sentence_on_a_picture_stays():
    assert cleanup.is_furniture_line("Pilt: Kadri Hallik / Päävä Kiri")
    assert cleanup.is_furniture_line("Pilt: Eesti Päevaleht")
    sentence = "Pilt, mille kunstnik maalis Rõugõ järve ääres, jõudis eelmisel nädalal Almatõ muuseumisse."
    assert not cleanup.is_furniture_line(sentence)
    assert clean_paragraphs([*ARTICLE, sentence], [TITLE]) == [*ARTICLE, sentence]


def test_a_closing_appeal_or_subscription_line_in_aromanian_or_silesian_goes_and_a_story_s_plea_or_price_stays():
    for line in ("Vãrdarlu easti unã gazetã independentã shi s-tsãni mash cu dunatsiili a cititorlor.",
                 "Ma s-vã ariseashti tsi scriem, agiutats-nã cu cãt vrets.",
                 "Agiutats-nã cu unã dunatsie, tra s-putem s-njergem ninte.",
                 "Cŏłki artykuł przeczytŏcie we papiōrowym wydaniu naszego tydzynnika.",
                 "Prenumerata cyfrowŏ już ôd 5 zł za miesiōnc."):
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    for story in ("«Agiutats-nã!», strigarã mulyerli di pi pod.",
                  "Biblioteca di Bitule bãneadzã mash di agiutorlu a cititorlor.",
                  "Prenumerata ôd stycznia bydzie droższŏ ô dwa złote.",
                  "Prenumerata gazety podrożała ôd 9 zł do 12 zł na miesiōnc.",
                  "Nakład papiōrowego wydaniŏ spŏdł we tym roku ô jedna trzecia."):
        assert clean_paragraphs([*ARTICLE, story], [TITLE]) == [*ARTICLE, story]


# The eighty-second international batch: a Chinese wire credit closing the story in brackets, the reporters named before
# "报道" (reported) and the editors after a semicolon without a colon, is furniture as the English "(Reporting by ...;
# editing by ...)" is; a dateline's bracket opening the story's first sentence and "报道" going on into a sentence stay.
def test_a_chinese_closing_credit_naming_the_reporters_before_baodao_goes_and_a_dateline_s_bracket_stays():
    assert cleanup.is_furniture_line("（记者 周文涛 报道；编辑 刘晓）")
    assert cleanup.is_furniture_line("（本报记者 王海、李明 报道）")
    assert cleanup.is_furniture_line("（特约记者 阿依古丽 报道；编辑：刘晓；审核 王芳）")
    assert not cleanup.is_furniture_line("本报阿拉木图12月4日电（记者 周文涛）中吉乌铁路首座特长隧道实现贯通。")
    assert not cleanup.is_furniture_line("记者 周文涛 报道称，隧道穿越多条断层带。")
    assert not cleanup.is_furniture_line("据当地媒体报道，铺轨工作有望于明年下半年开始。")


# The eighty-first international batch's local TV station: its pointer to the report in the page's player, a line in
# bold among the story's paragraphs, is a call; a story's sentence about watching a report names no player or report
# above or below it.
def test_a_tv_station_s_pointer_to_the_report_in_the_player_above_goes_and_a_sentence_on_watching_stays():
    for line in ("Watch the full report in the video player above.", "Watch the video above",
                 "Watch the story in the player below"):
        assert cleanup.is_furniture_line(line), line
    sentences = ["Residents can watch the full report on the council website.",
                 "The council voted to watch the report closely, members said above the noise."]
    for sentence in sentences:
        assert not cleanup.is_furniture_line(sentence)
    pointer = "Watch the full report in the video player above."
    assert clean_paragraphs([*ARTICLE, pointer, *sentences], [TITLE]) == [*ARTICLE, *sentences]


# The eighty-ninth regional batch: a channel's call naming no network but "our channel" and closing on the channel's
# handle after a colon, as a channel's copy of its story on telegra.ph prints it, goes in the region's languages; a
# story's sentence naming the channel's handle goes on after it, and a sentence of "our channel" with no handle stays.
def test_a_call_to_our_channel_closing_on_its_handle_goes_and_a_story_s_sentence_with_the_handle_stays():
    for call in ("Täzelikleri ilkinji bolup okamak üçin kanalymyza goşulyň: @hazar_habarlary",
                 "Жаңалықтарды бірінші біліңіз, арнамызға жазылыңыз: @zhetysu_news",
                 "Yangiliklar uchun kanalimizga obuna bo‘ling: @surxon_sadosi", "Join our channel: @caspian_ferries"):
        assert clean_paragraphs([*ARTICLE, call], [TITLE]) == ARTICLE
    stories = ["Portuň dolandyryşy kanalymyza şeýle diýdi: @turkmenport gatnawyň tertibini her hepde çap eder.",
               "Kanalymyza goşulan okyjylaryň sany bu ýyl iki esse artdy."]
    assert clean_paragraphs([*ARTICLE, *stories], [TITLE]) == [*ARTICLE, *stories]


# The eighty-ninth regional batch: a print version's header line at the top, the paper's name and its address joined by
# a dash, goes as the masthead's row in cells does; a top sentence with a dash and a site's address in it, and a
# headline-like line with a dash but no address or title, stay.
def test_a_print_header_of_the_paper_s_name_and_address_joined_by_a_dash_goes_and_a_sentence_with_a_dash_stays():
    for header in ("Qaraqalpaqstan Xabarları — qaraqalpaq-xabarlari.uz", "Жетісу Жаршысы – zhetysu-zharshy.kz"):
        assert clean_paragraphs([header, *ARTICLE], [TITLE]) == ARTICLE
    for line in ("Nókis — the schedule of the new ferry is printed on qaraqalpaq-xabarlari.uz.",
                 "Moynaq — Aral teńizi"):
        assert clean_paragraphs([line, *ARTICLE], [TITLE]) == [line, *ARTICLE]


# The eighty-ninth regional batch, second pass: a full-text feed's closing line, "The post <headline> appeared first on
# <site>." in the site's language, printed with the story by feed readers, aggregators and copying sites, is furniture
# as a whole line; a story's sentence that a report first appeared on a site, "The post of ambassador ..." and "Мақола
# ..." opening a story's sentence stay.
def test_a_full_text_feed_s_closing_line_goes_in_each_language_and_a_story_s_sentence_about_a_first_report_stays():
    for line in (
        "The post Tashkent hosts the C5 transport forum appeared first on Steppe Wire.",
        "Мақола Андижонда ҳукуматлараро комиссия йиғилди дастлаб Водий Ахбороти сайтида эълон қилинган.",
        "Maqola Termizda savdo markazi ochildi dastlab Surxon Xabarlari saytida e'lon qilingan.",
        "Запись Казахстан и Китай открыли новый переход впервые появилась на Степные Вести.",
        "Сообщение Казахстан и Китай открыли новый переход появились сначала на Степные Вести.",
        "Мақала Қорғаста жаңа терминал ашылды алғаш рет Жетісу Жаңалықтары сайтында жарияланды.",
        "Макала Токтогулдан суу агызуу көбөйдү биринчи жолу Нарын Кабарлары сайтында жарыяланган.",
        "Мақолаи Содироти барқ ба Покистон оғоз шуд бори аввал дар Хабарҳои Суғд нашр шуд.",
        "Makala Türkmenbaşy-Baku parom gatnawy artdy ilkinji gezek Hazar Habarlary saýtynda çap edildi.",
        "Taşkent'te ulaştırma forumu yazısı ilk önce Orta Asya Haber üzerinde ortaya çıktı.",
        "Der Beitrag Neue Bahnstrecke nach Taschkent erschien zuerst auf Steppenbote.",
        "L'article Un nouveau corridor vers Bakou est apparu en premier sur Caspienne Info.",
        "La entrada Kazajistán abre un nuevo corredor se publicó primero en Noticias de Asia Central.",
    ):
        assert cleanup.is_furniture_line(line), line
    for sentence in (
        "The report first appeared on Eurasianet on Tuesday.",
        "The post of ambassador to Kazakhstan has been vacant since March.",
        "The post of ambassador appeared first on a list of vacancies, the ministry said, and was filled in a month.",
        "Мақола муаллифи комиссия йиғилиши дастлаб Андижонда ўтказилишини ёзган.",
    ):
        assert not cleanup.is_furniture_line(sentence), sentence
    assert clean_paragraphs([*ARTICLE, "The post of ambassador to Kazakhstan has been vacant since March."], [TITLE]) \
        == [*ARTICLE, "The post of ambassador to Kazakhstan has been vacant since March."]


# The eighty-fourth international batch's evening paper: a reporter's sign-off giving the number before the address
# ("Contact reporter <Name> at <number> or <address>."), closing the text in italics, is furniture as the sign-off with
# the address alone is; a story's sentence about contacting someone at a number opens otherwise or goes on without an
# address.
def test_a_sign_off_giving_the_reporter_s_number_before_the_address_goes_and_a_sentence_on_calling_stays():
    sign_off = "Contact reporter Dwayne Kettering at 402-555-0182 or dkettering@pvstar.example."
    for line in (sign_off, "Reach Ruth Abernathy at 502-555-0147 and rabernathy@standard.example."):
        assert cleanup.is_furniture_line(line), line
    for sentence in ("Residents can contact the county office at 402-555-0100 or visit the courthouse.",
                     "The farmers contacted the company at 402-555-0182 and asked for prices."):
        assert not cleanup.is_furniture_line(sentence), sentence
    assert clean_paragraphs([*ARTICLE, sign_off], [TITLE]) == ARTICLE


# The eighty-fourth international batch's price-reporting agency: its desk's contact line closing the story ("For
# questions about this story, email <address>") is furniture; a story's sentence about questions goes on past the
# address or names none.
def test_a_desk_s_contact_line_for_questions_about_this_story_goes_and_a_sentence_on_questions_stays():
    line = "For questions about this story, email grains@kestrel.example"
    for furniture in (line, "Comments or tips on this article? Write to desk@paper.example."):
        assert cleanup.is_furniture_line(furniture), furniture
    for sentence in ("For questions about this story, the ministry said, farmers should email help@agri.example and "
                     "wait.", "Questions about this story were raised in parliament on Tuesday."):
        assert not cleanup.is_furniture_line(sentence), sentence
    assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE


# The eighty-fifth international batch: a press release's end mark, "-ends-", "ENDS", "- End -", "-30-", a line of its
# own under the release's last sentence, goes; a story's sentence with "ends" in it and a one-line paragraph that says
# how something ended stay.
def test_a_press_release_s_end_mark_goes_and_a_sentence_with_ends_stays():
    for mark in ("-ends-", "- ENDS -", "ENDS", "– Ends –", "- End -", "-30-", "- 30 -", "End of press release"):
        assert clean_paragraphs([*ARTICLE, mark], [TITLE]) == ARTICLE
    stories = ["The guarantee ends in 2036.", "It ends there.", "The route ends in Termez, on the Afghan border."]
    assert clean_paragraphs([*ARTICLE, *stories], [TITLE]) == [*ARTICLE, *stories]


# The eighty-fifth international batch: a press contact's line in the story's box, whom to call, the phone word and the
# number, then the address, no stop ("Anja Meyer, Messe Roomelse GmbH, Tel. 04498 92 41 0, presse@..."), goes; a
# story's sentence giving a number goes on after it or ends with its stop, and stays.
def test_a_press_contact_line_of_a_name_a_phone_number_and_an_address_goes_and_a_sentence_with_a_number_stays():
    for line in ("Anja Meyer, Messe Roomelse GmbH, Tel. 04498 92 41 0, presse@buurenmesse.example",
                 "Lukas Brandner, Press Officer, phone +43 1 555 0188, press@alpex.example",
                 "Remedios Gallardo, ACORA, teléfono 924 41 00 73"):
        assert clean_paragraphs([*ARTICLE, line], [TITLE]) == ARTICLE
    stories = ["Farmers who want a robot can ring the fair's office, Tel. 04498 92 41 0, until Friday.",
               "Exporters can call the agency's new desk, phone +43 1 555 0100."]
    assert clean_paragraphs([*ARTICLE, *stories], [TITLE]) == [*ARTICLE, *stories]


# The eighty-fifth international batch: a key facts box among the story's paragraphs whose facts are a list's items,
# each "Label: value" with its list mark, goes with its heading, as the same box of lines does; a list of such items
# with no heading of words over it, a list after a sentence, stays.
def test_a_fact_box_of_list_items_under_a_short_heading_goes_and_a_list_after_a_sentence_stays():
    box = ["Key facts", "- Units: four vertical Francis turbines, 1959",
           "- Contractor: Ferrand Hydro with Bishkek Energo Montazh", "- Output after the rebuild: 175 MW"]
    assert clean_paragraphs([*ARTICLE, *box, "The last unit is due back in service in March."], [TITLE]) == [
        *ARTICLE, "The last unit is due back in service in March."]
    story = ["The plant's four units were rebuilt one at a time, and each gave more power when it came back:",
             "- Unit 1: 35 megawatts before, 44 after", "- Unit 2: 36 megawatts before, 45 after",
             "- Unit 3: 34 megawatts before, 43 after", "The last unit is due back in service in March."]
    assert clean_paragraphs([*ARTICLE, *story], [TITLE]) == [*ARTICLE, *story]


# The eighty-ninth regional batch, a pass on its leftovers: a feed reader's line naming the feed over the item, the
# feed's name and a label joined by a dash, goes as a masthead's row at the top where the page's head names the site so
# (`og:site_name`, or a part of the `<title>` beside the headline), also where the recall pass reads it over the
# headline; a top sentence naming the site, a row of another outlet's name, a row with no name from the head, and a row
# of a part the headline itself holds stay.
def test_a_feed_s_name_row_over_the_item_goes_where_the_page_s_head_names_the_site_and_a_line_naming_another_stays():
    item = "".join(f"<p>{sentence}</p>" for sentence in ARTICLE)
    page = (f"<html><head><title>{TITLE} · Steppe Wire · Feed Reader</title></head><body><section>"
            '<div class="item__feed"><a href="/feed/3">Steppe Wire</a> — full-text feed</div>'
            f'<h1><a href="https://steppewire.example/news/railway">{TITLE}</a></h1><div>{item}</div></section>'
            "</body></html>")
    assert extract_article(page).body.split("\n\n") == ARTICLE
    names = site_names(fromstring(f"<html><head><title>{TITLE} · Водий Ахбороти · Лента ўқувчи</title></head></html>"),
                       TITLE)
    assert names == ["Водий Ахбороти", "Лента ўқувчи"]
    row = "Водий Ахбороти — тўлиқ матнли лента"
    assert clean_paragraphs([row, *ARTICLE], [TITLE], site_names=names) == ARTICLE
    *_, stated = read_metadata(fromstring('<html><head><meta property="og:site_name" content="Steppe Wire">'
                                          f"<title>{TITLE}</title></head></html>"))
    assert stated == ["Steppe Wire"]
    assert clean_paragraphs(["Steppe Wire – full-text feed", *ARTICLE], [TITLE], site_names=stated) == ARTICLE
    for line in ("Водий Ахбороти — Андижондаги комиссия йиғилиши ҳақида биринчи бўлиб хабар берди.",
                 "Кабар — Бишкек", "Пойтахт Садоси — тўлиқ матнли лента"):
        assert clean_paragraphs([line, *ARTICLE], [TITLE], site_names=names) == [line, *ARTICLE]
    assert clean_paragraphs([row, *ARTICLE], [TITLE]) == [row, *ARTICLE]
    title = "Andijan – Osh road opens"
    dashed = site_names(fromstring(f"<html><head><title>{title} | Vodiy News</title></head></html>"), title)
    assert dashed == ["Vodiy News"]
    assert clean_paragraphs(["Andijan – the road", *ARTICLE], [title], site_names=dashed) == ["Andijan – the road",
                                                                                              *ARTICLE]


# The eighty-fourth international batch's radio network, another pass: a public broadcaster's underwriting line among
# the story's paragraphs, one sentence of a sponsor and its business ("Support for <station>'s <beat> coverage comes
# from <sponsor>, <what it does>", "Support comes from <sponsor>, <what it does>"), is furniture; a story's sentence
# about a sponsor or a grant, the support of a project or of a bill, or the station's own funding said with a source,
# stays.
def test_a_public_broadcaster_s_underwriting_line_goes_and_a_story_s_sponsor_sentence_stays():
    line = ("Support for Prairie Radio's farm coverage comes from Big Sky Tractor Co., serving growers across the "
            "state since 1952.")
    for furniture in (line, "Support comes from Lakeside Credit Union, helping families save since 1930.",
                      "Funding for Valley Public Media's reporting is provided by the Orchard Fund, a family "
                      "foundation."):
        assert cleanup.is_furniture_line(furniture), furniture
    for sentence in ("Support for the project comes from the Asian Development Bank, which lends $40 million.",
                     "Support for the bill comes from farm groups, according to the committee.",
                     "Funding for the station's news coverage comes from the state budget, according to the report.",
                     "The trial is paid for by the Montana Wheat and Barley Committee, which collects a small fee.",
                     "Support comes from the ministry as well.",
                     "Support comes from both parties, including the governor's own caucus."):
        assert not cleanup.is_furniture_line(sentence), sentence
    assert clean_paragraphs([*ARTICLE[:2], line, *ARTICLE[2:]], [TITLE]) == ARTICLE
