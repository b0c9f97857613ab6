"""The post's reprint notice: the writer's or the platform's terms for copying the post, a line at its end.

Blog platforms and writers close a post with its terms of reuse rather than a "©": "Original post by the blogger;
credit the source when reprinting" (CSDN, OSChina, cnblogs and the Chinese blogs after them), "無断転載禁止",
"Reproduction interdite", "Перепечатка только с разрешения автора". The signal is lexical (a request or a ban about
reprinting, copying or reproducing the post), so the table covers each language's usual wording: zh, ja, ko, en, de,
fr, es, pt, it, nl, pl, cs, ru, uk, tr, and the news sites' "when using our material, a link is mandatory" in ru, uk,
az, tr, uz, kk, or their bidding to credit the source (en "please cite the source", de "Quellenangabe erforderlich",
fr, es, pt, it, pl, cs, sk, hu, ru, uk, mn "эх сурвалж заавал дурдана уу"). Its cousin is the note that the post
is itself a reprint by leave, where the paper or portal that syndicates a blogger's post closes it:
"本文經授權轉載自作者部落格", "許可を得て転載しています", "허락을 받아 게재합니다",
"Reprinted with permission", "Nachdruck mit freundlicher Genehmigung" (``PERMITTED``: zh, ja, ko, en, de, fr, es, it,
pt, ru, uk): ``spliced`` takes it past half the post, no paragraph of the review after it, as it takes a ban. A
review that speaks of a book's reprint ("the 1998 reprint is better") holds
no request or ban, and ``boilerplate`` takes the line only among the body's last three blocks, short (under 200
characters).
"""

from __future__ import annotations

import re

from .casefold import guarded

REPRINT = re.compile(
    r"转载请|轉載請|转载[需须]|轉載[需須]|(?:^|[。！？!?；;])[^。！？!?；;，,：:]{0,10}[，,]?[^。！？!?；;，,：:]{0,4}?(?:欢迎转载|歡迎轉載|请注明出处|請註明出處)|(?:禁止|谢绝|謝絕|严禁|嚴禁|不得)(?:任何)?(?:形式的?)?转载|(?:禁止|不得)轉載|"
    r"未经[^。，,]{0,8}(?:许可|授权|同意)[^。]{0,6}转载|未經[^。，,]{0,8}(?:許可|授權|同意)[^。]{0,6}轉載|如有侵权|如有侵權|"
    r"無断(?:転載|複製|転用)|転載(?:禁止|を禁)|무단\s*(?:전재|복제|배포)|"
    r"\b(?:reproduction|republication|reposting|copying)\s+(?:\w+\s+){0,3}(?:prohibited|forbidden|not\s+permitted)\b|"
    r"\bmay\s+not\s+be\s+(?:reproduced|reprinted|republished|copied)\b|"
    r"\bdo\s+not\s+(?:reproduce|republish|repost|reprint|copy)\s+(?:this|my|our|the)\b|"
    r"\b(?:reprinted|reproduced|republished|copied)\s+without\s+(?:the\s+)?(?:\w+\s+)?permission\b|"
    r"\bnachdruck\s+(?:\w+\s+){0,2}(?:nur|verboten|untersagt)\b|\bohne\s+(?:\w+\s+)?genehmigung\s+(?:\w+\s+){0,3}"
    r"(?:kopier|vervielfältig|veröffentlich|weiterverbreit)\w*|"
    r"\breproduction\s+(?:\w+\s+){0,3}interdite\b|\binterdite?\s+(?:la\s+)?reproduction\b|"
    r"\bprohibida\s+(?:su\s+|la\s+)?reproducci[óo]n\b|\breproducci[óo]n\s+prohibida\b|"
    r"\bproibida\s+(?:a\s+)?reprodu[çc][ãa]o\b|\breprodu[çc][ãa]o\s+proibida\b|"
    r"\briproduzione\s+(?:\w+\s+){0,2}(?:riservata|vietata)\b|"
    r"\bovername\s+(?:\w+\s+){0,3}(?:verboden|niet\s+toegestaan|alleen\s+met)\b|"
    r"\b(?:kopiowanie|przedruk)\w*\s+(?:\w+\s+){0,3}(?:zabronion\w*|wyłącznie|tylko\s+za)\b|"
    r"\b(?:kopírování|přetisk)\w*\s+(?:\w+\s+){0,3}(?:zakázán\w*|pouze\s+s)\b|"
    r"перепечатк\w*\s+(?:\w+\s+){0,3}(?:запрещен\w*|только\s+с|разрешается\s+только)|"
    r"при\s+(?:перепечатке|копировании|использовании|цитировании)\s+(?:\S+\s+){0,4}(?:гипер)?ссылк\w*\s+(?:\S+\s+){0,3}обязательн\w*|"
    # (the news sites' "when using our material, a link to <site> is mandatory": uk, az, tr, uz, kk)
    r"при\s+(?:використанні|передруку|цитуванні)\s+(?:\S+\s+){0,4}(?:гіпер)?посиланн\w*\s+(?:\S+\s+){0,3}обов['’ʼ]?язков\w*|"
    r"\b(?:istifadə|iqtibas)\s+(?:edərkən|edilərkən|olunarkən|zamanı)\s+(?:\S+\s+){0,3}(?:istinad|keçid)\s+(?:\S+\s+){0,2}"
    r"(?:mütləqdir|vacibdir|zəruridir|olunmalıdır|edilməlidir|verilməlidir)|"
    r"\b(?:kullanılırken|alıntılanırken|kullanılması\s+halinde)\s+(?:\S+\s+){0,3}kaynak\s+(?:\S+\s+){0,2}(?:zorunludur|şarttır|gösterilmelidir)|"
    r"\bfoydalanil(?:ganda|gan\s+taqdirda)\s+(?:\S+\s+){0,3}(?:havola|manba)\S*\s+(?:\S+\s+){0,2}majburiy|"
    r"пайдаланған(?:да|\s+кезде)\s+(?:\S+\s+){0,3}сілтеме\s+(?:\S+\s+){0,2}міндетті|"
    r"копирование\s+(?:\w+\s+){0,3}запрещено|передрук\w*\s+(?:\w+\s+){0,3}(?:заборонен\w*|лише\s+з)|"
    r"копіювання\s+(?:\w+\s+){0,3}заборонено|\bizinsiz\s+(?:\w+\s+)?(?:kopyalan|yayınlan|çoğaltıl)\w*|"
    # the source to be credited, bidden or mandatory (CITE: en, de, fr, es, pt, it, pl, cs, sk, hu, ru, uk, mn)
    r"(?:\bplease\s+|^\W*)(?:credit|cite)\s+(?:the|this|our)\s+(?:source|site|blog)\b|"
    r"\bsource\s+must\s+be\s+(?:credited|"
    r"cited)\b|"
    r"\bquellenangabe\s+(?:\w+\s+)?(?:erforderlich|erbeten|obligatorisch|pflicht)\b|\bmerci\s+de\s+citer\s+(?:la|"
    r"les)\s+sources?\b|"
    r"\bcitation\s+(?:de\s+la\s+source\s+)?obligatoire\b|(?<!\bsin\s)\bcit(?:ar|e|ando)\s+(?:la\s+|a\s+)fuente\b|"
    r"(?<!\bsem\s)\bcitar\s+a\s+fonte\b|"  # (not after "without": a reviewer's "sem citar a fonte", rev27)
    r"\bcitando\s+(?:la\s+)?fonte\b|(?<!\bsenza\s)\bcitare\s+(?:la\s+)?fonte\b|\b(?:z\s+)?podaniem\s+źródła\b|"
    r"\bs\s+uvedením\s+zdroje\b|"
    r"\buveďte\s+zdroj\b|\bs\s+uvedením\s+zdroja\b|\bforrás\s+megjelölésével\b|"
    r"ссылка\s+на\s+(?:первоисточник|источник)\s+обязательна|посилання\s+на\s+(?:першоджерело|"
    r"джерело)\s+обов['’ʼ]?язкове|"
    r"эх\s+сурвалж\w*\s+(?:\S+\s+)?(?:заавал\s+)?(?:дурда|иш\s?татаа)\w*",
    re.I)
# (a welcome to reprint or a bid to credit the source counts as the sentence's own, its subject the post: "本站文字歡迎
# 轉載", "原创文章，欢迎转载"; deep in a review's sentence, "作者在后记里写道：凡引用处均已请注明出处", "当年很多杂志都欢迎转载",
# it speaks of the book's sources or reprints)
REPRINT = guarded(REPRINT)  # (casefold.Guarded: its words looked for first; the alternation cost ~20 µs a line)
# the post reprinted with its writer's or first publisher's leave (a free copy's disclosure speaks of a copy, not of
# a leave to publish; a book "reprinted in 1998" holds no leave)
PERMITTED = guarded(re.compile(
    r"(?:授權|授权)(?:後|后)?(?:轉載|转载|轉貼|转贴|刊登|刊載|刊载)|(?:經|经|獲|获)[^。，,]{0,12}?(?:同意|許可|许可)(?:後|后)?(?:轉載|转载|刊登|刊載|刊载)|"
    r"本文(?:轉載|转载|轉錄|转录)(?:自|於|于)|(?:許可|許諾|了承)を(?:得て|いただき|頂き|いただいて)[^。]{0,12}?(?:転載|掲載)|"
    r"(?:から|より)(?:の)?転載(?:しています|しました|したもの|させて)|"
    r"(?:허락|허가|동의)[을를]?\s*(?:받아|얻어|받고)\s*(?:\S+\s*){0,2}?(?:게재|전재|싣|실었|옮겨)|(?:에서|로부터)\s*전재(?:했|합|함|한)|"
    r"\b(?:reprinted|republished|reposted|reproduced)\s+(?:here\s+)?(?:with|by)\s+(?:the\s+)?(?:kind\s+)?permission\b|"
    r"\bnachdruck\s+mit\s+(?:freundlicher\s+)?genehmigung\b|\bmit\s+(?:freundlicher\s+)?(?:genehmigung|erlaubnis)\s+(?:\S+\s+){1,5}"
    r"(?:übernommen|nachgedruckt|veröffentlicht)\b|\breprodui[ts]e?s?\s+avec\s+l['’](?:aimable\s+)?autorisation\b|"
    r"\b(?:reproducid|republicad|reproduzid|republicad|riprodott|ripubblicat)[oa]s?\s+(?:aqu[ií]\s+|qui\s+)?"
    r"(?:con|com|per)\s+(?:el\s+|a\s+|la\s+|gentile\s+)?(?:permiso|autorizaci[óo]n|permiss[ãa]o|autoriza[çc][ãa]o|concessione|autorizzazione)\b|"
    r"(?:публикуется|перепечатано|опубликовано|републикуется)\s+с\s+(?:разрешения|согласия)|"
    r"(?:публікується|передруковано|опубліковано)\s+з\s+(?:дозволу|згоди)", re.I))


def reprint_notice(text: str) -> bool:
    """The line states the terms for reprinting or copying the post (see the module docstring)."""
    return bool(REPRINT.search(text)) or bool(PERMITTED.search(text))


def at_end(text: str, index: int, count: int) -> bool:
    """A reprint notice among the body's last three blocks, under 200 characters (``boilerplate._decide``)."""
    return index >= count - 3 and len(text) < 200 and bool(REPRINT.search(text))  # (a leave: spliced, prose after it none)
