"""The officer's institution on the server as a record here (a step of the first syncs)."""

from __future__ import annotations

from sqlalchemy import Table, false, select

from liaison.protocol import constants as c
from liaison.services.app import Liaison
from liaison.services.settings import HOME_INSTITUTION
from liaison.sync import state


def ensure_institution(app: Liaison, connection: state.Connection) -> bool:
    """Make sure the officer's institution on the server is a record here, with the
    server's id, so that the owner of records (which the server sets) names a record, and
    make it the home institution when none is set. Made once, after the first pull found
    no such record (another officer of the institution may have made it already)."""
    institution = connection.institution
    if not institution or not institution.get("id"):
        return False
    table = app.institutions.table
    assert isinstance(table, Table)
    with app.store.read() as session:
        found = session.execute(select(table.c.id).where(table.c.id == institution["id"])).first()
        home = app.settings.get_in(session, HOME_INSTITUTION)
    if found is not None and home:
        return False  # the usual case: nothing to write
    created = False
    with app.store.write() as session:
        found = session.execute(select(table.c.id).where(table.c.id == institution["id"])).first()
        if found is None:
            app.institutions.create_in(
                session,
                {
                    "name": institution.get("name") or institution["id"],
                    "state_code": institution.get("state"),
                    "visibility": c.SHARED,
                },
                record_id=institution["id"],
            )
            created = True
        home = app.settings.get_in(session, HOME_INSTITUTION)
        live = session.execute(
            select(table.c.id).where(table.c.id == home, table.c.deleted == false())
        ).first()
        if not home or live is None:
            app.settings.set_in(session, HOME_INSTITUTION, institution["id"])
    return created
