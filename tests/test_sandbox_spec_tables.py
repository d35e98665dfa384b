"""The sandbox's hand-written request-body tables (`validation.BODIES`) against the vendor spec.

Every field a table declares must exist in the operation's request body with a compatible
type and the same enum; a field the table requires must be required by the spec, and
wherever the table spells out an object's fields, every field the spec requires must be
there and required. So the sandbox can neither invent a field nor drift from the spec.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from kiosk_app.sandbox import validation
from kiosk_app.sandbox.validation import BODIES, F
from tests.spec_check import SPEC_PATH

KINDS = {"str": "string", "int": "integer", "num": "number", "bool": "boolean", "obj": "object",
         "list": "array"}


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC_PATH.open(encoding="utf-8") as file:
        return yaml.load(file, Loader=loader)


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """The schema behind `$ref`s, with `allOf` parts merged."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    if "allOf" in node:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in (resolve(spec, p) for p in node["allOf"]):
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged
    return node


def request_schema(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation = spec["paths"][path][method.lower()]
    body = resolve(spec, operation["requestBody"])
    return resolve(spec, body["content"]["application/json"]["schema"])


def drift(spec: dict[str, Any], table: dict[str, F], schema: dict[str, Any], where: str
          ) -> Iterator[str]:
    """Every way `table` (the fields of one object) disagrees with the spec's `schema`."""
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    for name, field in table.items():
        path = f"{where}.{name}"
        if name not in properties:
            yield f"{path}: not in the spec"
            continue
        yield from field_drift(spec, field, resolve(spec, properties[name]), path)
        if field.required and name not in required:
            yield f"{path}: required here, optional in the spec"
    for name in sorted(required - {n for n, f in table.items() if f.required}):
        yield f"{where}.{name}: required by the spec, not here"


def field_drift(spec: dict[str, Any], field: F, schema: dict[str, Any], path: str
                ) -> Iterator[str]:
    if schema.get("type") != KINDS[field.kind]:
        yield f"{path}: {field.kind} here, {schema.get('type')} in the spec"
        return
    spec_enum = schema.get("enum")
    if field.kind != "bool" and set(field.enum or ()) != set(spec_enum or ()):
        yield f"{path}: enum {field.enum} here, {spec_enum} in the spec"
    if field.kind == "obj" and field.fields is not None:
        yield from drift(spec, field.fields, schema, path)
    if field.kind == "list" and field.items is not None:
        yield from field_drift(spec, field.items, resolve(spec, schema.get("items", {})), f"{path}[]")


@pytest.mark.parametrize(("method", "path"), list(BODIES))
def test_request_table_matches_the_spec(spec: dict[str, Any], method: str, path: str) -> None:
    problems = list(drift(spec, BODIES[method, path], request_schema(spec, method, path), "body"))
    assert not problems, f"{method} {path}:\n" + "\n".join(problems)


def test_every_table_is_checked() -> None:
    """A body table added to validation.py must be an operation's body in BODIES, or part of one."""
    checked: set[int] = set()

    def walk(fields: dict[str, F]) -> None:
        checked.add(id(fields))
        for field in fields.values():
            for inner in (field, field.items):
                if inner is not None and inner.fields is not None:
                    walk(inner.fields)

    for table in BODIES.values():
        walk(table)
    public = {name: value for name, value in vars(validation).items()
              if name.isupper() and not name.startswith("_") and isinstance(value, dict)
              and value and all(isinstance(f, F) for f in value.values())}
    assert public and [name for name, table in public.items() if id(table) not in checked] == []


def test_the_check_catches_drift(spec: dict[str, Any]) -> None:
    """The check has teeth: an invented field, a changed type, a lost enum value all fail."""
    method, path = "POST", "/purchases/actions/accept-payment"
    schema = request_schema(spec, method, path)
    table = BODIES[method, path]
    assert not list(drift(spec, table, schema, "body"))
    invented = {**table, "loyalty_bonus": F("num")}
    retyped = {**table, "cashdesk_number": F("str", True)}
    narrowed = {**table, "payment_type": dataclasses.replace(table["payment_type"], enum=("S", "A"))}
    bill = table["bill"]
    assert bill.fields is not None
    deep = {**table, "bill": dataclasses.replace(bill, fields={**bill.fields, "tip": F("num")})}
    loosened = {**table, "store_id": F("str")}
    for broken, expected in ((invented, "body.loyalty_bonus: not in the spec"),
                             (retyped, "body.cashdesk_number: str here, integer in the spec"),
                             (narrowed, "body.payment_type: enum"),
                             (deep, "body.bill.tip: not in the spec"),
                             (loosened, "body.store_id: required by the spec, not here")):
        problems = list(drift(spec, broken, schema, "body"))
        assert any(p.startswith(expected) for p in problems), (expected, problems)
