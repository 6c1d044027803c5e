"""The pipeline checks, when it is built, that every component's declared reads are made by the
page stage or by a component before it."""

from __future__ import annotations

import pytest

from warta.pipeline import Pipeline, default_pipeline
from warta.stages.entities import Entities
from warta.stages.events import Events
from warta.stages.sentences import Sentences


def test_the_default_pipeline_is_in_order():
    names = default_pipeline().names
    assert names.index("entities") < names.index("quotes") < names.index("events")


def test_a_component_before_the_layers_it_reads_is_refused_with_its_name():
    with pytest.raises(ValueError, match="'events' reads entities, times, quotes"):
        Pipeline([Sentences(), Events(), Entities()])


def test_every_shipped_component_declares_what_it_reads_and_writes():
    for component in default_pipeline().components:
        assert component.writes, component.name
        assert isinstance(component.reads, tuple), component.name


def test_an_article_already_current_is_skipped_as_its_own_type():
    from warta.model import RawRecord, Skipped

    record = RawRecord(input="a.txt", text="Presiden Prabowo Subianto bertemu warga di Jakarta.", format="text")
    (item,) = default_pipeline().run([record], skip=lambda _id: True)
    assert isinstance(item, Skipped) and item.id
