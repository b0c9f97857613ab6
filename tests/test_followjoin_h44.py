"""A news site's follow line that bids the reader join (or like) its page on a network, opening with that imperative,
and the follow line of the verb-last languages (Mongolian, the Turkic ones), where the imperative closes the clause.
A story's indicative (someone joined, someone follows) and a line without a network are left alone."""

from scraper.extract.followlines import opening_follow


# -- the imperative of joining opening the line, a network named
def test_polish_join_us_on_instagram():
    assert opening_follow("Dołączcie do naszej społeczności na Instagramie, codziennie nowe okładki!")


def test_polish_like_our_page():
    assert opening_follow("Polub nasz profil na Facebooku, a nie przegapisz żadnej premiery.")


def test_spanish_join():
    assert opening_follow("Únete a nuestro canal de Telegram para más lecturas.")


def test_portuguese_join():
    assert opening_follow("Junte-se ao nosso grupo de leitura no Facebook.")


def test_russian_join():
    assert opening_follow("Присоединяйтесь к нашему книжному клубу в Telegram!")


def test_croatian_join():
    assert opening_follow("Pridružite nam se na Instagramu za tjedne preporuke.")


def test_hungarian_join():
    assert opening_follow("Csatlakozz a könyves csoportunkhoz a Facebookon!")


# -- the verb last: the imperative closes the clause
def test_mongolian_follow_our_instagram():
    assert opening_follow("Редакцийн инстаграм хуудсыг дагаарай!")


def test_mongolian_join_spelled_locally():
    assert opening_follow("Номын клубын фейсбүүк группт нэгдээрэй — уулзалт сар бүр.")


def test_turkish_follow_us_last():
    assert opening_follow("Kitap masamızı Instagram'da takip edin!")


def test_kazakh_subscribe():
    assert opening_follow("Біздің Telegram арнамызға жазылыңыз.")


def test_uzbek_subscribe():
    assert opening_follow("Telegram kanalimizga obuna bo'ling!")


# -- near misses
def test_near_miss_polish_past_tense():
    # "she joined a group on Facebook": the story
    assert not opening_follow("Dołączyła do grupy na Facebooku, gdzie poznała przyszłego męża.")


def test_near_miss_polish_imperative_no_network():
    # "join the heroes on their journey": no network
    assert not opening_follow("Dołącz do bohaterów w ich podróży przez zimowe góry.")


def test_near_miss_mongolian_habitual():
    # "the girl used to follow her friend's Facebook page": an indicative, the story's
    assert not opening_follow("Охин найзынхаа фэйсбүүк хуудсыг өдөр бүр дагадаг байв.")


def test_near_miss_mongolian_imperative_no_network():
    # "follow the hero's path to the end": no network
    assert not opening_follow("Баатрын замыг эцэс хүртэл дагаарай.")


def test_near_miss_turkish_indicative():
    # "the narrator follows him on Instagram": the story
    assert not opening_follow("Anlatıcı onu Instagram'da takip ediyor ve her paylaşımını okuyor.")


def test_near_miss_rating_line():
    assert not opening_follow("Dołącz do nas na Facebooku — ocena 4/5")
