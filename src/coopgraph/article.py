"""Reading an article file: bytes → text, header lines, page furniture, its own date, sentences."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from .facts import Article, PartialDate
from .text import EN_MONTHS, normalize, slug, strip_marks

MAX_BYTES = 10 * 1024 * 1024  # a news page is far smaller; larger input is not an article


class ArticleError(Exception):
    """An article that cannot be read; the message is one line naming the problem."""


# ---------------------------------------------------------------- decoding

def decode(data: bytes) -> str:
    """Bytes to text: BOMs, UTF-8, UTF-16 without BOM, then Windows-1258 (Vietnamese)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data and b"\x00" in data[:4000]:
        # UTF-16 without a BOM has a NUL in every other byte of ASCII text
        head = data[:4000]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > len(head) // 4:
            return data.decode("utf-16-le" if odd > even else "utf-16-be", errors="replace")
        raise ArticleError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        raise ArticleError("unknown text encoding (not UTF-8, UTF-16 or Windows-1258)") from None


def _looks_binary(text: str) -> bool:
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\r\n\t\f")
    return controls > max(8, len(text[:20000]) // 50)


# ---------------------------------------------------------------- HTML

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "section", "article", "figcaption", "figure", "blockquote", "header", "footer", "title", "time"}
_SKIP = {"script", "style", "nav", "noscript", "template", "svg", "form", "button", "select", "iframe", "aside"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta: dict[str, str] = {}
        self.in_title = False   # the <title> is the page's label (often "headline | site"), not article text

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "meta":
            a = dict(attrs)
            key = (a.get("property") or a.get("name") or "").lower()
            if key in ("article:published_time", "og:title", "og:url", "date", "pubdate") and a.get("content"):
                self.meta[key] = a["content"]

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            if not self.skip:
                self.meta["title"] = (self.meta.get("title", "") + data).strip()
        elif not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML page (no scripts, navigation, forms) and a few meta tags."""
    p = _TextExtractor()
    try:
        p.feed(html)
        p.close()
    except AssertionError:   # Python's parser asserts on a malformed '<![...' section (found by the fuzz test)
        p = _TextExtractor()
        p.feed(html.replace("<![", "&lt;!["))
        p.close()
    text = "".join(p.parts)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip(), p.meta


def _is_html(text: str) -> bool:
    head = text[:2000].lower()
    # a fragment with a <script> or <nav> element is HTML too: its code must not be read as text
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or head.count("<p>") + head.count("<div") > 2 \
        or bool(re.search(r"<(script|nav|style)\b[^>]*>", head))


# ---------------------------------------------------------------- headers

_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z_-]{1,30}):\s*(.*)$")
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b\s*")


def split_headers(text: str) -> tuple[dict[str, str], str]:
    """An optional block of ``key: value`` lines ended by a blank line."""
    lines = text.split("\n")
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and _HEADER_LINE.match(lines[i]) and not lines[i].lower().startswith(("http:", "https:")):
        m = _HEADER_LINE.match(lines[i])
        headers[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if headers and (i == len(lines) or not lines[i].strip()):
        return headers, "\n".join(lines[i:])
    return {}, text


def parse_iso_date(value: str) -> PartialDate | None:
    """'2025-05-14', '2025-05', '2025', or with a time after it; None when it is not a date."""
    m = re.match(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[T ][\d:.+\-Z]*)?\s*$", value)
    if not m:
        m2 = re.match(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$", value)
        if not m2:
            return None
        return _checked(int(m2.group(3)), int(m2.group(2)), int(m2.group(1)))
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    return _checked(y, mo, d)


def _checked(y: int, mo: int | None, d: int | None) -> PartialDate | None:
    import datetime as _dt

    if not 1900 <= y <= 2100:
        return None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None:
        try:
            _dt.date(y, mo or 1, d)
        except ValueError:
            return None
    return PartialDate(y, mo, d)


# ---------------------------------------------------------------- page furniture

# Headings after which a page lists other stories, comments or tags: the article has ended.
_END_MARKERS = re.compile(
    r"^(tin nổi bật|tin bài liên quan|tin liên quan|bài liên quan|bài viết liên quan|các tin bài khác|"
    r"các tin/bài khác|các tin khác|tin khác|tin cùng chuyên mục|cùng chuyên mục|đọc thêm|đọc nhiều|xem thêm|"
    r"xem nhiều|tin mới|tin mới nhất|tin xem nhiều|ý kiến độc giả|ý kiến bạn đọc|bình luận|gửi bình luận|"
    r"phản hồi|related news|related articles|related stories|read more|more news|most read|latest news|"
    r"comments?|tags?:|từ khóa|chủ đề\b|bạn đọc quan tâm|tin tiêu điểm|tin đọc nhiều)",
    re.IGNORECASE,
)
_FURNITURE_LINE = re.compile(
    r"^(trang chủ\b.*|multimedia.*|mã bảo mật|phiên bản di động|xin chờ trong giây lát.*|aa|nguồn:?|"
    r"analytic|share|chia sẻ|in bài|lưu bài|\W*|\[video\].*|infographics?\b.*|update:?\s*gmt.*|"
    r"(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật),? ngày \d+ tháng \d+ năm \d{4}.*)$",
    re.IGNORECASE,
)
# an image's alt text glued before its caption, as some pages give it: the headline again, then "ảnh 1"
# ("Hai tỉnh tăng cường hợp tác - ảnh 1Chủ tịch UBND tỉnh …"): the caption is the sentence, the rest is furniture
_IMAGE_ALT = re.compile(r"^[^.!?]{10,250}?\s(?:-\s+)?ảnh \d{1,2}(?=[^\W\d_])")
_PHOTO_CREDIT = re.compile(r"\s*[\(\[]?\s*(ảnh|photo|nguồn ảnh|source)\s*:\s*[^()\[\]]{0,60}[\)\]]?\s*\.?\s*$", re.IGNORECASE)
_BYLINE = re.compile(r"\d{1,2}:\d{2}.{0,12}\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}.{0,12}\d{1,2}:\d{2}")
# "Cập nhật: 03/11/2014", "Posted: 12/05/2023 08:15": a page's date label (the article's date is read before this)
_DATE_LABEL_LINE = re.compile(r"^(?:(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày|posted|updated|published|last updated)"
                              r"\s*:?\s*)?[\d/.:,\s–-]*\b\d{4}\b[\d/.:,\s–-]*(?:\(?gmt[+\d:]*\)?)?$", re.IGNORECASE)
# "Published: 12/03/2024 | Updated: 15/03/2024": two labelled dates on one line
_DATE_LABELS_LINE = re.compile(r"^(?:(?:cập nhật|ngày đăng|đăng ngày|posted|updated|published|last updated)\s*:?\s*"
                               r"[\d/.:,\s–-]*\d{4}[\d/.:,\s–-]*\|?\s*){2}$", re.IGNORECASE)
# "Tuesday, March 12, 2024 08:15": an English date line of its own
_EN_DATE_LINE = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:" + "|".join(EN_MONTHS) +
                           r")\s+\d{1,2},?\s+\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?"
                           r"(?:\s*\(?(?:gmt|utc)[+\d:]*\)?)?$", re.IGNORECASE)
# "Đăng nhập | Đăng ký", "Video | Ảnh | Podcast": a menu of short items, no digits
_MENU_LINE = re.compile(r"^(?:[^\W\d_][^|\d.!?]{0,25}\|\s*)+[^\W\d_][^|\d.!?]{0,25}$")
# "Hôm nay: 20/07/2025", "Today: …": the site's clock, never the article's date
_TODAY_LABEL = re.compile(r"^\s*(?:hôm nay|ngày hôm nay|today)\s*:?\s*.{0,20}\d", re.IGNORECASE)
# "Lạng Sơn, ngày 12/3/2024", "Hà Nội, 12/03/2024": a dateline of its own, not a sentence
_PLACE_DATE_LINE = re.compile(r"^[^\W\d_][\w .]{0,40},\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\.?$")
# a page's table: "| text |" cells; a picture's row ("![](…) |" or a bare "|") comes before the one cell that is its caption
_TABLE_CELL = re.compile(r"^\|\s+\S.*\|$")
_IMAGE_ROW = re.compile(r"^(?:!\[[^\]]*\]\([^)]*\))?\s*\|$")
_TEASER = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\S")   # an image link followed by another story's teaser
# headlines of other stories run together without spaces: "… Hội Chữ thập đỏ SalavanBộ chỉ huy BĐBP …"
# six or more lower-case words without a mark: the words of a page's address, not Vietnamese prose
_SLUG_LINE = re.compile(r"^(?:[a-z0-9]+ ){6,}")


def _glued_headlines(line: str) -> bool:
    """Two or more places where a word runs straight into the next one's capital ("SalavanBộ chỉ huy"): two lower-case
    letters, then a capital and a lower-case letter (so "MoU", "RoK", "iPhone" are words, not glue). A line that ends
    in a full stop is a sentence of a page that lost some spaces ("on the occasion ofLunar New Year."), not headlines."""
    if line.rstrip().endswith("."):
        return False
    return sum(line[i - 2:i].isalpha() and line[i - 2:i].islower() and line[i].isupper() and line[i + 1].islower()
               for i in range(2, len(line) - 1)) >= 2


def strip_furniture(body: str) -> list[str]:
    """The article's own paragraphs: no menus, related-news lists, other stories, photo credits."""
    lines = [ln.strip() for ln in body.split("\n")]
    inline = _inline_headlines(lines)
    kept: list[str] = []
    words_so_far = 0
    teaser_lead = False
    prev = ""
    for i, ln in enumerate(lines):
        before, prev = prev, (ln or prev)
        if i in inline:
            continue
        if _TABLE_CELL.match(ln) and not _IMAGE_ROW.match(before):
            continue    # a table cell under no picture is a related-news box ("| Ngày 3/11, UBND tỉnh … |"), not a caption
        if not ln:
            teaser_lead = False     # a list of related headlines is separated from the story by a blank line
            continue
        if _SLUG_LINE.match(ln) and (not ln.isascii() or ln == ln.lower()):
            continue    # a page's address words before related headlines or image names ("ban giao cong trinh …")
        low = ln.lower()
        if words_so_far > 60 and _END_MARKERS.match(low):
            break
        if _FURNITURE_LINE.match(low) or _TEASER.match(ln) or _BYLINE.search(ln) and len(ln.split()) <= 14 \
                or _PLACE_DATE_LINE.match(ln) or _DATE_LABEL_LINE.match(ln) or _glued_headlines(ln) \
                or _MENU_BAR.search(ln) and len(ln.split()) <= 30 or _DATE_LABELS_LINE.match(ln) \
                or _EN_DATE_LINE.match(ln) or _TODAY_LABEL.match(ln) and len(ln.split()) <= 8 or _MENU_LINE.match(ln):
            continue
        # an inline related-link box repeats its title twice on one line; the line after it is that story's lead
        half = len(ln) // 2
        if len(ln) > 20 and ln[:half].strip() == ln[half:].strip():
            teaser_lead = True
            continue
        if teaser_lead:
            teaser_lead = False
            continue
        ln = re.sub(r"^!\[[^\]]*\]\([^)]*\)\s*", "", ln).strip(" |")
        ln = _IMAGE_ALT.sub("", ln)
        ln = _PHOTO_CREDIT.sub("", ln).strip()
        if not ln:
            continue
        # a caption often repeats verbatim on the next line; keep one copy
        if kept and _same_caption(kept[-1], ln):
            continue
        kept.append(ln)
        words_so_far += len(ln.split())
    return kept


def _headline_like(ln: str) -> bool:
    """A short line that is no sentence and no caption: 3 to 20 words, a capital first, no full stop at its end."""
    words = ln.split()
    return 3 <= len(words) <= 20 and ln[:1].isupper() and not re.search(r"[.!?:;…)\]|\"”]$", ln) \
        and not re.search(r"\b(?:Ảnh|Photo|Source|Nguồn)\b|\||!\[", ln)


def _inline_headlines(lines: list[str]) -> set[int]:
    """Related stories' headlines set inside the text: two or more short lines in a row, none a sentence, right after
    a paragraph of the story ("… truyền thống giữa hai nước.\nLưu học sinh Việt Nam … đón năm mới\nTỉnh X thăm, chúc
    tết tỉnh Y")."""
    out: set[int] = set()
    i = 1
    while i < len(lines):
        if lines[i - 1] and len(lines[i - 1].split()) >= 25 and _headline_like(lines[i]):
            j = i
            while j < len(lines) and lines[j] and _headline_like(lines[j]):
                j += 1
            if j - i >= 2:
                out.update(range(i, j))
            i = j
        i += 1
    return out


def _same_caption(a: str, b: str) -> bool:
    na = re.sub(r"\W+", "", a.lower())
    nb = re.sub(r"\W+", "", b.lower())
    return bool(na) and na == nb


# ---------------------------------------------------------------- the article's date

_NUM_DATE = re.compile(r"(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])")
_EN_MONTHS = {m: i + 1 for i, m in enumerate(EN_MONTHS)}
_EN_DATE = re.compile(r"\b(" + "|".join(_EN_MONTHS) + r")\s+(\d{1,2}),\s*(\d{4})\b", re.IGNORECASE)
_EN_DATE_DAY_FIRST = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_EN_MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_CLOCK_SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")
_BYLINE_LABEL = re.compile(r"^(?:submitted|posted|published|written)\s+(?:by\s+[^\d|]{1,60}?\s+)?on\b", re.IGNORECASE)
# two or more menu sections after a date, each words without digits: "16/06/2025 13:00 | Tiêu dùng | Nhịp sống"
_MENU_BAR = re.compile(r"\d{4}\b[^|]*(?:\|\s*[^\W\d_][^|\d]*){2,}$")


def find_published(lines: list[str], raw_top: list[str]) -> PartialDate | None:
    """The article's own (byline) date among the first lines; a site clock (with seconds) is not it, nor a site's
    top bar (today's date before menu sections, "Thứ hai, 16/06/2025 13:00 | Tiêu dùng | Phụ nữ") when a later line
    has a date of its own. A line that names itself the story's byline ("Submitted by NAME on Mon, 02/28/2011") wins
    over the dates of a page's other boxes (an account's "Wed, 07/17/2024 - 10:15")."""
    for ln in raw_top:
        if _BYLINE_LABEL.search(ln) and len(raw_top) > 1:
            own = find_published(lines, [ln])
            if own:
                return own
    for k, ln in enumerate(raw_top):
        if _CLOCK_SECONDS.search(ln) or re.search(r"ngày \d+ tháng \d+ năm", ln, re.IGNORECASE) or _TODAY_LABEL.match(ln):
            continue
        if _MENU_BAR.search(ln) or k + 1 < len(raw_top) and _MENU_LINE.match(raw_top[k + 1]):
            # (a date line right above a menu, "Thứ Bảy, 20/07/2025" / "Đăng nhập | Đăng ký": the site's bar too)
            later = find_published(lines, raw_top[k + 1:])
            if later:
                return later
        if len(ln.split()) > 25:   # a paragraph of the story, not a byline
            continue
        if len(ln.split()) > 12 and ln.rstrip().endswith(".") and re.search(r"[a-zà-ỹ]{3,}", ln):
            continue   # a sentence of the story ("Earlier, the localities signed … on November 1, 2019.")
        m = _NUM_DATE.search(ln)
        if m:
            d = _checked(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if not d and int(m.group(2)) > 12:
                # "09/26/2019 | 12:28am EDT": no month 26, so the month comes first (a US byline)
                d = _checked(int(m.group(3)), int(m.group(1)), int(m.group(2)))
            if d:
                return d
        m = _EN_DATE.search(ln)
        if m:
            d = _checked(int(m.group(3)), _EN_MONTHS[m.group(1).lower()], int(m.group(2)))
            if d:
                return d
        m = _EN_DATE_DAY_FIRST.search(ln)
        if m:
            d = _checked(int(m.group(3)), _EN_MONTHS[m.group(2).lower()], int(m.group(1)))
            if d:
                return d
        m = _ISO_DATE.search(ln)
        if m:
            d = _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d:
                return d
    return None


# ---------------------------------------------------------------- sentences

# (and ranks before a name: "Col. NAME", "Brig. Gen. NAME", "Lt. Gen.", "Prof.")
_ABBREV_BEFORE_DOT = re.compile(r"(\b(TP|Tp|P|Q|TX|TT|ThS|TS|PGS|GS|Mr|Mrs|Ms|Dr|St|No|U\.S|Col|Gen|Brig|Maj|Lt|Capt|Prof|"
                                r"[A-ZĐ])\.)$")


# A real sentence is under 1,200 characters (the longest of the dev corpus has 1,105); a longer one is a page
# that lost its full stops. It is cut into pieces, so that extraction time stays linear in the text's length
# (issue 17: the extractors' work per sentence grows faster than its length).
MAX_SENTENCE = 2000


def _bounded(sentence: str) -> list[str]:
    """A sentence, or a run-on one cut at spaces into pieces of at most MAX_SENTENCE characters."""
    out: list[str] = []
    while len(sentence) > MAX_SENTENCE:
        cut = sentence.rfind(" ", MAX_SENTENCE // 2, MAX_SENTENCE)
        cut = cut if cut > 0 else MAX_SENTENCE
        out.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    if sentence:
        out.append(sentence)
    return out


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; abbreviations such as 'TP.' and numbers like '5.000' do not end one. A full stop
    with no space before a capitalised word ends one too ("on June 3.Addressing the event"), but not inside an
    abbreviation or a name written with dots ("TP.HCM", "Tp.Hồ Chí Minh", "U.S."). A run-on sentence longer than
    MAX_SENTENCE characters comes back in pieces."""
    return [piece for s in _split_sentences(paragraph) for piece in _bounded(s)]


def _split_sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    start = 0
    # (a full stop glued to the next sentence: "… and training.In Ca Mau, …", "… Lee Cheol Woo.Nen expressed …")
    for m in re.finditer(r"[.!?…]+[\"”')\]]*\s+(?=[\"“(\[]?[A-ZÀ-ỸĐ0-9])|"
                         r"(?<=[a-zà-ỹđ0-9)])\.(?=[A-ZĐ](?:[a-zà-ỹđ]{2}|[a-zà-ỹđ]\s))", paragraph):
        # the few characters before the dot, not the sentence so far: a run-on one made this quadratic
        if _ABBREV_BEFORE_DOT.search(paragraph, max(start, m.start() - 10), m.start() + 1):
            continue
        chunk = paragraph[start:m.end()].strip()
        if chunk:
            out.append(chunk)
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


# ---------------------------------------------------------------- language

_VI_CHARS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def guess_language(text: str) -> str:
    """'vi' when Vietnamese letters are frequent, else 'en'."""
    letters = [c for c in text.lower() if c.isalpha()]
    if not letters:
        return "vi"
    vi = sum(1 for c in letters if c in _VI_CHARS)
    return "vi" if vi / len(letters) > 0.03 else "en"


# ---------------------------------------------------------------- entry point

MAX_ID = 120    # characters of an article id: its .ttl and the temporary file beside it stay under 255 bytes


def article_id(path: Path) -> str:
    """A stable, IRI-safe id from the file name: its slug; a name with letters that have no ASCII form (Lao,
    Chinese, ...) or too long for a file name of its own gets a short hash of the name, so that such names
    stay distinct (issue 17: every Lao file name had the id 'x')."""
    stem = unicodedata.normalize("NFC", path.stem)
    s = slug(stem)
    lossy = any(c.isalnum() and not strip_marks(c).isascii() for c in stem)
    if lossy or len(s) > MAX_ID:
        head = "" if s == "x" and lossy else s[:MAX_ID - 11].rstrip("-_") + "-"
        s = head + hashlib.sha256(stem.encode()).hexdigest()[:10]
    return s


def check_file(path: Path) -> int:
    """The file's size, after the checks that need no reading: exists, not empty, not too large.

    Called before any read, so that a 50 MB file is refused without being read into memory.
    """
    try:
        if not path.is_file():
            raise ArticleError("no such file" if not path.exists() else "not a regular file")
        size = path.stat().st_size
    except OSError as e:
        raise ArticleError(f"cannot read: {e.strerror or e}") from None
    if size == 0:
        raise ArticleError("empty file")
    if size > MAX_BYTES:
        # binary megabytes on both sides (was 52.4 "MB" against a 10 MiB limit)
        raise ArticleError(f"too large for an article ({size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    return size


def read_article(path: Path) -> Article:
    """Read one article file. Raises ArticleError with a one-line reason when it cannot be used."""
    check_file(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"cannot read: {e.strerror or e}") from None
    return article_from_bytes(data, path.name, article_id(path))


def article_from_bytes(data: bytes, file_name: str, aid: str) -> Article:
    """An article from a file's bytes: decode, refuse binary, normalise (NFC, one tone-mark style), parse."""
    if len(data) > MAX_BYTES:   # the same limit when the bytes come from elsewhere
        raise ArticleError(f"too large for an article ({len(data) / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    text = decode(data)
    if _looks_binary(text):
        raise ArticleError("binary file, not text")
    text = normalize(text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("no text in the file")
    return parse_article_text(text, file_name, aid, hashlib.sha256(data).hexdigest())


def parse_article_text(text: str, file_name: str, aid: str, content_hash: str = "") -> Article:
    """Build an Article from already decoded text."""
    headers, body = split_headers(text)
    meta: dict[str, str] = {}
    # a .html/.htm file is always read as HTML, so that its scripts and navigation never reach the text
    if _is_html(body) or file_name.lower().endswith((".html", ".htm")):
        body, meta = html_to_text(body)
        body = normalize(body)
    published = None
    for key in ("published", "date", "pubdate"):
        if key in headers:
            published = parse_iso_date(headers[key])   # a header that is not a date is ignored
            if published:
                break
    if not published and "article:published_time" in meta:
        published = parse_iso_date(meta["article:published_time"][:10])
    raw_lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    dateline = None
    if raw_lines:
        m = _DATE_LINE.match(raw_lines[0])
        if m:
            dateline = _checked(int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                                int(m.group(3)) if m.group(3) else None)
            raw_lines[0] = raw_lines[0][m.end():]
            body = "\n".join(raw_lines)
    published = published or dateline or find_published(raw_lines, raw_lines[:8])
    paragraphs = strip_furniture(body)
    sentences: list[str] = []
    for p in paragraphs:
        sentences.extend(split_sentences(p))
    title = headers.get("title") or meta.get("og:title") or _guess_title(paragraphs)
    return Article(
        id=aid, file_name=file_name, text="\n".join(paragraphs), sentences=sentences,
        url=headers.get("url") or meta.get("og:url"), title=title, published=published,
        language=guess_language(" ".join(paragraphs)), content_hash=content_hash,
    )


def _guess_title(paragraphs: list[str]) -> str | None:
    for p in paragraphs[:4]:
        if 4 <= len(p.split()) <= 30 and not _NUM_DATE.search(p):
            return p
    return None
