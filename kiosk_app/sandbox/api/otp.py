"""One-time passwords: a code sent by e-mail or SMS (printed by the sandbox) and checked once."""

from __future__ import annotations

import re

from kiosk_app.api.masking import mask_value
from kiosk_app.sandbox import rules
from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.api.base import ApiBase, ApiRequest, ApiResponse, bad_request, log
from kiosk_app.sandbox.text import digits

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class OtpHandlers(ApiBase):
    """`/one-time-password/actions/send` and `verify`."""

    def otp_send(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.OTP_SEND)
        self._check_app(body["external_application_id"])
        recipient, channel = body["recipient"].strip(), body["communication_channel_id"]
        if channel == 1 and not _EMAIL.match(recipient):
            raise bad_request("recipient", "invalid_value_format", recipient,
                              "Not an e-mail address.")
        if channel == 2:
            if not re.fullmatch(r"\+?[\d ]{9,20}", recipient):
                raise bad_request("recipient", "invalid_value_format", recipient,
                                  "Not a phone number.")
            recipient = digits(recipient)
        code = rules.otp_code(body.get("otp_type", 1))
        request_id = self.store.add_otp(recipient, channel, code, rules.OTP_VALIDITY)
        log.info("OTP sent to %s (request %s)", mask_value(recipient), request_id)
        if self.on_otp:
            self.on_otp(recipient, code, channel)
        return self.ok({"request_id": request_id})

    def otp_verify(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.OTP_VERIFY)
        self._check_app(body["external_application_id"])
        request_id = body["request_id"]
        with self.store.transaction():  # a code works once, even for two tills at a time
            valid = rules.check_otp(self.store.otp(request_id), request_id,
                                    body["verification_code"], self.store.timestamp())
            if valid:
                self.store.use_otp(request_id)
        return self.ok({"is_valid": valid})

    def _check_app(self, app_id: str) -> None:
        if app_id not in self.store.seed["external_applications"]:
            raise bad_request("external_application_id", "not_found", app_id)
