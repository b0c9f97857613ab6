"""A headline whose first clause is "rereading «T»" names its subject: the text's one mention is no passing one
(headline.py). The Chinese and Japanese reviews name their book once beside another work and fail without the rule;
the Latin-script ones (their book read from the headline) guard that it changes nothing there. Near misses: a clause
going on after the title (an event, news), a launch's or a news headline, a question, a rereading of a film."""

from scraper.extract import extract_page

_PAGE = """<html><head><title>{title}</title></head><body class="single single-post"><article class="post">
<h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div></article></body></html>"""


def _kind(title: str, paras: list[str], url: str = "https://lesnotes.example.net/2024/03/billet/") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return extract_page(_PAGE.format(title=title, body=body), url).kind


_FR = ["J'avais vingt ans quand j'ai ouvert pour la première fois « Les Champs d'hiver » de Paul Vérany, un soir "
       "de pluie dans une chambre d'étudiant trop froide pour y rester longtemps sans bouger.",
       "Le roman suit une famille de vignerons pendant trois hivers, et ce qui me frappait alors, le silence des "
       "personnages, me paraît aujourd'hui sa plus grande force. Rien n'est expliqué, tout est montré dans les gestes.",
       "Certaines pages ont vieilli, surtout les dialogues des enfants qui sonnent faux, mais la dernière partie, "
       "la vente de la maison, reste d'une justesse qui m'a serré la gorge comme la première fois.",
       "Le livre n'a pas changé, c'est moi qui ai changé, et c'est peut-être la meilleure raison de relire les "
       "livres qu'on a aimés quand on était jeune et pressé de les finir."]
_DE = ["Zum ersten Mal habe ich „Die Winterfähre“ von Klara Jansen mit siebzehn gelesen, in den Sommerferien an "
       "einem See, in einer geliehenen Ausgabe, deren Rücken schon damals gebrochen war.",
       "Damals las ich das Buch wegen der Handlung, wegen des verschwundenen Bruders und des Sturms. Heute scheint "
       "er mir von etwas Leiserem zu erzählen: von einer Mutter, die lernt, ihre Kinder fremd werden zu lassen.",
       "Der Mittelteil des Romans zieht sich, es gibt zu viele Briefe, eine der Cousinen wird nie lebendig. Aber das "
       "letzte Kapitel, die Überfahrt im Eis, hat mich wieder so getroffen wie beim ersten Mal, vielleicht mehr.",
       "Manche Bücher schrumpfen, wenn man zu ihnen zurückkehrt. Dieses Buch ist gewachsen, während ich weg war."]
_EN = ["I first read <em>The Salt Orchard</em> by Helen Marsh the summer I turned sixteen, in a borrowed copy with a "
       "cracked spine that smelled of somebody else's holidays and sun cream.",
       "Back then I read it for the plot, the missing brother and the storm. Now the novel seems to me to be about "
       "something quieter: a mother learning to let her children become strangers, and not minding as much as "
       "she expected to.",
       "The middle sags, there are too many letters, and one of the cousins never comes alive. But the last "
       "chapter, with the orchard sold and the family walking the rows one final time, still holds every bit of "
       "its weight and more.",
       "Some books shrink when you go back to them. This one grew while I was away, and I am glad I went back."]


def test_rereading_headline_french_is_review():
    assert _kind("Relire « Les Champs d'hiver » : trois hivers et un silence", _FR) == "review"


def test_rereading_headline_german_is_review():
    assert _kind("Wiedergelesen: „Die Winterfähre“ – ein Buch, das gewachsen ist", _DE) == "review"


def test_rereading_headline_english_is_review():
    assert _kind("Rereading ‘The Salt Orchard’: the book that grew while I was away", _EN) == "review"


_NEWS_PAGE = """<html><head><title>{title}_读书_晨光网</title></head><body><div class="main">
<h1 class="news-title">{title}</h1><div class="news-body">{body}</div></div></body></html>"""


def _news_kind(title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return extract_page(_NEWS_PAGE.format(title=title, body=body), "https://news.example.cn/detail_forward_123456").kind


_ZH = ["十五岁那年暑假，我第一次读到林远舟的《海边的灯塔》，是从表姐的书架上随手抽出来的一本旧书，封面已经褪色。",
       "那时候我只记得故事里的风暴和失踪的哥哥，还把它当成《远方的岛》的续篇。二十年后再读，小说讲的其实是另一件事："
       "一个母亲怎样学会让孩子们变成陌生人，而且并不像她自己以为的那样难过。",
       "林远舟写这位母亲时带着明显的同情。小说的中间部分确实拖沓，书信太多，几个表亲始终没有活起来。可是最后一章，"
       "老房子被卖掉，一家人最后一次沿着海岸走完那条小路，仍然让我久久放不下。",
       "小说的结尾也比我记得的更冷。有些书重读时会变小。它在我离开的这些年里反而长大了，我很庆幸自己又回去看了一遍。"]
_HANT = ["十五歲那年暑假，我第一次讀到林遠舟的《海邊的燈塔》，是從表姊的書架上隨手抽出來的一本舊書，封面已經褪色。",
         "那時候我只記得故事裡的風暴和失蹤的哥哥，還把它當成《遠方的島》的續篇。二十年後再讀，小說講的其實是另一件事："
         "一個母親怎樣學會讓孩子們變成陌生人，而且並不像她自己以為的那樣難過。",
         "林遠舟寫這位母親時帶著明顯的同情。小說的中間部分確實拖沓，書信太多，幾個表親始終沒有活起來。可是最後一章，"
         "老房子被賣掉，一家人最後一次沿著海岸走完那條小路，仍然讓我久久放不下。",
         "小說的結尾也比我記得的更冷。有些書重讀時會變小。它在我離開的這些年裡反而長大了，我很慶幸自己又回去看了一遍。"]
_JA = ["十五歳の夏、森川遥の『海辺の灯台』を初めて読んだ。従姉の本棚から何気なく抜き出した古い文庫本で、表紙はもう色あせていた。",
       "当時は嵐と行方不明の兄のことしか覚えておらず、『遠い島』の続編だと思い込んでいた。二十年ぶりに読み返すと、"
       "この小説が描いているのは別のことだった。母親が子どもたちを他人にしていくことを学び、思っていたほど悲しまない話なのだ。",
       "森川遥はこの母親を明らかな共感をこめて書いている。小説の中盤はたしかに冗長で、手紙が多すぎ、いとこたちは最後まで"
       "生きてこない。それでも最終章、古い家が売られ、家族が最後にもう一度海沿いの小道を歩く場面は、いまも胸に残る。",
       "小説の結末も記憶よりずっと冷たかった。読み返すと小さくなる本もあるが、この本は私が離れているあいだに"
       "大きくなっていた。戻ってきてよかったと思う。"]


def test_rereading_headline_simplified_chinese_is_review():
    assert _news_kind("重读《海边的灯塔》：一本在我离开时长大的书", _ZH) == "review"


def test_rereading_headline_traditional_chinese_is_review():
    assert _news_kind("重讀《海邊的燈塔》：一本在我離開時長大的書", _HANT) == "review"


def test_rereading_headline_japanese_is_review():
    assert _news_kind("再読『海辺の灯台』：離れているあいだに大きくなった本", _JA) == "review"


_ZH_NEWS = ["出版社本周宣布，林远舟的《海边的灯塔》将推出新版，与《远方的岛》合为一套，首印五万册，各大书店同步开售。",
            "出版社表示，这本书初版于二十年前，新版由作者重新校订，增加了一篇后记。这本小说曾被改编为话剧，"
            "新版发布会将在北京举行，作者本人会到场签售，读者可以通过官方网站预约参加活动，名额有限，先到先得。",
            "此外，出版社还将推出精装纪念版，附赠作者手写的明信片和一张藏书票，预售从本周五开始，欢迎关注。"
            "林远舟目前正在写作一部新的长篇，预计明年完成。"]


def test_chinese_reissue_news_is_not_review():
    assert _news_kind("新版《海边的灯塔》：林远舟二十年后重新校订", _ZH_NEWS) != "review"


def test_chinese_rereading_clause_going_on_is_not_review():
    assert _news_kind("重读《海边的灯塔》读书会本周六在市图书馆举行", _ZH_NEWS) != "review"


def test_chinese_rereading_question_is_not_review():
    assert _news_kind("重读《海边的灯塔》：还值得吗？", _ZH_NEWS) != "review"



def test_reissue_news_under_a_rereading_headline_is_not_review():
    # (the text never reads the book again: a house's news, whatever its headline says)
    assert _news_kind("重读《海边的灯塔》：出版社推出新版", _ZH_NEWS) != "review"


_ZH_FILM = ["二十年前，我在县城的录像厅里第一次看到陈默导演的《海边的灯塔》，那时只觉得画面太暗、节奏太慢。",
            "这部电影改编自一部同名小说，但和《远方的岛》一样，导演几乎只保留了人物的名字。如今在影院看到修复版，"
            "这部电影的长镜头和海浪声让我重新理解了它。",
            "陈默拍母亲的方式很克制，很少用特写。影片中段确实拖沓，几场戏的剪辑也显得生硬，但最后一场戏，"
            "一家人沿着海岸走完那条小路，镜头一直不切，让整个影院都安静下来。",
            "修复版本周在全国艺术影院上映，片长一百二十分钟。"]
_ZH_CITY = ["第一次来到青川，是十五岁那年跟着父亲出差。那时读着林远舟的《海边的灯塔》，以为这座城就是书里的样子。",
            "这本书写的海港其实是虚构的，和《远方的岛》里的岛一样。二十年后再来，老码头已经改成了商场，渔船也少了，"
            "只有灯塔还在原处。",
            "这座城的变化比我想象的大：新修的滨海大道、连成片的高楼、夜里不灭的霓虹。可是沿着海岸那条小路走下去，"
            "风的味道还和从前一样。",
            "这本书我后来没有再读，但每次来青川，都会去灯塔下面坐一会儿，看看海。"]


def test_rereading_column_about_a_film_is_not_review():
    assert _news_kind("重读《海边的灯塔》：修复版电影本周上映", _ZH_FILM) != "review"


def test_rereading_column_about_a_city_is_not_review():
    assert _news_kind("重读《海边的灯塔》：一座城市的二十年", _ZH_CITY) != "review"


# near misses: the same words where the headline is not a reader's rereading of the book
_NEWS = ["The library on Mill Street will hold a reading of The Salt Orchard by Helen Marsh next Saturday at noon, "
         "with tea and cake for everyone who comes along.",
         "Volunteers will read the novel aloud in turns over four hours; visitors may join for a chapter or stay for "
         "the whole day. Copies can be borrowed at the front desk from Monday.",
         "The event is free. Children are welcome, and the reading room will be open late for those who want to "
         "finish the book after the last volunteer has gone home. Parking is available behind the building."]


def test_rereading_event_clause_going_on_is_not_review():
    assert _kind("Rereading ‘The Salt Orchard’ marathon comes to the Mill Street library", _NEWS) != "review"


def test_news_headline_with_set_off_title_is_not_review():
    assert _kind("‘The Salt Orchard’ to be adapted for television, says publisher", _NEWS) != "review"


def test_rereading_question_is_not_review():
    assert _kind("Rereading ‘The Salt Orchard’: is it worth it?", _NEWS) != "review"


_ZH_LAUNCH = ["出版社本周宣布，作家林远的新书《海边的灯塔》将于下月上市，首印五万册，各大书店同步开售。",
              "这本书是林远继三年前的长篇之后的又一部作品，讲述一个灯塔看守人一家的故事。出版社表示，新书发布会将在"
              "北京举行，作者本人会到场签售，读者可以通过官方网站预约参加活动，名额有限，先到先得。",
              "此外，出版社还将推出精装纪念版，附赠作者手写的明信片和一张藏书票，预售从本周五开始，欢迎关注。"]


def test_chinese_launch_notice_is_not_review():
    assert _kind("新书《海边的灯塔》：林远三年后再出发", _ZH_LAUNCH) != "review"


def test_chinese_rereading_event_is_not_review():
    assert _kind("重读《海边的灯塔》读书会本周六在市图书馆举行", _ZH_LAUNCH) != "review"


_FR_FILM = ["Le film « Les Champs d'hiver » ressort en salles cette semaine dans une copie restaurée, quarante ans "
            "après sa sortie, et le cinéma du quartier lui consacre une soirée entière.",
            "La projection sera suivie d'un débat avec le chef opérateur, qui racontera le tournage dans les vignes "
            "pendant l'hiver le plus froid de la décennie. Les places sont en vente au guichet et en ligne.",
            "Une exposition de photographies du tournage est présentée dans le hall jusqu'à la fin du mois."]


def test_french_film_rereading_is_not_review():
    assert _kind("Revoir « Les Champs d'hiver » : le film restauré au cinéma du quartier", _FR_FILM) != "review"
