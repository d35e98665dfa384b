"""The till's rules, Qt-free and without I/O: the checkout and its bill, quotes, receipts,
what a scanned code is and what a scan does where, contacts, cooldowns, the staff PIN.
Everything here is a pure function or a state object changed only through its intents."""
