"""Pure Python domain: vocabularies, text folding, opening hours, entities, rules. No Qt, no SQL."""
