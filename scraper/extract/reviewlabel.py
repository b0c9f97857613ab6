"""The book noun that many languages join to a headline's review label, read by ``book._REVIEW_PREFIX``.

A headline may open on "book review" said as one label before the book's own line: Lithuanian "Knygos recenzija. A,
„T“: …" (the book's review), Latvian "Grāmatas recenzija", Estonian "Raamatu arvustus", German "Buchrezension", Dutch
"Boekrecensie", Swedish "Bokrecension", Czech "Knižní recenze", Russian "Книжная рецензия"; or with the book noun after
the label: Polish "Recenzja książki", Czech and Slovak "Recenze knihy", Slovene and Croatian "Recenzija knjige",
Italian "Recensione del libro", Spanish "Reseña del libro", Portuguese "Resenha do livro", French "Critique du livre".
The label (with the book noun it holds) is then taken off as English "Book review:" is, and a stop may close it as a
colon does ("Knygos recenzija. …"). Only around a review word ``book`` already knows: a book noun alone is no label.
"""

# the book noun before the review word: a genitive or an adjective, or the first half of a compound ("bokrecension")
BOOK_BEFORE = (r"(?:(?:knygos|grāmatas|raamatu|kirja|könyv|buch|boek|bok|bog|knižní|knižná|knjižna|"
               r"книжн(?:ая|ий|а)|книжкова)\s*-?\s*)")
# the book noun after it, in the genitive or with its preposition
# (and the novel, said so after the label: id/ms "Resensi Novel", "Ulasan Buku", tl "Rebyu ng nobela", es "Reseña de la novela",
# it "Recensione del romanzo", pt "Resenha do romance", fr "Critique du roman", pl "Recenzja powieści", cs/sk "Recenze
# románu", hr/sr/bs/sl "Recenzija romana", lt "romano", ro "Recenzie romanului", "cărții", en "Review novel")
BOOK_AFTER = (r"(?:\s+(?:książki|knihy|knjige|knjiga|knygos|(?:del\s+|de\s+|do\s+|du\s+|di\s+)?(?:libro|livro|livre)|buku|novel|"
              r"(?:de\s+la\s+|del\s+|do\s+|du\s+)?(?:novela|romanzo|romance|roman)|powieści|románu|romana|romano|romanului|"
              r"cărții|ng\s+(?:libro|aklat|nobela)))")
# (not Maltese "Reċensjoni |": its headlines credit the author with "ta’", which the title rules do not read, and a
# label would make the whole headline the title before the body's rules find the book)
# review labels that say so only before a headline's colon or dash (Finnish "arvio" is an estimate too, Hungarian and
# Czech "kritika" criticism): fi "Arvio:", "Kirja-arvio:", cy "Adolygiad:", ga "Léirmheas:", gd "Lèirmheas:", et
# "Arvustus:", is "Ritdómur:", "Umsögn:", ro "Recenzie:", "Cronică:", hu/cs/sk/sr/hr "Kritika:",
# tg "Тақриз:", "Шарҳ:", eu "Kritika:", "Iruzkina:", sq "Recensë:", "Recension:"
LABEL_ONLY = (r"(?:(?:kirja-)?arvio|adolygiad|l[ée]irmheas|l[èe]irmheas|arvustus|ritd[óo]mur|ums[öo]gn|recenzie|"
              r"cronic[ăa]|kritika|iruzkina|recens[ëe]|тақриз|шарҳ)(?=\s*[:\-–—|])")
