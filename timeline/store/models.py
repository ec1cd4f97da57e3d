"""The store's tables: projects, their articles, each article's extraction, and the edit log.

SQLAlchemy Core tables, the one description of the schema that code and migrations share
(``migrations/versions`` creates exactly these). An extraction is kept whole, as the
Parquet bytes of its frame: every dtype survives (microsecond times in the article's
zone, lists, dicts), it loads in one read, and it is replaced whole on re-extraction,
while the edits, which point at event ids, stay untouched in their own table.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

projects = sa.Table(
    "projects",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("project_id", sa.Integer, sa.ForeignKey("projects.id"), nullable=False),
    sa.Column("doc_id", sa.String(200), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    # ISO 8601 with the article's own offset, so the moment and its offset both survive.
    sa.Column("published", sa.String(64), nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("project_id", "doc_id", name="uq_articles_project_doc"),
)

extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("frame", sa.LargeBinary, nullable=False),
    sa.Column("events", sa.Integer, nullable=False),
    sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
)

edits = sa.Table(
    "edits",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("project_id", sa.Integer, sa.ForeignKey("projects.id"), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Column("session", sa.String(200), nullable=False, server_default=""),
    sa.Column("op", sa.String(16), nullable=False),
    sa.Column("event_id", sa.String(200), nullable=False, server_default=""),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("target", sa.Integer, sa.ForeignKey("edits.id"), nullable=True),
    sa.Index("ix_edits_project", "project_id", "id"),
)
