#!/usr/bin/env python3
"""Builds the project's own .docx fixtures with a real producer (LibreOffice).

    python3 scripts/make-fixtures/make_fixtures.py [--keep-fodt DIR]

Reads the standard text tagged with clause ids (src/template/vng-2.5.3/source/canonical-reference.md, or the
path in $VO_CANONICAL), renders it as Flat ODT (.fodt: headings, paragraphs, nested lists, tables
with header rows, <br> in cells, bold/italic, page breaks, hidden text, tracked changes, comments,
automatic numbering), and lets `libreoffice --headless --convert-to docx` write the .docx files.
Writes test/fixtures/*.docx and test/fixtures/labels.jsonl (same format as
test/fixtures/external/labels.jsonl: {"file","expect","clauses","note"}; a label may carry
"clausesAnyOf" when the contract allows either of several clauses, e.g. a swap of two provisions).

Every variant starts from the same model of the text and changes it the way a user or supplier
would in a word processor. Python standard library only.
"""
from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / 'test' / 'fixtures'
CANONICAL_CANDIDATES = [
    os.environ.get('VO_CANONICAL', ''),
    str(REPO / 'src' / 'template' / 'vng-2.5.3' / 'source' / 'canonical-reference.md'),
]

# ----------------------------------------------------------------------------------------------
# The model: blocks of the canonical text.
# Inline mini-markup inside texts (besides **bold** and *italic* from the canonical file):
#   [[H:text]]    hidden by direct formatting       [[HS:text]]  hidden through character style
#   [[ST:text]]   struck through                    [[WH:text]]  white  [[TY:text]] 1 point
#   [[DEL:text]]  tracked deletion                  [[INS:text]] tracked insertion
#   [[C:comment|anchored text]]  comment on a range [[BR]] line break, "\t" a tab
# ----------------------------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # heading | para | item | table
    clause: str
    text: str = ''
    level: int = 0  # heading level, or list item depth (1-based)
    pagebreak: bool = False
    rows: list = field(default_factory=list)  # table: rows of cells of paragraph texts
    header: bool = False
    style: str = ''  # extra paragraph style hint


def find_canonical() -> Path:
    for candidate in CANONICAL_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    sys.exit('canonical-reference.md not found; set VO_CANONICAL')


def parse_canonical(text: str) -> list[Block]:
    text = re.sub(r'\A\s*<!--(?!\s*clause:).*?-->', '', text, flags=re.S)
    blocks: list[Block] = []
    clause = 'none'
    pagebreak = False
    for raw in re.split(r'\n\s*\n', text):
        lines = [l for l in raw.split('\n') if l.strip() != '']
        rest: list[str] = []
        for line in lines:
            m = re.fullmatch(r'\s*<!--\s*clause:\s*(\S+)\s*-->\s*', line)
            if m:
                clause = m.group(1)
                continue
            if re.fullmatch(r'\s*<!--\s*pagebreak\s*-->\s*', line):
                pagebreak = True
                continue
            rest.append(line)
        if not rest:
            continue
        first = rest[0]
        if re.match(r'#{1,4} ', first):
            m = re.match(r'(#{1,4}) (.*)', first)
            assert m
            blocks.append(Block('heading', clause, m.group(2).strip(), len(m.group(1)), pagebreak))
        elif first.lstrip().startswith('- '):
            for i, line in enumerate(rest):
                m = re.match(r'( *)- (.*)', line)
                assert m, line
                blocks.append(Block('item', clause, m.group(2), len(m.group(1)) // 2 + 1, pagebreak and i == 0))
        elif first.startswith('|'):
            rows = []
            header = False
            for line in rest:
                cells = [c.strip() for c in line.strip().strip('|').split('|')]
                if all(re.fullmatch(r':?-+:?', c) for c in cells):
                    header = len(rows) == 1
                    continue
                rows.append([c.split('<br>') for c in cells])
            blocks.append(Block('table', clause, '', 0, pagebreak, rows, header))
        else:
            blocks.append(Block('para', clause, ' '.join(l.strip() for l in rest), 0, pagebreak))
        pagebreak = False
    return blocks


# ----------------------------------------------------------------------------------------------
# Editing helpers
# ----------------------------------------------------------------------------------------------

class Doc:
    def __init__(self, blocks: list[Block]):
        self.blocks = blocks

    def clone(self) -> 'Doc':
        return Doc(copy.deepcopy(self.blocks))

    def texts(self, clause: str):
        """Yields (setter, text) for every paragraph text of a clause, in order."""
        for b in self.blocks:
            if b.clause != clause:
                continue
            if b.kind == 'table':
                for row in b.rows:
                    for cell in row:
                        for i, t in enumerate(cell):
                            yield (lambda v, cell=cell, i=i: cell.__setitem__(i, v)), t
            else:
                yield (lambda v, b=b: setattr(b, 'text', v)), b.text

    def replace(self, clause: str, old: str, new: str, nth: int = 1) -> 'Doc':
        """Replaces the nth occurrence (1-based) of old within a clause's texts."""
        count = 0
        for setter, text in list(self.texts(clause)):
            at = text.find(old)
            while at >= 0:
                count += 1
                if count == nth:
                    setter(text[:at] + new + text[at + len(old):])
                    return self
                at = text.find(old, at + len(old))
        raise KeyError(f'{old!r} (#{nth}) not in {clause}')

    def index(self, clause: str, startswith: str = '', kind: str | None = None) -> int:
        for i, b in enumerate(self.blocks):
            if b.clause == clause and (kind is None or b.kind == kind) and b.text.startswith(startswith):
                return i
        raise KeyError(f'{clause} {startswith!r}')

    def para(self, clause: str, startswith: str) -> Block:
        return self.blocks[self.index(clause, startswith)]

    def table(self, clause: str, nth: int = 1) -> Block:
        tables = [b for b in self.blocks if b.clause == clause and b.kind == 'table']
        return tables[nth - 1]


# The fill a municipality's contract manager would make (slot literals of src/template slots.ts).
def fill(doc: Doc, gemeente: str = 'Haarlem', fg: str | None = None, signatory: str = 'De burgemeester van',
         body: str = 'het college van Burgemeester en Wethouders') -> Doc:
    fg = fg or f'FG@{gemeente.lower()}.nl'
    r = doc.replace
    r('titel', '<naam hoofdovereenkomst>', 'Salarisadministratie en HR-systeem')
    if gemeente != 'Haarlem':
        r('aanhef', 'Haarlem', gemeente)
        r('ondertekening', 'Haarlem', gemeente, 1)
        r('ondertekening', 'Haarlem', gemeente, 1)
        r('bijlage-1', 'FG@haarlem.nl', fg)
    if signatory != 'De burgemeester van':
        r('ondertekening', 'De burgemeester van', signatory)
    r('aanhef', '<het college van Burgemeester en Wethouders/de Gemeenteraad>', body)
    r('aanhef', '<heer of mevrouw>', 'mevrouw')
    r('aanhef', '<persoonsnaam>', 'A. de Vries')
    r('aanhef', '<functie>', 'afdelingshoofd Bedrijfsvoering')
    r('aanhef', '<Bedrijf>', 'Payroll Diensten B.V.')
    r('aanhef', '<plaatsnaam>', 'Amersfoort')
    r('aanhef', '<nummer>', '12345678')
    r('aanhef', '<de heer of mevrouw>', 'heer')
    r('aanhef', '<persoonsnaam>', 'J.P. Bakker')
    r('aanhef', '<functie>', 'algemeen directeur')
    r('overweging-a', '<datum>', '1 maart 2026')
    r('overweging-a', '<titel hoofdovereenkomst>', 'Overeenkomst Salarisadministratie 2026-2030')
    r('overweging-a', '<specificatie dienst(en)>', 'het verwerken van de salarisadministratie en het beheer van het HR-systeem')
    r('ondertekening', '<.....>', '1 april 2026')
    r('ondertekening', '<naam, functie>', 'A. de Vries, afdelingshoofd Bedrijfsvoering')
    r('ondertekening', '<.....>', gemeente)
    r('ondertekening', '<.....>', '20 maart 2026')
    r('ondertekening', '<Naam organisatie>', 'Payroll Diensten B.V.')
    r('ondertekening', '<naam, functie>', 'J.P. Bakker, algemeen directeur')
    r('ondertekening', '<.....>', 'Amersfoort')
    r('ondertekening', '<.....>', '18 maart 2026')
    r('bijlage-1', 'Naam:', 'Naam: M. Jansen')
    r('bijlage-1', 'Contactgegevens:', 'Contactgegevens: 023-511 51 15, privacy@' + gemeente.lower() + '.nl')
    r('bijlage-1', 'Naam:', 'Naam: K. Smit', 2)
    r('bijlage-1', 'Contactgegevens:', 'Contactgegevens: 033-123 45 67, security@payrolldiensten.nl', 2)
    r('bijlage-2', '.....', 'NEN/ISO 27001')
    r('bijlage-2', 'wel/niet', 'wel')
    r('bijlage-2', '.....', '12 januari 2025')
    r('bijlage-2', '.....', 'BIO2')
    r('bijlage-2', '.....', 'NEN 7510')
    r('bijlage-2', '.....', 'jaarlijkse interne audit volgens het ISMS')
    r('bijlage-2', '.....', 'Gedragscode Nederland ICT')
    t1 = doc.table('bijlage-1', 1)
    t1.rows.append([['Salarisadministratie'], ['Uitbetalen van salarissen'], ['Medewerkers'], ['NAW-gegevens, BSN, bankrekeningnummer'],
                    ['Nederland'], ['n.v.t.'], ['n.v.t.']])
    t3 = doc.table('bijlage-1', 3)
    t3.rows.append([['CloudHost B.V., Amsterdam, info@cloudhost.nl'], ['87654321'], ['Hosting'], ['SaaS-platform'],
                    ['Nederland (EU)'], ['n.v.t.'], ['n.v.t.']])
    return doc


def drop(doc: Doc, pred: Callable[[Block], bool]) -> Doc:
    doc.blocks = [b for b in doc.blocks if not pred(b)]
    return doc


# ----------------------------------------------------------------------------------------------
# Flat ODT rendering
# ----------------------------------------------------------------------------------------------

@dataclass
class Layout:
    font: str = 'Liberation Sans'
    size: str = '10pt'
    heading_font: str = 'Liberation Sans'
    line_height: str = '115%'
    space_after: str = '0.2cm'
    align: str = 'start'
    autonumber: bool = False
    custom_styles: bool = False  # headings as paragraphs in custom styles ("VO Kop") instead of Heading N
    extra_pagebreaks: bool = False
    autonumber_recitals: bool = False  # recitals a) - d) as an automatic "a)" list
    autonumber_headings: bool = False  # "Artikel N" of the article headings from automatic numbering
    # Stories besides the body: ODF inside the master page (style:header, style:header-first,
    # style:header-left, style:footer), and a second master page (its content) that starts at the
    # heading whose text starts with second_master[0].
    master: str = ''
    second_master: tuple[str, str] | None = None
    start_override: dict = field(default_factory=dict)  # article -> first automatic number (a renumbering)


NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"'
)

DRAW_NS = ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'

TYPED_LABEL = re.compile(r'^(?:[a-z]\)|[ivx]+\)|[ivx]+\.|\d+\.)\s')
PROVISION = re.compile(r'^([1-8])\.(\d+) (.*)$', re.S)


# Text that is there but cannot be read: struck through, white on the white page, 1 point.
UNREADABLE = {
    'ST': 'style:text-line-through-style="solid" style:text-line-through-type="single"',
    'WH': 'fo:color="#ffffff"',
    'TY': 'fo:font-size="1pt" style:font-size-asian="1pt" style:font-size-complex="1pt"',
}


class Renderer:
    def __init__(self, layout: Layout):
        self.layout = layout
        self.auto_styles: dict[str, str] = {}  # xml -> name
        self.auto_xml: list[str] = []
        self.changes: list[str] = []
        self.comment_no = 0
        self.list_styles: list[str] = []
        self.notes = 0
        self.uses_draw = False

    # -- styles ---------------------------------------------------------------------------------
    def auto(self, family: str, props: str, parent: str | None = None) -> str:
        key = f'{family}|{parent}|{props}'
        if key in self.auto_styles:
            return self.auto_styles[key]
        name = f'{family[0].upper()}{len(self.auto_styles) + 1}'
        parent_attr = f' style:parent-style-name="{parent}"' if parent else ''
        self.auto_xml.append(f'<style:style style:name="{name}" style:family="{family}"{parent_attr}>{props}</style:style>')
        self.auto_styles[key] = name
        return name

    def pstyle(self, parent: str, pagebreak: bool, margin_left: float = 0.0) -> str:
        props = []
        if pagebreak:
            props.append('fo:break-before="page"')
        if margin_left:
            props.append(f'fo:margin-left="{margin_left:.2f}cm" fo:text-indent="0cm"')
        if not props:
            return parent
        return self.auto('paragraph', f'<style:paragraph-properties {" ".join(props)}/>', parent)

    # -- inline ---------------------------------------------------------------------------------
    def spaces(self, text: str) -> str:
        """ODF collapses runs of spaces: a run of n > 1 becomes " " + <text:s text:c="n-1"/>; a trailing space <text:s/>."""
        out = []
        for piece in re.split(r'(\t| {2,}| $)', text):
            if piece == '':
                continue
            if piece == '\t':
                out.append('<text:tab/>')
            elif piece == ' ':
                out.append('<text:s/>')
            elif piece.strip(' ') == '':
                out.append(' <text:s text:c="%d"/>' % (len(piece) - 1))
            else:
                out.append(escape(piece))
        return ''.join(out)

    def emphasis(self, text: str) -> str:
        out = []
        for part in re.split(r'(\*\*.+?\*\*|\*[^*\s][^*]*?\*)', text):
            if part.startswith('**') and part.endswith('**') and len(part) > 4:
                out.append(f'<text:span text:style-name="Strong">{self.spaces(part[2:-2])}</text:span>')
            elif part.startswith('*') and part.endswith('*') and len(part) > 2:
                out.append(f'<text:span text:style-name="Emphasis">{self.spaces(part[1:-1])}</text:span>')
            else:
                out.append(self.spaces(part))
        return ''.join(out)

    def change_info(self) -> str:
        return ('<office:change-info><dc:creator>Leverancier Juridische Zaken</dc:creator>'
                '<dc:date>2026-02-10T14:30:00</dc:date></office:change-info>')

    def inline(self, text: str) -> str:
        out = []
        for part in re.split(r'(\[\[(?:H|HS|ST|WH|TY|DEL|INS|C|L|FN|EN|BOX):.*?\]\]|\[\[BR\]\])', text):
            m = re.fullmatch(r'\[\[(H|HS|ST|WH|TY|DEL|INS|C|L|FN|EN|BOX):(.*?)\]\]', part)
            if part == '[[BR]]':
                out.append('<text:line-break/>')
            elif not m:
                out.append(self.emphasis(part))
            else:
                tag, body = m.groups()
                if tag == 'L':  # other language: a run split that does not change what is printed
                    name = self.auto('text', '<style:text-properties fo:language="en" fo:country="GB"/>')
                    out.append(f'<text:span text:style-name="{name}">{self.emphasis(body)}</text:span>')
                elif tag == 'H':
                    name = self.auto('text', '<style:text-properties text:display="none"/>')
                    out.append(f'<text:span text:style-name="{name}">{self.emphasis(body)}</text:span>')
                elif tag in UNREADABLE:
                    name = self.auto('text', f'<style:text-properties {UNREADABLE[tag]}/>')
                    out.append(f'<text:span text:style-name="{name}">{self.emphasis(body)}</text:span>')
                elif tag == 'HS':
                    out.append(f'<text:span text:style-name="Verborgen">{self.emphasis(body)}</text:span>')
                elif tag in ('FN', 'EN'):  # a footnote or endnote whose mark stands here
                    self.notes += 1
                    cls = 'footnote' if tag == 'FN' else 'endnote'
                    out.append(f'<text:note text:id="ftn{self.notes}" text:note-class="{cls}"><text:note-citation>{self.notes}</text:note-citation>'
                               f'<text:note-body><text:p text:style-name="{cls.capitalize()}">{self.emphasis(body)}</text:p></text:note-body></text:note>')
                elif tag == 'BOX':  # a text box (frame) anchored at this paragraph
                    self.uses_draw = True
                    self.notes += 1
                    out.append(f'<draw:frame draw:name="Tekstvak{self.notes}" text:anchor-type="paragraph" svg:x="9cm" svg:y="0cm" svg:width="7cm" '
                               f'draw:z-index="{self.notes}"><draw:text-box fo:min-height="1cm"><text:p text:style-name="Standard">{self.emphasis(body)}</text:p>'
                               '</draw:text-box></draw:frame>')
                elif tag == 'DEL':
                    cid = f'ct{len(self.changes) + 1}'
                    self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:deletion>{self.change_info()}'
                                        f'<text:p>{self.emphasis(body)}</text:p></text:deletion></text:changed-region>')
                    out.append(f'<text:change text:change-id="{cid}"/>')
                elif tag == 'INS':
                    cid = f'ct{len(self.changes) + 1}'
                    self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:insertion>{self.change_info()}'
                                        f'</text:insertion></text:changed-region>')
                    out.append(f'<text:change-start text:change-id="{cid}"/>{self.emphasis(body)}<text:change-end text:change-id="{cid}"/>')
                else:
                    comment, anchored = body.split('|', 1)
                    self.comment_no += 1
                    name = f'__Annotation__{self.comment_no}'
                    out.append(f'<office:annotation office:name="{name}"><dc:creator>Privacy Officer</dc:creator>'
                               f'<dc:date>2026-02-11T09:00:00</dc:date><text:p>{escape(comment)}</text:p></office:annotation>'
                               f'{self.emphasis(anchored)}<office:annotation-end office:name="{name}"/>')
        return ''.join(out)

    # -- blocks ---------------------------------------------------------------------------------
    def heading(self, b: Block, pagebreak: bool) -> str:
        m = re.match(r'^Artikel ([1-8]) (.*)$', b.text)
        if self.layout.autonumber_headings and m and b.level == 2:
            if 'LArtikel' not in ''.join(self.list_styles):
                self.list_styles.append(
                    '<text:list-style style:name="LArtikel"><text:list-level-style-number text:level="1" style:num-prefix="Artikel " style:num-suffix="" style:num-format="1">'
                    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                    'text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>')
            style = self.pstyle(f'Heading_20_{b.level}', pagebreak)
            return (f'<text:list text:style-name="LArtikel"><text:list-item text:start-value="{m.group(1)}"><text:h text:style-name="{style}" '
                    f'text:outline-level="{b.level}">{self.inline(m.group(2))}</text:h></text:list-item></text:list>')
        if self.layout.custom_styles:
            style = self.pstyle(f'VO_20_Kop_20_{min(b.level, 3)}', pagebreak)
            return f'<text:p text:style-name="{style}">{self.inline(b.text)}</text:p>'
        second = self.layout.second_master
        if second and b.text.startswith(second[0]):
            # A paragraph style naming another master page: LibreOffice starts a new section there.
            style = 'Tweede_20_sectie'
            self.auto_xml.append(f'<style:style style:name="{style}" style:family="paragraph" style:parent-style-name="Heading_20_{b.level}" '
                                 'style:master-page-name="Tweede"><style:paragraph-properties style:page-number="auto"/></style:style>')
            return f'<text:h text:style-name="{style}" text:outline-level="{b.level}">{self.inline(b.text)}</text:h>'
        style = self.pstyle(f'Heading_20_{b.level}', pagebreak)
        return f'<text:h text:style-name="{style}" text:outline-level="{b.level}">{self.inline(b.text)}</text:h>'

    def paragraph(self, b: Block, pagebreak: bool) -> str:
        base = 'VO_20_Tekst' if self.layout.custom_styles else 'Text_20_body'
        if b.style == 'hidden-para':
            base = 'Verborgen_20_alinea'
        return f'<text:p text:style-name="{self.pstyle(base, pagebreak)}">{self.inline(b.text)}</text:p>'

    def recitals(self, run: list[Block]) -> str:
        if 'LRecital' not in ''.join(self.list_styles):
            self.list_styles.append(
                '<text:list-style style:name="LRecital"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a">'
                '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                'text:label-followed-by="listtab" text:list-tab-stop-position="1.25cm" fo:text-indent="-0.5cm" fo:margin-left="1.25cm"/>'
                '</style:list-level-properties></text:list-level-style-number></text:list-style>')
        xml = ['<text:list text:style-name="LRecital">']
        for b in run:
            xml.append(f'<text:list-item><text:p text:style-name="{self.pstyle("List_20_Contents", b.pagebreak)}">{self.inline(b.text[3:])}</text:p></text:list-item>')
        return ''.join(xml) + '</text:list>'

    def items(self, items: list[Block]) -> str:
        """Bullets for untyped items; items that carry a typed label ("a)", "i.") are indented paragraphs."""
        if self.layout.autonumber_recitals and all(re.match(r'^[a-d]\) ', b.text) and b.level == 1 for b in items) and items[0].text.startswith('a) '):
            return self.recitals(items)
        out: list[str] = []
        i = 0
        while i < len(items):
            b = items[i]
            if TYPED_LABEL.match(b.text):
                style = self.pstyle('List_20_Contents', b.pagebreak, 0.75 * b.level)
                out.append(f'<text:p text:style-name="{style}">{self.inline(b.text)}</text:p>')
                i += 1
                continue
            run = []
            while i < len(items) and not TYPED_LABEL.match(items[i].text):
                run.append(items[i])
                i += 1
            out.append(self.bullet_list(run, run[0].level))
        return ''.join(out)

    def bullet_list(self, run: list[Block], level: int) -> str:
        xml = ['<text:list text:style-name="LBullet">']
        i = 0
        while i < len(run):
            b = run[i]
            style = self.pstyle('List_20_Bullet', b.pagebreak)
            item = f'<text:list-item><text:p text:style-name="{style}">{self.inline(b.text)}</text:p>'
            i += 1
            sub = []
            while i < len(run) and run[i].level > level:
                sub.append(run[i])
                i += 1
            if sub:
                inner = self.bullet_list(sub, level + 1)
                item += inner.replace('<text:list text:style-name="LBullet">', '<text:list>', 1)
            xml.append(item + '</text:list-item>')
        xml.append('</text:list>')
        return ''.join(xml)

    def numbered(self, run: list[Block], article: str) -> str:
        """Provisions with automatic numbering "N.%1" instead of typed numbers."""
        name = f'LArt{article}'
        if name not in ''.join(self.list_styles):
            self.list_styles.append(
                f'<text:list-style style:name="{name}"><text:list-level-style-number text:level="1" style:num-prefix="{article}." '
                'style:num-suffix="" style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" '
                'fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>')
        first = self.layout.start_override.get(article, int(PROVISION.match(run[0].text).group(2)))  # type: ignore[union-attr]
        xml = [f'<text:list text:style-name="{name}">']
        for k, b in enumerate(run):
            m = PROVISION.match(b.text)
            assert m
            style = self.pstyle('Text_20_body', b.pagebreak)
            start = f' text:start-value="{first}"' if k == 0 and first != 1 else ''
            xml.append(f'<text:list-item{start}><text:p text:style-name="{style}">{self.inline(m.group(3))}</text:p></text:list-item>')
        xml.append('</text:list>')
        return ''.join(xml)

    def table(self, b: Block, pagebreak: bool, n: int) -> str:
        cols = max(len(r) for r in b.rows)
        tprops = '<style:table-properties style:width="17cm" table:align="margins"%s/>' % (' fo:break-before="page"' if pagebreak else '')
        tstyle = self.auto('table', tprops)
        cell = self.auto('table-cell', '<style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/>')
        head_cell = self.auto('table-cell', '<style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#d9e2f3"/>')

        def row_xml(row, header: bool) -> str:
            cells = []
            for c in range(cols):
                paras = row[c] if c < len(row) else ['']
                pst = 'Table_20_Heading' if header else 'Table_20_Contents'
                body = ''.join(f'<text:p text:style-name="{pst}">{self.inline(p)}</text:p>' for p in paras)
                cells.append(f'<table:table-cell table:style-name="{head_cell if header else cell}" office:value-type="string">{body}</table:table-cell>')
            return '<table:table-row>' + ''.join(cells) + '</table:table-row>'

        rows = b.rows
        xml = [f'<table:table table:name="Tabel{n}" table:style-name="{tstyle}"><table:table-column table:number-columns-repeated="{cols}"/>']
        if b.header:
            xml.append('<table:table-header-rows>' + row_xml(rows[0], True) + '</table:table-header-rows>')
            rows = rows[1:]
        xml.extend(row_xml(r, False) for r in rows)
        xml.append('</table:table>')
        return ''.join(xml)

    def body(self, blocks: list[Block]) -> str:
        out: list[str] = []
        i = 0
        tables = 0
        while i < len(blocks):
            b = blocks[i]
            pagebreak = b.pagebreak or (self.layout.extra_pagebreaks and b.kind == 'heading' and b.text.startswith('Artikel '))
            if b.kind == 'heading':
                out.append(self.heading(b, pagebreak))
                i += 1
            elif b.kind == 'table':
                tables += 1
                out.append(self.table(b, pagebreak, tables))
                i += 1
            elif b.kind == 'item':
                run = []
                while i < len(blocks) and blocks[i].kind == 'item' and (not run or not blocks[i].pagebreak):
                    run.append(blocks[i])
                    i += 1
                out.append(self.items(run))
            elif self.layout.autonumber and b.kind == 'para' and b.clause.startswith('art-') and PROVISION.match(b.text):
                article = PROVISION.match(b.text).group(1)  # type: ignore[union-attr]
                run = []
                while (i < len(blocks) and blocks[i].kind == 'para' and PROVISION.match(blocks[i].text)
                       and PROVISION.match(blocks[i].text).group(1) == article and (not run or not blocks[i].pagebreak)):  # type: ignore[union-attr]
                    run.append(blocks[i])
                    i += 1
                out.append(self.numbered(run, article))
            else:
                out.append(self.paragraph(b, pagebreak))
                i += 1
        return ''.join(out)

    def master_pages(self) -> str:
        L = self.layout
        if not L.master and not L.second_master:
            return '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
        pages = f'<style:master-page style:name="Standard" style:page-layout-name="pm1">{L.master}</style:master-page>'
        if L.second_master:
            pages += f'<style:master-page style:name="Tweede" style:page-layout-name="pm1">{L.second_master[1]}</style:master-page>'
        return pages

    def document(self, blocks: list[Block]) -> str:
        body = self.body(blocks)
        L = self.layout
        fonts = sorted({L.font, L.heading_font, 'Liberation Sans'})
        font_decls = ''.join(f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;"/>' for f in fonts)
        bullets = ''.join(
            f'<text:list-level-style-bullet text:level="{lv}" text:bullet-char="{ch}"><style:list-level-properties '
            'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
            f'text:list-tab-stop-position="{0.635 * lv:.3f}cm" fo:text-indent="-0.635cm" fo:margin-left="{0.635 * lv:.3f}cm"/>'
            '</style:list-level-properties></text:list-level-style-bullet>'
            for lv, ch in [(1, '•'), (2, '◦'), (3, '▪')])
        align = f' fo:text-align="{L.align}"' if L.align != 'start' else ''
        heading_styles = ''.join(
            f'<style:style style:name="Heading_20_{lv}" style:display-name="Heading {lv}" style:family="paragraph" '
            f'style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="{lv}" style:class="text">'
            f'<style:paragraph-properties fo:margin-top="{0.5 - 0.1 * lv:.2f}cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>'
            f'<style:text-properties style:font-name="{L.heading_font}" fo:font-size="{size}" fo:font-weight="bold"/></style:style>'
            for lv, size in [(1, '16pt'), (2, '13pt'), (3, '11pt'), (4, '10pt')])
        custom = ''.join(
            f'<style:style style:name="VO_20_Kop_20_{lv}" style:display-name="VO Kop {lv}" style:family="paragraph" style:parent-style-name="Standard">'
            f'<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>'
            f'<style:text-properties style:font-name="{L.heading_font}" fo:font-size="{size}" fo:font-weight="bold" fo:color="#1f3864"/></style:style>'
            for lv, size in [(1, '18pt'), (2, '14pt'), (3, '12pt')])
        tracked = f'<text:tracked-changes text:track-changes="false">{"".join(self.changes)}</text:tracked-changes>' if self.changes else ''
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS}{DRAW_NS if self.uses_draw else ''}>
<office:meta><meta:generator>vo-assistent make_fixtures.py</meta:generator><dc:title>Verwerkersovereenkomst</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls>{font_decls}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="{L.line_height}"/><style:text-properties style:font-name="{L.font}" fo:font-size="{L.size}" fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Body Text" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="{L.space_after}"{align}/></style:style>
<style:style style:name="VO_20_Tekst" style:display-name="VO Tekst" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.3cm" fo:text-align="justify"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="List_20_Contents" style:display-name="List Contents" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
{heading_styles}{custom}
<style:style style:name="Strong" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Verborgen" style:display-name="Verborgen" style:family="text"><style:text-properties text:display="none"/></style:style>
<style:style style:name="Verborgen_20_alinea" style:display-name="Verborgen alinea" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties text:display="none"/></style:style>
<text:list-style style:name="LBullet">{bullets}</text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
{"".join(self.auto_xml)}{"".join(self.list_styles)}
</office:automatic-styles>
<office:master-styles>{self.master_pages()}</office:master-styles>
<office:body><office:text>{tracked}{body}</office:text></office:body>
</office:document>
'''


# ----------------------------------------------------------------------------------------------
# The variants
# ----------------------------------------------------------------------------------------------

@dataclass
class Variant:
    name: str
    expect: str
    clauses: list[str]
    note: str
    build: Callable[[Doc], Doc] | None = None  # from the filled base
    layout: Layout = field(default_factory=Layout)
    raw_fodt: str | None = None
    any_of: list[str] | None = None
    post: Callable[[Path], str] | None = None  # post-processing of the produced .docx; returns a note


def ident(d: Doc) -> Doc:
    return d


def v(name, expect, clauses, note, build=ident, **kw) -> Variant:
    return Variant(name, expect, clauses, note, build, **kw)


def swap(d: Doc, c1: str, c2: str) -> Doc:
    i, j = d.index(c1), d.index(c2)
    d.blocks[i], d.blocks[j] = d.blocks[j], d.blocks[i]
    return d


def insert_after(d: Doc, clause: str, block: Block) -> Doc:
    last = max(i for i, b in enumerate(d.blocks) if b.clause == clause)
    d.blocks.insert(last + 1, block)
    return d


def merge_72(d: Doc) -> Doc:
    i = d.index('art-7.1')
    j = d.index('art-7.2')
    d.blocks[i].text += ' ' + re.sub(r'^7\.2 ', '', d.blocks[j].text)
    del d.blocks[j]
    return d


def tables_many_rows(d: Doc) -> Doc:
    t1 = d.table('bijlage-1', 1)
    t1.rows.append([['Personeelsdossier', 'HR-systeem'], ['Beheer van personeelsgegevens'], ['Medewerkers', 'Sollicitanten'],
                    ['NAW-gegevens', 'BSN', 'Gezondheidsgegevens (verzuim)'], ['Nederland'], ['n.v.t.'], ['Versleuteling', 'Logging']])
    t1.rows.append([['Declaraties'], ['Vergoeding reiskosten'], ['Medewerkers'], ['Bankrekeningnummer'], ['Duitsland (EU)'], ['n.v.t.'], ['n.v.t.']])
    t3 = d.table('bijlage-1', 3)
    t3.rows.append([['MailStreet Ltd., Dublin'], ['n.v.t. (Ierland)'], ['E-mailverzending loonstroken'], ['Mailserver'], ['Ierland (EU)'],
                    ['n.v.t.'], ['TLS 1.3']])
    return d


def b2_options_deleted(d: Doc) -> Doc:
    drop(d, lambda b: b.clause == 'bijlage-2' and b.kind == 'item' and (
        b.text.startswith('De verwerker werkt volgens een algemeen erkende overheidsnorm')
        or b.text.startswith('De verwerker werkt volgens een andere norm')
        or b.text.startswith('Rapportages van periodieke')
        or b.text.startswith('Een assurance rapport')
        or b.text.startswith('Eigen controles of eigen mededelingen')))
    return d


def no_b3(d: Doc) -> Doc:
    return drop(d, lambda b: b.clause.startswith('gibit-'))


def line_breaks_tabs(d: Doc) -> Doc:
    d.replace('art-3.1', 'van algemeen belang verbiedt.', 'van algemeen[[BR]]belang verbiedt.')
    d.replace('art-4.2', 'heeft aangetoond dat', 'heeft aangetoond[[BR]]dat')
    d.replace('aanhef', 'hierbij rechtsgeldig', 'hierbij[[BR]]rechtsgeldig')
    for c in ['art-1.1', 'art-1.2', 'art-2.1', 'art-2.2', 'art-2.3', 'art-5.1', 'art-5.2', 'art-6.1', 'art-8.1']:
        b = d.para(c, c[4:] + ' ')
        b.text = b.text.replace(' ', '\t', 1)
    d.replace('ondertekening', 'plaats: ', 'plaats:\t')
    d.replace('ondertekening', 'datum: ', 'datum:\t')
    return d


def spaces_nbsp(d: Doc) -> Doc:
    d.replace('art-5.1', 'binnen 24 uur', 'binnen 24\u00a0uur')
    d.replace('art-4.1', 'artikel 32 AVG', 'artikel\u00a032\u00a0AVG')
    d.replace('art-4.5', 'subverwerkers vermeldt', 'subverwerkers  vermeldt')
    d.replace('art-2.1', 'Deze Verwerkersovereenkomst gaat', 'Deze  Verwerkersovereenkomst   gaat')
    d.replace('art-8.1', 'van toepassing. Alle', 'van toepassing.  Alle')
    d.para('art-7.2', '7.2').text += ' '
    d.replace('gibit-16.3', '€ 1.250.000,-', '€\u00a01.250.000,-')
    return d


def typographic_quotes(d: Doc) -> Doc:
    d.replace('aanhef', '"Partij"', '\u201cPartij\u201d')
    d.replace('aanhef', '"Partijen"', '\u201cPartijen\u201d')
    d.replace('bijlage-2', "TPM's", 'TPM\u2019s')
    return d


def utrecht(d: Doc) -> Doc:
    return d  # built from fill(..., 'Utrecht') below


def hidden_direct(d: Doc) -> Doc:
    return d.replace('art-4.3', 'Wanneer er sprake is van een verwerking buiten de EER, dan stelt Verwerker Verwerkingsverantwoordelijke daarvan vooraf op de hoogte.',
                     '[[H:Wanneer er sprake is van een verwerking buiten de EER, dan stelt Verwerker Verwerkingsverantwoordelijke daarvan vooraf op de hoogte.]]')


def hidden_style(d: Doc) -> Doc:
    return d.replace('art-6.1', 'beperkingen van de aansprakelijkheid hebben ook betrekking op de Verwerkersovereenkomst.',
                     'beperkingen van de aansprakelijkheid [[HS:hebben ook betrekking op de Verwerkersovereenkomst.]]')


def unreadable(tag: str, clause: str, text: str) -> Callable[[Doc], Doc]:
    return lambda d: d.replace(clause, text, f'[[{tag}:{text}]]')


def tracked_del(d: Doc) -> Doc:
    return d.replace('art-4.5', ' Verwerkingsverantwoordelijke verleent hierbij algemene toestemming voor de inschakeling van subverwerkers.',
                     '[[DEL: Verwerkingsverantwoordelijke verleent hierbij algemene toestemming voor de inschakeling van subverwerkers.]]')


def tracked_ins(d: Doc) -> Doc:
    return d.replace('art-4.7', 'werkt Verwerker altijd mee', 'werkt Verwerker [[INS:niet ]]altijd mee')


def tracked_fill(d: Doc) -> Doc:
    return d.replace('overweging-a', '1 maart 2026', '[[DEL:1 maart 2026]][[INS:3 maart 2026]]')


def comment_value(d: Doc) -> Doc:
    return d.replace('aanhef', 'Payroll Diensten B.V.', '[[C:Statutaire naam nog controleren in het Handelsregister.|Payroll Diensten B.V.]]')


def comment_standard(d: Doc) -> Doc:
    return d.replace('art-5.1', 'uiterlijk binnen 24 uur', '[[C:Leverancier vraagt of 48 uur bespreekbaar is; niet akkoord.|uiterlijk binnen 24 uur]]')


def added_b2_option(d: Doc) -> Doc:
    i = d.index('bijlage-2', 'De verwerker werkt volgens een andere norm')
    d.blocks.insert(i + 1, Block('item', 'bijlage-2', 'De verwerker werkt zonder vastgestelde norm; de beveiliging wordt naar eigen inzicht van Verwerker ingericht.', 1))
    return d


def bold_value_layout(d: Doc) -> Doc:
    d.replace('aanhef', 'Payroll Diensten B.V.', '**Payroll Diensten B.V.**')
    return d


def split_runs(d: Doc) -> Doc:
    for clause in ['art-3.1', 'art-4.2', 'art-5.1', 'gibit-16.5']:
        b = d.para(clause, '') if clause != 'art-4.2' else d.blocks[d.index('art-4.2', 'Verwerker verleent')]
        words = b.text.split(' ')
        b.text = ' '.join(f'[[L:{w}]]' if i % 2 == 1 and '[[' not in w and ']]' not in w else w for i, w in enumerate(words))
    return d


def fill_like_standard(d: Doc) -> Doc:
    d.replace('overweging-a', 'het verwerken van de salarisadministratie en het beheer van het HR-systeem',
              'salarisverwerking, waarbij Verwerker een Inbreuk in verband met Persoonsgegevens uiterlijk binnen 48 uur na ontdekking meldt aan de servicedesk')
    d.replace('overweging-a', 'Overeenkomst Salarisadministratie 2026-2030', 'Raamovereenkomst en Verwerkersovereenkomst Salarisadministratie 2026-2030')
    return d


def b2_niet(d: Doc) -> Doc:
    unf = Doc(copy.deepcopy(d.blocks))
    d.replace('bijlage-2', 'en is volgens deze norm wel gecertificeerd', 'en is volgens deze norm niet gecertificeerd')
    drop(d, lambda b: b.clause == 'bijlage-2' and b.text.startswith('Datum laatste certificering'))
    d.replace('bijlage-2', 'te weten Gedragscode Nederland ICT', 'te weten .....')
    return d


def duplicate_44(d: Doc) -> Doc:
    i = d.index('art-4.4', 'Personen die werken')
    d.blocks.insert(i + 1, copy.deepcopy(d.blocks[i]))
    return d


def table3_no_header(d: Doc) -> Doc:
    t3 = d.table('bijlage-1', 3)
    t3.rows.pop(0)
    t3.header = False
    return d


def hidden_para_style(d: Doc) -> Doc:
    d.para('art-7.2', '7.2').style = 'hidden-para'
    return d


LETTER = [
    Block('para', 'none', 'Gemeente Zandvoort'),
    Block('para', 'none', 'Afdeling Vergunningen[[BR]]Postbus 2[[BR]]2040 AA Zandvoort'),
    Block('para', 'none', 'Aan de heer P. Visser[[BR]]Kerkstraat 12[[BR]]2042 JB Zandvoort'),
    Block('para', 'none', 'Datum: 14 februari 2026'),
    Block('para', 'none', 'Onderwerp: uw aanvraag voor een parkeervergunning'),
    Block('para', 'none', 'Geachte heer Visser,'),
    Block('para', 'none', 'Op 2 februari 2026 hebben wij uw aanvraag voor een parkeervergunning voor bewoners ontvangen. In deze brief leest u wat wij met uw aanvraag hebben gedaan en wat u verder kunt verwachten.'),
    Block('para', 'none', 'Wij hebben uw aanvraag goedgekeurd. De vergunning geldt vanaf 1 maart 2026 voor het kenteken dat u heeft opgegeven. U hoeft hiervoor niets meer te doen: de vergunning is digitaal en wordt automatisch gekoppeld aan uw kenteken.'),
    Block('heading', 'none', 'Kosten', 2),
    Block('para', 'none', 'De kosten van de vergunning bedragen € 48,- per jaar. U ontvangt hiervoor binnen vier weken een factuur. Betaalt u liever in termijnen? Neem dan contact op met het Klantcontactcentrum.'),
    Block('item', 'none', 'telefoon: 14 023', 1),
    Block('item', 'none', 'e-mail: vergunningen@zandvoort.example', 1),
    Block('para', 'none', 'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Een verwerker of andere partij heeft geen toegang tot uw gegevens; wij verwerken uw persoonsgegevens volgens de AVG.'),
    Block('para', 'none', 'Met vriendelijke groet,'),
    Block('para', 'none', 'namens het college van burgemeester en wethouders,[[BR]]**mr. L. de Boer**[[BR]]teamleider Vergunningen'),
]


def header(kind: str, *paragraphs: str) -> str:
    """A header or footer of a master page (style:header, style:header-first, style:header-left, style:footer)."""
    return f'<style:{kind}>' + ''.join(f'<text:p text:style-name="Standard">{p}</text:p>' for p in paragraphs) + f'</style:{kind}>'


PAGE_X_OF_Y = 'Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>11</text:page-count>'


def story(name, expect, clauses, note, build=ident, **layout) -> Variant:
    """A variant with text outside the body (headers, footers, notes, text boxes)."""
    return Variant(name, expect, clauses, note, build, layout=Layout(**layout))


def story_variants() -> list[Variant]:
    breach = 'In afwijking van artikel 5.1 meldt Verwerker een Inbreuk binnen 72 uur.'
    return [
        story('alt-story-header-default-5.1', 'altered', ['art-5.1'], f'filled; the default header (every page) says "{breach}"', master=header('header', breach)),
        story('alt-story-header-first-5.1', 'altered', ['art-5.1'], 'filled; a first-page header only (LibreOffice writes w:titlePg): "Verwerker meldt een Inbreuk binnen 72 uur (artikel 5.1)."; the default header is empty',
              master=header('header', '') + header('header-first', 'Verwerker meldt een Inbreuk binnen 72 uur (artikel 5.1).')),
        story('alt-story-header-even-4.2', 'altered', ['art-4.2'], 'filled; the default header names the municipality, the even-page header (w:evenAndOddHeaders) says "In afwijking van artikel 4.2 draagt Verwerkingsverantwoordelijke de kosten van elke audit."',
              master=header('header', 'Gemeente Haarlem') + header('header-left', 'In afwijking van artikel 4.2 draagt Verwerkingsverantwoordelijke de kosten van elke audit.')),
        story('alt-story-footer-8.1', 'altered', ['art-8.1'], 'filled; the footer says "In afwijking van artikel 8.1 is Duits recht van toepassing."', master=header('footer', 'In afwijking van artikel 8.1 is Duits recht van toepassing.')),
        story('alt-story-footnote-5.1', 'altered', ['art-5.1'], 'filled; a footnote whose mark follows "24 uur" in 5.1: "Gerekend in werkdagen; in het weekend binnen 72 uur."',
              lambda d: d.replace('art-5.1', '24 uur', '24 uur[[FN:Gerekend in werkdagen; in het weekend binnen 72 uur.]]')),
        story('alt-story-endnote-4.3', 'altered', ['art-4.3'], 'filled; an endnote whose mark stands in 4.3: "Verwerker mag Persoonsgegevens ook in de Verenigde Staten verwerken."',
              lambda d: d.replace('art-4.3', 'Europese Economische Ruimte', 'Europese Economische Ruimte[[EN:Verwerker mag Persoonsgegevens ook in de Verenigde Staten verwerken.]]')),
        story('alt-story-textbox-6.1', 'altered', ['art-6.1'], 'filled; a text box (frame) anchored at the paragraph of 6.1: "Verwerker mag de Persoonsgegevens na afloop twaalf maanden bewaren."',
              lambda d: d.replace('art-6.1', '6.1 ', '6.1 [[BOX:Verwerker mag de Persoonsgegevens na afloop twaalf maanden bewaren.]]')),
        story('clean-story-footer-page-x-of-y', 'clean', [], 'filled; the footer "Pagina X van Y" with page-number and page-count fields (PAGE, NUMPAGES)', master=header('footer', PAGE_X_OF_Y)),
        story('clean-story-header-municipality', 'clean', [], 'filled; the default header holds only "Gemeente Haarlem", the footer the page number', master=header('header', 'Gemeente Haarlem') + header('footer', '<text:page-number text:select-page="current">1</text:page-number>')),
        story('alt-story-section2-header-gibit-16.3', 'altered', ['gibit-16.3'], 'filled; Bijlage 3 starts a second section (another master page) whose own header says "In afwijking van GIBIT artikel 16.3 is de aansprakelijkheid beperkt tot € 100.000,-."; the first section\'s header names the municipality',
              master=header('header', 'Gemeente Haarlem'), second_master=('Bijlage 3', header('header', 'In afwijking van GIBIT artikel 16.3 is de aansprakelijkheid beperkt tot € 100.000,-.'))),
    ]


def variants(canonical: list[Block]) -> list[Variant]:
    unfilled = Doc(canonical)
    base = fill(unfilled.clone())
    out: list[Variant] = [
        # ---- clean ------------------------------------------------------------------------
        v('clean-filled', 'clean', [], 'filled base: every <placeholder>, ..... blank and choice filled (Haarlem), one row filled in Bijlage 1 tables 1 and 3, all Bijlage 2 options kept, Bijlage 3 present; LibreOffice from .fodt'),
        Variant('clean-unfilled', 'clean', [], 'the standard as published, nothing filled (unfilled placeholders are at most warnings)', lambda d: unfilled.clone()),
        v('clean-b1-tables-rows', 'clean', [], 'Bijlage 1 tables 1 and 3 filled with several rows, cells with several paragraphs', tables_many_rows),
        v('clean-b2-options-deleted', 'clean', [], 'Bijlage 2: options overheidsnorm, andere norm, rapportages, assurance rapport and eigen controles deleted (choices)', b2_options_deleted),
        v('clean-no-b3', 'clean', [], 'optional Bijlage 3 left out, with its "Deze bijlage is facultatief" instruction', no_b3),
        v('clean-layout-fonts-styles', 'clean', [], 'other fonts (Liberation Serif 12pt, DejaVu Sans headings), line spacing 150%, justified text, headings as bold paragraphs in custom styles "VO Kop 1-3" (no Heading styles), body in custom style "VO Tekst"',
          layout=Layout(font='Liberation Serif', size='12pt', heading_font='DejaVu Sans', line_height='150%', space_after='0.4cm', align='justify', custom_styles=True)),
        v('clean-linebreaks-tabs', 'clean', [], 'soft line breaks inside 3.1, 4.2 and the aanhef; a tab instead of the space after the typed number of nine provisions; tabs after "plaats:"/"datum:" in the signature block', line_breaks_tabs),
        v('clean-spaces-nbsp', 'clean', [], 'double and triple spaces, a trailing space, non-breaking spaces in "24 uur", "artikel 32 AVG" and "€ 1.250.000,-"', spaces_nbsp),
        v('clean-typographic-quotes', 'clean', [], 'straight quotes around Partij/Partijen replaced by typographic quotes, apostrophe in TPM\'s by \u2019', typographic_quotes),
        v('clean-autonumbering', 'clean', [], 'typed provision numbers of Artikelen 1-3 and 5-8 replaced by automatic numbering (list style with prefix "N.", exported by LibreOffice as numbering.xml lvlText "N.%1"); printed numbers unchanged', layout=Layout(autonumber=True)),
        v('clean-page-breaks', 'clean', [], 'a page break before every "Artikel N" heading, in addition to the standard\'s', layout=Layout(extra_pagebreaks=True)),
        Variant('clean-utrecht', 'clean', [], 'another municipality: "Gemeente Utrecht", "De burgemeester van Utrecht", FG@utrecht.nl, all fields filled', lambda d: fill(unfilled.clone(), 'Utrecht')),
        v('clean-comment-on-value', 'clean', [], 'a comment anchored on a filled-in value (the company name in the aanhef): at most a warning', comment_value),
        v('clean-comment-on-standard', 'clean', [], 'a comment anchored on unchanged standard text in 5.1: at most a warning', comment_standard),
        v('clean-tracked-change-in-value', 'clean', [], 'a tracked change replacing a filled-in date in overweging a) (1 maart -> 3 maart 2026): not standard text, at most a warning', tracked_fill),
        v('clean-no-bijlage5-bold-value', 'clean', [], '"Bijlage 5" above the title left out (not standard text); the company name in the aanhef in bold',
          lambda d: bold_value_layout(drop(d, lambda b: b.clause == 'none'))),
        # ---- altered ----------------------------------------------------------------------
        v('alt-word-art-3.1', 'altered', ['art-3.1'], 'a word changed: "uitsluitend in opdracht" -> "voornamelijk in opdracht"', lambda d: d.replace('art-3.1', 'uitsluitend in opdracht', 'voornamelijk in opdracht')),
        v('alt-word-aanhef', 'altered', ['aanhef'], 'a word of the party paragraphs removed: "hierbij rechtsgeldig vertegenwoordigd" -> "hierbij vertegenwoordigd" (Verwerker\'s paragraph)', lambda d: d.replace('aanhef', 'hierbij rechtsgeldig vertegenwoordigd', 'hierbij vertegenwoordigd', 2)),
        v('alt-number-art-5.1-48uur', 'altered', ['art-5.1'], 'a number changed: "binnen 24 uur" -> "binnen 48 uur"', lambda d: d.replace('art-5.1', '24 uur', '48 uur')),
        v('alt-punct-art-8.1', 'altered', ['art-8.1'], 'punctuation that changes meaning: "Nederlands recht van toepassing." made a question "... van toepassing?"', lambda d: d.replace('art-8.1', 'recht van toepassing.', 'recht van toepassing?')),
        v('alt-punct-gibit-16.3', 'altered', ['gibit-16.3'], 'punctuation that changes an amount in Bijlage 3: "€ 1.250.000,-" -> "€ 1.250,000" (one thousand two hundred fifty euro)', lambda d: d.replace('gibit-16.3', '€ 1.250.000,-', '€ 1.250,000')),
        v('alt-removed-art-4.6', 'altered', ['art-4.6'], 'provision 4.6 (heading "4.6 Rechten van betrokkenen" and its paragraph) removed', lambda d: drop(d, lambda b: b.clause == 'art-4.6')),
        v('alt-removed-art-2.3', 'altered', ['art-2.3'], 'provision 2.3 removed (2.2 is followed directly by Artikel 3)', lambda d: drop(d, lambda b: b.clause == 'art-2.3')),
        v('alt-inserted-after-art-2.2', 'altered', ['art-2.2'], 'an unnumbered provision inserted between 2.2 and 2.3 (label = the provision before)',
          lambda d: insert_after(d, 'art-2.2', Block('para', 'art-2.2', 'Verwerker mag de Persoonsgegevens na afloop van de Hoofdovereenkomst nog twaalf maanden bewaren voor eigen analyses.'))),
        Variant('alt-moved-art-5.2-5.3', 'altered', [], 'provisions 5.2 and 5.3 swapped, each keeping its typed number (order 5.1, 5.3, 5.2, 5.4); the contract asks at least one of them reported (moved)',
                lambda d: swap(d, 'art-5.2', 'art-5.3'), any_of=['art-5.2', 'art-5.3']),
        v('alt-merged-art-7.1-7.2', 'altered', ['art-7.2'], 'provisions 7.1 and 7.2 merged into one paragraph, the number "7.2" dropped (the 7.2 sentence is appended to 7.1): provision 7.2 no longer exists as such; art-7.1 may be reported too', merge_72),
        v('alt-hidden-direct-art-4.3', 'altered', ['art-4.3'], 'second sentence of 4.3 hidden by direct formatting (w:vanish on the run)', hidden_direct),
        v('alt-hidden-style-art-6.1', 'altered', ['art-6.1'], 'end of 6.1 hidden through a character style "Verborgen" whose rPr has w:vanish (no vanish on the runs)', hidden_style),
        v('alt-struck-art-5.1', 'altered', ['art-5.1'], '"maar uiterlijk binnen 24 uur," of 5.1 struck through by direct formatting (w:strike), not a tracked deletion', unreadable('ST', 'art-5.1', 'maar uiterlijk binnen 24 uur,')),
        v('alt-white-art-3.1', 'altered', ['art-3.1'], 'a phrase of 3.1 in white (w:color FFFFFF) on the white page', unreadable('WH', 'art-3.1', ' en uitsluitend overeenkomstig schriftelijke instructies van Verwerkingsverantwoordelijke')),
        v('alt-tiny-art-8.1', 'altered', ['art-8.1'], 'a phrase of 8.1 set in 1 point (w:sz 2)', unreadable('TY', 'art-8.1', 'ook als alleen één Partij vindt dat er een geschil is, ')),
        v('alt-tracked-del-art-4.5', 'altered', ['art-4.5'], 'tracked deletion (w:del, made by LibreOffice from text:tracked-changes) of the sentence "Verwerkingsverantwoordelijke verleent hierbij algemene toestemming ..." of 4.5', tracked_del),
        v('alt-tracked-ins-art-4.7', 'altered', ['art-4.7'], 'tracked insertion (w:ins) of "niet " into 4.7: "werkt Verwerker niet altijd mee"', tracked_ins),
        v('alt-b1-header-cell', 'altered', ['bijlage-1'], 'Bijlage 1 table 1 header cell "Doorgifte- instrument (indien van toepassing)" -> "Doorgifte- instrument (niet van toepassing)"', lambda d: d.replace('bijlage-1', 'Doorgifte- instrument (indien van toepassing)', 'Doorgifte- instrument (niet van toepassing)')),
        v('alt-b1-ibd-contact', 'altered', ['bijlage-1'], 'IBD contact details changed: telefoonnummer 070-204 55 11 -> 070-373 80 00', lambda d: d.replace('bijlage-1', '070-204 55 11', '070-373 80 00')),
        v('alt-b1-nb', 'altered', ['bijlage-1'], 'closing NB of Bijlage 1: "op korte termijn" -> "jaarlijks"', lambda d: d.replace('bijlage-1', 'op korte termijn aan elkaar door', 'jaarlijks aan elkaar door')),
        v('alt-b2-option-added', 'altered', ['bijlage-2'], 'an option added to Bijlage 2 (Normenstelsel): "De verwerker werkt zonder vastgestelde norm; ..."', added_b2_option),
        v('alt-b2-option-text', 'altered', ['bijlage-2'], 'fixed text of a kept Bijlage 2 option changed: "aangesloten bij NOREA" -> "aangesloten bij NOREA of een vergelijkbare beroepsorganisatie"', lambda d: d.replace('bijlage-2', 'aangesloten bij NOREA', 'aangesloten bij NOREA of een vergelijkbare beroepsorganisatie')),
        v('alt-gibit-25.6', 'altered', ['gibit-25.6'], 'Bijlage 3 provision altered: "gedragen door Opdrachtgever (zowel eigen kosten" -> "gedragen door Leverancier (zowel eigen kosten"', lambda d: d.replace('gibit-25.6', 'gedragen door Opdrachtgever', 'gedragen door Leverancier')),
        v('alt-renumbered-art-2.3', 'altered', ['art-2.3'], 'provision 2.3 printed as "2.4" (words unchanged)', lambda d: d.replace('art-2.3', '2.3 Wanneer', '2.4 Wanneer')),
        v('alt-heading-art-4.2', 'altered', ['art-4.2'], 'the heading of a provision changed: "4.2 Audits" -> "4.2 Audits (beperkt)"', lambda d: d.replace('art-4.2', '4.2 Audits', '4.2 Audits (beperkt)')),
        Variant('alt-utrecht-art-5.4', 'altered', ['art-5.4'], 'another municipality (Utrecht), filled, and a word changed in 5.4: "beslist" -> "adviseert"',
                lambda d: fill(unfilled.clone(), 'Utrecht').replace('art-5.4', 'Verwerkingsverantwoordelijke beslist', 'Verwerkingsverantwoordelijke adviseert')),
        v('alt-multi-layout', 'altered', ['art-1.2', 'overweging-c', 'gibit-26.11'], 'three alterations under harmless layout changes (custom styles, automatic numbering): 1.2 "onlosmakelijk" -> "niet", overweging c) "(UAVG)" removed, 26.11 "kosteloos" -> "tegen betaling"',
          lambda d: d.replace('art-1.2', 'onlosmakelijk', 'niet').replace('overweging-c', ' en de Uitvoeringswet AVG (UAVG)', ' en de Uitvoeringswet AVG').replace('gibit-26.11', '(de verlenging is dan kosteloos)', '(de verlenging is dan tegen betaling)'),
          layout=Layout(custom_styles=True, autonumber=True, font='Liberation Serif')),
        # ---- harder cases -----------------------------------------------------------------
        v('clean-autonumbering-all', 'clean', [], 'automatic numbering everywhere it can be: "Artikel N" of the article headings (list with prefix "Artikel ", one list per heading with its start value), recitals a)-d) (format "a" + ")"), provisions N.%1 of Artikelen 1-3 and 5-8; printed text unchanged',
          layout=Layout(autonumber=True, autonumber_recitals=True, autonumber_headings=True)),
        v('clean-split-runs-lang', 'clean', [], 'every other word of 3.1, 4.2, 5.1 and 16.5 in its own run marked as English (w:lang): runs split, nothing printed differently', split_runs),
        Variant('clean-s-hertogenbosch', 'clean', [], 'a municipality with an apostrophe and hyphen: "Gemeente \u2019s-Hertogenbosch", "De burgemeester van \u2019s-Hertogenbosch", FG@s-hertogenbosch.nl',
                lambda d: fill(unfilled.clone(), '\u2019s-Hertogenbosch', 'FG@s-hertogenbosch.nl')),
        # Other municipalities' copies: who signs for the municipality in the forms municipalities use.
        Variant('clean-sudwest-fryslan-college', 'clean', [], 'another municipality signed by its college: "Gemeente Súdwest-Fryslân", "Het college van burgemeester en wethouders van Súdwest-Fryslân", FG@sudwestfryslan.nl',
                lambda d: fill(unfilled.clone(), 'Súdwest-Fryslân', 'FG@sudwestfryslan.nl', 'Het college van burgemeester en wethouders van')),
        Variant('clean-bergen-op-zoom-college-as-aanhef', 'clean', [], 'signed by the governing body as the aanhef writes it: "Het college van Burgemeester en Wethouders van Bergen op Zoom" (capitals of the aanhef\'s choice)',
                lambda d: fill(unfilled.clone(), 'Bergen op Zoom', 'FG@bergenopzoom.nl', 'Het college van Burgemeester en Wethouders van')),
        Variant('clean-amersfoort-b-en-w', 'clean', [], 'signed "Burgemeester en wethouders van Amersfoort"',
                lambda d: fill(unfilled.clone(), 'Amersfoort', None, 'Burgemeester en wethouders van')),
        Variant('clean-noardeast-fryslan-gemeenteraad', 'clean', [], 'the gemeenteraad is the controller (aanhef "de Gemeenteraad") and signs: "De gemeenteraad van Noardeast-Fryslân", FG@noardeast-fryslan.nl',
                lambda d: fill(unfilled.clone(), 'Noardeast-Fryslân', 'FG@noardeast-fryslan.nl', 'De gemeenteraad van', 'de Gemeenteraad')),
        Variant('alt-sudwest-fryslan-schepenen', 'altered', ['ondertekening'], 'signed by the college, with one word of the form changed: "Het college van burgemeester en schepenen van Súdwest-Fryslân"',
                lambda d: fill(unfilled.clone(), 'Súdwest-Fryslân', 'FG@sudwestfryslan.nl', 'Het college van burgemeester en schepenen van')),
        Variant('alt-amersfoort-wethouder', 'altered', ['ondertekening'], 'signed by an office that is not a form municipalities sign in: "De wethouder van Amersfoort"',
                lambda d: fill(unfilled.clone(), 'Amersfoort', None, 'De wethouder van')),
        Variant('alt-noardeast-fryslan-art-4.2', 'altered', ['art-4.2'], 'the gemeenteraad\'s copy of Noardeast-Fryslân, clean signature, and a word changed in 4.2: the audit\'s costs "gedragen door Verwerkingsverantwoordelijke" -> "gedragen door Verwerker"',
                lambda d: fill(unfilled.clone(), 'Noardeast-Fryslân', 'FG@noardeast-fryslan.nl', 'De gemeenteraad van', 'de Gemeenteraad').replace('art-4.2', 'worden gedragen door Verwerkingsverantwoordelijke', 'worden gedragen door Verwerker')),
        v('clean-fill-looks-like-standard', 'clean', [], 'filled values that quote standard wording: the service specification says "... Verwerker meldt een Inbreuk uiterlijk binnen 48 uur ..." and the Hoofdovereenkomst title contains "Verwerkersovereenkomst"', fill_like_standard),
        v('clean-b2-niet-cert-date-deleted', 'clean', [], 'Bijlage 2: choice "niet" gecertificeerd, the "Datum laatste certificering" sub-option deleted, the gedragscode blank left as "....."', b2_niet),
        v('alt-autonumber-start-5', 'altered', ['art-5.1', 'art-5.2', 'art-5.3', 'art-5.4'], 'automatic numbering of Artikel 5 starts at 2: the provisions print as 5.2-5.5 (text unchanged), so every printed number of Artikel 5 is wrong',
          layout=Layout(autonumber=True, start_override={'5': 2})),
        v('alt-autonumber-removed-art-2.2', 'altered', ['art-2.2', 'art-2.3'], 'with automatic numbering, provision 2.2 removed: the old 2.3 now prints as 2.2 (missing art-2.2, renumbered art-2.3)',
          lambda d: drop(d, lambda b: b.clause == 'art-2.2'), layout=Layout(autonumber=True)),
        v('alt-autonumber-swapped-art-5.2-5.3', 'altered', ['art-5.2', 'art-5.3'], 'with automatic numbering, provisions 5.2 and 5.3 swapped: the numbers stay in order, so the text of 5.3 prints as 5.2 and vice versa (both printed with another number)',
          lambda d: swap(d, 'art-5.2', 'art-5.3'), layout=Layout(autonumber=True)),
        v('alt-hidden-parastyle-art-7.2', 'altered', ['art-7.2'], 'the whole of 7.2 hidden through its paragraph style "Verborgen alinea" (style rPr has w:vanish; nothing on the runs)', hidden_para_style),
        v('alt-gibit-partial', 'altered', ['gibit-24.14', 'gibit-25.1', 'gibit-26.11'], 'Bijlage 3 present but only its Artikel 16: the GIBIT articles 24.14, 25.x and 26.x are missing (a present Bijlage 3 is checked)',
          lambda d: drop(d, lambda b: b.clause.startswith('gibit-') and not b.clause.startswith('gibit-16'))),
        v('alt-gibit-16.5-subitem', 'altered', ['gibit-16.5'], 'nested list item of 16.5 changed: "onverwijld schriftelijk informeert" -> "binnen een maand schriftelijk informeert"', lambda d: d.replace('gibit-16.5', 'onverwijld schriftelijk informeert', 'binnen een maand schriftelijk informeert')),
        v('alt-b1-ibd-email', 'altered', ['bijlage-1'], 'IBD e-mail address changed: privacy@vng.nl -> privacy@leverancier.nl', lambda d: d.replace('bijlage-1', 'privacy@vng.nl', 'privacy@leverancier.nl')),
        v('alt-titel', 'altered', ['titel'], 'title: "Verwerkersovereenkomst uitvoering" -> "Overeenkomst uitvoering"', lambda d: d.replace('titel', 'Verwerkersovereenkomst uitvoering', 'Overeenkomst uitvoering')),
        v('alt-ondertekening-drievoud', 'altered', ['ondertekening'], 'signature block: "in tweevoud ondertekend" -> "in drievoud ondertekend"', lambda d: d.replace('ondertekening', 'in tweevoud', 'in drievoud')),
        v('alt-overweging-d-closing-removed', 'altered', ['overweging-d'], 'the line "En komen het volgende overeen:" removed', lambda d: drop(d, lambda b: b.text == 'En komen het volgende overeen:')),
        v('alt-inserted-numbered-8.2', 'altered', ['art-8.1'], 'a new numbered provision "8.2 ..." added after 8.1, before the signature block',
          lambda d: insert_after(d, 'art-8.1', Block('para', 'art-8.1', '8.2 In afwijking van artikel 4.2 draagt Verwerkingsverantwoordelijke altijd alle kosten van een audit.'))),
        v('alt-word-in-split-runs-art-5.1', 'altered', ['art-5.1'], 'runs split as in clean-split-runs-lang, and inside them "zonder onredelijke vertraging" -> "zonder vertraging" in 5.1',
          lambda d: split_runs(d.replace('art-5.1', 'zonder onredelijke vertraging, maar', 'zonder vertraging, maar'))),
        v('alt-duplicated-art-4.4', 'altered', ['art-4.4'], 'the paragraph of 4.4 appears twice (copied below itself)', duplicate_44),
        v('alt-b1-table3-header-removed', 'altered', ['bijlage-1'], 'the header row of Bijlage 1 table 3 (subverwerkers) removed; its filled row kept', table3_no_header),
        v('clean-tracked-insert-of-standard-art-6.1', 'clean', [], 'the whole standard text of 6.1 is a tracked insertion (w:ins): what the reader sees is the standard text, the revision is at most a warning',
          lambda d: d.replace('art-6.1', d.para('art-6.1', '6.1').text, '[[INS:' + d.para('art-6.1', '6.1').text + ']]')),
        v('clean-tracked-delete-of-added-sentence', 'clean', [], 'an added sentence after 5.3 that is deleted again as a tracked deletion (w:del): the visible text is the standard, at most a warning',
          lambda d: d.replace('art-5.3', 'wanneer deze daarom vraagt.', 'wanneer deze daarom vraagt.[[DEL: Verwerker mag het logboek na een jaar vernietigen.]]')),
        v('clean-tracked-same-text', 'clean', [], '"24" in 5.1 deleted and typed again as a tracked change (w:del "24" + w:ins "24"): no net change, at most a warning',
          lambda d: d.replace('art-5.1', 'binnen 24 uur', 'binnen [[DEL:24]][[INS:24]] uur')),
        # ---- unusable ---------------------------------------------------------------------
        Variant('unusable-letter', 'unusable', [], 'not the agreement: an unrelated municipal letter (parking permit) made by LibreOffice', lambda d: Doc(copy.deepcopy(LETTER))),
        Variant('unusable-empty', 'unusable', [], 'an empty document made by LibreOffice (one empty paragraph)', lambda d: Doc([])),
        *story_variants(),
    ]
    for var in out:
        var._base = base  # type: ignore[attr-defined]
    return out


# ----------------------------------------------------------------------------------------------

def convert(fodts: list[Path], outdir: Path) -> None:
    profile = Path(tempfile.mkdtemp(prefix='vo-lo-profile-'))
    try:
        cmd = ['libreoffice', f'-env:UserInstallation=file://{profile}', '--headless', '--convert-to', 'docx:MS Word 2007 XML',
               '--outdir', str(outdir), *map(str, fodts)]
        subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def normalise_zip(path: Path) -> None:
    """Fixed timestamps in the zip and in docProps so that re-runs give stable files."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                data = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*', rb'\g<1>2026-02-01T00:00:00Z', data)
                data = re.sub(rb'<cp:revision>\d+</cp:revision>', b'<cp:revision>1</cp:revision>', data)
            if name == 'docProps/app.xml':
                data = re.sub(rb'<TotalTime>\d+</TotalTime>', b'<TotalTime>0</TotalTime>', data)
            info = zipfile.ZipInfo(name, date_time=(2026, 2, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main(argv: list[str]) -> int:
    keep = argv[argv.index('--keep-fodt') + 1] if '--keep-fodt' in argv else None
    canonical = parse_canonical(find_canonical().read_text(encoding='utf-8'))
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix='vo-fixtures-'))
    labels = []
    fodts = []
    try:
        for var in variants(canonical):
            base: Doc = var._base  # type: ignore[attr-defined]
            doc = var.build(base.clone()) if var.build else base.clone()
            fodt = work / f'{var.name}.fodt'
            fodt.write_text(Renderer(var.layout).document(doc.blocks), encoding='utf-8')
            fodts.append(fodt)
            label = {'file': f'{var.name}.docx', 'expect': var.expect, 'clauses': var.clauses, 'note': var.note}
            if var.any_of:
                label['clausesAnyOf'] = var.any_of
            labels.append(label)
        convert(fodts, work)
        for f in OUT.glob('*.docx'):
            f.unlink()
        for label in labels:
            produced = work / label['file']
            if not produced.exists():
                raise SystemExit(f'LibreOffice did not produce {label["file"]}')
            normalise_zip(produced)
            shutil.copy(produced, OUT / label['file'])
        with open(OUT / 'labels.jsonl', 'w', encoding='utf-8') as fh:
            for label in labels:
                fh.write(json.dumps(label, ensure_ascii=False) + '\n')
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            for f in fodts:
                shutil.copy(f, Path(keep) / f.name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f'{len(labels)} fixtures written to {OUT.relative_to(REPO)}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
