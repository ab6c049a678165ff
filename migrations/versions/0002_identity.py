"""Identity and shared state: login sessions, passkeys, staff accounts, login policy, store.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 16:59:14.336019
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stored_values",
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_stored_values")),
    )
    with op.batch_alter_table("stored_values", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stored_values_expires_at"), ["expires_at"], unique=False
        )

    op.create_table(
        "login_policies",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("step_up_views", sa.JSON(), nullable=False),
        sa.Column("step_up_minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_login_policies_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("municipality_id", name=op.f("pk_login_policies")),
    )
    op.create_table(
        "passkey_users",
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("user_handle", sa.LargeBinary(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_people.id"],
            name=op.f("fk_passkey_users_young_person_id_young_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("young_person_id", name=op.f("pk_passkey_users")),
        sa.UniqueConstraint("user_handle", name=op.f("uq_passkey_users_user_handle")),
    )
    op.create_table(
        "passkeys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("credential_id", sa.LargeBinary(length=1024), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("sign_count", sa.Integer(), nullable=False),
        sa.Column("transports", sa.JSON(), nullable=False),
        sa.Column("device_name", sa.String(length=100), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("counter_regressed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_people.id"],
            name=op.f("fk_passkeys_young_person_id_young_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_passkeys")),
        sa.UniqueConstraint("credential_id", name=op.f("uq_passkeys_credential_id")),
    )
    with op.batch_alter_table("passkeys", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_passkeys_young_person_id"), ["young_person_id"], unique=False
        )

    op.create_table(
        "login_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "anonymous",
                "young_person",
                "staff",
                name="sessionkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("young_person_id", sa.Integer(), nullable=True),
        sa.Column("staff_member_id", sa.Integer(), nullable=True),
        sa.Column(
            "auth_method",
            sa.Enum(
                "mitid",
                "passkey",
                "staff_oidc",
                name="authmethod",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("passkey_id", sa.Integer(), nullable=True),
        sa.Column("mitid_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pending", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_member_id"],
            ["staff_members.id"],
            name=op.f("fk_login_sessions_staff_member_id_staff_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["passkey_id"],
            ["passkeys.id"],
            name=op.f("fk_login_sessions_passkey_id_passkeys"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_people.id"],
            name=op.f("fk_login_sessions_young_person_id_young_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_login_sessions_token_hash")),
    )
    with op.batch_alter_table("login_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_sessions_expires_at"), ["expires_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_login_sessions_passkey_id"), ["passkey_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_login_sessions_staff_member_id"), ["staff_member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_login_sessions_young_person_id"), ["young_person_id"], unique=False
        )

    op.create_table(
        "staff_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("issuer", sa.String(length=500), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "caseworker",
                "administrator",
                name="staffrole",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_member_id"],
            ["staff_members.id"],
            name=op.f("fk_staff_accounts_staff_member_id_staff_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_accounts")),
        sa.UniqueConstraint("issuer", "subject", name=op.f("uq_staff_accounts_issuer_subject")),
        sa.UniqueConstraint("staff_member_id", name=op.f("uq_staff_accounts_staff_member_id")),
    )


def downgrade() -> None:
    op.drop_table("staff_accounts")
    with op.batch_alter_table("login_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_sessions_young_person_id"))
        batch_op.drop_index(batch_op.f("ix_login_sessions_staff_member_id"))
        batch_op.drop_index(batch_op.f("ix_login_sessions_passkey_id"))
        batch_op.drop_index(batch_op.f("ix_login_sessions_expires_at"))

    op.drop_table("login_sessions")
    with op.batch_alter_table("passkeys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_passkeys_young_person_id"))

    op.drop_table("passkeys")
    op.drop_table("passkey_users")
    op.drop_table("login_policies")
    with op.batch_alter_table("stored_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stored_values_expires_at"))

    op.drop_table("stored_values")
