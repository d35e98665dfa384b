"""Synthetic bulk data for trying the app (and the sandbox) at a real retailer's size.

`rows(n)` yields, for N, N products and 5×N customers, each with a card, a points
record and every fourth a voucher, as rows for the store's tables. It is deterministic
(random generators seeded from N, fixed dates), so the same N always gives the same data, and
it never collides with the demo data: PLU codes from 100000, customer ids `sc-…`,
card numbers starting 25 or 35, voucher codes of ten digits starting 8.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from kiosk_app.money import money
from kiosk_app.sandbox.text import fold

CUSTOMERS_PER_PRODUCT = 5
FIRST_PLU = 100_000
_EUR_PER_CZK = Decimal(1) / 25

# (group id, Czech, English): product groups and the nouns their names start with
_GROUPS = (
    ("g-tea", "Čaj", "Tea"), ("g-coffee-beans", "Káva zrnková", "Coffee beans"),
    ("g-chocolate", "Čokoláda", "Chocolate"), ("g-biscuits", "Sušenky", "Biscuits"),
    ("g-juice", "Džus", "Juice"), ("g-water", "Voda", "Water"), ("g-cake", "Dort", "Cake"),
    ("g-bread", "Chléb", "Bread"), ("g-cheese", "Sýr", "Cheese"), ("g-yoghurt", "Jogurt", "Yoghurt"),
    ("g-honey", "Med", "Honey"), ("g-jam", "Džem", "Jam"), ("g-pasta", "Těstoviny", "Pasta"),
    ("g-rice", "Rýže", "Rice"), ("g-syrup", "Sirup", "Syrup"), ("g-muesli", "Müsli", "Muesli"),
    ("g-nuts", "Ořechy", "Nuts"), ("g-candles", "Svíčka", "Candle"), ("g-cups", "Šálek", "Cup"),
    ("g-teapots", "Konvice", "Teapot"),
)
# (Czech, English) varieties, as shelf labels name them
_VARIETIES = (
    ("máta", "mint"), ("citron", "lemon"), ("jahoda", "strawberry"), ("kakao", "cocoa"),
    ("mléko", "milk"), ("ovoce", "fruit"), ("bylinky", "herbs"), ("med", "honey"),
    ("skořice", "cinnamon"), ("vanilka", "vanilla"), ("lískový oříšek", "hazelnut"),
    ("malina", "raspberry"), ("pomeranč", "orange"), ("zázvor", "ginger"), ("kokos", "coconut"),
    ("višeň", "cherry"), ("švestka", "plum"), ("jablko", "apple"), ("borůvka", "blueberry"),
    ("klasik", "classic"),
)
_SIZES = ("50 g", "100 g", "150 g", "200 g", "250 g", "500 g", "1 kg", "0,33 l", "0,5 l", "1 l",
          "6 ks", "12 ks")
_SIZES_EN = tuple(size.replace(",", ".").replace("ks", "pcs") for size in _SIZES)
_BRANDS = ("Horal", "Zlatý klas", "Vltava", "Krkonoše", "Morava", "Šumava", "Beskyd", "Podskalí",
           "Jizera", "Ohře", "Lipno", "Říp", "Blaník", "Radhošť", "Sněžka", "Děvín", "Pálava",
           "Kokořín", "Křivoklát", "Karlštejn", "Orlík", "Bouzov", "Hukvaldy", "Loket")
_FIRST = {"f": ("Jana", "Marie", "Eva", "Hana", "Anna", "Lenka", "Kateřina", "Lucie", "Věra",
                "Alena", "Petra", "Veronika", "Martina", "Jitka", "Tereza", "Zuzana", "Ivana",
                "Monika", "Michaela", "Barbora", "Emma", "Olivia", "Sophie", "Charlotte"),
          "m": ("Jiří", "Jan", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav",
                "Zdeněk", "Václav", "Michal", "František", "Jakub", "Milan", "Karel", "Lukáš",
                "David", "Ondřej", "Radek", "Oliver", "George", "Harry", "Jack")}
# (male, female) surnames
_LAST = (("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"),
         ("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"),
         ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"),
         ("Němec", "Němcová"), ("Pokorný", "Pokorná"), ("Marek", "Marková"),
         ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Jelínek", "Jelínková"),
         ("Král", "Králová"), ("Růžička", "Růžičková"), ("Beneš", "Benešová"),
         ("Fiala", "Fialová"), ("Sedláček", "Sedláčková"), ("Doležal", "Doležalová"),
         ("Zeman", "Zemanová"), ("Kolář", "Kolářová"), ("Smith", "Smith"), ("Brown", "Brown"),
         ("Wilson", "Wilson"), ("Taylor", "Taylor"), ("Müller", "Müller"))
_LANGUAGES = ("cs",) * 7 + ("en",) * 2 + ("sk",)
_STORES = ("st-prague", "st-brno", "st-bratislava")
_VOUCHER_REWARDS = ("BDAY20", "VOUCH100", "FREEESP")
_FIRST_BIRTHDAY = date(1940, 1, 1)
_BIRTHDAYS = 68 * 365


@dataclass(frozen=True)
class ScaleRows:
    """Row iterators in the store's column order, one per table."""

    products: Iterator[tuple[object, ...]]
    product_names: Iterator[tuple[object, ...]]
    product_prices: Iterator[tuple[object, ...]]
    customers: Iterator[tuple[object, ...]]
    cards: Iterator[tuple[object, ...]]
    points: Iterator[tuple[object, ...]]
    vouchers: Iterator[tuple[object, ...]]


def ean13(body: str) -> str:
    """The 12 digits plus their EAN-13 check digit, as the demo cards' numbers have."""
    total = sum(map(int, body[0::2])) + 3 * sum(map(int, body[1::2]))
    return body + str(-total % 10)


def rows(n: int, languages: tuple[str, ...] = ("cs", "en")) -> ScaleRows:
    """N products and 5×N customers with cards, points and some vouchers (same N, same rows).

    Product names exist in Czech and English; any other project language gets the English
    name. Every table draws from its own generator, so the rows stream into the database
    one at a time, whatever the order the tables are loaded in.
    """
    people = n * CUSTOMERS_PER_PRODUCT
    return ScaleRows(
        products=(row for row, _, _ in _products(n)),
        product_names=_product_names(n, languages),
        product_prices=((row[0], currency, value) for row, _, prices in _products(n)
                        for currency, value in zip(("cur-czk", "cur-eur"), prices, strict=True)),
        customers=_customers(people, random.Random(f"{n}:customers")),
        cards=_cards(people, random.Random(f"{n}:cards")),
        points=_points(people, random.Random(f"{n}:points")),
        vouchers=_vouchers(people, random.Random(f"{n}:vouchers")),
    )


def _products(n: int) -> Iterator[tuple[tuple[object, ...], tuple[str, str, str, str],
                                          tuple[str, str]]]:
    """(row, (Czech name, its fold, English name, its fold), (CZK, EUR price)) per product,
    the same on every run."""
    rand = random.Random(f"{n}:products").random
    folded = {word: fold(word) for words in (*_GROUPS, *_VARIETIES, _BRANDS, _SIZES, _SIZES_EN)
              for word in words}
    for i in range(n):
        group, noun_cs, noun_en = _GROUPS[int(rand() * len(_GROUPS))]
        variety_cs, variety_en = _VARIETIES[int(rand() * len(_VARIETIES))]
        brand = _BRANDS[int(rand() * len(_BRANDS))]
        size = int(rand() * len(_SIZES))
        size_cs, size_en = _SIZES[size], _SIZES_EN[size]
        names = (f"{noun_cs} {variety_cs} {brand} {size_cs}",
                 f"{folded[noun_cs]} {folded[variety_cs]} {folded[brand]} {folded[size_cs]}",
                 f"{noun_en} {variety_en} {brand} {size_en}",
                 f"{folded[noun_en]} {folded[variety_en]} {folded[brand]} {folded[size_en]}")
        czk = Decimal(10 + int(rand() * 990))
        if rand() < 0.3:
            czk -= Decimal("0.10")
        vat = "21" if rand() < 0.2 else "12"
        row = (f"sp-{i:07d}", str(FIRST_PLU + i), group, f"br-{folded[brand].replace(' ', '-')}", vat,
               "pit-goods", 0)
        yield row, names, (str(czk), str(money(czk * _EUR_PER_CZK)))


def _product_names(n: int, languages: tuple[str, ...]) -> Iterator[tuple[object, ...]]:
    for row, (cs, cs_fold, en, en_fold), _ in _products(n):
        for lang in languages:
            yield (row[0], lang, cs, cs_fold) if lang == "cs" else (row[0], lang, en, en_fold)


def _customers(count: int, rng: random.Random) -> Iterator[tuple[object, ...]]:
    rand = rng.random
    folded = {name: fold(name) for names in (*_FIRST.values(), *_LAST) for name in names}
    birthdays = [(_FIRST_BIRTHDAY + timedelta(days=d)).isoformat() for d in range(_BIRTHDAYS)]
    for i in range(count):
        female = rand() < 0.5
        first_names = _FIRST["f" if female else "m"]
        first = first_names[int(rand() * len(first_names))]
        last = _LAST[int(rand() * len(_LAST))][1 if female else 0]
        first_fold, last_fold = folded[first], folded[last]
        email = f"{first_fold}.{last_fold}.{i}@example.net".replace(" ", "")
        phone = f"4207{i:08d}"
        credit = str(10 * (5 + int(rand() * 96))) if rand() < 0.1 else "0"
        yield (f"sc-{i:07d}", first, last, first_fold, last_fold, email, email, phone, phone,
               birthdays[int(rand() * _BIRTHDAYS)], _LANGUAGES[int(rand() * len(_LANGUAGES))],
               _STORES[int(rand() * len(_STORES))], credit, int(rand() >= 0.05))


# the scale data's own card types: their prefixes say which scanned digits are its cards,
# as a real project's card types do
CARD_TYPES = (
    {"card_type_id": "ct-scale", "text_id": "scale", "prefix": "25",
     "name": {"cs": "Karta (velký projekt)", "en": "Card (large project)"}},
    {"card_type_id": "ct-scale-gold", "text_id": "scale_gold", "prefix": "35",
     "name": {"cs": "Zlatá karta (velký projekt)", "en": "Gold card (large project)"}},
)


def _cards(count: int, rng: random.Random) -> Iterator[tuple[object, ...]]:
    rand = rng.random
    for i in range(count):
        gold = rand() < 0.05
        yield (f"sc-card-{i:07d}", ean13(f"{35 if gold else 25}{i:010d}"), f"sc-{i:07d}",
               "ct-scale-gold" if gold else "ct-scale", "2024-01-01 00:00:00", None,
               0 if rand() < 0.03 else 1, None, None, "2025-01-01 00:00:00")


def _points(count: int, rng: random.Random) -> Iterator[tuple[object, ...]]:
    rand = rng.random
    for i in range(count):
        amount = float(int(rand() * 3001))
        yield (f"po-sc-{i:07d}", f"sc-{i:07d}", amount, amount, "2025-01-01 09:00:00",
               "2030-12-31 23:59:59", "seed")


def _vouchers(count: int, rng: random.Random) -> Iterator[tuple[object, ...]]:
    """Every fourth customer has one: mostly valid, a tenth expired, a tenth used."""
    rand = rng.random
    for i in range(0, count, 4):
        kind = rand()
        valid_from, valid_to, applied = "2025-01-01 00:00:00", "2030-12-31 23:59:59", None
        if kind < 0.1:
            valid_from, valid_to = "2024-01-01 00:00:00", "2025-01-31 23:59:59"
        elif kind < 0.2:
            applied = "2025-06-01 10:15:00"
        yield (f"vo-sc-{i:07d}", f"sc-{i:07d}", f"8{i:09d}",
               _VOUCHER_REWARDS[int(rand() * len(_VOUCHER_REWARDS))], valid_from, valid_to,
               applied, valid_from)
