"""The Jinja2 environment every page shares."""

from __future__ import annotations

from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig

from app.model.columns import source_name
from app.web.assets import TEMPLATES_DIR, Assets
from app.web.danish_time import clock, danish_date, day_in_words, when_in_words


def template_config(assets: Assets) -> TemplateConfig[JinjaTemplateEngine]:
    def configure(engine: JinjaTemplateEngine) -> None:
        environment = engine.engine
        environment.add_extension("jinja2.ext.i18n")
        # Danish is the source language; the catalogues arrive with translations.
        environment.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
        environment.globals["asset"] = assets.url
        environment.globals["asset_version"] = assets.version
        environment.filters["danish_date"] = danish_date
        environment.globals["when_in_words"] = when_in_words
        environment.globals["day_in_words"] = day_in_words
        environment.globals["clock"] = clock
        environment.globals["source_name"] = source_name

    return TemplateConfig(
        directory=TEMPLATES_DIR,
        engine=JinjaTemplateEngine,
        engine_callback=configure,
    )
