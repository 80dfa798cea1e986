"""French temporal expressions: calendar words, publication dates, event dates."""
