#!/usr/bin/env python3
# tei_words.py: how many of the words of a TEI file's text (text, standOff) its
# HTML and text renderings hold. Usage: tei_words.py MIN TEI HTML TXT [...].
# Owner: tests (issue 14). Prints "name words html% text%" per file and exits 1
# when a rendering holds less than MIN percent. Words are counted with their
# repeats (a word twice in the input must be twice in the output). Of a choice
# the alternative the renderings show counts (reg, expan, corr, sic, orig, abbr
# in that order), of an apparatus every reading; running heads (fw) are left
# out (page furniture, counted by the loss report); a line or page break or a
# space is a word boundary unless it says break="no". A rendering must not run
# two source words together either: an output word that is no word of the
# input but two of its words joined counts as run together (joined=HTML,text)
# and fails the file.
import collections
import html.parser
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

T = '{http://www.tei-c.org/ns/1.0}'
WORD = re.compile(r'\w+')
BREAKS = {T + 'lb', T + 'pb', T + 'cb', T + 'space'}
# elements whose children are alternatives, or whose parts are separate words
SEPARATE = {T + 'app', T + 'lem', T + 'rdg', T + 'subst', T + 'row', T + 'cell',
            T + 'item', T + 'l', T + 'p', T + 'head', T + 'note', T + 'sp',
            T + 'speaker', T + 'entry', T + 'sense', T + 'form', T + 'orth',
            T + 'def', T + 'cit', T + 'quote', T + 'person', T + 'place',
            T + 'org', T + 'persName', T + 'placeName', T + 'bibl',
            T + 'event', T + 'relation', T + 'desc', T + 'label', T + 'ab',
            T + 'div', T + 'front', T + 'body', T + 'back', T + 'closer',
            T + 'opener', T + 'dateline', T + 'signed', T + 'salute',
            T + 'postscript', T + 'lg', T + 'stage', T + 'trailer',
            T + 'byline', T + 'docDate', T + 'docAuthor', T + 'docTitle',
            T + 'titlePart', T + 'titlePage', T + 'table', T + 'list',
            T + 'castList', T + 'castItem', T + 'role', T + 'roleDesc',
            T + 'u', T + 'figure', T + 'figDesc', T + 'argument',
            T + 'epigraph', T + 'listBibl', T + 'listPerson',
            T + 'listPlace', T + 'listOrg', T + 'gramGrp', T + 'gram',
            T + 'xr', T + 'usg', T + 'idno', T + 'date', T + 'birth',
            T + 'death', T + 'location', T + 'geo', T + 'forename',
            T + 'surname', T + 'addName', T + 'roleName', T + 'imprint'}


# names, dates and a substitution may stand inside a word (Arabic's clitics:
# b+Baghdad; a name whose last letters follow an lb break="no"; ge<subst>
# <del>drungen</del><add>nötigt</add></subst>): a reading where they are not
# apart gives the vocabulary those joined words too
INLINE_NAMES = {T + 'date', T + 'persName', T + 'placeName', T + 'orgName', T + 'subst'}


def separate(el, apart=SEPARATE):
    """Whether an element's words are apart from those around it: the kinds
    above, and an element of another namespace (the renderings set one off)."""
    return el.tag in apart or not el.tag.startswith(T)


def words(s):
    return WORD.findall(unicodedata.normalize('NFC', s).casefold())


CHOICE_ORDER = [T + n for n in ('reg', 'expan', 'corr', 'sic', 'orig', 'abbr')]
# not reading text: page furniture (the loss report counts it)
LEFT_OUT = {T + 'fw', T + 'teiHeader', T + 'facsimile'}


def tei_text(el, out, left_out=LEFT_OUT, apart=SEPARATE):
    if el.tag in left_out:
        return
    if el.tag == T + 'choice':
        # the renderings show one alternative, the regular/expanded/corrected
        kids = {k.tag: k for k in reversed(list(el)) if isinstance(k.tag, str)}
        for tag in CHOICE_ORDER:
            if tag in kids:
                tei_text(kids[tag], out, left_out, apart)
                break
        return
    if el.tag in BREAKS:
        if el.get('break') != 'no':
            out.append(' ')
    elif separate(el, apart):
        out.append(' ')
    if el.text and el.tag not in BREAKS:
        out.append(el.text)
    for kid in el:
        if isinstance(kid.tag, str):
            tei_text(kid, out, left_out, apart)
        if kid.tail:
            out.append(kid.tail)
    if separate(el, apart):
        out.append(' ')


def tops(el, out):
    """The outermost text and standOff elements (a teiCorpus has several),
    never inside the header."""
    for kid in el:
        if not isinstance(kid.tag, str) or kid.tag == T + 'teiHeader':
            continue
        if kid.tag in (T + 'text', T + 'standOff'):
            out.append(kid)
        else:
            tops(kid, out)
    return out


def tei_words(path):
    out = []
    for el in tops(ET.parse(path).getroot(), []):
        tei_text(el, out)
        out.append(' ')
    return collections.Counter(words(''.join(out)))


class HtmlText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    # inline elements do not end a word; every other one does
    INLINE = {'a', 'abbr', 'b', 'bdi', 'cite', 'del', 'em', 'i', 'ins', 'q',
              'small', 'span', 'strong', 'sub', 'sup', 'u', 's', 'mark'}

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script'):
            self.skip += 1
        if tag not in self.INLINE:
            self.parts.append(' ')

    def handle_endtag(self, tag):
        if tag in ('style', 'script'):
            self.skip -= 1
        if tag not in self.INLINE:
            self.parts.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_words(path):
    p = HtmlText()
    with open(path, encoding='utf-8') as f:
        p.feed(f.read())
    return collections.Counter(words(''.join(p.parts)))


def text_words(path):
    with open(path, encoding='utf-8') as f:
        return collections.Counter(words(f.read()))


def coverage(want, have):
    total = sum(want.values())
    if not total:
        return 100.0
    return 100.0 * sum(min(n, have[w]) for w, n in want.items()) / total


# the renderings' own words (headings, labels)
LABELS = set(words('Contents Names Relations People Places Organisations '
                   'Bibliography Events Witnesses Authority data Manuscript '
                   'description Physical History Additional information Part '
                   'Document Section Text Summary Untitled TEI document'))


def vocabulary(path):
    """Every word anywhere in the file, header and attribute values too (the
    renderings show some of both), the words as the input's text joins them
    and element names (the text's labels): a word the output has that is none of
    these was made by joining."""
    root = ET.parse(path).getroot()
    out = []
    tei_text(root, out, ())
    tei_text(root, out, (), SEPARATE - INLINE_NAMES)
    vocab = set(words(''.join(out))) | set(tei_words(path)) | LABELS
    for el in root.iter():
        if isinstance(el.tag, str):
            vocab.update(words(el.tag.rsplit('}', 1)[-1]))
        for s in [el.text, el.tail] + list(el.attrib.values()):
            if s:
                # a type's underscores are spaces in a title (volume_start)
                vocab.update(words(s) + words(s.replace('_', ' ')))
    return vocab


def run_together(vocab, have):
    """Output words that are two input words joined (neither a word of the
    input itself): where a rendering ran two separate source words together.
    Returns a Counter of them."""
    joined = collections.Counter()
    for w, n in have.items():
        if w in vocab or len(w) < 2:
            continue
        if any(w[:i] in vocab and w[i:] in vocab for i in range(1, len(w))):
            joined[w] += n
    return joined


def main(argv):
    minimum = float(argv[1])
    bad = 0
    args = argv[2:]
    for i in range(0, len(args), 3):
        tei, htm, txt = args[i:i + 3]
        want = tei_words(tei)
        hw, tw = html_words(htm), text_words(txt)
        h = coverage(want, hw)
        t = coverage(want, tw)
        vocab = vocabulary(tei)
        hj, tj = run_together(vocab, hw), run_together(vocab, tw)
        name = tei.rsplit('/', 1)[-1]
        print('%s words=%d html=%.2f%% text=%.2f%% joined=%d,%d' % (
            name, sum(want.values()), h, t, sum(hj.values()), sum(tj.values())))
        for kind, j in (('html', hj), ('text', tj)):
            if j:
                print('  %s run together (top 15): %s' % (kind, ' '.join(
                    '%s×%d' % m for m in j.most_common(15))))
        if h < minimum or t < minimum or hj or tj:
            bad += 1
            missing = collections.Counter()
            for kind, have in (('html', html_words(htm)), ('text', text_words(txt))):
                miss = [(w, n - have[w]) for w, n in want.items() if have[w] < n]
                miss.sort(key=lambda x: -x[1])
                print('  %s missing (top 15): %s' % (kind, ' '.join('%s×%d' % m for m in miss[:15])))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
