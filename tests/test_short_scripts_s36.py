"""Short reviews on pages in Cyrillic, Georgian and Uzbek Latin script that were filed as empty or too short (s36).

- the "names a book but has only N words and no rating" gate weighs a post's words by its language, as the empty floor
  and the short shape do (reviewlength): a Kazakh post glues its possessives and cases on, some three words for four
  English ones, so a hundred Kazakh words are a review's length; an English post as long under a "kk" page is not;
- a post whose headline names the book with its author, whose own text sets the title off in quotation marks again
  and which gives its own score is a capsule review at a reader's box's floor, 40 English words' worth
  (reviewlength.rated_capsule, now shortheaded.capsule: rev-detshort115), in any script; without the score, or without the title in its text, it stays empty;
- a Georgian headline that cites the work as "Given Surname, „T“" in the nominative gives the author, when the text
  names a word of the name again in any case (bookgeorgian.comma_headline), over a genitive read after a verb in the
  text ("I read Giorgi's „T“" read as the author "I-read Giorgi").
Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.words import count_words


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-28T09:00:00+00:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_KK = [
    "Арман Жақыповтың «Көктемгі дала» повесі биыл күзде жарық көрді. Бұл – ауылда атасымен бірге қалған жасөспірім "
    "мен оның алғашқы жылқысы туралы қысқа, бірақ салмақты шығарма.",
    "Автор табиғатты өте нәзік суреттейді: әр тарауда жел, қар және жусанның иісі сезіледі. Кейіпкерлер аз сөйлейді, "
    "бірақ олардың үнсіздігінде көп мағына бар. Кейбір тұстары созылыңқы, әсіресе ортаңғы бөлім. Баланың атасымен "
    "түнгі әңгімелері – ең жылы беттер.",
    "Соған қарамастан, соңғы тараулар оқырманды ұзақ ойландырады. Жақыповтың тілі таза әрі бай, оны асықпай оқыған "
    "жөн. Ауыл өмірін сүйетін оқырмандар оны міндетті түрде оқуы керек, ал біз жас автордың келесі "
    "шығармасын асыға күтеміз.",
]


def test_a_kazakh_post_of_a_hundred_words_naming_its_book_is_a_review():
    assert 90 <= count_words("\n".join(_KK)) < 120
    record = extract_page(_page("kk", "Қысқы демалыста оқылған повесть", _KK),
                          "https://oqyrman.example.kz/2026/11/koktemgi-dala")
    assert record.kind == "review", (record.kind, record.reason)
    assert record.book_title == "Көктемгі дала" and record.book_author == "Арман Жақыпов"


def test_a_kazakh_post_half_as_long_is_still_too_short():
    record = extract_page(_page("kk", "Қысқы демалыста оқылған повесть", _KK[:2]),
                          "https://oqyrman.example.kz/2026/11/koktemgi-dala-qysqa")
    assert record.kind != "review", (record.kind, record.reason)


def test_an_english_post_as_long_under_a_kazakh_page_is_still_too_short():
    text = ["I finished “Spring Steppe” by Arman Zhakypov over the weekend, in one sitting. It is a short, heavy "
            "novella about a teenager left in a village with his grandfather and his first horse.",
            "The author draws nature finely: wind, snow and wormwood in every chapter. The characters say little. "
            "Some parts felt slow to me, the middle above all, and the ending comes too fast.",
            "Zhakypov's language is clean and rich, and it should be read slowly, a chapter an evening."]
    assert 60 <= count_words("\n".join(text)) < 120
    record = extract_page(_page("kk", "Weekend reading", text), "https://oqyrman.example.kz/2026/11/weekend-reading")
    assert record.kind != "review", (record.kind, record.reason)


_UZ = [
    "Nodira Karimovaning “Tog‘dagi uy” qissasini bir kechada o‘qib chiqdim. Tog‘ qishlog‘ida yolg‘iz qolgan chol va "
    "uning kichik nevarasi haqidagi sodda, ammo juda ta’sirli hikoya.",
    "Muallif tabiatni nozik tasvirlaydi, qahramonlar esa kam gapiradi. Ba’zi boblar qisqa, lekin har biri o‘z o‘rnida. "
    "Oxirgi sahifalarda ko‘zimga yosh keldi.",
]


def test_a_rated_uzbek_capsule_under_its_record_headline_is_a_review():
    assert 40 <= count_words("\n".join(_UZ)) < 60
    record = extract_page(_page("uz", "Nodira Karimova, “Tog‘dagi uy”", _UZ + ["Baho: 4/5"]),
                          "https://kitobxon.example.uz/nodira-karimova-togdagi-uy")
    assert record.kind == "review", (record.kind, record.reason)
    assert (record.book_title, record.book_author) == ("Tog‘dagi uy", "Nodira Karimova")
    assert record.rating == 0.8


def test_the_same_capsule_without_a_score_stays_empty():
    record = extract_page(_page("uz", "Nodira Karimova, “Tog‘dagi uy”", _UZ),
                          "https://kitobxon.example.uz/nodira-karimova-togdagi-uy")
    assert record.kind == "empty", (record.kind, record.reason)


def test_a_rated_capsule_that_never_names_its_title_in_its_text_stays_empty():
    text = [_UZ[0].replace("“Tog‘dagi uy” qissasini", "yangi qissasini"), _UZ[1]]
    record = extract_page(_page("uz", "Nodira Karimova, “Tog‘dagi uy”", text + ["Baho: 4/5"]),
                          "https://kitobxon.example.uz/nodira-karimova-togdagi-uy")
    assert record.kind == "empty", (record.kind, record.reason)


_KA = [
    "შემოდგომის საღამოს წავიკითხე გიორგის „ქვის ბაღი“. მოხუცი მებაღე ყოველ დილით ქვებს ალაგებს ეზოში, რადგან "
    "ყვავილები იქ აღარ ხარობს, და მეზობლები მას გიჟად თვლიან.",
    "წიგნი პატარაა, მაგრამ ყოველი გვერდი მშვიდად და ზუსტად არის დაწერილი. ბოლო თავმა ძალიან ამაღელვა, დიდხანს "
    "ვფიქრობდი მებაღის მარტოობაზე.",
]


def test_a_georgian_headline_citing_the_work_gives_its_author():
    assert 40 <= count_words("\n".join(_KA)) < 60
    record = extract_page(_page("ka", "გიორგი ლომიძე, „ქვის ბაღი“", _KA + ["შეფასება: 9/10"]),
                          "https://tsignebi.example.ge/2026/11/kvis-baghi.html")
    assert record.kind == "review", (record.kind, record.reason)
    assert (record.book_title, record.book_author) == ("ქვის ბაღი", "გიორგი ლომიძე")
    assert record.rating == 0.9


def test_a_georgian_headline_of_a_book_noun_and_an_adjective_names_no_one():
    record = extract_page(_page("ka", "ახალი წიგნი, „ქვის ბაღი“", _KA + ["შეფასება: 9/10"]),
                          "https://tsignebi.example.ge/2026/11/akhali-tsigni.html")
    assert record.book_author != "ახალი წიგნი"


def test_a_georgian_headline_name_the_text_never_says_is_not_taken():
    text = [_KA[0].replace("გიორგის ", ""), _KA[1]]
    record = extract_page(_page("ka", "დავით ჯაფარიძე, „ქვის ბაღი“", text + ["შეფასება: 9/10"]),
                          "https://tsignebi.example.ge/2026/11/kvis-baghi-2.html")
    assert record.book_author != "დავით ჯაფარიძე"


_KK_NOTICE = [
    "Құрметті оқырмандар! 12 желтоқсан күні сағат 18:30-да қалалық кітапхананың үлкен залында Арман Жақыповтың "
    "«Көктемгі дала» повесінің тұсаукесері өтеді.",
    "Кездесуде автор шығарманың жазылу тарихы туралы әңгімелеп, оқырмандардың сұрақтарына жауап береді. Кешке "
    "жергілікті ақындар мен студенттер қатысады, домбырашылар ән орындайды, ал балаларға арналған шағын көрме де ұйымдастырылады. Кіру тегін, бірақ орын саны шектеулі, "
    "сондықтан алдын ала тіркелуді сұраймыз.",
    "Тіркелу үшін кітапхананың абонемент бөліміне хабарласыңыз немесе сайттағы арнайы парақшаны толтырыңыз. Кешке "
    "келген әр қонаққа кітаптың қолтаңбалы данасын сатып алуға мүмкіндік беріледі. Жақыповтың алғашқы кітабы "
    "өткен жылы оқырмандар арасында үлкен сұранысқа ие болды. Келіңіздер, күтеміз!",
]


def test_a_kazakh_notice_of_a_book_launch_as_long_is_no_review():
    assert 90 <= count_words("\n".join(_KK_NOTICE)) < 120
    record = extract_page(_page("kk", "Кітапханада жаңа повестің тұсаукесері", _KK_NOTICE),
                          "https://oqyrman.example.kz/2026/12/tusaukeser")
    assert record.kind != "review", (record.kind, record.reason)


def _paper(last: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _KK) + last
    return ('<html lang="kk"><head><meta charset="utf-8"><title>Жаңа повесть туралы</title></head><body>'
            '<div class="item-page"><h1>Жаңа повесть туралы</h1>'
            f'<div itemprop="articleBody" class="article-body">{body}</div></div></body></html>')


def test_the_papers_subscription_line_closing_the_review_in_italics_goes():
    record = extract_page(_paper("<p><em>Газетімізге жазылу – барлық пошта бөлімшелерінде, индексі 40321.</em></p>"),
                          "https://aqparat.example.kz/madeniet/515-zhana-povest")
    assert "жазылу" not in record.body_text
    assert "ең жылы беттер" in record.body_text


def test_a_closing_italic_note_naming_the_paper_but_no_subscription_stays():
    record = extract_page(_paper("<p><em>Пікір газетіміздің жексенбілік санында да басылды.</em></p>"),
                          "https://aqparat.example.kz/madeniet/516-zhana-povest")
    assert "жексенбілік санында" in record.body_text


def test_a_review_paragraph_in_plain_type_telling_of_a_subscription_stays():
    line = "<p>Повестің соңында бала атасына аудандық газетке жазылу үшін пошта бөлімшесіне барады.</p>"
    record = extract_page(_paper(line), "https://aqparat.example.kz/madeniet/517-zhana-povest")
    assert "газетке жазылу үшін" in record.body_text
