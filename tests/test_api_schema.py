"""Schemathesis over the REST API's OpenAPI schema: generated requests, valid and invalid,
against every operation; no response may be a server error or break the schema.

(`schemathesis.pytest.from_fixture` does not run under pytest 9, so each operation's
strategy is driven with Hypothesis directly.)
"""

from __future__ import annotations

import re

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from tidings.api import create_app
from tidings.api.routes import router

#: Examples per operation and generation mode: every parameter and some bad values, fast.
EXAMPLES = 20
OPERATIONS = sorted(
    (method, re.sub(r":\w+}", "}", route.path))
    for route in router.routes
    for method in route.methods
)


def _can_be_invalid(definition: dict) -> bool:
    """Whether an operation takes a body or a parameter with any constraint to break."""
    return "requestBody" in definition or any(
        set(p.get("schema", {})) - {"type", "title", "description"}
        or p["schema"].get("type") != "string"
        for p in definition.get("parameters", [])
    )


@pytest.fixture(scope="module")
def api_schema(sample_store_path):
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(sample_store_path))


def test_every_operation_is_covered(api_schema):
    documented = {
        (method.upper(), path)
        for path, operations in api_schema.raw_schema["paths"].items()
        for method in operations
    }
    assert documented == set(OPERATIONS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_operation_conforms(api_schema, method, path, mode):
    operation = api_schema[path][method]
    if mode is GenerationMode.NEGATIVE and not _can_be_invalid(operation.definition.raw):
        pytest.skip("every value of this operation's parameters is valid")

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def check(case):
        case.call_and_validate()

    check()
