"""The till: who is signed in, at which store and cash desk, and in which language — the one
owner of the UI language, which it also sets on the CareCloud client (Accept-Language).

Every change bumps `revision` and tells the subscribers (the windows redraw the header,
reload texts in the new language, or go back to sign-in)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from kiosk_app.api import CareCloudClient, Credentials
from kiosk_app.api import models as m
from kiosk_app.domain.changes import Listeners
from kiosk_app.domain.codes import CardRule
from kiosk_app.domain.reference import Place, ReferenceData
from kiosk_app.domain.refusal import SetupError

PSEUDO = "pseudo"  # pseudo-localisation (testing): CareCloud is asked in English


class Till:
    def __init__(self, client: CareCloudClient, *, external_app_id: str,
                 language: str = "en", store_id: str = "", cashdesk_number: int = 1) -> None:
        self.client = client
        self.external_app_id = external_app_id
        self.store_id = store_id  # from the settings: "" lets the user (or the kiosk's user) say
        self.cashdesk_number = cashdesk_number
        self._user: m.User | None = None
        self._reference = ReferenceData()
        self._place: Place | None = None
        self._language = language
        self.home_language = language  # the cashier's (or the kiosk's own) language
        self._revision = 0
        self._listeners: Listeners[[]] = Listeners()
        client.language = self.api_language

    # --- what screens read -------------------------------------------------------------------

    @property
    def revision(self) -> int:
        return self._revision

    @property
    def user(self) -> m.User | None:
        return self._user

    @property
    def reference(self) -> ReferenceData:
        return self._reference

    @property
    def place(self) -> Place | None:
        return self._place

    @property
    def working(self) -> bool:
        """Signed in with a store and cash desk chosen: sales can be made."""
        return self._place is not None

    @property
    def currency_code(self) -> str:
        return self._place.currency.code if self._place else ""

    @property
    def card_rule(self) -> CardRule:
        return self._reference.card_rule

    @property
    def language(self) -> str:
        return self._language

    @property
    def api_language(self) -> str:
        """What goes out as Accept-Language."""
        return "en" if self._language == PSEUDO else self._language

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        return self._listeners.subscribe(listener)

    def _changed(self) -> None:
        self._revision += 1
        self._listeners.tell()

    # --- intents -----------------------------------------------------------------------------

    def set_language(self, code: str, *, home: bool = False) -> None:
        """The UI language now (`home`: also the one to come back to, the cashier's choice)."""
        if home:
            self.home_language = code
        if code != self._language:
            self._language = code
            self.client.language = self.api_language
            self._changed()

    async def sign_in(self, login: str, password: str) -> ReferenceData:
        """Log in with the user's own CareCloud account, then read the reference data
        concurrently (one more round trip)."""
        self._user = await self.client.login(Credentials(login, password, self.external_app_id))
        await self._load_reference()
        self._changed()
        return self._reference

    async def _load_reference(self) -> None:
        """The small reference lists, concurrently. Products are never listed whole (a
        catalogue may hold hundreds of thousands)."""
        c = self.client
        stores, currencies, languages, ptypes, itypes, ctypes = await asyncio.gather(
            c.get_stores(), c.get_currencies(), c.get_languages(), c.get_purchase_types(),
            c.get_purchase_item_types(), c.get_card_types())
        reference = ReferenceData(stores, currencies, languages, ptypes, itypes, ctypes)
        reference.check()
        self._reference = reference

    def default_store(self) -> str:
        """The settings' store, else the signed-in user's, else the project's first."""
        user_store = self._user.store_id if self._user else None
        stores = self._reference.stores
        return self.store_id or user_store or (stores[0].store_id if stores else "")

    def choose_place(self, store_id: str, cashdesk_number: int) -> Place:
        store = next((s for s in self._reference.stores if s.store_id == store_id), None)
        if store is None:  # a store_id in the settings that this project does not have
            raise SetupError(f"Store {store_id!r} is not in this CareCloud project.")
        self._place = Place(store, cashdesk_number, self._reference.currency_for(store))
        self._changed()
        return self._place

    def sign_out(self) -> None:
        """The user leaves: the till forgets who and where at once (the next one chooses
        again); `end_session` then ends their token with CareCloud."""
        self._user = None
        self._place = None
        self._changed()

    async def end_session(self) -> None:
        await self.client.logout()
