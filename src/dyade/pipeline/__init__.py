"""dyade's spaCy components: actors, events, and claims (counts and quotations)."""
