"""scraper.extract.rating: whole number systems of more languages and the forms they put a score in.

The number words 1-10 of bn, he, ar, lt and lv (each gender, and the scale's own case: lt "iš penkių", lv "no desmit");
a half written after the stars ("three stars and a half", he "וחצי", ar "ونصف"); the scale first in the Bengali
locative ("পাঁচে চার": four in five) and in the Japanese counter form ("5つ星のうち3.5", "星5つ中3つ"); a school mark
named in words after a label (ru/uk "четвёрка", "трійка", with its plus or minus); and first-person cues of
scripts a \\b cannot frame (th, bn, hi, ja) and of he, ar, and "I'd put it at". Near misses: things counted rather
than rated, a five-star hotel, a troika, a mark refused, a site's average.
"""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("Įvertinimas: keturi su puse iš penkių", "keturi su puse iš penkių", 0.9),
        ("Įvertinimas: 4 iš 5", "4 iš 5", 0.8),
        ("Vērtējums: septiņi no desmit", "septiņi no desmit", 0.7),
        ("הציון שלי: שלושה כוכבים מתוך חמישה", "שלושה כוכבים מתוך חמישה", 0.6),
        ("التقييم: ثلاث نجوم ونصف من خمس", "ثلاث نجوم ونصف من خمس", 0.7),
        ("Rating: three stars and a half", "three stars and a half", 0.7),
        ("評価：5つ星のうち3.5", "5つ星のうち3.5", 0.7),
        ("評価：星5つ中3つ", "星5つ中3つ", 0.6),
        ("おすすめ度：星4つ半", "星4つ半", 0.9),
        # school marks out of five, in words, after the label; a plus or a minus is a twentieth
        ("Моя оценка: уверенная пятёрка с минусом", "уверенная пятёрка с минусом", 0.95),
        ("Оцінка: тверда трійка", "тверда трійка", 0.6),
        ("Оценка: тройка+", "тройка+", 0.65),
        ("Оценка: пятерка с плюсом", "пятерка с плюсом", 1.0),
    ],
)
def test_a_labelled_score_in_the_number_words_and_forms_of_more_languages(line, raw, value):
    rating = find_rating(["A paragraph about the plot comes first.", line])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize(
    "sentence, raw, value",
    [
        # bn: the scale in the locative before the score, a half before its number, and "I gave" after it
        ("শেষটা একটু তাড়াহুড়ো, তাই আমি পাঁচে চার দিলাম।", "পাঁচে চার", 0.8),
        ("সব মিলিয়ে দশে সাড়ে সাত দেব, আর পরের খণ্ডের অপেক্ষায় থাকব।", "দশে সাড়ে সাত", 0.75),
        # th: "give" right before the score, in a line with no sentence stops
        ("โดยรวมแล้วให้ 7 เต็ม 10 เพราะตอนจบรีบไปหน่อย", "7 เต็ม 10", 0.7),
        # hi: "I'll give" after the score
        ("कुल मिलाकर मैं इसे पाँच में से चार दूँगा, अंत थोड़ा जल्दी में है।", "पाँच में से चार", 0.8),
        # ja: "if I score it" before the Amazon-like form
        ("点数をつけるなら、5つ星のうち3つ。続編に期待したい。", "5つ星のうち3つ", 0.6),
        # he, ar: "I'll give the book", "I'll give it"
        ("אתן לספר שלושה כוכבים מתוך חמישה, ולא יותר מזה.", "שלושה כוכבים מתוך חמישה", 0.6),
        ("سأعطيها أربع نجوم من خمس رغم البطء في المنتصف.", "أربع نجوم من خمس", 0.8),
        # en: "put it at", "call it"
        ("Weighing it all, I'd put this at 4/5: flawed, but it stayed with me.", "4/5", 0.8),
        ("I'd call it a 7/10 and move on to the sequel.", "7/10", 0.7),
    ],
)
def test_a_first_person_sentence_in_more_scripts(sentence, raw, value):
    rating = find_rating(["The opening paragraph sets out the story.", sentence])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize(
    "lines",
    [
        # things counted, not rated: he "three of five chapters", lt "three of five stories", bn "eight readers in ten"
        ["שלושה מתוך חמישה פרקים היו מיותרים לגמרי."],
        ["Man patiko trys iš penkių apsakymų šioje knygoje."],
        ["দশে আটজন পাঠক বইটা শেষ করেন না, তবু আমি করেছি।"],
        # a five-star hotel, not a score
        ["五つ星ホテルに泊まったような気分で読み終えた。"],
        # a troika and a mark refused, with no label before them
        ["Тройка лошадей мчится по степи, и это лучшая сцена."],
        ["Пятёрку не ставлю из-за скомканной концовки."],
        # after the label, "not a five" is no mark
        ["Оценка: не пятёрка, но читать стоит."],
        # someone else's score: a site's average, in Hebrew and in English
        ["בגודרידס הממוצע הוא 3.9 מתוך 5, וזה נשמע לי הוגן."],
        ["On Goodreads it averages 3.9 out of 5, which my book club thought fair."],
        # "I'd put it at the top of my list" with no score
        ["I'd put it at the top of my winter list without a second thought."],
    ],
)
def test_near_misses_rate_nothing(lines):
    assert find_rating(["Some words about the book first.", *lines]) is None


def test_the_same_words_read_the_same_written_in_other_forms():
    # the Bengali য় in one code point or two; the Japanese digits full-width
    assert parse_rating("দশে ন\u09df").value == 0.9
    assert parse_rating("দশে ন\u09af\u09bc").value == 0.9
    assert parse_rating("５つ星のうち４").value == 0.8


@pytest.mark.parametrize("line, value", [
    # number words that end in a vowel sign or a nukta (no word character, so no \b after them): hi "नौ", "दो", bn "ছয়"
    ("रेटिंग: दस में से नौ", 0.9),
    ("रेटिंग: पाँच में से दो", 0.4),
    ("শেষমেশ দশে ছয় দিলাম।", 0.6),
])
def test_a_number_word_ending_in_a_mark_is_read_whole(line, value):
    rating = find_rating(["A first paragraph.", line])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("sentence, raw, value", [
    ("В итоге ставлю роману твёрдую четвёрку, не больше.", "твёрдую четвёрку", 0.8),
    ("Не ставлю пятёрку из-за финала, но ставлю уверенную четвёрку с плюсом.", "уверенную четвёрку с плюсом", 0.85),
    ("Я б поставив би їй п’ятірку з мінусом.", "п’ятірку з мінусом", 0.95),  # uk, the apostrophe of п’ятірку
])
def test_a_school_mark_given_in_a_sentence(sentence, raw, value):
    rating = find_rating(["Сначала немного о сюжете.", sentence])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize("sentence", [
    "Пятёрку не ставлю, слишком затянуто.",  # refused: the mark before "не ставлю"
    "Не ставлю оценок книгам, которые бросила, но эту дочитала.",  # no mark given
    "Ставлю чайник и сажусь за последнюю главу, где тройка героев снова вместе.",  # a trio, far from the verb
])
def test_no_school_mark_given(sentence):
    assert find_rating(["Сначала немного о сюжете.", sentence]) is None


@pytest.mark.parametrize("sentence, raw, value", [
    # someone else's score and the reviewer's in one sentence: the one nearest the first-person cue
    ("Goodreads says 4.2/5, but I'd give it 3/5.", "3/5", 0.6),
    ("The film got 2/5 from the critics, but for me the novel is a 4/5.", "4/5", 0.8),
    ("Amazonでは5つ星のうち4.2だが、私が星をつけるなら5つ星のうち3つ。", "5つ星のうち3つ", 0.6),
    ("সমালোচকেরা দশে ছয় দিয়েছেন, আমি দশে আট দেব।", "দশে আট", 0.8),
    ("Ставлю книге твёрдую четвёрку, хотя на сайте у неё 4.6 из 5.", "твёрдую четвёрку", 0.8),
])
def test_of_two_scores_in_a_sentence_the_one_the_reviewer_gives(sentence, raw, value):
    rating = find_rating(["A paragraph about the plot.", sentence])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize("line, raw, value", [
    # pl, cs, sk: the scale in the genitive or the nominative, the half "i pół" / "a pol", the star words
    ("Ocena: trzy i pół gwiazdki z pięciu", "trzy i pół gwiazdki z pięciu", 0.7),
    ("Hodnocení: sedm z deseti", "sedm z deseti", 0.7),
    ("Hodnotenie: tri a pol z piatich", "tri a pol z piatich", 0.7),
    # id/ms, sw, fa, vi
    ("Nilai saya: tiga setengah bintang dari lima", "tiga setengah bintang dari lima", 0.7),
    ("Ukadiriaji: tatu kati ya tano", "tatu kati ya tano", 0.6),
    ("امتیاز من: سه و نیم از پنج", "سه و نیم از پنج", 0.7),
    ("Điểm: 7 trên 10", "7 trên 10", 0.7),
])
def test_a_labelled_score_in_slavic_and_other_number_words(line, raw, value):
    rating = find_rating(["A paragraph about the plot comes first.", line])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize("sentence, raw, value", [
    ("Podsumowując, dla mnie to sześć na dziesięć.", "sześć na dziesięć", 0.6),
    ("Nakonec dávám knize devět z deseti, konec je skvělý.", "devět z deseti", 0.9),
    ("Menurut saya novel ini tujuh dari sepuluh.", "tujuh dari sepuluh", 0.7),
    ("از نظر من این کتاب هفت از ده است.", "هفت از ده", 0.7),
])
def test_a_first_person_sentence_in_slavic_and_other_number_words(sentence, raw, value):
    rating = find_rating(["The opening paragraph sets out the story.", sentence])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize("line", [
    "Przeczytałam trzy z pięciu tomów cyklu i robię przerwę.",  # pl: volumes counted
    "Für jeden Stern am Himmel gibt es hier eine Geschichte.",  # de "jeden" (each) is no number
    "Moja gwiazdka z nieba, pisze bohater w liście.",  # pl "moja" (my) is no number
    "Saya membaca dua dari lima buku seri ini tahun lalu.",  # id: books counted
])
def test_more_near_misses_rate_nothing(line):
    assert find_rating(["Some words about the book first.", line]) is None


@pytest.mark.parametrize("lines, raw, value", [
    # hu: the scale first in the elative ("of ten, eight"), in words or digits, labelled or said for oneself
    (["Értékelés: tízből kilenc"], "tízből kilenc", 0.9),
    (["Pontszám: 5-ből 3,5"], "5-ből 3,5", 0.7),
    (["Nálam ez ötből négy és fél, a vége kicsit elsietett."], "ötből négy és fél", 0.9),
])
def test_hungarian_scale_first(lines, raw, value):
    rating = find_rating(["Néhány szó a cselekményről.", *lines])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


def test_hungarian_readers_counted_are_no_score():
    assert find_rating(["Néhány szó a cselekményről.", "Tízből nyolc olvasó nem fejezi be a második részt."]) is None
