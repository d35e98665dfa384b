"""Qt-free logic between the screens and the client: checkout session, bill math, scanning."""
