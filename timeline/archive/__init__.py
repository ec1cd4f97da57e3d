"""A news archive: many articles' events in one dataset on disk, built in parallel and
queried in place.

``build`` fills a dataset from folders, JSON Lines or Parquet on a Dask cluster;
``layout`` is where everything lies and how it is written; ``joins`` joins reports of one
event across the whole archive; ``query`` reads it through DuckDB without loading it.
"""
