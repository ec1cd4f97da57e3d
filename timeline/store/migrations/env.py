"""Alembic's entry point: migrations run on the connection ``database.open_store`` passes
in, inside its transaction, so two processes opening a new store never both create it."""

from __future__ import annotations

from alembic import context

from timeline.store.models import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
