"""A name with an Arabic or Berber article inside it, as French, Spanish, Catalan or English spell it ("Najat El
Hachmi", "Nawal El Saadawi", "Alaa Al Aswany"), read after a headline's quoted title and its "by" ("«T», de Najat El Hachmi"):
``book.is_name`` refuses "El" as a Spanish article, so such authors were lost. Read by ``bookheadline.quoted_title``.

A title-cased "El" elsewhere is an article, and after "de" it opens an institution's or a place's name as often
("Editorial El Ateneo", "Diario El País"): the first word must be no institution's noun, and the text must name the
family again outside the headline, as a reviewer names the writer ("El Hachmi escriu…").
"""

from __future__ import annotations

import re

from .book import Context, is_name

# the article: never a name's first word, always right before the family name
_ARTICLE_NAME = re.compile(r"^(\S+)\s+(El|Al)[\s\-](\S+)$")
# the nouns that open an institution's or a place's name before such an article ("Editorial El Ateneo", "Diario El
# País", "Teatro Al Massira"), in the languages that spell these names so: es ca gl pt fr it en de nl (and the words
# they share): publishers, papers and broadcasters, shops, schools, venues, groups and prizes, streets
_INSTITUTION_WORDS = frozenset("""
editorial ediciones edicions edicións edições editora editore edizioni éditions editions verlag uitgeverij press books
publishing diario diari periódico xornal jornal journal giornale zeitung krant newspaper revista revue rivista magazine
radio rádio ràdio televisión televisió televisão télévision tv canal channel cadena
librería llibreria libraría livraria librairie libreria bookshop bookstore buchhandlung boekhandel
grupo grup groupe gruppo gruppe groep group banda band orquesta orchestre orchestra club
teatro teatre théâtre theater theatre cine cinema cinéma kino bioscoop sala salle galería galeria galerie gallery
escuela escola école scuola schule school colegio col·legi colexio colégio collège college liceo lycée gymnasium
instituto institut istituto universidad universitat universidade université università universität university
universiteit academia acadèmia académie accademia akademie academy museo museu musée museum
fundación fundació fundação fondation fondazione stiftung stichting foundation biblioteca bibliothèque bibliothek
bibliotheek library premio premi prémio prêmio prix preis prijs prize award festival feria fira salón salon
hotel hôtel café cafè restaurante restaurant bar casa barrio bairro quartier plaza plaça praça place piazza platz plein
square calle carrer rua rue via strasse straße straat street avenida avinguda avenue parque parc park estadio stadium
centro centre center zentrum asociación associació associação association compañía companhia compagnie company
empresa banco banc banque bank hospital clínica
""".split())


def particled(rest: str, text: str, context: Context | None) -> str | None:
    """"Najat El Hachmi" off the start of `rest`: a given name, the article and the family name, each capitalised,
    no institution's noun first ("Editorial El Ateneo"), the family named again in the text outside the headline."""
    match = _ARTICLE_NAME.match(re.split(r"\s+[-–—|:]\s+|:\s|\s*[(\[]|[,;!?]", rest.strip(), maxsplit=1)[0].strip(" ."))
    if not match or context is None or match.group(1).casefold() in _INSTITUTION_WORDS \
            or not is_name(f"{match.group(1)} {match.group(3)}"):
        return None
    family = re.escape(match.group(3))
    return match.group(0) if re.search(rf"(?<!\w){family}(?!\w)", context.text.replace(text, " ")) else None
