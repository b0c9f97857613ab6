"""A title about books in the plural, or a shelf of them: a post about reading or about several books (reviewed.py's
unfound_book asks it of a post whose book was not found). In our languages: the plural nouns (not where the plural is
also a singular's case: ru "книги", cs "knihy"), a count of two or more before the noun in the languages that keep it
singular or in a case after a number ("40 Buku", "12 kitap", "50 книг", "10 książek", "20 cuốn sách"; not the unspaced
scripts' counters, "2권", "2冊", which number a volume too), or a shelf or a case of them in more words than a name's.
"""

from __future__ import annotations

import re

# "books" in the plural, in our languages (not where it is a singular's case too: ru "книги", cs "knihy"; id "buku-buku"):
# a title about books is about reading or several of them. A leading tag label, "[books] …", is the blog's filing.
_BOOKS = re.compile(r"(?<!\w)(?:books|livres|libros|b[üu]cher|boeken|libri|livros|βιβλία|böcker|bøger|bøker|kirjat|könyvek|"
                    r"cărți|kitaplar|ספרים|किताबें|पुस्तकें|کتاب‌?ها|buku-buku|mga\s+(?:libro|aklat)|vitabu|წიგნები|"
                    r"کتابیں|الكتب|বইগুলো|বইগুলি|புத்தகங்கள்|책들|"
                    # mr "पुस्तकं", "पुस्तके"; ne "पुस्तकहरू", "किताबहरू"; kn, te, ml, gu, pa, si
                    r"पुस्तकं|पुस्तके|पुस्तकहरू|किताबहरू|ಪುಸ್ತಕಗಳು|పుస్తకాలు|പുസ്തകങ്ങൾ|પુસ્તકો|ਕਿਤਾਬਾਂ|ਪੁਸਤਕਾਂ|පොත්|"
                    # novels in the plural, where the plural is no singular's case (not pl "powieści", hu, fi); fr/nl
                    # "romans" in lower case or after a determiner (capitalised alone, the English "Romans" of Rome)
                    r"novels|novelas|novel·les|romanzi|romane|romaner|romanlar|романы|романи|romány|μυθιστορήματα|"
                    r"(?-i:romans)|(?:les|des|ces|mes|nos|vos|leurs|de|deze|die|mijn|onze)\s+romans)(?![\w\u0900-\u0dff])", re.I)
# ... or a shelf or a case of them (the scripts without plurals say books so: ja "本棚", zh "书架"), in a title longer
# than a name: "Kristin's Bookshelf", "하늘의 책장" are a blog's name, "Clearing out my father's bookshelf" is a post's
_SHELF = re.compile(r"(?<!\w)(?:book-?shel(?:f|ves)|bookcases?|b[üu]cherregal\w*|b[üu]cherschr[äa]nk\w*|"
                    r"[ée]tag[èe]res?\s+[àa]\s+livres|estanter[íi]as?|scaffal[ei]|boekenkast\w*|boekenplank\w*|bokhyll\w*|"
                    r"bogreol\w*|kirjahyll\w*|книжн\w+\s+(?:полк\w*|шкаф\w*)|półk\w+\s+z\s+książkami|kitapl[ıi]k\w*)(?!\w)|"
                    r"本棚|書棚|書架|本箱|书架|书柜|書櫃|책장|책꽂이|ชั้นหนังสือ|ตู้หนังสือ|מדף\s+הספרים", re.I)


def about_books(title: str) -> bool:
    """The title speaks of books in the plural, or of a shelf of them in more words than a name's."""
    title = _TAG_LABEL.sub("", title)
    if _BOOKS.search(title) or _COUNTED.search(title):
        return True
    longer = len(title.split()) >= 4 or len(re.sub(r"\s", "", title)) >= 8 and " " not in title.strip()
    return bool(_SHELF.search(title)) and longer


_TAG_LABEL = re.compile(r"^\s*\[[^\]]*\]")


# a count of two or more, then the noun as the languages that keep it singular (or in a case) after a number write it
# (not a volume's number: "Vol. 2 kitap", "Cilt 3", "Jilid 2", "Tom 2")
_COUNTED = re.compile(r"(?<![\d.,/#])(?<!vol\. )(?<!vol )(?<!no\. )(?<!cilt )(?<!jilid )(?<!tom )(?<!том )(?:[2-9]|[1-9]\d{1,3})\s+(?:buku|kitap|kitab|könyv\w*|kirjaa|книг|книжок|książ(?:ek|ki)|"
                      r"knih[ya]?|(?:cuốn|quyển)\s+sách)(?!\w)", re.I)
