"""The overview's tests run against the same live app and people as the login tests."""

from tests.identity.conftest import (
    browser,
    data_dir,
    live_server,
    live_settings,
    people,
)

__all__ = ["browser", "data_dir", "live_server", "live_settings", "people"]
