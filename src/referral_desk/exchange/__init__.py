"""File formats <-> domain objects, with no database and no Qt.

Read and checked: the directory file, HSDS 3.0 (JSON and tabular packages),
workbooks (XLSX, ODS, CSV), case files, signed directory updates with their
keys and key statements. Written: HSDS 3.0, workbooks, vCards, pathways as
JSON, and signed updates.
"""
