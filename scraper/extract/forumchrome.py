"""A forum engine's chrome inside what was taken for the post: the guest bar and the members' mini-profiles.

Where no body selector knows a forum's skin, the body found is the topic's whole table, and two kinds of block that
every forum engine prints (Invision and its hosted forks such as Jcink, phpBB, vBulletin, SMF, MyBB, PunBB/FluxBB,
XenForo, ProBoards, Xobor, Discourse's user cards) come with the opening post:

- the guest bar: "Welcome Guest ( Log In | Register )", "Hallo, Gast! Anmelden oder registrieren", "Вы не вошли.
  Вход | Регистрация". Its shape: a short block (fifteen words at most) holding two links or more, every one of them
  to the engine's account pages (its address says login, sign-in, register, sign-up: the engines' addresses are in
  English whatever the board's language: ``ucp.php?mode=login``, ``index.php?act=Reg``, ``member.php?action=register``,
  ``/login``, ``/register``), and eight words at most besides them.
- the mini-profile beside each poster's name: "Group: Members / Posts: 412 / Joined: 3-March 24", "Beiträge: 1.204 /
  Mitglied seit: 14.03.2017", XenForo's "Messages 1,204 / Reaction score 88" (label and value in a ``dt`` and a
  ``dd``). Its shape: a box of short lines only (six words at most each, forty in all, no sentence), two or more of
  them a member's label and its value (MEMBER_LABEL, a per-language table: the signal is lexical, the labels the
  engines' language packs print), one of them the member's count of posts (a number) or the date they joined.

What stays: the review's record box ("Pages: 412 / Publisher: …": no member's label), a single "Posts: 12" line, a
sentence of the review that speaks of posts, groups or registering, a link to a library's sign-up page in a paragraph.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

GUEST_RULE = "forum guest bar"
PROFILE_RULE = "forum mini-profile"

# an engine's account pages: log in, register, sign up, in its address (path or query)
_ACCOUNT_HREF = re.compile(
    r"log[-_]?in|log[-_]?on|sign[-_]?in|sign[-_]?up|regist|act=reg\b|mode=(?:login|register)|action=(?:login|register|signup|join)|"
    r"/join(?:/|$|\?)|/account/(?:new|create)|/users?/(?:new|create)|/anmelden|/registrieren|/connexion|/inscription", re.I)
_GUEST_WORDS, _GUEST_OTHER_WORDS = 15, 8

_BLOCK = {"div", "p", "li", "dd", "dt", "td", "th", "tr", "ul", "ol", "dl", "table", "tbody", "section", "aside",
          "header", "footer", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "center"}
_BOXES = ("div", "td", "th", "dl", "ul", "ol", "aside", "section", "span", "p", "li", "font", "center")
_LINE_WORDS, _BOX_WORDS = 6, 40

# the count of a member's posts, in the engines' language packs
_POSTS = (
    r"posts?|total\s+posts|messages?|replies|beitr(?:ä|ae)ge|nachrichten|mensajes|respuestas|messaggi|interventi|mensagens|"
    r"berichten|inl(?:ä|a)gg|indl(?:æ|ae)g|innlegg|viestej(?:ä|a)|viestit|hozz(?:á|a)sz(?:ó|o)l(?:á|a)sok|(?:ü|u)zenetek|"
    r"p(?:ř|r)(?:í|i)sp(?:ě|e)vky|pr(?:í|i)spevky|prispevki|posty|post(?:ó|o)w|wiadomo(?:ś|s)ci|objave|poruke|postovi|postitused|"
    r"mesaje|mesajlar|mesaj|g(?:ö|o)nderiler|b(?:à|a)i\s+vi(?:ế|e)t|b(?:à|a)i\s+g(?:ử|u)i|pesan|kiriman|"
    r"сообщени[йя]|постов|повідомлен\w*|поруке|постови|мнения|μηνύματα|δημοσιεύσεις|"
    r"帖子|发帖|發帖|回帖|帖子数|發文|文章|投稿数?|書き込み数?|게시물|게시글|글\s?수|"
    r"پست(?:‌|\s)?ها|پست|ارسال(?:‌|\s)?ها|مشاركات|المشاركات|הודעות|רשומות|ข้อความ|กระทู้|पोस्ट|პოსტები|შეტყობინებები"
)
# the day the member joined
_JOINED = (
    r"joined|join\s+date|registered|registration|member\s+since|registriert|registriert\s+seit|mitglied\s+seit|dabei\s+seit|"
    r"anmeldedatum|registrado|miembro\s+desde|fecha\s+de\s+registro|registro|iscritto|iscritta|registrato|iscrizione|"
    r"membro\s+d(?:al|esde)|inscrit|inscrite|inscription|membre\s+depuis|inscrito|lid\s+sinds|geregistreerd|aangemeld|"
    r"registrerad|medlem\s+(?:sedan|siden|fra)|registreret|rekister(?:ö|o)itynyt|liittynyt|regisztr(?:á|a)lt|csatlakozott|"
    r"registrov(?:á|a)n|registrovan(?:ý|y)|do(?:ł|l)(?:ą|a)czy(?:ł|l)\w*|rejestracja|zarejestrowany|(?:î|i)nregistrat|"
    r"membru\s+din|kat(?:ı|i)l(?:ı|i)m|kay(?:ı|i)t(?:\s+tarihi)?|(?:ü|u)yelik\s+tarihi|(?:ngày\s+)?tham\s+gia|bergabung|terdaftar|"
    r"зарегистрирован\w*|регистрация|с\s+нами|зареєстрован\w*|реєстрація|регистриран\w*|регистрован\w*|εγγραφή|μέλος\s+από|"
    r"注册时间|注册|註冊時間|註冊|加入时间|加入時間|登録日|参加日|가입일|가입|تاریخ\s+عضویت|عضویت|تاريخ\s+التسجيل|التسجيل|انضم|"
    r"הצטרף|הצטרפות|เข้าร่วม|เป็นสมาชิกเมื่อ|शामिल|რეგისტრაცია"
)
# other rows of a member's card: group, rank, number, reputation, points, thanks, location, warnings
_OTHER = (
    r"group|member\s+group|gruppe|benutzergruppe|grupo|gruppo|groupe|groep|grupp|ryhm(?:ä|a)|csoport|skupina|grupa|"
    r"группа|група|grup|nh(?:ó|o)m|ομάδα|用户组|用戶組|グループ|그룹|گروه|المجموعة|קבוצה|ჯგუფი|"
    r"member\s+(?:no\.?|#|number)|mitglied(?:s)?(?:\s+nr\.?|nummer)|miembro\s+n\.?[ºo°]?|membre\s+n\.?[ºo°]?|lid\s+nr\.?|"
    r"reputation|ansehen|reputaci(?:ó|o)n|reputazione|r(?:é|e)putation|reputa(?:ç|c)(?:ã|a)o|reputatie|reputacja|reputace|"
    r"itibar|репутация|репутація|威望|声望|聲望|명성|اعتبار|السمعة|מוניטין|რეპუტაცია|"
    r"reaction\s+score|points|punkte|puntos|punti|pontos|punten|очки|баллы|积分|積分|포인트|karma|карма|"
    r"thanks(?:\s+received)?|danke|bedankt|спасибо|благодарност\w*|"
    r"rank|rang|rango|grado|ранг|звание|ranga|hodnost|r(?:ü|u)tbe|c(?:ấ|a)p\s+b(?:ậ|a)c|等级|等級|ランク|등급|"
    r"location|wohnort|ubicaci(?:ó|o)n|localidad|localit(?:à|a)|localisation|localiza(?:ç|c)(?:ã|a)o|woonplaats|"
    r"откуда|город|звідки|sk(?:ą|a)d|lokalizacja|bydli(?:š|s)t(?:ě|e)|bosted|paikkakunta|lak(?:ó|o)hely|konum|n(?:ơ|o)i\s+(?:ở|o)|"
    r"来自|來自|所在地|住所|지역|محل\s+سکونت|الإقامة|מיקום|"
    r"warn(?:ing)?\s+level|verwarnstufe|verwarnungen|предупреждени\w*"
)
_LABEL = rf"(?:(?P<posts>{_POSTS})|(?P<joined>{_JOINED})|(?P<other>{_OTHER}))"
# a labelled row: the label, its colon (or none, when the value is a number or a date), a short value
MEMBER_ROW = re.compile(rf"^\W{{0,3}}{_LABEL}(?!\w)\s*[:：]?\s*(?P<value>\S.*)$", re.I)
_ALONE = re.compile(rf"^\W{{0,3}}{_LABEL}\s*[:：]?\s*$", re.I)
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")


def _lines(box: HtmlElement) -> list[str]:
    """The box's lines: its text parted at line breaks and at its block elements, whitespace collapsed."""
    parts: list[str] = []

    def walk(element: HtmlElement) -> None:
        block = element.tag in _BLOCK or element.tag == "br"
        if block:
            parts.append("\n")
        if element.text and element.tag not in ("script", "style"):
            parts.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(box)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return [line for line in lines if line]


def _row(line: str, following: str | None) -> tuple[str, bool] | None:
    """The kind of member's row the line is ("posts", "joined", "other") and whether it used the next line as its
    value (a label alone on its line, its value on the next: XenForo's ``dt`` and ``dd``), or None."""
    found = MEMBER_ROW.match(line)
    if found is not None:
        value = found.group("value")
        colon = re.match(r"^\W{0,3}[^:：]*[:：]", line) is not None
        # (without a colon the value must be a number or a date: "Posts 412", not "Group reading was fun")
        if count_words(value) <= 4 and (colon or _DIGIT.search(value)):
            kind = next(k for k in ("posts", "joined", "other") if found.group(k))
            return (kind if kind == "other" or _DIGIT.search(value) else "other"), False
        return None
    alone = _ALONE.match(line)
    if alone is not None and following is not None and count_words(following) <= 4 and not MEMBER_ROW.match(following):
        kind = next(k for k in ("posts", "joined", "other") if alone.group(k))
        return (kind if kind == "other" or _DIGIT.search(following) else "other"), True
    return None


def mini_profile(box: HtmlElement) -> bool:
    """A box of short lines only, two or more of them a member's rows, one a count of posts or a join date."""
    text = text_of(box)
    if not text or count_words(text) > _BOX_WORDS:
        return False
    lines = _lines(box)
    if len(lines) < 2 or any(count_words(line) > _LINE_WORDS or _SENTENCE_END.search(line) and count_words(line) > 3 for line in lines):
        return False
    kinds, i = [], 0
    while i < len(lines):
        found = _row(lines[i], lines[i + 1] if i + 1 < len(lines) else None)
        if found is not None:
            kinds.append(found[0])
            i += 2 if found[1] else 1
        else:
            i += 1
    return len(kinds) >= 2 and ("posts" in kinds or "joined" in kinds)


def guest_bar(box: HtmlElement) -> bool:
    """A short block whose two links or more all go to the engine's account pages, and few words besides them."""
    links = [a for a in box.iter("a") if a.get("href")]
    if len(links) < 2:
        return False
    text = text_of(box)
    words = count_words(text)
    if words > _GUEST_WORDS:
        return False
    if not all(_ACCOUNT_HREF.search(unquote(a.get("href") or "")) for a in links):
        return False
    return words - sum(count_words(text_of(a)) for a in links) <= _GUEST_OTHER_WORDS


def drop_forum_chrome(body: HtmlElement, report) -> None:
    """Remove the guest bar and the members' mini-profiles from the body (see the module docstring)."""
    found: list[tuple[str, HtmlElement]] = []
    for box in body.iterdescendants(*_BOXES):
        if any(box is f or f in box.iterancestors() for _, f in found):
            continue  # (inside a box already found: the outermost is taken, as the walk goes down)
        if mini_profile(box):
            found.append((PROFILE_RULE, box))
        elif guest_bar(box):
            found.append((GUEST_RULE, box))
    for rule, box in found:
        report.add(rule, box)
        if box.getparent() is not None:
            box.drop_tree()
