"""Every module that defines tables, imported once, so `metadata` knows them all.

Alembic and the tests read the schema from here; add a feature's models module to
this list when it gets one.
"""

import app.identity.models
import app.model
import app.overview.models
import app.web.store  # noqa: F401
from app.database import Base

metadata = Base.metadata
