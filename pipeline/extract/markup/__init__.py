"""Page furniture found by its markup, pruned from the tree before any extractor reads it, and the story's text that
the precise extractor would leave out for its markup alone, set as paragraphs.

Gallery captions, lists of other stories and boxes of teasers read like article text once the markup is gone; the
markup still says what they are. Each kind has its module:

- `captions`: captions and credits beside images, in blocks or as bare lines between `<br>`s;
- `links`: lists and blocks of links, lines of links, pointers to another story, a wiki's edit links and the link
  closing an embedded post;
- `asides`: what stands beside the story and names itself: comment threads, rosters, sign-up and poll forms,
  advertising boxes, a reporter's signature in italics, an author's card or `address`, a side column of service boxes
  and a grid's column narrower than the story's;
- `boxes`: service boxes and calls set in the story's own container, between or after its paragraphs;
- `tables`: tables that lay out the page, made plain blocks, the captions row of a table of pictures, and a data
  table's title;
- `paragraphs`: the story's own text in `div`s, standfirsts and lists, set as paragraphs;
- `lines`: the story's lines written as a block's own text (leads, lines between breaks and after boxes), set as
  paragraphs;
- `page`: what each element holds, measured once, and where the story is, which every rule reads.

The furniture, the story's `div`s, standfirsts and lists are found on the page as it came; then the furniture is taken
out, and the story's text is written as paragraphs, its leads and lines read on the pruned tree.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from pipeline.extract.markup.asides import (
    ad_boxes,
    author_addresses,
    author_cards,
    closing_author_notes,
    comment_threads,
    form_boxes,
    forum_replies,
    grid_side_columns,
    italic_signatures,
    side_columns,
    story_notes,
    unflag_story_wrappers,
)
from pipeline.extract.markup.boxes import boxes_among_paragraphs, calls_after_the_story
from pipeline.extract.markup.captions import bare_image_captions, image_captions
from pipeline.extract.markup.lines import headings_holding_stories
from pipeline.extract.markup.links import edit_links, link_blocks, link_lines, link_lists, pointer_lines, post_links
from pipeline.extract.markup.page import Page, in_page_order, measured, story_holders
from pipeline.extract.markup.paragraphs import bodies_under_headlines, find_story_text, write_story_text
from pipeline.extract.markup.tables import as_blocks, layout_tables, table_captions

RULES = (image_captions, table_captions, link_lists, link_blocks, comment_threads, forum_replies, edit_links,
         form_boxes, link_lines, italic_signatures, author_cards, author_addresses, closing_author_notes, ad_boxes,
         boxes_among_paragraphs, calls_after_the_story, pointer_lines, post_links, side_columns, grid_side_columns,
         story_notes)


def prune_furniture(tree: HtmlElement) -> HtmlElement:
    """The tree without the elements its markup marks as furniture."""
    headings_holding_stories(tree)
    held = measured(tree)
    # The story's holders are found once: the rules that spare them read the same set. The body under a headline's
    # block that holds the story's standfirst is one of them.
    story = story_holders(tree, held)
    page = Page(tree, held, in_page_order(story | bodies_under_headlines(story, held), tree))
    found = [element for rule in RULES for element in rule(page)]
    bare_captions = list(bare_image_captions(page))
    layout = list(layout_tables(page))
    story_text = find_story_text(page)
    for element in found:
        if element.getparent() is not None:
            element.drop_tree()
    for br in bare_captions:
        br.tail = None
    for table in layout:
        as_blocks(table)
    write_story_text(page, story_text)
    unflag_story_wrappers(page)
    return tree
