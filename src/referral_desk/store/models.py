"""SQLAlchemy models of the directory, aligned with Open Referral HSDS 3.0.

HSDS tables keep their names and main fields (organization, service, location,
address, service_at_location, contact, phone, schedule, service_area, language,
taxonomy_term, attribute). What this field adds is marked as such: texts in
several languages, liaison contacts, IANA time zones, confidential locations,
verification, populations and referral methods.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Uuid = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DirectoryInfo(Base):
    """The loaded data set: one row (added by Referral Desk)."""

    __tablename__ = "directory_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)  # JSON: the name by language
    version: Mapped[str] = mapped_column(String(64))
    published: Mapped[date] = mapped_column(Date)
    publisher: Mapped[str] = mapped_column(Text)
    sample: Mapped[bool] = mapped_column(Boolean)
    notice_json: Mapped[str] = mapped_column(Text, default="{}")
    loaded_at: Mapped[datetime] = mapped_column(DateTime)
    source_sha256: Mapped[str] = mapped_column(String(64))


class LocalizedText(Base):
    """A name, title or description of a record in one language (added)."""

    __tablename__ = "localized_text"

    owner_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Verification:
    """When a record was last verified, by whom, and its source (added)."""

    verified_at: Mapped[date | None] = mapped_column(Date, nullable=True)
    verified_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str | None] = mapped_column(Text, nullable=True)
    verified_how: Mapped[str | None] = mapped_column(String(16), nullable=True)  # VerifyHow
    verified_note: Mapped[str | None] = mapped_column(Text, nullable=True)


class Versioned:
    """The number of saved edits of a record, for optimistic locking (added)."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Retirable:
    """When a record was retired, by whom and why; retired rows stay but leave the
    directory (added, revision 0011). ``position``: its place in the file, read back
    in that order on both backends."""

    retired_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    retired_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    retired_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class TaxonomyTerm(Base):
    __tablename__ = "taxonomy_term"
    __table_args__ = (UniqueConstraint("taxonomy", "code"),)

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    taxonomy: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(64))


class Organization(Verification, Versioned, Retirable, Base):
    __tablename__ = "organization"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    parent_organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), nullable=True, index=True
    )
    country: Mapped[str] = mapped_column(String(2), index=True)
    own_name: Mapped[str] = mapped_column(Text)
    own_name_lang: Mapped[str] = mapped_column(String(8))
    alternate_names: Mapped[str] = mapped_column(Text, default="")  # one per line
    website: Mapped[str | None] = mapped_column(Text, nullable=True)
    email: Mapped[str | None] = mapped_column(Text, nullable=True)

    parent: Mapped[Organization | None] = relationship(remote_side=[id])
    services: Mapped[list[Service]] = relationship(back_populates="organization")
    locations: Mapped[list[Location]] = relationship(back_populates="organization")
    contacts: Mapped[list[Contact]] = relationship(back_populates="organization")


class Location(Versioned, Retirable, Base):
    __tablename__ = "location"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    timezone: Mapped[str] = mapped_column(String(64))  # IANA name (added)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)  # added
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)

    organization: Mapped[Organization] = relationship(back_populates="locations")
    address: Mapped[Address | None] = relationship(back_populates="location", uselist=False)


class Address(Base):
    __tablename__ = "address"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    location_id: Mapped[str] = mapped_column(
        ForeignKey("location.id", ondelete="CASCADE"), unique=True
    )
    address_1: Mapped[str] = mapped_column(Text)
    address_2: Mapped[str | None] = mapped_column(Text, nullable=True)
    city: Mapped[str] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text, nullable=True)
    postal_code: Mapped[str | None] = mapped_column(Text, nullable=True)
    country: Mapped[str] = mapped_column(String(2))

    location: Mapped[Location] = relationship(back_populates="address")


class Service(Verification, Versioned, Retirable, Base):
    __tablename__ = "service"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str | None] = mapped_column(Text, nullable=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    around_the_clock: Mapped[bool] = mapped_column(Boolean, default=False)  # added
    populations: Mapped[str] = mapped_column(Text, default="")  # space separated (added)
    referral_methods: Mapped[str] = mapped_column(Text, default="")  # space separated (added)
    serves_nationals_of: Mapped[str] = mapped_column(Text, default="")  # space separated
    minimum_age: Mapped[int | None] = mapped_column(Integer, nullable=True)  # HSDS
    maximum_age: Mapped[int | None] = mapped_column(Integer, nullable=True)  # HSDS
    genders: Mapped[str] = mapped_column(Text, default="")  # space separated; empty: everyone
    nationality_status: Mapped[str] = mapped_column(Text, default="")  # national, foreign

    organization: Mapped[Organization] = relationship(back_populates="services")


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"
    __table_args__ = (UniqueConstraint("service_id", "location_id"),)

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"))
    location_id: Mapped[str] = mapped_column(
        ForeignKey("location.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Attribute(Base):
    """HSDS attribute: links a service to a taxonomy term (category, role, population)."""

    __tablename__ = "attribute"
    __table_args__ = (UniqueConstraint("link_id", "taxonomy_term_id"),)

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    link_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"))
    link_type: Mapped[str] = mapped_column(String(32), default="service")
    taxonomy_term_id: Mapped[str] = mapped_column(
        ForeignKey("taxonomy_term.id", ondelete="RESTRICT"), index=True
    )


class ServiceArea(Base):
    __tablename__ = "service_area"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    country: Mapped[str] = mapped_column(String(2), index=True)
    region: Mapped[str | None] = mapped_column(Text, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Contact(Verification, Versioned, Retirable, Base):
    __tablename__ = "contact"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("service.id", ondelete="SET NULL"), nullable=True, index=True
    )
    location_id: Mapped[str | None] = mapped_column(
        ForeignKey("location.id", ondelete="SET NULL"), nullable=True, index=True
    )
    name: Mapped[str | None] = mapped_column(Text, nullable=True)
    department: Mapped[str | None] = mapped_column(Text, nullable=True)
    email: Mapped[str | None] = mapped_column(Text, nullable=True)
    liaison: Mapped[bool] = mapped_column(Boolean, default=False)  # added
    counterpart_country: Mapped[str | None] = mapped_column(String(2), nullable=True)  # added
    counterpart_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL", use_alter=True), nullable=True, index=True
    )  # added
    around_the_clock: Mapped[bool] = mapped_column(Boolean, default=False)  # added

    organization: Mapped[Organization] = relationship(back_populates="contacts")


class Phone(Base):
    __tablename__ = "phone"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    owner_id: Mapped[str] = mapped_column(Uuid, index=True)  # organization, service or contact
    owner_kind: Mapped[str] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(32))  # E.164, or a short code such as 112
    short_code_country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    type: Mapped[str] = mapped_column(String(8))  # RFC 6350: voice, cell, text, fax
    extension: Mapped[str | None] = mapped_column(String(16), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    placeholder: Mapped[bool] = mapped_column(Boolean, default=False)  # cannot be dialled


class Schedule(Base):
    """HSDS schedule, weekly recurrences; times are in the owner's location's zone."""

    __tablename__ = "schedule"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    owner_id: Mapped[str] = mapped_column(Uuid, index=True)  # service, location or contact
    owner_kind: Mapped[str] = mapped_column(String(16))
    freq: Mapped[str] = mapped_column(String(8), default="WEEKLY")
    byday: Mapped[str] = mapped_column(String(32))
    opens_at: Mapped[str] = mapped_column(String(5))
    closes_at: Mapped[str] = mapped_column(String(5))
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Language(Base):
    __tablename__ = "language"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    owner_id: Mapped[str] = mapped_column(Uuid, index=True)  # service or contact
    owner_kind: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


# The tables of the records an editor edits, retires and restores, by kind.
RECORD_TABLES: dict[str, type[Any]] = {
    "organization": Organization,
    "location": Location,
    "service": Service,
    "contact": Contact,
}
