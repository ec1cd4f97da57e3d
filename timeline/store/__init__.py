"""Curate and keep: projects, their articles and extractions, and the edit log, in a
SQLite file or a shared database (issue 10).

``database`` opens a store (URL, durability settings, migrations), ``models`` holds its
tables, ``edits`` applies the log to a frame (pure pandas), and ``projects`` holds what a
person does: add articles, edit, delete, add, merge, split, undo, redo, re-extract.
"""
