"""Forum chrome of the holdout41 round (helper body41a), in our own words and markup, with near misses:

- platforms.BODY_SELECTORS: Invision 1-2 and its hosted forks' post text (``div.postcolor``), PunBB/FluxBB's
  (``div.postmsg``): on a topic's page the opening post is the body, the other members' replies and profiles outside it;
- forumchrome.guest_bar: a short block whose links all go to the engine's account pages ("Welcome, visitor (Sign in |
  Join)", "Hallo Gast! Anmelden | Registrieren", "Вы не вошли. Вход | Регистрация"); a review's paragraph that links a
  library's sign-up page, a bar with a search link, stay;
- forumchrome.mini_profile: the box of rows beside a poster's name (en "Posts: 96 / Joined: …", de "Beiträge: … /
  Mitglied seit: …", ru "Сообщений: … / Регистрация: …", es, pl, ja, XenForo's dt/dd pairs); a book's record box
  ("Pages: 412 / Publisher: …"), one "Posts: 12" line, sentences about posts or groups, stay.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.forumchrome import guest_bar, mini_profile


def _box(inner: str, tag: str = "td"):
    return fragment_fromstring(f"<{tag} class='cell'>{inner}</{tag}>") if tag != "td" else \
        fragment_fromstring(f"<table><tr><td class='cell'>{inner}</td></tr></table>").find(".//td")


# -- mini-profiles ----------------------------------------------------------------------------------------------------

def test_mini_profiles_in_several_languages():
    for inner in (
        "<img src='/av/7.png' alt=''><br>Group: Readers<br>Posts: 96<br>Joined: 12-July 21",  # en, an Invision skin
        "<b>Lesefuchs</b><br><span>Beiträge: 2.318</span><br><span>Mitglied seit: 02.05.2015</span>",  # de
        "Сообщений: 517<br>Регистрация: 14.01.2019<br>Откуда: Казань",  # ru
        "Mensajes: 1.044<br>Registrado: mar 2020",  # es
        "Posty: 83<br>Dołączył: 3 lut 2022",  # pl
        "投稿数: 215<br>登録日: 2021/04/09",  # ja
        "Messages: 1,204<br>Reaction score: 311<br>Points: 93",  # en, XenForo's rows
    ):
        assert mini_profile(_box(inner)), inner


def test_a_xenforo_card_label_and_value_apart():
    box = fragment_fromstring("<div class='message-userExtras'><dl class='pairs'><dt>Joined</dt><dd>Mar 3, 2019</dd></dl>"
                              "<dl class='pairs'><dt>Messages</dt><dd>4,870</dd></dl></div>")
    assert mini_profile(box)


def test_mini_profile_near_misses():
    # a book's record box: no member's label
    assert not mini_profile(_box("Pages: 412<br>Publisher: Hogarth Press<br>Published: 1925"))
    assert not mini_profile(_box("Seiten: 288<br>Verlag: Kiepenheuer<br>Erschienen: 2015"))
    # one member's row alone
    assert not mini_profile(_box("Posts: 12"))
    # rows of a member's card with no count of posts nor join date
    assert not mini_profile(_box("Group: Members<br>Location: Leeds"))
    # the review's sentences that speak of posts, groups, registering
    assert not mini_profile(_box("Posts: I wrote three of them about this book before I finished it.<br>"
                                 "Group: our reading group met twice and could not agree on the ending."))
    assert not mini_profile(_box("The reading group met on Thursday.<br>Posts 3 and 4 of this series cover the sequel."))
    # a long box: the review with a rating row in it
    assert not mini_profile(_box("Posts: 12<br>Joined: 2020<br>" + "A slow and tender novel about a lighthouse keeper. " * 5))


# -- guest bars -------------------------------------------------------------------------------------------------------

def test_guest_bars_in_several_languages():
    for inner in (
        "Welcome, visitor ( <a href='index.php?act=Login&amp;CODE=00'>Sign in</a> | <a href='index.php?act=Reg'>Join</a> )",
        "Hallo Gast! <a href='/ucp.php?mode=login'>Anmelden</a> | <a href='/ucp.php?mode=register'>Registrieren</a>",
        "Вы не вошли. <a href='/member.php?action=login'>Вход</a> | <a href='/member.php?action=register'>Регистрация</a>",
        "ようこそゲストさん <a href='/login/'>ログイン</a> <a href='/register/'>新規登録</a>",
    ):
        assert guest_bar(_box(inner, "div")), inner


def test_guest_bar_near_misses():
    # a review's paragraph that links a library's sign-up page and its catalogue
    assert not guest_bar(_box("I borrowed it through the county library, which lets you <a href='https://lib.example/register'>"
                              "sign up online</a> in a minute and then <a href='https://lib.example/login'>log in</a> to "
                              "reserve any title from the whole regional catalogue, which is how I finally got a copy.", "p"))
    # a bar with a link that is no account page
    assert not guest_bar(_box("<a href='/login'>Log in</a> | <a href='/search'>Search</a> | <a href='/register'>Register</a>", "div"))
    # one account link alone
    assert not guest_bar(_box("Welcome back, <a href='/login'>log in</a>", "div"))


# -- whole topic pages ------------------------------------------------------------------------------------------------

EN = [
    "I picked this up on a whim after a friend left it on my desk, and read it across three commutes and one very late "
    "night. It follows a lighthouse keeper's daughter who inherits her father's logbooks and starts to find notes in "
    "them that he could not have written.",
    "The writing is quiet and exact, and the island is drawn so well that I could smell the kelp. The middle sags a "
    "little when the mystery is parked for a romance, but the last fifty pages pull everything tight again.",
    "Rating: 4/5. Would lend it to anyone who likes slow, salty ghost stories.",
]
DE = [
    "Ich habe das Buch an zwei verregneten Sonntagen gelesen und konnte es kaum weglegen. Es erzählt von einer Fährfrau "
    "an der Elbe, die jeden Abend dieselben Pendler übersetzt und nach und nach ihre Geheimnisse erfährt.",
    "Die Sprache ist knapp und genau, die Figuren wachsen einem leise ans Herz. Nur das Ende kam mir zu glatt vor, "
    "als hätte die Autorin plötzlich keine Geduld mehr mit ihren eigenen Leuten gehabt.",
    "Von mir gibt es 4 von 5 Sternen.",
]


def _table_topic(lang: str, guest: str, title: str, profile: str, post: list[str], reply_profile: str, reply: str) -> str:
    """A topic on a forum skin no body selector knows: tables of rows, the profile in a cell beside the post's."""
    text = "<br><br>".join(post)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><div id='wrap'>"
            f"<div id='top'><a href='/'>Harbour Readers</a></div><div class='welcome'>{guest}</div>"
            f"<h1 class='topictitle'>{title}</h1><table class='posts'>"
            f"<tr><td class='who'><a href='/profile.php?u=31'>saltwater_jo</a></td><td class='when'>#1 03.12.2026 21:14</td></tr>"
            f"<tr><td class='side'>{profile}</td><td class='msg'><div class='txt'>{text}</div></td></tr>"
            f"<tr><td class='who'><a href='/profile.php?u=8'>kelp</a></td><td class='when'>#2 04.12.2026 08:02</td></tr>"
            f"<tr><td class='side'>{reply_profile}</td><td class='msg'><div class='txt'>{reply}</div></td></tr>"
            "</table></div></body></html>")


def test_an_unknown_skins_topic_loses_its_guest_bar_and_profiles_en():
    page = _table_topic(
        "en", "Hello, guest ( <a href='/login.php'>Log in</a> | <a href='/register.php'>Create account</a> )",
        "The Keeper's Logbooks by Ada Wren", "Group: Readers<br>Posts: 208<br>Joined: 9-May 23", EN,
        "Group: Staff<br>Posts: 5,120", "Sounds lovely, adding it to my list.")
    record = extract_page(page, "https://harbour.example.net/viewtopic.php?t=4471")
    assert all(p.split(".")[0] in record.body_text for p in EN)
    for chrome in ("Hello, guest", "Create account", "Group: Readers", "Posts: 208", "Joined: 9-May 23", "Posts: 5,120"):
        assert chrome not in record.body_text, chrome


def test_an_unknown_skins_topic_loses_its_guest_bar_and_profiles_de():
    page = _table_topic(
        "de", "Willkommen, Gast! <a href='/login'>Anmelden</a> oder <a href='/registrieren'>Registrieren</a>",
        "Die Fährfrau von Anja Lind", "<i>Leseratte</i><br>Beiträge: 1.377<br>Mitglied seit: 21.08.2016", DE,
        "Beiträge: 64<br>Dabei seit: 2024", "Klingt gut, kommt auf meine Liste.")
    record = extract_page(page, "https://hafenleser.example.de/viewtopic.php?t=118")
    assert all(p.split(".")[0] in record.body_text for p in DE)
    for chrome in ("Willkommen, Gast", "Beiträge: 1.377", "Mitglied seit", "Beiträge: 64"):
        assert chrome not in record.body_text, chrome


def test_a_review_with_a_record_box_keeps_it():
    # near miss on a whole page: the book's record box in the post, rows that are no member's
    record_box = "<div class='bookinfo'>Pages: 412<br>Publisher: Tidewater<br>Published: 2024</div>"
    page = ("<html lang='en'><head><meta charset='utf-8'><title>The Keeper's Logbooks by Ada Wren</title></head><body>"
            f"<article><h1>The Keeper's Logbooks by Ada Wren</h1>{record_box}"
            + "".join(f"<p>{p}</p>" for p in EN) + "</article></body></html>")
    record = extract_page(page, "https://shelfnotes.example.org/2026/12/keepers-logbooks")
    assert "Pages: 412" in record.body_text and "Publisher: Tidewater" in record.body_text


def _invision(post: str, reply: str) -> str:
    return ("<html lang='en'><head><meta charset='utf-8'><title>Tidewater -> The Keeper's Logbooks by Ada Wren</title></head>"
            "<body><div id='ipbwrapper'><div id='userlinks'>Hello, guest ( <a href='index.php?act=Login'>Log in</a> | "
            "<a href='index.php?act=Reg'>Sign up</a> )</div><table class='tableborder'>"
            "<tr><td class='row4'><a href='index.php?showuser=31'>saltwater_jo</a></td><td class='row4'>Posted: Dec 3 2026, 09:14 PM</td></tr>"
            f"<tr><td class='post1'>Group: Readers<br>Posts: 208</td><td class='post1'><div class='postcolor'>{post}</div></td></tr>"
            "<tr><td class='row4'><a href='index.php?showuser=8'>kelp</a></td><td class='row4'>Posted: Dec 4 2026, 08:02 AM</td></tr>"
            f"<tr><td class='post2'>Group: Staff<br>Posts: 5,120</td><td class='post2'><div class='postcolor'>{reply}</div></td></tr>"
            "</table></div></body></html>")


def test_an_invision_skins_opening_post_is_the_body():
    record = extract_page(_invision("<br><br>".join(EN), "Sounds lovely, adding it to my list."),
                          "https://tidewater.example.net/index.php?showtopic=512")
    assert all(p.split(".")[0] in record.body_text for p in EN)
    assert "adding it to my list" not in record.body_text and "Group:" not in record.body_text
    assert "Hello, guest" not in record.body_text
