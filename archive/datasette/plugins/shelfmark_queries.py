"""`query(name, params)` in templates: reader pages run the canned queries in metadata.yml.

The SQL behind every reader page lives in one place, the canned queries, so each
page's data is also a CSV/JSON download at the same name (`query_url`), and a
researcher can cite exactly the query a page showed. Also gives templates the
archive's database name and `absolute_url` (the Atom feed needs full links).

Names in paths (`/author/<name>`) use Datasette's tilde encoding, as its own table
URLs do: Datasette redirects %-encoded paths to it, so links go there directly
(`{{ name|tilde }}`) and pages read it back with `tilde_decode`.
"""

import html
from urllib.parse import urlencode

from datasette import hookimpl
from markupsafe import Markup
from datasette.utils import derive_named_parameters, tilde_decode, tilde_encode


class UnknownQuery(Exception):
    """A template asked for a canned query metadata.yml does not define."""


def _database(datasette):
    # The archive is the only database served (make_datasette); _internal is not in .databases.
    return datasette.get_database()


@hookimpl
def extra_template_vars(datasette, request):
    db = _database(datasette)
    actor = request.actor if request else None

    async def query(name: str, params: dict | None = None) -> list[dict]:
        canned = await datasette.get_canned_query(db.name, name, actor)
        if canned is None:
            raise UnknownQuery(f"no canned query {name!r}; define it in archive/datasette/metadata.yml")
        # Like Datasette's own query page: a parameter not given is "" (the SQL treats "" as "any").
        values = {key: "" if value is None else str(value) for key, value in (params or {}).items()}
        names = await derive_named_parameters(db, canned["sql"])
        # sqlite3 fails on a named parameter left out, so fill in every one the SQL names.
        results = await db.execute(canned["sql"], {n: values.get(n, "") for n in names})
        return [dict(row) for row in results.rows]

    async def has_query(name: str) -> bool:
        return await datasette.get_canned_query(db.name, name, actor) is not None

    def query_url(name: str, fmt: str = "", params: dict | None = None) -> str:
        path = datasette.urls.database(db.name) + "/" + name + (f".{fmt}" if fmt else "")
        given = {k: v for k, v in (params or {}).items() if v not in (None, "")}
        if fmt == "json":
            given["_shape"] = "array"
        return path + ("?" + urlencode(given) if given else "")

    def absolute_url(path: str) -> str:
        return datasette.absolute_url(request, path)

    return {
        "query": query,
        "has_query": has_query,
        "query_url": query_url,
        "absolute_url": absolute_url,
        "archive_db": db.name,
        "tilde_decode": tilde_decode,
    }


def option_tags(rows: list[dict], value_key: str, label_key: str, selected: str = "") -> Markup:
    """A <select>'s <option>s written in Python: as a Jinja loop, the search page's 800 blogs cost more CPU
    than most searches (~20 ms a page at a million reviews)."""
    return Markup("".join(
        f'<option value="{html.escape(str(row[value_key]))}"{" selected" if row[value_key] == selected else ""}>'
        f"{html.escape(str(row[label_key]))}</option>"
        for row in rows
    ))


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["tilde"] = lambda value: tilde_encode(str(value))
    env.filters["option_tags"] = option_tags

