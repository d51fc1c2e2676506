"""Language detection on sentences written for these tests, in the languages of the region's press."""

import pytest

from pipeline.extract.language import detect_language, detect_language_with_confidence

SENTENCES = {
    "en": "The president of Kazakhstan met the foreign minister of Uzbekistan in Astana on Tuesday.",
    "ru": "Президент Казахстана во вторник провел в Астане встречу с министром иностранных дел Узбекистана.",
    "kk": "Қазақстан Президенті сейсенбі күні Астанада Өзбекстанның сыртқы істер министрімен кездесті.",
    "ky": "Кыргыз Республикасынын Президенти бүгүн Бишкекте Өзбекстандын тышкы иштер министрин кабыл алды.",
    "tg": "Президенти Ҷумҳурии Тоҷикистон имрӯз бо вазири корҳои хориҷии Ӯзбекистон мулоқот кард.",
    "uz": "Oʻzbekiston Prezidenti bugun Toshkentda Qozogʻiston tashqi ishlar vazirini qabul qildi.",
    "tk": "Türkmenistanyň Prezidenti şu gün Aşgabatda Özbegistanyň daşary işler ministrini kabul etdi.",
    "tr": "Türkiye Cumhurbaşkanı bugün Ankara'da Kazakistan Dışişleri Bakanı ile bir araya geldi.",
    "az": "Azərbaycan Prezidenti bu gün Bakıda Qazaxıstanın xarici işlər nazirini qəbul edib.",
    "fa": "رئیس جمهور ایران امروز در تهران با وزیر امور خارجه تاجیکستان دیدار و گفتگو کرد.",
    "ar": "التقى الرئيس الكازاخستاني اليوم في أستانا بوزير الخارجية الأوزبكي لبحث التعاون الاقتصادي.",
    "zh": "哈萨克斯坦总统今天在阿斯塔纳会见了乌兹别克斯坦外交部长，双方讨论了经济合作。",
    "mn": "Монгол Улсын Ерөнхийлөгч өнөөдөр Улаанбаатар хотноо Казахстаны сайдыг хүлээн авлаа.",
    "uk": "Президент України сьогодні в Києві зустрівся з міністром закордонних справ Казахстану.",
}


@pytest.mark.parametrize(("expected", "text"), SENTENCES.items())
def test_languages_of_the_region(expected, text):
    assert detect_language(text) == expected


def test_uzbek_in_cyrillic():
    assert (
        detect_language("Ўзбекистон Президенти бугун Тошкентда Қозоғистон делегациясини қабул қилди.") == "uz"
    )


def test_kazakh_in_arabic_script_is_not_taken_for_uyghur():
    kazakh = "قازاقستان پرەزيدەنتى استانادا وزبەكستاننىڭ سىرتقى ىستەر مينيسترىمەن كەزدەستى"
    uyghur = "ئۇيغۇر ئاپتونوم رايونىنىڭ رەئىسى بۈگۈن ئۈرۈمچىدە قازاقىستان ئەلچىسىنى كۈتۈۋالدى"
    assert detect_language(kazakh) == "kk"
    assert detect_language(uyghur) == "ug"


def test_kazakh_in_the_latin_alphabet_is_not_taken_for_another_turkic_language():
    kazakh = [
        "Qazaqstan Prezidentı seisenbı künı Astanada Özbekstannyñ syrtqy ıster ministrımen kezdestı.",
        "Türkıstan qalasynda şekaralas öñırlerdıñ forumy öttı, oğan ekı elden käsıpkerler qatysty.",
    ]
    assert [detect_language(text) for text in kazakh] == ["kk", "kk"]
    # A Turkish sentence naming a Kazakh city stays Turkish.
    assert detect_language("Cumhurbaşkanı bugün Qonayev kentinde Kazak mevkidaşı ile bir araya geldi.") == "tr"


@pytest.mark.parametrize("text", ["", "   ", "12:45 2024-03-12", "!!! ??? ...", "ok"])
def test_too_little_text_is_unknown(text):
    assert detect_language(text) == ""


def test_codes_are_two_letters_and_confidence_a_probability():
    code, confidence = detect_language_with_confidence(SENTENCES["zh"])
    assert code == "zh" and 0.5 < confidence <= 1.0
