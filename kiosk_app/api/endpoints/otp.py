"""One-time passwords: a code sent to the customer's phone or e-mail, and its check."""

from __future__ import annotations

from kiosk_app.api import models as m
from kiosk_app.api.transport import Transport


class Otp(Transport):
    """`/one-time-password`: proving a customer holds the phone or e-mail they gave."""

    async def send_otp(
        self, external_app_id: str, recipient: str, *, channel: int = 2, otp_type: int = 2
    ) -> m.OtpSent:
        """Send a code (channel 1 e-mail, 2 SMS, 4 push, 5 internal; type 1 alnum, 2 numeric)."""
        data = await self.request(
            "POST",
            "one-time-password/actions/send",
            json={
                "external_application_id": external_app_id,
                "communication_channel_id": channel,
                "recipient": recipient,
                "otp_type": otp_type,
            },
        )
        return m.decode(data, m.OtpSent, what="OTP send response")

    async def verify_otp(self, external_app_id: str, request_id: str, code: str) -> bool:
        data = await self.request(
            "POST",
            "one-time-password/actions/verify",
            json={
                "verification_code": code,
                "request_id": request_id,
                "external_application_id": external_app_id,
            },
        )
        return m.decode(data, m.OtpVerified, what="OTP verify response").is_valid
