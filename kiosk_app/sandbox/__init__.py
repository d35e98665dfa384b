"""The embedded CareCloud sandbox: a real HTTP server on loopback with seeded demo data."""
