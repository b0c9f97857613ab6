"""The bidding to reblog or repost, anchored in every language (code review rev31c), in our own words.

readeractions' "share" kind reads "reblog/restack/repost/retweet" and their forms in other languages only where a
bidding starts (a line's or a sentence's start, "please") and goes on as a bidding does (the post, "if", "please", a
stop): "Rebloguez si …", "Rebloguea si …", "Rebloggate se …", "Репостните, если …". An indicative ("Die Heldin
repostet …", "Vous repostez …"), a quoted order («Rebloggate tutto», ordina il capo; «Repostealo y sonríe»; «Репостни
и забудь»), a story's rule after a colon ("règle : repostez tout") and a second verb after "and" ("strangers
screenshot her apology and repost it") are the review's.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "this one is about a girl who runs a fan account for a band that broke up twenty years ago, and the day the "
    "drummer starts replying to her posts everything in her small careful life tips over.",
    "it is so funny about the internet and so kind about loneliness?? the group chats read like real ones, and the "
    "chapter where she drafts and deletes one message for three hours broke me a little.",
]
URL = "https://inkandstatic.example/post/55120/the-fan-account"


def _page(last: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>"
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>ink and static — the fan account</title>"
            "</head><body><div id='posts'><article class='post text'><div class='body-text'>"
            f"{body}</div></article></div></body></html>")


def test_a_bidden_reblog_still_goes():
    for last, lang in (
        ("Rebloguez si vous aussi vous avez eu un groupe préféré 💿", "fr"),
        ("Rebloguea si también tuviste una banda favorita 💿", "es"),
        ("Rebloggate se anche voi avete avuto una band del cuore 💿", "it"),
        ("Репостните, если у вас тоже была любимая группа!", "ru"),
        ("reblog if you ever ran a fan account 💿", "en"),
    ):
        text = extract_page(_page(last, lang), URL).body_text
        assert last[:12] not in text, (last, text[-120:])
        assert all(p[:40] in text for p in PARAS)


def test_the_reviews_own_sentences_stay():
    for last, lang in (
        ("Die Heldin repostet jede Nacht alte Konzertfotos. Was für ein Buch!", "de"),
        ("Vous repostez une photo, vous perdez une amie : voilà le roman. Génial !", "fr"),
        ("«Rebloggate tutto», ordina la manager della band. Che libro!", "it"),
        ("La manager le dice cada noche: «Repostealo y calla». ¡Qué libro!", "es"),
        ("Совет менеджера группы: «Репостни и молчи». Смешно и грустно!", "ru"),
        ("La règle du groupe : repostez tout, ne répondez à rien. J'ai adoré !", "fr"),
        ("Within minutes strangers screenshot her message and repost it with cruel captions. I winced!", "en"),
    ):
        text = extract_page(_page(last, lang), URL).body_text
        assert last[:12] in text, (last, text[-120:])
