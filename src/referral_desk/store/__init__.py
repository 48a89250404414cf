"""Storage: SQLAlchemy models, the database file, migrations and the search index."""
