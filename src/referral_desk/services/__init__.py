"""Use cases behind one central object, ``desk.Desk``: plain records out, a notice after a change.

Nothing is imported here, so that the UI can load ``services.changes`` before the database.
"""
