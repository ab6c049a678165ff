"""Column building blocks shared by the common model's tables."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.database import AwareDateTime, utc_now


class Source(enum.StrEnum):
    """Where a row came from (kilde)."""

    UDB = "udb"  # Ungedatabasen, STIL
    SDI = "sdi"  # Sags- og Dokumentindekset, KOMBIT
    DFDG = "dfdg"  # Det Fælles Datagrundlag, STAR
    UNO_UNG = "uno_ung"  # EG Uno Ung plan system
    UVVEJ = "uvvej"  # KMD UVVej plan system
    UNGEOVERBLIK = "ungeoverblik"  # written in this app by a young person or staff
    DEMO = "demo"  # the demo data generator


# How a young person would name each source.
SOURCE_NAMES = {
    Source.UDB: "Ungedatabasen",
    Source.SDI: "kommunens sagssystem",
    Source.DFDG: "Jobcentret",
    Source.UNO_UNG: "Uddannelsesvejledningen",
    Source.UVVEJ: "Uddannelsesvejledningen",
    Source.UNGEOVERBLIK: "Ungeoverblik",
    Source.DEMO: "demo-data",
}


def source_name(source: Source) -> str:
    return SOURCE_NAMES[source]


def enum_column(enum_type: type[enum.StrEnum]) -> Enum:
    """Store a StrEnum by its value, checked by the database on both backends."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_type),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Identified:
    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-100)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utc_now, sort_order=100)
    updated_at: Mapped[datetime] = mapped_column(
        AwareDateTime, default=utc_now, onupdate=utc_now, sort_order=100
    )


class Provenance:
    """Where a row that can come from outside was fetched, and when.

    `source_id` is the row's id at the source; rows written in this app have none.
    The pair (source, source_id) is unique per table, so a sync updates in place.
    """

    source: Mapped[Source] = mapped_column(enum_column(Source), sort_order=90)
    source_id: Mapped[str | None] = mapped_column(String(200), sort_order=90)
    fetched_at: Mapped[datetime | None] = mapped_column(AwareDateTime, sort_order=90)


def provenance_unique() -> UniqueConstraint:
    """The constraint every table with provenance carries: one row per source id."""
    return UniqueConstraint("source", "source_id")
