"""Use cases: one function per action, each with one short session, returning plain records."""
