"""Compiled translations (`kiosk_<lang>.qm`, built from `translations/*.ts` by `build`)."""
