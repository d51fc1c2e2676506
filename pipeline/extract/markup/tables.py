"""Tables of the page's layout and of pictures, and a data table's title:

- captions in a table setting pictures side by side: the row of short lines under a row whose every cell is a
  picture alone;
- a data table's title: its `caption`, a short line, or a short line that is no sentence written right over it, the
  two alone in their wrapper (a Sputnik-shaped table block's title). A data table set among the story's paragraphs (a
  fact file, a list of prices) is kept as the story's data, each row a line; its title would be read as the table's
  first row or as a line of the story. (A note under the table is the story's: the team's pages keep a table's note of
  how to read it; a line closed by a colon leading into the table is the story's too.)

Tables that lay out the page rather than hold data (old portals and uCoz sites set the whole page in
them) become plain blocks: a table holding the story or another table, or a table of
one cell (a box drawn round a note, as e-mails and old portals do). Read as
data, each row would come out as one line with its cells joined by "|", the story glued to the menu,
the counters and the footer beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from lxml.html import HtmlElement

from pipeline.extract.markup.page import (
    CAPTION_MAX_CHARS,
    NOTHING,
    Held,
    Page,
    block_text,
    holds_inline_only,
    is_sentence,
    one_column_cells,
    own_text,
)

_CELL_TAGS = ("td", "th")
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", *_CELL_TAGS)
# A table of pictures over their captions is told by its first parts, its rows and sections.
_PICTURE_TABLE_PARTS = 60
# A portal's module box drawn as a table of one column beside the story (PostNuke's and PHP-Nuke's blocks: a title cell
# over the box's lines), read a row to a line as blocks are; it holds no more rows than this.
_MODULE_BOX_ROWS = 12


def table_captions(page: Page) -> Iterator[HtmlElement]:
    """In a table that sets pictures side by side, the row under a row whose every cell is a picture alone (an image,
    no text): the pictures' captions, each cell a short line. In a table of data, its title (`_data_table_title`)."""
    held = page.held
    for table in page.tree.iter("table"):
        yield from _data_table_title(table, page)
        if not held.get(table, NOTHING).image:
            continue
        # The walk gives each level's rows last first: turned round, they are in the page's order.
        rows = [part for part in islice(_own_parts(table), _PICTURE_TABLE_PARTS) if part.tag == "tr"][::-1]
        for above, below in zip(rows, rows[1:], strict=False):
            pictures, captions = _cells_held(above, held), _cells_held(below, held)
            if pictures and captions and all(cell.image and not cell.text for cell in pictures) \
                    and all(0 < cell.text <= CAPTION_MAX_CHARS and not cell.image for cell in captions):
                yield below


def _data_table_title(table: HtmlElement, page: Page) -> Iterator[HtmlElement]:
    """The `caption` opening a table of data, or the line written right over it (`_title_over`), a short line: the
    table's title. Only the table's first child and the one before it are read, and only for a table that is not the
    page's layout (`layout_tables`: it holds the story or another table, or is one cell)."""
    caption = table[0] if len(table) else None
    if caption is None or caption.tag != "caption":
        caption = _title_over(table)
    if caption is None or not 0 < page.held.get(caption, NOTHING).text <= CAPTION_MAX_CHARS:
        return
    if not _lays_out_the_page(table, page):
        yield caption


def _title_over(table: HtmlElement) -> HtmlElement | None:
    """A data table's title written right over it: the one other child of a wrapper holding the two and no text of its
    own (a Sputnik-shaped table block's title `div`), a line of text and inline elements that is no sentence and leads
    into nothing (a line closed by a colon leading into the table is the story's). Only the table's one sibling is
    read."""
    wrapper, title = table.getparent(), table.getprevious()
    if title is None or wrapper is None or len(wrapper) != 2 or title.tag not in ("div", "p") or own_text(wrapper) \
            or (table.tail or "").strip() or not holds_inline_only(title):
        return None
    return None if is_sentence(block_text(title)) else title


def _cells_held(row: HtmlElement, held: dict[HtmlElement, Held]) -> list[Held]:
    """What each cell of the row holds."""
    return [held.get(cell, NOTHING) for cell in row if cell.tag in _CELL_TAGS]


def layout_tables(page: Page) -> Iterator[HtmlElement]:
    """Tables around the story, or around another table, or of one cell: the page's layout, not a table of data."""
    for table in page.tree.iter("table"):
        if _lays_out_the_page(table, page):
            yield table


def _lays_out_the_page(table: HtmlElement, page: Page) -> bool:
    """The table holds the story or another table, or is one cell."""
    return table in page.story or next(table.iterdescendants("table"), None) is not None or _one_cell(table) \
        or _module_box(table, page)


def _module_box(table: HtmlElement, page: Page) -> bool:
    """A table of one column set outside the story's blocks, in a column beside them: an old portal's module box drawn
    as a table (PostNuke's and PHP-Nuke's blocks, a title cell over the box's lines). A table of one column among the
    story's paragraphs is the story's data, or a box the boxes' rules read."""
    parent = table.getparent()
    return parent is not None and parent not in page.story and one_column_cells(table, _MODULE_BOX_ROWS) is not None


def _own_parts(table: HtmlElement) -> Iterator[HtmlElement]:
    """The table and its own sections, rows and cells, each once; the tables inside its cells are not walked."""
    parts = [table]
    while parts:
        part = parts.pop()
        parts.extend(child for child in part if child.tag in _TABLE_PARTS[1:])
        yield part


def _one_cell(table: HtmlElement) -> bool:
    """A table of a single cell is a box drawn round its text (an e-mail's sponsor block, an old portal's note).

    The walk stops as soon as a second cell shows: a table of data stops at its first row.
    """
    cells = (part for part in _own_parts(table) if part.tag in _CELL_TAGS)
    return len(list(islice(cells, 2))) == 1


def as_blocks(table: HtmlElement) -> None:
    """The table, its rows and cells made plain blocks; the tables inside its cells are judged on their own."""
    for part in _own_parts(table):  # a part's children are read before it is renamed
        part.tag = "div"
