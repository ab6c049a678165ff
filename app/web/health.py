"""A health check for load balancers and monitoring: is the database reachable?"""

from __future__ import annotations

from litestar import Response, get
from litestar.di import NamedDependency
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession


@get("/healthz", cache_control=None)
async def health(db_session: NamedDependency[AsyncSession]) -> Response[dict[str, str]]:
    try:
        await db_session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return Response({"database": "unreachable"}, status_code=HTTP_503_SERVICE_UNAVAILABLE)
    return Response({"database": "ok"}, status_code=HTTP_200_OK)
