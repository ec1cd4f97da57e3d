"""Opening a store: its URL, the SQLite settings that make an acknowledged edit durable,
and the migrations that bring any store to the current schema.

SQLite by default (one file, nothing to set up) in WAL mode with ``synchronous=FULL``:
a transaction is on disk when its commit returns, so an edit the user was told about
survives a killed process or a power cut. Every transaction begins IMMEDIATE, taking the
write lock at once, and ``busy_timeout`` makes a second writer wait for it rather than
fail. Any SQLAlchemy URL (PostgreSQL for a team's server) works the same way.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from platformdirs import user_data_path
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS = 60_000
_MIGRATION_LOCK = 7_012_022  # any fixed number: PostgreSQL's advisory lock for migrations


class StoreError(ValueError):
    """A store that cannot be opened or used (bad URL, unreadable file); one clear line."""


@dataclass(frozen=True)
class Store:
    """An open store: its engine, and the URL it was opened from (password hidden)."""

    engine: sa.Engine
    url: str


def default_path() -> Path:
    """Where the store lives when none is named: the user's data folder, which is kept
    (unlike the cache folder the dashboard's state lives in)."""
    return user_data_path("timeline") / "timeline.db"


def store_url(location: str | Path) -> str:
    """A SQLAlchemy URL for a URL (``postgresql+psycopg://...``) or a file path."""
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def shown(location: str | Path) -> str:
    """Where a store is, for messages: its path, or its URL with the password hidden."""
    url = store_url(location)
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def open_store(location: str | Path | None = None) -> Store:
    """Open (creating if need be) the store at a path or URL, migrated to the current
    schema; the default path without one."""
    url = store_url(location if location is not None else default_path())
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise StoreError(f"{url!r} is not a database URL or a file path") from None
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(parsed)
    else:
        try:
            engine = sa.create_engine(parsed, pool_pre_ping=True)
        except (ImportError, sa.exc.NoSuchModuleError) as err:
            raise StoreError(f"Cannot use {parsed.render_as_string()}: {err}") from None
    store = Store(engine, parsed.render_as_string(hide_password=True))
    try:
        migrate(store)
    except sa.exc.SQLAlchemyError as err:
        engine.dispose()
        raise StoreError(f"Cannot open the store {store.url}: {_reason(err)}") from None
    return store


def _sqlite_engine(url: sa.URL) -> sa.Engine:
    if url.database and url.database != ":memory:":
        folder = Path(url.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"Cannot create {folder}: {err.strerror or err}") from None
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @sa.event.listens_for(engine, "connect")
    def _settings(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None  # we say when transactions begin
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def migrate(store: Store) -> None:
    """Bring the store to the newest schema (Alembic, with the scripts shipped in the
    package), in one transaction that other processes opening the store wait for."""
    config = Config()
    config.set_main_option("script_location", str(resources.files("timeline.store") / "migrations"))
    with store.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.select(sa.func.pg_advisory_xact_lock(_MIGRATION_LOCK)))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _reason(err: sa.exc.SQLAlchemyError) -> str:
    """The driver's own words, without SQLAlchemy's statement dump and link."""
    original = getattr(err, "orig", None)
    return str(original or err).splitlines()[0]
