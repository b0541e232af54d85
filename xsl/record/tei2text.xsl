<?xml version="1.0" encoding="UTF-8"?>
<!-- tei2text.xsl: one TEI record to a clean reading text in the labelled
     format of DESIGN.md 3.2 ("Label: value" lines, blank line, body at 78).
     Read back by teiconv, the text gives the same TEI (tests/cli/roundtrip.sh):
     the marks follow the convention of src/tei_inline.c, and lines are not
     broken where the next line would read as a label. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:str="http://exslt.org/strings"
    xmlns:tc="urn:x-teiconv:internal"
    exclude-result-prefixes="tei str tc">

  <xsl:include href="../lib/common-tei.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:text tei:body tei:front tei:back tei:group tei:div tei:div1 tei:div2 tei:div3 tei:sp tei:list tei:lg tei:table tei:row tei:opener tei:closer tei:floatingText tei:postscript"/>

  <xsl:param name="record-stem" select="''"/>
  <xsl:param name="html-href" select="''"/>
  <xsl:param name="width" select="78"/>

  <xsl:variable name="nl" select="'&#10;'"/>
  <!-- A hard line break inside inline text (from lb, or a line break of a
       teiconv record), told apart from the source's layout whitespace. -->
  <xsl:variable name="hard" select="'&#x2028;'"/>
  <!-- A space of the source's layout (tei:space), kept through wrapping
       (a private-use character, never in a record's text). -->
  <xsl:variable name="layout-space" select="'&#xE000;'"/>
  <xsl:variable name="layout-tab" select="'&#xE001;'"/>
  <xsl:variable name="layout-chars" select="concat($layout-space, $layout-tab)"/>
  <!-- teiconv's own TEI keeps the record's line breaks in the text; other
       TEI's line breaks are only indentation. -->
  <xsl:variable name="keep-lines" select="boolean(/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application[@ident='teiconv'])"/>
  <!-- A block's lines: a hard line break ends one; in other TEI than
       teiconv's, line feeds, returns and tabs are spaces too (one
       translate() for both: $line-from's characters become $line-to's). -->
  <xsl:variable name="line-from" select="concat($hard, substring('&#10;&#13;&#9;', 1, 3 * not($keep-lines)))"/>
  <xsl:variable name="line-to" select="concat($nl, substring('   ', 1, 3 * not($keep-lines)))"/>
  <!-- teiconv wraps in C (tc:wrap); asked once, not at every block -->
  <xsl:variable name="wrap-in-c" select="function-available('tc:wrap')"/>
  <!-- Small letters (Latin, Latin-1, Latin Extended-A, Greek, Cyrillic):
       a wrapped line that starts with one continues a sentence. -->
  <xsl:variable name="small-letters" select="'abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĸĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžſαβγδεζηθικλμνξοπρςστυφχψωабвгдежзийклмнопрстуфхцчшщъыьэюяѐёђѓєѕіїјљњћќѝўџґ'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:call-template name="text-header"/>
    <xsl:apply-templates select="tei:text"/>
    <!-- Foot notes inside paragraphs follow the text. -->
    <xsl:for-each select="tei:text//tei:note[@place='foot' or @place='end'][ancestor::tei:p or ancestor::tei:ab or ancestor::tei:sp or ancestor::tei:list or ancestor::tei:head]">
      <xsl:call-template name="footnote"/>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== The header: one "Label: value" line per value ===== -->

  <!-- A single-valued field on one line: the labelled format reads a
       following line as another value, so header lines are not wrapped. -->
  <xsl:template name="field">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:call-template name="field-line">
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="value" select="string($value)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- "Label: value" and a newline, unless the value is empty; line breaks
       in the value become spaces, but a teiconv record's double spaces and
       tabs stay as they were (the record reads them back as printed). -->
  <xsl:template name="field-line">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:variable name="kept"><xsl:call-template name="keep-spaces"><xsl:with-param name="s" select="$value"/></xsl:call-template></xsl:variable>
    <xsl:variable name="v" select="normalize-space($kept)"/>
    <!-- <b>: each line an element of its own, ignored by the text output
         method: libxslt appends text to the result's last text node and,
         when variables were built in between, copies that whole node each
         time (quadratic in the length of the text). -->
    <xsl:if test="$v != ''"><b>
      <xsl:value-of select="concat($label, ': ')"/>
      <xsl:call-template name="put-spaces"><xsl:with-param name="s" select="$v"/></xsl:call-template>
      <xsl:value-of select="$nl"/>
    </b></xsl:if>
  </xsl:template>

  <!-- A multi-valued field: one line per value. -->
  <xsl:template name="fields">
    <xsl:param name="label"/>
    <xsl:param name="values"/>
    <xsl:for-each select="$values">
      <xsl:call-template name="field-line">
        <xsl:with-param name="label" select="$label"/>
        <xsl:with-param name="value" select="string(.)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="text-header">
    <xsl:variable name="fd" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="ts" select="$fd/tei:titleStmt"/>
    <xsl:variable name="ps" select="$fd/tei:publicationStmt"/>
    <xsl:variable name="pd" select="tei:teiHeader/tei:profileDesc"/>
    <xsl:variable name="ms" select="$fd/tei:sourceDesc/tei:msDesc[1]"/>
    <xsl:variable name="bibl" select="($fd/tei:sourceDesc//tei:bibl[not(ancestor::tei:msDesc)][not(@type='citation')])[1]"/>
    <xsl:variable name="notes" select="$fd/tei:notesStmt/tei:note"/>
    <xsl:variable name="kw" select="$pd/tei:textClass/tei:keywords"/>
    <xsl:call-template name="field">
      <xsl:with-param name="label">Title</xsl:with-param>
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="$ts/tei:title[@type='main']"><xsl:value-of select="$ts/tei:title[@type='main'][1]"/></xsl:when>
          <xsl:when test="$ts/tei:title[@type='complete']"><xsl:value-of select="$ts/tei:title[@type='complete'][1]"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$ts/tei:title[1]"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Date</xsl:with-param><xsl:with-param name="value" select="$pd/tei:creation/tei:date[1]"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Author(s)</xsl:with-param><xsl:with-param name="values" select="$ts/tei:author"/></xsl:call-template>
    <!-- a Summary line per paragraph (read back as its paragraphs) -->
    <xsl:for-each select="$pd/tei:abstract/tei:p | $pd/tei:abstract[not(tei:p)]">
      <xsl:call-template name="field"><xsl:with-param name="label">Summary</xsl:with-param><xsl:with-param name="value" select="."/></xsl:call-template>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="$bibl"><xsl:call-template name="field"><xsl:with-param name="label">Source</xsl:with-param><xsl:with-param name="value" select="$bibl"/></xsl:call-template></xsl:when>
      <!-- No source string kept: the pieces, joined as the source would print them. -->
      <xsl:when test="$ms/tei:msIdentifier/tei:idno | $ms/tei:msContents/tei:msItem/tei:locus">
        <xsl:call-template name="field">
          <xsl:with-param name="label">Source</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:for-each select="$ms/tei:msIdentifier/tei:repository[../tei:institution] | $ms/tei:msIdentifier/tei:idno | $ms/tei:msContents/tei:msItem/tei:locus">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
    <!-- The older site's citation string, as printed (title, date and
         source read from it only when the record lacks them). -->
    <xsl:call-template name="fields"><xsl:with-param name="label">Citation</xsl:with-param><xsl:with-param name="values" select="$fd/tei:sourceDesc//tei:bibl[@type='citation']"/></xsl:call-template>
    <!-- The original archive is the institution, or the repository when
         it did not come from the source string. -->
    <xsl:call-template name="fields">
      <xsl:with-param name="label">Original Archive</xsl:with-param>
      <xsl:with-param name="values" select="$ms/tei:msIdentifier/tei:institution | $ms/tei:msIdentifier/tei:repository[not(../tei:institution)][not($bibl) or not(contains($bibl, normalize-space(.)))]"/>
    </xsl:call-template>
    <xsl:for-each select="$ms/tei:msContents/tei:textLang[1]">
      <xsl:call-template name="text-languages"/>
    </xsl:for-each>
    <xsl:call-template name="fields"><xsl:with-param name="label">Subjects Discussed</xsl:with-param><xsl:with-param name="values" select="$kw[@scheme = $tc-lcsh]/tei:term"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Associated Places</xsl:with-param><xsl:with-param name="values" select="$kw/tei:term/tei:placeName"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Associated People &amp; Organizations</xsl:with-param><xsl:with-param name="values" select="$kw/tei:term/tei:persName | $kw/tei:term/tei:orgName"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Associated Topics</xsl:with-param><xsl:with-param name="values" select="$kw[not(@scheme = $tc-lcsh)]/tei:term[not(*)]"/></xsl:call-template>
    <xsl:variable name="contributors" select="$ts/tei:respStmt[translate(normalize-space(tei:resp), $tc-upper, $tc-lower) = 'document contributor']"/>
    <xsl:call-template name="fields"><xsl:with-param name="label">Document Contributors</xsl:with-param><xsl:with-param name="values" select="$contributors/*[not(self::tei:resp)]"/></xsl:call-template>
    <!-- Other statements of responsibility come from the source string;
         without one, translators are written as such and the rest as
         contributors with their role. -->
    <xsl:if test="not($bibl)">
      <xsl:variable name="others" select="$ts/tei:respStmt[count(. | $contributors) != count($contributors)]"/>
      <xsl:call-template name="fields"><xsl:with-param name="label">Translator</xsl:with-param><xsl:with-param name="values" select="$others[translate(normalize-space(tei:resp), $tc-upper, $tc-lower) = 'translated by']/*[not(self::tei:resp)]"/></xsl:call-template>
      <xsl:for-each select="$others[translate(normalize-space(tei:resp), $tc-upper, $tc-lower) != 'translated by']">
        <xsl:variable name="line"><xsl:call-template name="tc-resp-line"/></xsl:variable>
        <xsl:value-of select="concat('Document Contributors: ', normalize-space($line), $nl)"/>
      </xsl:for-each>
    </xsl:if>
    <xsl:call-template name="fields"><xsl:with-param name="label">Related Documents</xsl:with-param><xsl:with-param name="values" select="$fd/tei:notesStmt/tei:relatedItem"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Original Classification</xsl:with-param><xsl:with-param name="values" select="$notes[@type='classification']"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Type</xsl:with-param><xsl:with-param name="values" select="$notes[@type='documentType']"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Collection</xsl:with-param><xsl:with-param name="values" select="$notes[@type='collection']"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Funder</xsl:with-param><xsl:with-param name="values" select="$ts/tei:funder | $ts/tei:sponsor"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Publisher</xsl:with-param><xsl:with-param name="value" select="$ps/tei:publisher[1]"/></xsl:call-template>
    <xsl:for-each select="$ps/tei:availability[1]">
      <xsl:for-each select=".//tei:p"><xsl:call-template name="field"><xsl:with-param name="label">Rights</xsl:with-param><xsl:with-param name="value" select="."/></xsl:call-template></xsl:for-each>
      <xsl:if test="not(.//tei:p)"><xsl:call-template name="field"><xsl:with-param name="label">Rights</xsl:with-param><xsl:with-param name="value" select="."/></xsl:call-template></xsl:if>
    </xsl:for-each>
    <xsl:call-template name="field"><xsl:with-param name="label">Original Uploaded Date</xsl:with-param><xsl:with-param name="value" select="$ps/tei:date[@type='uploaded'][1]"/></xsl:call-template>
    <xsl:call-template name="field">
      <xsl:with-param name="label">Record ID</xsl:with-param>
      <xsl:with-param name="value" select="($ps/tei:idno[@type='record'][normalize-space()] | $ps/tei:idno[normalize-space()])[1]"/>
    </xsl:call-template>
  </xsl:template>

  <!-- "Language:" lines: the names as printed ("Hungarian, Russian"), else
       the names of the codes. -->
  <xsl:template name="text-languages">
    <xsl:choose>
      <xsl:when test="normalize-space(.) != ''">
        <xsl:call-template name="split-names"><xsl:with-param name="s" select="normalize-space(.)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="code-names"><xsl:with-param name="tags" select="normalize-space(concat(@mainLang, ' ', @otherLangs))"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="split-names">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, ', ')">
        <xsl:value-of select="concat('Language: ', substring-before($s, ', '), $nl)"/>
        <xsl:call-template name="split-names"><xsl:with-param name="s" select="substring-after($s, ', ')"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$s != ''"><xsl:value-of select="concat('Language: ', $s, $nl)"/></xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="code-names">
    <xsl:param name="tags"/>
    <xsl:if test="$tags != ''">
      <xsl:variable name="first">
        <xsl:choose>
          <xsl:when test="contains($tags, ' ')"><xsl:value-of select="substring-before($tags, ' ')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$tags"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:text>Language: </xsl:text>
      <xsl:call-template name="tc-lang-name"><xsl:with-param name="tag" select="$first"/></xsl:call-template>
      <xsl:value-of select="$nl"/>
      <xsl:call-template name="code-names"><xsl:with-param name="tags" select="substring-after($tags, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ===== The body: blocks separated by blank lines ===== -->

  <xsl:template match="tei:text | tei:body | tei:front | tei:back | tei:group | tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:floatingText | tei:opener | tei:closer | tei:postscript | tei:lg | tei:table">
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="tei:teiHeader | tei:fw | tei:facsimile"/>

  <!-- The document's own heading is its title, written in the header. -->
  <xsl:template match="tei:div[@type='document']/tei:head[1]">
    <xsl:variable name="t" select="normalize-space(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type='main'][1])"/>
    <xsl:if test="normalize-space(.) != $t">
      <xsl:call-template name="block"/>
    </xsl:if>
  </xsl:template>

  <!-- A footnote text as printed: "[1] The quotation ends here." -->
  <xsl:template match="tei:note[@place='foot' or @place='end']" name="footnote">
    <xsl:variable name="t">
      <xsl:if test="normalize-space(@n) != ''"><xsl:value-of select="concat('[', normalize-space(@n), '] ')"/></xsl:if>
      <xsl:apply-templates mode="inline"/>
    </xsl:variable>
    <xsl:call-template name="emit-block"><xsl:with-param name="t" select="$t"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:pb">
    <b>
    <xsl:value-of select="$nl"/>
    <xsl:choose>
      <xsl:when test="@n"><xsl:value-of select="concat('(p. ', @n, ')')"/></xsl:when>
      <xsl:otherwise>(page break)</xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$nl"/>
    </b>
  </xsl:template>

  <xsl:template match="tei:sp">
    <xsl:variable name="t">
      <xsl:for-each select="tei:speaker"><xsl:apply-templates mode="inline"/><xsl:text> </xsl:text></xsl:for-each>
      <xsl:for-each select="*[not(self::tei:speaker)]">
        <xsl:if test="position() &gt; 1"><xsl:value-of select="$hard"/></xsl:if>
        <xsl:apply-templates mode="inline"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="emit-block"><xsl:with-param name="t" select="$t"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:variable name="t">
      <xsl:for-each select="tei:head | tei:item | tei:label">
        <xsl:if test="position() &gt; 1"><xsl:value-of select="$hard"/></xsl:if>
        <!-- an item's number or mark as printed: "1. …", "a) …", "- …" -->
        <xsl:if test="self::tei:item and normalize-space(@n) != ''"><xsl:value-of select="concat(normalize-space(@n), ' ')"/></xsl:if>
        <xsl:apply-templates mode="inline"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="emit-block"><xsl:with-param name="t" select="$t"/></xsl:call-template>
  </xsl:template>

  <!-- Any other element at block level: its text as a block. -->
  <xsl:template match="tei:*">
    <xsl:call-template name="block"/>
  </xsl:template>

  <!-- A block of text (a paragraph, or any element called with it); the
       text goes to emit-block as the tree it was made in. -->
  <xsl:template match="tei:p | tei:ab | tei:head | tei:dateline | tei:salute | tei:signed | tei:byline | tei:trailer | tei:stage | tei:l | tei:docTitle | tei:row | tei:quote | tei:label" name="block">
    <xsl:variable name="t"><xsl:apply-templates mode="inline"/></xsl:variable>
    <xsl:call-template name="emit-block"><xsl:with-param name="t" select="$t"/></xsl:call-template>
  </xsl:template>

  <!-- A block: a blank line, then each of its lines wrapped. -->
  <xsl:template name="emit-block">
    <xsl:param name="t"/>
    <xsl:choose>
      <xsl:when test="$wrap-in-c">
        <!-- the same steps in three XPath calls: tc:wrap writes nothing
             for a block of blank lines -->
        <xsl:variable name="w" select="tc:wrap(translate($t, $line-from, $line-to), $width, $small-letters, $tc-upper, $tc-lower)"/>
        <xsl:if test="$w != ''"><b><xsl:value-of select="concat($nl, translate($w, $layout-chars, ' &#9;'))"/></b></xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="lines" select="translate($t, $line-from, $line-to)"/>
        <xsl:if test="normalize-space($lines) != ''"><b>
          <xsl:value-of select="$nl"/>
          <xsl:call-template name="wrap-lines"><xsl:with-param name="s" select="$lines"/></xsl:call-template>
        </b></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Each line of s that is not blank, normalised, wrapped and written.
       teiconv runs it as tc:wrap (src/lib/xslt/wrap.c: the same rules in
       one pass, for paragraphs of any length); other XSLT processors run
       the templates below (tests/cli/text_wrap_portable.sh holds the two
       equal). -->
  <xsl:template name="wrap-lines">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$wrap-in-c">
        <xsl:call-template name="put-spaces"><xsl:with-param name="s" select="tc:wrap($s, $width, $small-letters, $tc-upper, $tc-lower)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wrap-lines-xslt"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="wrap-lines-xslt">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, $nl)">
        <xsl:call-template name="wrap-lines-xslt"><xsl:with-param name="s" select="substring-before($s, $nl)"/></xsl:call-template>
        <xsl:call-template name="wrap-lines-xslt"><xsl:with-param name="s" select="substring-after($s, $nl)"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="normalize-space($s) != ''">
        <xsl:variable name="w">
          <xsl:call-template name="wrap-line"><xsl:with-param name="s" select="normalize-space($s)"/></xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="put-spaces"><xsl:with-param name="s" select="$w"/></xsl:call-template>
        <xsl:value-of select="$nl"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Word-wrap one line (spaces normalised) at $width columns; a word
       longer than the width stays whole on its own line. Continuation
       lines start with indent. No newline after the last line. -->
  <xsl:template name="wrap-line">
    <xsl:param name="s"/>
    <xsl:param name="indent" select="''"/>
    <xsl:param name="lead" select="''"/>
    <xsl:variable name="room" select="$width - string-length($lead)"/>
    <xsl:choose>
      <xsl:when test="string-length($s) &lt;= $room">
        <xsl:value-of select="concat($lead, $s)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="plain-cut">
          <xsl:call-template name="last-space"><xsl:with-param name="s" select="substring($s, 1, $room + 1)"/></xsl:call-template>
        </xsl:variable>
        <!-- the break is looked for in the first room + 81 characters
             only: passing the whole paragraph down the recursion copies it
             at every step -->
        <xsl:variable name="head" select="substring($s, 1, $room + 82)"/>
        <xsl:variable name="quiet-cut">
          <xsl:call-template name="quiet-space">
            <xsl:with-param name="s" select="$head"/>
            <xsl:with-param name="at" select="$plain-cut"/>
            <xsl:with-param name="least" select="floor($room * 0.6)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="calm-cut">
          <xsl:if test="not($quiet-cut &gt; 0)">
            <xsl:call-template name="quiet-space">
              <xsl:with-param name="s" select="$head"/>
              <xsl:with-param name="at" select="$plain-cut"/>
              <xsl:with-param name="least" select="0"/>
              <xsl:with-param name="any-case" select="true()"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:variable>
        <xsl:variable name="cut">
          <xsl:choose>
            <xsl:when test="$quiet-cut &gt; 0"><xsl:value-of select="$quiet-cut"/></xsl:when>
            <xsl:when test="$calm-cut &gt; 0"><xsl:value-of select="$calm-cut"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$plain-cut"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="at">
          <xsl:choose>
            <xsl:when test="$cut &gt; 1"><xsl:value-of select="$cut"/></xsl:when>
            <xsl:when test="contains($s, ' ')"><xsl:value-of select="string-length(substring-before($s, ' ')) + 1"/></xsl:when>
            <xsl:otherwise>0</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$at = 0"><xsl:value-of select="concat($lead, $s)"/></xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat($lead, substring($s, 1, $at - 1), $nl)"/>
            <xsl:call-template name="wrap-line">
              <xsl:with-param name="s" select="substring($s, $at + 1)"/>
              <xsl:with-param name="indent" select="$indent"/>
              <xsl:with-param name="lead" select="$indent"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where to break a line: the last space at or before $at (and not
       before $least) after which the next line starts with a word in small
       letters that is no label: never "2.", "a)", "- ", "[1]", "H. KOHL.",
       "North (KIM):", "Copy 3", "Sent to" ... A line that starts like that
       would be read back as a new list item, speech, note or header, so
       the wrapped text keeps its blocks; 0 when there is no such space.
       With any-case, a word in capitals will do (text all in capitals,
       German nouns) as long as it does not start with a mark or a digit. -->
  <xsl:template name="quiet-space">
    <xsl:param name="s"/>
    <xsl:param name="at"/>
    <xsl:param name="least"/>
    <xsl:param name="any-case" select="false()"/>
    <xsl:if test="$at &gt; $least and $at &gt; 1">
      <!-- what the next line would start with (80 characters are enough) -->
      <xsl:variable name="next" select="substring($s, $at + 1, 80)"/>
      <xsl:variable name="word" select="substring-before(concat($next, ' '), ' ')"/>
      <xsl:variable name="last" select="substring($word, string-length($word))"/>
      <xsl:variable name="low" select="translate($word, $tc-upper, $tc-lower)"/>
      <xsl:variable name="first" select="substring($word, 1, 1)"/>
      <xsl:variable name="no-label" select="$word != '' and not(contains('.):', $last))
                        and not($low = 'copy' or $low = 'copies' or $low = 'sent' or $low = 'printed' or $low = 'ex' or $low = 'exemplar' or $low = 'cc:' or starts-with($low, 'distribution'))"/>
      <xsl:variable name="small" select="translate($first, $small-letters, '') = ''"/>
      <!-- in capitals: no mark or digit first, and no speaker's name in the
           first four words ("M.S. GORBACHEV.", "Kim Il Sung:") -->
      <xsl:variable name="calm">
        <xsl:if test="$no-label and not($small) and $any-case and not(contains('-*[(/0123456789&#x2013;&#x2014;&#x2022;&#x2116;&#x201C;&#x201E;&quot;', $first))">
          <xsl:variable name="lead">
            <xsl:call-template name="first-words"><xsl:with-param name="s" select="$next"/><xsl:with-param name="n" select="4"/></xsl:call-template>
          </xsl:variable>
          <xsl:if test="not(contains($lead, '. ') or contains($lead, ': '))">yes</xsl:if>
        </xsl:if>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$no-label and ($small or $calm = 'yes')">
          <xsl:value-of select="$at"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="quiet-space">
            <xsl:with-param name="s" select="$s"/>
            <xsl:with-param name="at">
              <xsl:call-template name="last-space"><xsl:with-param name="s" select="substring($s, 1, $at - 1)"/></xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="least" select="$least"/>
            <xsl:with-param name="any-case" select="$any-case"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The first n words of s, each followed by a space. -->
  <xsl:template name="first-words">
    <xsl:param name="s"/>
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0 and $s != ''">
      <xsl:value-of select="concat(substring-before(concat($s, ' '), ' '), ' ')"/>
      <xsl:call-template name="first-words"><xsl:with-param name="s" select="substring-after($s, ' ')"/><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Position (1-based) of the last space in s, 0 when none. -->
  <xsl:template name="last-space">
    <xsl:param name="s"/>
    <xsl:param name="base" select="0"/>
    <xsl:choose>
      <xsl:when test="contains($s, ' ')">
        <xsl:variable name="p" select="string-length(substring-before($s, ' ')) + 1"/>
        <xsl:call-template name="last-space">
          <xsl:with-param name="s" select="substring($s, $p + 1)"/>
          <xsl:with-param name="base" select="$base + $p"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$base"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Inline: the editorial marks written as in the source ===== -->

  <!-- Double spaces and tabs of a teiconv record as layout characters that
       wrapping and normalize-space() leave alone; put-spaces writes them
       back. Other TEI's whitespace is indentation: left as it is. A text
       node of a block is written so; field-line calls it with a value. -->
  <xsl:template match="text()[contains(., '  ') or contains(., '&#9;')]" mode="inline" name="keep-spaces">
    <xsl:param name="s" select="string(.)"/>
    <xsl:choose>
      <xsl:when test="$keep-lines and (contains($s, '  ') or contains($s, '&#9;'))"><xsl:value-of select="translate(str:replace($s, '  ', concat($layout-space, $layout-space)), '&#9;', $layout-tab)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- Any other text node: as it is (the cheap path: no parameter, no
       test). -->
  <xsl:template match="text()" mode="inline"><xsl:value-of select="."/></xsl:template>
  <xsl:template name="put-spaces">
    <xsl:param name="s"/>
    <xsl:value-of select="translate($s, $layout-chars, ' &#9;')"/>
  </xsl:template>
  <xsl:template match="tei:supplied | tei:foreign | tei:ref[@type='footnote']" mode="inline">[<xsl:apply-templates mode="inline"/>]</xsl:template>
  <xsl:template match="tei:unclear" mode="inline">[[<xsl:apply-templates mode="inline"/>]]</xsl:template>
  <!-- A run of layout spaces: as many as the source had; they survive the
       wrapping as $layout-space and become spaces when a line is written. -->
  <xsl:template match="tei:space" mode="inline">
    <xsl:if test="@quantity &gt;= 1">
      <xsl:value-of select="str:padding(@quantity, $layout-space)"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:gap" mode="inline">
    <xsl:choose>
      <xsl:when test="normalize-space(tei:desc) != ''"><xsl:value-of select="tei:desc"/></xsl:when>
      <xsl:otherwise>[…]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- A note keeps its brackets: those of the source when it has them. -->
  <xsl:template match="tei:note" mode="inline">
    <xsl:variable name="t"><xsl:apply-templates mode="inline"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with(normalize-space($t), '[')"><xsl:value-of select="$t"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('[', $t, ']')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:note[@place='foot' or @place='end']" mode="inline"/>
  <xsl:template match="tei:lb" mode="inline"><xsl:value-of select="$hard"/></xsl:template>
  <xsl:template match="tei:pb" mode="inline">
    <xsl:choose>
      <xsl:when test="@n"><xsl:value-of select="concat('(p. ', @n, ')')"/></xsl:when>
      <xsl:otherwise> </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:fw | tei:desc[parent::tei:gap]" mode="inline"/>
  <xsl:template match="tei:*" mode="inline"><xsl:apply-templates mode="inline"/></xsl:template>
</xsl:stylesheet>
