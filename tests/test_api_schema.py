"""The HTTP API against its own OpenAPI document, with schemathesis and every check it has (the
`--checks all` of its command line): no 5xx, every status code, content type, header and body
documented and conforming, invalid input refused and valid input accepted.

The app runs in-process (ASGI, no socket) over a small store this module builds: the example
article and the hostile one of tests/web_fixtures.py. Examples per operation are bounded so
`make test` stays quick; derandomized so a failure here is the same failure on the next run.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig

from tests.web_fixtures import build_store
from warta.web.app import create_app

load_all_checks()  # registers the OpenAPI checks, so CHECKS holds all of them
ALL_CHECKS = CHECKS.get_all()  # `--checks all`: not only the checks enabled by default

# JSON Lines is text to the API (the reader splits it); schemathesis sends only the types it
# knows how to serialise, so it is told to send this one as it sends text/plain.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")

# Built when the module is collected, not in a fixture: schemathesis's lazy schema
# (schemathesis.pytest.from_fixture) reads a private attribute of pytest's test items that
# the pytest installed here (9.2) no longer has. The folder goes when the interpreter exits.
STORE = tempfile.TemporaryDirectory(prefix="warta-schema-")
# /api/analyze refuses, by design, a well-formed body in which the reader and the pipeline find no
# article (a JSON object with no text field, text that is only markup): 422 "nothing readable",
# which no schema of the body can foretell. That status is the one allowed for schema-valid data.
CONFIG = SchemathesisConfig.from_dict({"operations": [{
    "include-path": "/api/analyze",
    "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "3xx", "401", "403", "404", "409",
                                                                   "422", "429"]}}}]})
schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(build_store(Path(STORE.name) / "s.db"), max_body=50_000), config=CONFIG)


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=ALL_CHECKS)


def test_schema_covers_every_api_route() -> None:
    # the parametrized test above runs over what the document lists: an API route left out of
    # it (include_in_schema=False) would go untested without a word. Left out by design, and so
    # not tested here: the page (/), the API docs page (/docs) and /static, which serve HTML,
    # scripts and the vendored Swagger UI to a browser, not JSON to a client (tests/test_web.py
    # covers their headers, test_web_browser.py the page itself).
    paths = {operation.path for operation in (result.ok() for result in schema.get_all_operations())}
    assert {"/api/analyze", "/api/articles", "/api/article", "/api/entity", "/api/events", "/api/timeline",
            "/api/network", "/api/export/{fmt}", "/api/counts", "/api/tone", "/api/themes"} == paths
