"""A ``Digest`` → ``digest.html`` (self-contained), ``digest.pdf`` (WeasyPrint, A4), ``digest.md`` and PNGs.

Templates are Jinja2 with autoescape on for HTML, so text quoted from reports is always shown as text. The
Markdown environment escapes every value through ``finalize`` (the same guarantee for Markdown renderers).
Images are written beside the files; the HTML and the PDF embed them as data URIs, the Markdown links them.
The PDF is laid out from the print edition of the same template (``paper=True``): the same content in fewer
table cells and inline boxes, since WeasyPrint's time grows with every box it lays out (bench/README.md).
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from mesint.errors import InputError
from mesint.publish.digest import Digest, Timings, stage

HTML_NAME, PDF_NAME, MD_NAME = "digest.html", "digest.pdf", "digest.md"
MAP_NAME, TIMELINE_NAME = "map.png", "timeline.png"


@dataclass(frozen=True, slots=True)
class Image:
    """An image the digest shows: its file in the output folder and its caption."""

    name: str
    caption: str
    path: Path

    def data_uri(self) -> Markup:
        data = base64.b64encode(self.path.read_bytes()).decode("ascii")
        return Markup(f"data:image/png;base64,{data}")


@dataclass(frozen=True, slots=True)
class DigestFiles:
    html: Path
    pdf: Path | None
    markdown: Path
    images: tuple[Path, ...]


def _html_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mesint.publish", "templates"),
        autoescape=True,  # every report quote, place and actor is text, never markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["fig"] = _fig_text
    return env


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(value: Any) -> str:
    """Text safe inside Markdown (also inside a table cell): specials backslash-escaped, newlines spaced."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mesint.publish", "templates"),
        autoescape=False,
        finalize=md_escape,  # every {{ value }} is escaped; write Markup(...) for trusted Markdown
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["fig"] = _fig_text
    env.filters["raw"] = Markup
    return env


def _fig_text(value: Any) -> str:
    return value.text if value is not None else "–"


def write_images(digest: Digest, out_dir: Path) -> list[Image]:
    """The map, its hot-spot insets and the timeline; none for an empty period."""
    if digest.empty:
        return []
    from mesint.publish.charts import render_timeline
    from mesint.publish.maps import find_hotspots, render_inset, render_region_map

    figures = []
    located = [i for i in digest.incidents if i.lat is not None and i.lon is not None]
    spots = find_hotspots(located)
    if located:
        render_region_map(located, out_dir / MAP_NAME, spots)
        unlocated = len(digest.incidents) - len(located)
        caption = f"{len(located)} located events by type, sized by killed; dashed circles: location uncertainty"
        if unlocated:
            caption += f"; {unlocated} events without coordinates are not shown"
        if spots:
            caption += "; numbered frames: hot spots, enlarged below"
        figures.append(Image(MAP_NAME, caption + ".", out_dir / MAP_NAME))
    for n, spot in enumerate(spots, 1):
        name = f"map-hotspot-{n}.png"
        render_inset(spot, n, located, out_dir / name)
        figures.append(Image(name, f"Hot spot {n}: around {spot.name}.", out_dir / name))
    render_timeline(digest.by_day, out_dir / TIMELINE_NAME)
    figures.append(Image(TIMELINE_NAME, "Events per day by type.", out_dir / TIMELINE_NAME))
    return figures


def _context(
    digest: Digest, figures: list[Image], generated: dt.datetime | None, *, paper: bool = False
) -> dict[str, Any]:
    maps = [f for f in figures if f.name.startswith("map")]
    return {
        "d": digest,
        "paper": paper,
        "main_map": maps[0] if maps else None,
        "insets": maps[1:],
        "timeline": next((f for f in figures if f.name == TIMELINE_NAME), None),
        "generated": generated,
        "kinds": {"assessment": "Assessments", "statement": "Statements", "forecast": "Forecasts"},
    }


def render_html(
    digest: Digest, figures: list[Image], generated: dt.datetime | None = None, *, paper: bool = False
) -> str:
    """The digest as HTML; ``paper`` gives the print edition that the PDF is laid out from (the same content,
    its compact tables in fewer, wider columns and every table with fixed column widths)."""
    return _html_env().get_template("digest.html.j2").render(**_context(digest, figures, generated, paper=paper))


def render_markdown(digest: Digest, figures: list[Image], generated: dt.datetime | None = None) -> str:
    return _md_env().get_template("digest.md.j2").render(**_context(digest, figures, generated))


def render_pdf(html: str, path: Path, base: Path) -> Path:
    """The HTML through WeasyPrint; its print stylesheet sets A4 pages, running headers and page numbers."""
    import weasyprint

    weasyprint.HTML(string=html, base_url=str(base)).write_pdf(path)
    return path


def write_digest(
    digest: Digest,
    out_dir: Path,
    *,
    pdf: bool = True,
    generated: dt.datetime | None = None,
    timings: Timings | None = None,
) -> DigestFiles:
    """Write the digest's files into ``out_dir`` (created when missing) and return their paths; ``timings``,
    when given, receives each stage's wall and CPU seconds (images, html, markdown, pdf)."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir}: is a file; --out takes a folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("map-hotspot-*.png"):  # a rerun with fewer hot spots leaves no orphans
        stale.unlink()
    with stage(timings, "images"):
        figures = write_images(digest, out_dir)
    with stage(timings, "html"):
        (out_dir / HTML_NAME).write_text(render_html(digest, figures, generated), encoding="utf-8")
    with stage(timings, "markdown"):
        (out_dir / MD_NAME).write_text(render_markdown(digest, figures, generated), encoding="utf-8")
    pdf_path = None
    if pdf:
        with stage(timings, "pdf"):
            paper = render_html(digest, figures, generated, paper=True)
            pdf_path = render_pdf(paper, out_dir / PDF_NAME, out_dir)
    return DigestFiles(
        html=out_dir / HTML_NAME,
        pdf=pdf_path,
        markdown=out_dir / MD_NAME,
        images=tuple(f.path for f in figures),
    )
