"""The application layer: use cases that own their state and are the only thing screens
call (till, counter visit, kiosk visit, member services, history, enrolment, unsent
purchases), the outbox and its sender, and the composition root that builds them all
(`services.build`)."""
