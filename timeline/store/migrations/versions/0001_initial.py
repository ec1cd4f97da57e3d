"""Projects, articles, extractions and the edit log.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("project_id", sa.Integer, sa.ForeignKey("projects.id"), nullable=False),
        sa.Column("doc_id", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("published", sa.String(64), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("project_id", "doc_id", name="uq_articles_project_doc"),
    )
    op.create_table(
        "extractions",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("frame", sa.LargeBinary, nullable=False),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "edits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("project_id", sa.Integer, sa.ForeignKey("projects.id"), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("session", sa.String(200), nullable=False, server_default=""),
        sa.Column("op", sa.String(16), nullable=False),
        sa.Column("event_id", sa.String(200), nullable=False, server_default=""),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("target", sa.Integer, sa.ForeignKey("edits.id"), nullable=True),
    )
    op.create_index("ix_edits_project", "edits", ["project_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_edits_project", "edits")
    for table in ("edits", "extractions", "articles", "projects"):
        op.drop_table(table)
