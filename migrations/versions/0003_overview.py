"""The overview: appointment answers, plan comments and proposals, calendar feeds.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 17:28:54.889135
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_fetched_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_people.id"],
            name=op.f("fk_calendar_feeds_young_person_id_young_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_feeds")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_calendar_feeds_token_hash")),
    )
    with op.batch_alter_table("calendar_feeds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_calendar_feeds_young_person_id"), ["young_person_id"], unique=False
        )

    op.create_table(
        "plan_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column(
            "item_kind",
            sa.Enum(
                "plan",
                "goal",
                "activity",
                "meeting_summary",
                name="planitemkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column(
            "author",
            sa.Enum(
                "young_person", "staff", name="author", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("staff_member_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_member_id"],
            ["staff_members.id"],
            name=op.f("fk_plan_comments_staff_member_id_staff_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_people.id"],
            name=op.f("fk_plan_comments_young_person_id_young_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_comments")),
    )
    with op.batch_alter_table("plan_comments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_comments_item_kind"), ["item_kind", "item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_plan_comments_staff_member_id"), ["staff_member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_plan_comments_young_person_id"), ["young_person_id"], unique=False
        )

    op.create_table(
        "appointment_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column(
            "answer",
            sa.Enum(
                "coming",
                "needs_another_time",
                name="answer",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name=op.f("fk_appointment_answers_appointment_id_appointments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_people.id"],
            name=op.f("fk_appointment_answers_young_person_id_young_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_answers")),
    )
    with op.batch_alter_table("appointment_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointment_answers_appointment_id"),
            ["appointment_id", "answered_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_appointment_answers_young_person_id"), ["young_person_id"], unique=False
        )

    op.create_table(
        "plan_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "goal", "activity", name="proposalkind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "accepted",
                "declined",
                name="proposalstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("proposed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["answered_by_id"],
            ["staff_members.id"],
            name=op.f("fk_plan_proposals_answered_by_id_staff_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_proposals_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_people.id"],
            name=op.f("fk_plan_proposals_young_person_id_young_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_proposals")),
    )
    with op.batch_alter_table("plan_proposals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_proposals_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_proposals_young_person_id"), ["young_person_id"], unique=False
        )

    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sequence", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_column("sequence")

    with op.batch_alter_table("plan_proposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_proposals_young_person_id"))
        batch_op.drop_index(batch_op.f("ix_plan_proposals_plan_id"))

    op.drop_table("plan_proposals")
    with op.batch_alter_table("appointment_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_answers_young_person_id"))
        batch_op.drop_index(batch_op.f("ix_appointment_answers_appointment_id"))

    op.drop_table("appointment_answers")
    with op.batch_alter_table("plan_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_comments_young_person_id"))
        batch_op.drop_index(batch_op.f("ix_plan_comments_staff_member_id"))
        batch_op.drop_index(batch_op.f("ix_plan_comments_item_kind"))

    op.drop_table("plan_comments")
    with op.batch_alter_table("calendar_feeds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_feeds_young_person_id"))

    op.drop_table("calendar_feeds")
