"""The Datasette instance that serves the archive to readers and researchers.

`archive/datasette/` is a Datasette configuration directory (metadata.yml,
plugins/, static/). `make_datasette` builds the app from it in-process, and
`serve` runs that same object under uvicorn exactly as `datasette serve` does
(startup hooks, connection check, then `uvicorn.run(ds.app())`). Building the
object ourselves rather than shelling out to the `datasette` CLI keeps one place
for the configuration, so tests exercise precisely what readers get, and lets us
re-key the metadata to whatever the database file is called.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from archive.schema import open_db

if TYPE_CHECKING:
    from datasette.app import Datasette

logger = logging.getLogger(__name__)

CONFIG_DIR = Path(__file__).parent / "datasette"
METADATA_DB_KEY = "shelfmark"  # the database key used in metadata.yml


class ServeError(Exception):
    """The archive can't be served as asked; the message says what to do."""


def datasette_settings() -> dict[str, Any]:
    return {
        # Suggested facets time out on common-word searches and slow every
        # search page (docs/STACK-NOTES); explicit facets are in metadata.yml.
        "suggest_facets": False,
        # Datasette silently cuts streamed CSV at 100 MB otherwise.
        "max_csv_mb": 0,
        "allow_csv_stream": True,
        "default_page_size": 50,
        "max_returned_rows": 1000,
        "sql_time_limit_ms": 3000,
        "facet_time_limit_ms": 1000,
        # Readers browse; they never need the raw .db download, researchers use CSV/JSON.
        "allow_download": False,
    }


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives the database, and so its URL path: `/<name>/reviews`."""
    return Path(db_path).stem


def load_metadata(db_name: str) -> dict[str, Any]:
    metadata = yaml.safe_load((CONFIG_DIR / "metadata.yml").read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if METADATA_DB_KEY in databases and db_name != METADATA_DB_KEY:
        databases[db_name] = databases.pop(METADATA_DB_KEY)
    if "description_html" in metadata:
        metadata["description_html"] = metadata["description_html"].replace("{db}", db_name)
    return metadata


def make_datasette(db_path: str | Path) -> Datasette:
    """A configured Datasette for the archive at `db_path` (migrated first if needed)."""
    # imported here: every command imports this module for ServeError, and Datasette takes ~0.9 s of CPU to import
    from datasette.app import Datasette

    path = Path(db_path)
    if not path.exists():
        raise ServeError(f"no archive at {path}; run a crawl first (shelfmark crawl) or check the path")
    # Bring an older archive up to the current schema so the canned queries and
    # views the metadata names exist.
    open_db(path).close()
    return Datasette(
        files=[str(path)],
        config_dir=CONFIG_DIR,
        metadata=load_metadata(database_name(path)),
        settings=datasette_settings(),
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the archive until interrupted, the way `datasette serve` runs its app."""
    import uvicorn
    # The same two steps `datasette serve` runs before uvicorn (datasette/cli.py).
    from datasette.cli import check_databases, run_sync

    ds = make_datasette(db_path)
    run_sync(ds.invoke_startup)
    run_sync(lambda: check_databases(ds))
    logger.info("serving %s at http://%s:%s/%s", db_path, host, port, database_name(db_path))
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on", workers=1)
