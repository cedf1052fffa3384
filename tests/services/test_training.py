"""The sample lives in a training record of its own and never reaches the Secretariat."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from liaison.services.app import Liaison
from liaison.services.sample import (
    NotATrainingRecord,
    has_sample,
    load_sample_data,
    open_training,
    remove_training,
    training_dir,
)
from liaison.sync import SyncClient, TokenStore, TrainingRecordError
from tests.sync.conftest import MemoryKeyring


def outbox(app: Liaison) -> int:
    with app.store.read() as session:
        return int(session.execute(text("SELECT count(*) FROM outbox")).scalar_one())


def test_the_sample_is_refused_in_the_officers_own_record(app: Liaison) -> None:
    app.contacts.create({"name": "Aibek Dzhaksybekov"})
    with pytest.raises(NotATrainingRecord) as refused:
        load_sample_data(app)
    assert str(app.data_dir) in refused.value.message()
    assert app.events.count() == 0 and app.contacts.count() == 1
    assert not app.settings.is_training()


def test_loading_twice_adds_nothing_the_second_time(data_dir: Path) -> None:
    with open_training(data_dir) as training:
        assert training.data_dir == training_dir(data_dir)
        first = load_sample_data(training)
        events = training.events.count()
        second = load_sample_data(training)
        assert sum(first.values()) > 200
        assert set(second.values()) == {0}
        assert training.events.count() == events  # before: a second load doubled every record
        assert has_sample(training)


def test_a_training_record_has_nothing_to_send_and_refuses_to_sync(data_dir: Path) -> None:
    with open_training(data_dir) as training:
        load_sample_data(training)
        assert training.settings.is_training()
        assert outbox(training) == 0  # what the services queued while loading is gone
        client = SyncClient(training, tokens=TokenStore(MemoryKeyring()))
        with pytest.raises(TrainingRecordError):
            client.login("https://127.0.0.1:9", "aigerim", "secret")
        with pytest.raises(TrainingRecordError):
            client.sync()
        training.contacts.create({"name": "Someone typed in training"})
        with pytest.raises(TrainingRecordError):
            client.sync()  # a later edit queues a change, which still never leaves
    with Liaison.open(data_dir) as own:
        assert own.events.count() == 0 and not own.settings.is_training()  # the real record untouched


def test_an_empty_folder_loaded_directly_becomes_a_training_record(app: Liaison) -> None:
    load_sample_data(app)  # what the test fixtures do: the folder is marked, so it never syncs
    assert app.settings.is_training()
    with pytest.raises(TrainingRecordError):
        SyncClient(app, tokens=TokenStore(MemoryKeyring())).sync()


def test_removing_the_training_record_deletes_its_folder_only(data_dir: Path) -> None:
    with Liaison.open(data_dir) as own:
        own.contacts.create({"name": "Kept"})
    with open_training(data_dir) as training:
        load_sample_data(training)
    assert remove_training(data_dir)
    assert not training_dir(data_dir).exists()
    assert not remove_training(data_dir)
    with Liaison.open(data_dir) as own:
        assert own.contacts.count() == 1
