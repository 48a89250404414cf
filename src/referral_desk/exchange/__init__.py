"""File formats <-> domain objects, with no database and no Qt.

Read and checked: the directory file, HSDS 3.0 (JSON and tabular packages),
case files, signed directory updates with their keys and key statements.
Written: HSDS 3.0, vCards, pathways as JSON, and signed updates.
"""
