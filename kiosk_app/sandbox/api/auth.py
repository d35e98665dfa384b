"""`/users/actions/login` and `logout`: the till's bearer tokens."""

from __future__ import annotations

from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.api.base import ApiBase, ApiRequest, ApiResponse, bad_request


class AuthHandlers(ApiBase):
    """Sign a till user in for a known external application, and out again."""

    def login(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.LOGIN)
        app_id = body.get("user_external_application_id") or ""
        if app_id not in self.store.seed["external_applications"]:
            raise bad_request("user_external_application_id", "not_found", app_id,
                              "Unknown external application.")
        login = body.get("login") or ""
        signed_in = self.store.login(login, body.get("password") or "", app_id)
        if signed_in is None:
            raise bad_request("login", "not_allowed_value", login, "Wrong login or password.")
        token, valid_to, user = signed_in
        return self.ok({"bearer_token": token, "valid_to": valid_to, "user": user})

    def logout(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.LOGOUT)
        self.store.logout(body["bearer_token"])
        return ApiResponse(204)
