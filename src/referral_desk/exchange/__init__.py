"""File formats <-> domain objects: the directory file (read and checked), vCards (written)."""
