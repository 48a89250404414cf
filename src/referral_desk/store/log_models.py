"""SQLAlchemy models of the referral log: referrals and the bodies referred to, no person data."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from referral_desk.store.models import Base, Uuid


class Referral(Base):
    """One referral as the post made it: what was decided, never who the person is."""

    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_created_at", "created_at"),)

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    post: Mapped[str] = mapped_column(Text)
    caseworker: Mapped[str] = mapped_column(Text)
    assessment: Mapped[str] = mapped_column(String(32))
    age_group: Mapped[str] = mapped_column(String(8))  # child (or presumed child) / adult
    case_type: Mapped[str] = mapped_column(String(32))  # e.g. own_national_abroad, asylum_seeker
    purposes: Mapped[str] = mapped_column(Text, default="")  # space-separated codes
    urgent: Mapped[str] = mapped_column(Text, default="")  # space-separated codes
    country: Mapped[str] = mapped_column(String(2))  # where the person was met
    directory_version: Mapped[str] = mapped_column(String(64), default="")
    directory_published: Mapped[date | None] = mapped_column(Date, nullable=True)
    rules_version: Mapped[str] = mapped_column(String(64), default="")
    pathway_json: Mapped[str] = mapped_column(Text, default="{}")  # steps and texts, for reprints

    bodies: Mapped[list[ReferralBody]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", order_by="ReferralBody.position"
    )


class ReferralBody(Base):
    """A body the referral went to, with the follow-up the Bulgarian SOP asks for."""

    __tablename__ = "referral_body"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    referral_id: Mapped[str] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    step: Mapped[int] = mapped_column(Integer, default=0)  # 1-based step of the pathway
    record_id: Mapped[str] = mapped_column(Uuid, index=True)  # directory record (may be gone later)
    record_name: Mapped[str] = mapped_column(Text)  # as printed, in English
    role: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(
        String(16), index=True
    )  # referred/accepted/declined/no_answer
    feedback: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)  # UTC

    referral: Mapped[Referral] = relationship(back_populates="bodies")
