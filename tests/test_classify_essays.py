"""scraper.extract.reviewed and classify's last fallback: a post whose book was not found is a review unless it says
it is not one; the marks of one reviewed work it carries are named in the reason (no longer asked for: see classify).

Our own pages, each run through extract_page: essays, diary pages and opinion pieces about reading, in English,
French, German, Spanish and Japanese, long enough that length alone once made them reviews; beside them reviews
whose book the rules cannot read, which keep calling it "the novel", name its author again by surname, close on a
line of record or name one italic title twice. Then the clues and the denial on their own, with their near misses
("I don't review books I haven't finished", "not a review copy").
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.classify import classify
from scraper.extract.reviewed import denies_review, work_clues
from tests.test_anaphora import _page  # a plain post: <title>, <h1> and the paragraphs in an <article>
from tests.test_classify import evidence


PAGES = {
    # a diary week: moving flats, a train, a book read "on the train", named nowhere; no author, no title
    "en-diary": ("en", "Boxes, rain and the 7.40", [
        "We moved on Saturday. Forty-one boxes, one broken lamp, and a cat who spent two days behind the washing machine "
        "refusing to acknowledge any of it. My sister came with her van and a flask of soup, which is the only reason I "
        "am still speaking to anyone.",
        "The new flat is further out, so now there is a train. The 7.40 is never on time and never full, and I have "
        "started to like the twenty-two minutes it gives me. I look out at the allotments. I drink bad coffee. Some "
        "mornings I read, some mornings I just sit there with the bag on my knees and watch the fog lift off the canal.",
        "I finished the book I had been carrying around since August somewhere between the gasworks and the bridge, and "
        "felt oddly proud of myself, the way you do when you finally fix a dripping tap.",
        "Work has been strange. Two people left in the same week and nobody has said out loud what that means. I am "
        "trying not to take it home with me, and mostly failing. On Thursday I cooked an actual dinner for the first "
        "time in the new kitchen and burnt the onions, and we ate it anyway on the floor because the table is still "
        "in pieces in the hall.",
        "Next week: curtains, a doctor's appointment I keep moving, and maybe, if the rain stops, a walk along the canal "
        "as far as the lock. I will report back.",
    ]),
    # an opinion piece that says it is no review ("ceci n'est pas une critique")
    "fr-denial": ("fr", "Lire dans le métro, ou l'art de rater sa station", [
        "Depuis que j'ai changé de travail, je passe cinquante minutes par jour sous terre, entre deux correspondances. "
        "Au début, je regardais mon téléphone comme tout le monde. Puis un matin, la batterie était vide, et j'avais "
        "dans mon sac un poche acheté trois ans plus tôt et jamais ouvert.",
        "Que les choses soient claires : ceci n'est pas une critique. Je serais bien incapable de vous dire si ce "
        "livre-là était bon. Ce que je sais, c'est que j'ai raté ma station deux fois dans la même semaine, et que je "
        "ne l'avais pas fait depuis le lycée.",
        "Le métro a quelque chose d'une salle d'attente où personne ne vous demande rien. On ne peut pas y faire la "
        "lessive, on ne peut pas y répondre aux courriels, on ne peut même pas vraiment y penser au travail. Il ne "
        "reste que la page, le bruit des rames et, parfois, quelqu'un qui lit par-dessus votre épaule.",
        "Depuis le printemps, j'ai lu une vingtaine de livres de cette façon, presque tous en format de poche, "
        "presque tous achetés d'occasion. Certains m'ont ennuyée, d'autres m'ont fait pleurer entre Châtelet et "
        "Nation, ce qui est une expérience que je ne recommande à personne.",
        "Si vous avez perdu l'habitude de lire, je ne vous dirai pas de vous fixer un objectif. Prenez simplement "
        "la ligne la plus longue.",
    ]),
    # a German opinion piece on bookshops closing: months, a city, no book
    "de-opinion": ("de", "Warum mir die Buchhandlung an der Ecke fehlt", [
        "Im Oktober hat die kleine Buchhandlung in unserer Straße zugemacht. Dreißig Jahre lang stand dort dieselbe "
        "Frau hinter der Kasse, kannte die Hälfte der Kundschaft beim Vornamen und legte einem ungefragt etwas auf den "
        "Stapel, von dem sie meinte, dass es passen könnte. Meistens hatte sie recht.",
        "Jetzt ist dort ein Geschäft für Handyhüllen. Ich will nicht nostalgisch klingen, aber etwas ist verloren "
        "gegangen, das sich nicht so leicht ersetzen lässt: der Zufall. Im Netz bekomme ich genau das, was ich suche, "
        "und selten etwas anderes.",
        "Natürlich kaufe ich auch online. Wer tut das nicht. Aber ich merke, dass ich seitdem weniger Neues "
        "ausprobiere, weniger Übersetzungen lese, weniger Lyrik. Der Algorithmus kennt meinen Geschmack, und genau "
        "das ist das Problem: er kennt nur ihn.",
        "Vielleicht ist das eine Frage der Generation. Meine Nichte findet ihre Lektüre über kurze Videos und liest "
        "mehr als ich in ihrem Alter. Trotzdem wünsche ich ihr eine Frau hinter einer Kasse, die ihr einmal etwas "
        "in die Hand drückt, das sie nie gesucht hätte.",
        "Am Samstag bin ich trotzdem noch einmal vorbeigegangen. Die Schaufenster sind mit Papier abgeklebt, und an der "
        "Tür hängt ein Zettel mit einem Dank an alle, die so lange gekommen sind. Ich habe ihn fotografiert, ohne genau "
        "zu wissen, warum.",
    ]),
    # a Spanish column on reading less, in the first person, naming no book
    "es-column": ("es", "¿Leemos menos o leemos distinto?", [
        "Cada enero aparecen las mismas encuestas y los mismos titulares: se lee poco, se lee menos, los jóvenes ya "
        "no leen. Cada enero me pregunto qué entienden por leer quienes hacen las preguntas.",
        "Yo leo todos los días, pero casi nunca en papel. Leo artículos largos en el autobús, hilos interminables "
        "antes de dormir, recetas, contratos, mensajes de mi madre que ocupan tres pantallas. ¿Cuenta eso? Según la "
        "encuesta, no. Según mis ojos cansados a las once de la noche, desde luego que sí.",
        "No quiero decir que todo sea lo mismo. Hay una atención que solo se consigue con un libro entre las manos, "
        "sin notificaciones, sin pestañas abiertas. Pero esa atención también la perdimos por otras razones: "
        "jornadas más largas, pisos compartidos, trayectos más cortos en los que ya no da tiempo a abrir nada.",
        "Quizá la pregunta útil no es cuánto leemos, sino cuándo podemos hacerlo. Y esa pregunta tiene más que ver "
        "con los horarios y con los alquileres que con la pereza de nadie.",
        "Mientras tanto, yo seguiré leyendo a trozos: diez minutos en la parada, cinco en la cola del supermercado, "
        "media hora los domingos si nadie llama. No es lo ideal, pero es lo que hay, y sospecho que no soy la única.",
    ]),
    # a Japanese diary page that says it is not a review (これはレビューではない)
    "ja-denial": ("ja", "図書館で過ごした日曜日", [
        "日曜日は雨だったので、朝から近所の図書館に行きました。窓ぎわの席はもう埋まっていて、奥の郷土資料の棚の前に座りました。"
        "古い地図や町の記念誌が並んでいて、子どものころに通った駄菓子屋の写真を見つけたときは思わず声が出そうになりました。",
        "最初に断っておくと、これはレビューではありません。借りた本の話をするつもりはなく、ただ図書館で過ごした一日のことを書いておきたいのです。",
        "お昼は向かいの喫茶店でナポリタンを食べ、午後はまた同じ席に戻りました。隣の席では高校生が参考書を広げたまま眠っていて、"
        "司書の方がそっとブランケットをかけていました。そういう場所がまだ町に残っていることが、なんだかうれしかったです。",
        "閉館の音楽が流れるころには雨もやんでいて、帰り道は濡れた歩道に夕日が反射していました。来週もたぶん行くと思います。",
    ]),
    # a review whose book the rules cannot read: no title marks, no "by"; it keeps calling it "the novel"
    "en-review": ("en", "Lanterns in the flood", [
        "I put this book off for a whole winter because the blurb made it sound like homework, and I was wrong. "
        "It is the story of a ferry pilot on a river delta that floods every spring, told over the eleven days of "
        "one especially bad year, and it is gripping from the first page.",
        "The novel is built like a tide table. Each chapter opens with the water level and the hour, and the tension "
        "comes less from what happens than from watching the numbers climb. The pilot, Ansel, is a wonderfully dry "
        "narrator, the kind of man who describes a drowned church as an inconvenience to navigation.",
        "Where it falters is the middle. A subplot about a surveyor from the capital goes nowhere, and I could feel "
        "the author straining to give it weight. I skimmed about forty pages and did not miss much.",
        "But the last three chapters, when the levee goes and Ansel has to choose which village to ferry first, are "
        "as good as anything I have read this year. The prose goes very quiet just when you expect it to shout.",
        "Recommended for anyone who likes slow, weathered stories about work and water.",
    ]),
}


def _kind(name: str) -> tuple[str, str]:
    lang, title, paragraphs = PAGES[name]
    record = extract_page(_page(lang, title, paragraphs), f"https://notebook.example/2026/10/{name}.html")
    return record.kind, record.reason


@pytest.mark.parametrize("name", ["fr-denial", "ja-denial"])
def test_an_essay_that_says_it_is_no_review_is_none(name):
    kind, reason = _kind(name)
    assert kind == "other" and "essay" in reason, reason


@pytest.mark.parametrize("name", ["en-diary", "de-opinion", "es-column"])
def test_an_essay_with_no_denial_and_no_mark_is_taken_for_a_review(name):
    # the price of the fallback: the marks of one work are no longer asked for (classify's comment gives the
    # figures: asking lost 27 of 267 reviews whose book and rating were unread, and stopped one non-review); this
    # pins the trade-off so that a change to it is seen
    kind, reason = _kind(name)
    assert kind == "review" and "length and shape" in reason, reason


def test_a_review_whose_book_was_not_found_stays_a_review():
    kind, reason = _kind("en-review")
    assert kind == "review" and "book not found" in reason and "the novel" in reason, reason


# -- the clues and the denial on their own -------------------------------------------------------------------------


@pytest.mark.parametrize("text, clue", [
    ("I read this book in a week. The novel opens on a quay.", "the novel"),
    ("Il romanzo si apre su un molo. Questo libro mi ha tenuta sveglia.", "the novel"),
    ("Boken börjar på en kaj. Jag läste romanen på en vecka.", "the novel"),
    ("Το βιβλίο ανοίγει σε μια αποβάθρα. Το ίδιο βιβλίο διαβάζεται αλλιώς στα σαράντα.", "the novel"),
    ("قرأت الرواية في أسبوع. الكتاب يبدأ على رصيف الميناء.", "the novel"),
    ("यह उपन्यास एक बंदरगाह पर शुरू होता है। इस किताब का अंत शांत है।", "the novel"),
    ("Bu kitap bir limanda başlıyor. Romanın sonu çok sessiz.", "the novel"),
    ("Cartea începe într-un port. Romanul se termină în liniște.", "the novel"),
    ("Wiktor Halny writes quays better than anyone. Halny never explains the sea.", "surname"),
    ("A quiet book about a quay.\nKestrel Press, 2023, 212 pages.", "record"),
    ("I finished *Harbour Lights* on the ferry. *Harbour Lights* is about waiting.", "set-off"),
    ("Ilse Brant, Het havenlicht (Querido, 2019), 240 blz. Onze leesclub las het in maart.", "record"),
    # the post speaks of its own rating: a heading or label for it, or a score it refuses to give
    ("## Verdict\n\nSlow, salty and kind.", "rating"),
    ("**Rating:** the whole harbour, lit.", "rating"),
    ("I won't be scoring this one, it would feel like grading a friend.", "rating"),
    ("In diesem Heft gibt es keine Bewertung, nur Eindrücke.", "rating"),
    ("Qui non do voti ai libri, lo sapete.", "rating"),
    ("## 評価について\n\nこのブログでは点数をつけません。", "rating"),
])
def test_the_marks_of_one_reviewed_work(text, clue):
    lines = text.splitlines()
    found = " ".join(work_clues(lines, text))
    assert {"the novel": "'the novel'", "surname": "surname", "record": "record", "set-off": "set-off",
            "rating": "rating"}[clue] in found


@pytest.mark.parametrize("text", [
    # one mention of "the book", a quotation said once, a month and a city, a year without pages
    "I finished the book on the train. The 7.40 was late again.",
    # a novel, a book: any one, not the one
    "It is a novel about a harbour, a book for a rainy week. I liked the book.",
    "My grandmother used to say “never trust a dry spring” and she was right.",
    # (a word opening a sentence is a common word when the post also writes it in lower case, as a post of any
    # length does: "Since March …" is no "Natalia Ginzburg")
    "Since March I have walked to work, and I have slept better ever since. Then Sarah called, and then we talked "
    "about March.",
    "We moved in 2024 and the flat still has no curtains.",
    # the book club and the book fair are not the book
    "The book club met at the book fair, and the book shop was shut.",
    # stars in the sky, a heading that opens with the word, a goal not set, notes not taken
    "There were no stars over the allotments tonight.\n## Stars and stripes over the harbour in July",
    "I'm not going to tell you to set a reading goal. I did not take notes.",
])
def test_no_mark_of_one_reviewed_work(text):
    assert work_clues(text.splitlines(), text) == ()


@pytest.mark.parametrize("line", [
    "I want to be clear: this is not a review.", "This isn't really a review, more a thank-you note.",
    "Ce n'est pas une chronique.", "Esto no es una reseña.", "Das ist keine Rezension.", "Questa non è una recensione.",
    "Dit is geen recensie.", "To nie jest recenzja.", "Это не рецензия.", "これはレビューではありません。", "这不是书评。",
])
def test_a_post_that_says_it_is_not_a_review(line):
    assert denies_review([line])


@pytest.mark.parametrize("line", [
    "I don't review books I haven't finished.", "This was not a review copy; I bought it.",
    "I'm not a review blogger, just a reader.", "A review, sort of, in no particular order.",
    "Ich habe keine Kritik an der Übersetzung.",
])
def test_near_misses_of_the_denial(line):
    assert not denies_review([line])


def test_the_fallback_names_a_mark_of_one_work_but_does_not_ask_for_one():
    # length and shape: a review whose book was not found; the first mark found is its reason
    k, reason = classify(evidence(title="Sunday", words=300, work_clues=()))
    assert k == "review" and "length and shape" in reason
    k, reason = classify(evidence(title="Sunday", words=300, work_clues=("names one set-off title again",)))
    assert k == "review" and "set-off title" in reason
    assert "title read in the body" in classify(evidence(title="Sunday", words=300, book_source="body"))[1]
    assert "filed as a review" in classify(evidence(title="Sunday", words=300, categories=["Book reviews"]))[1]
    # the post's own word beats the clues; a rating is a verdict and is read before
    k, reason = classify(evidence(title="Sunday", words=300, book_source="body", denies_review=True))
    assert k == "other" and "not a review" in reason
    assert classify(evidence(title="Sunday", words=300, rating=True, denies_review=True))[0] == "review"
