<?xml version="1.0" encoding="UTF-8"?>
<!-- tei2text.xsl: one TEI record to a clean reading text in the labelled
     format of DESIGN.md 3.2 ("Label: value" lines, blank line, body at 78). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:include href="common-tei.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:text tei:body tei:front tei:back tei:group tei:div tei:div1 tei:div2 tei:div3 tei:sp tei:list tei:lg tei:table tei:row tei:opener tei:closer tei:floatingText tei:postscript"/>

  <xsl:param name="record-stem" select="''"/>
  <xsl:param name="html-href" select="''"/>
  <xsl:param name="width" select="78"/>

  <xsl:variable name="nl" select="'&#10;'"/>
  <!-- A hard line break inside inline text (from lb, or a line break of a
       teiconv record), told apart from the source's layout whitespace. -->
  <xsl:variable name="hard" select="'&#x2028;'"/>
  <!-- teiconv's own TEI keeps the record's line breaks in the text; other
       TEI's line breaks are only indentation. -->
  <xsl:variable name="keep-lines" select="boolean(/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application[@ident='teiconv'])"/>
  <xsl:variable name="lcsh" select="'http://id.loc.gov/authorities/subjects'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:call-template name="text-header"/>
    <xsl:apply-templates select="tei:text"/>
    <!-- Foot notes inside paragraphs follow the text. -->
    <xsl:for-each select="tei:text//tei:note[@place='foot' or @place='end'][ancestor::tei:p or ancestor::tei:ab or ancestor::tei:sp or ancestor::tei:list or ancestor::tei:head]">
      <xsl:call-template name="block"/>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== The header: one "Label: value" line per value ===== -->

  <!-- A single-valued field on one line: the labelled format reads a
       following line as another value, so header lines are not wrapped. -->
  <xsl:template name="field">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:if test="$v != ''">
      <xsl:value-of select="concat($label, ': ', $v, $nl)"/>
    </xsl:if>
  </xsl:template>

  <!-- A multi-valued field: one line per value. -->
  <xsl:template name="fields">
    <xsl:param name="label"/>
    <xsl:param name="values"/>
    <xsl:for-each select="$values">
      <xsl:if test="normalize-space(.) != ''">
        <xsl:value-of select="concat($label, ': ', normalize-space(.), $nl)"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="text-header">
    <xsl:variable name="fd" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="ts" select="$fd/tei:titleStmt"/>
    <xsl:variable name="ps" select="$fd/tei:publicationStmt"/>
    <xsl:variable name="pd" select="tei:teiHeader/tei:profileDesc"/>
    <xsl:variable name="ms" select="$fd/tei:sourceDesc/tei:msDesc[1]"/>
    <xsl:variable name="bibl" select="($fd/tei:sourceDesc//tei:bibl[not(ancestor::tei:msDesc)])[1]"/>
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
    <xsl:call-template name="field"><xsl:with-param name="label">Summary</xsl:with-param><xsl:with-param name="value" select="$pd/tei:abstract"/></xsl:call-template>
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
    <!-- The original archive is the institution, or the repository when
         it did not come from the source string. -->
    <xsl:call-template name="fields">
      <xsl:with-param name="label">Original Archive</xsl:with-param>
      <xsl:with-param name="values" select="$ms/tei:msIdentifier/tei:institution | $ms/tei:msIdentifier/tei:repository[not(../tei:institution)][not($bibl) or not(contains($bibl, normalize-space(.)))]"/>
    </xsl:call-template>
    <xsl:for-each select="$ms/tei:msContents/tei:textLang[1]">
      <xsl:call-template name="text-languages"/>
    </xsl:for-each>
    <xsl:call-template name="fields"><xsl:with-param name="label">Subjects Discussed</xsl:with-param><xsl:with-param name="values" select="$kw[@scheme = $lcsh]/tei:term"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Associated Places</xsl:with-param><xsl:with-param name="values" select="$kw/tei:term/tei:placeName"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Associated People &amp; Organizations</xsl:with-param><xsl:with-param name="values" select="$kw/tei:term/tei:persName | $kw/tei:term/tei:orgName"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Associated Topics</xsl:with-param><xsl:with-param name="values" select="$kw[not(@scheme = $lcsh)]/tei:term[not(*)]"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Document Contributors</xsl:with-param><xsl:with-param name="values" select="$ts/tei:respStmt[normalize-space(tei:resp) = 'document contributor']/*[not(self::tei:resp)]"/></xsl:call-template>
    <!-- Other statements of responsibility come from the source string;
         without one they are written out as contributors. -->
    <xsl:if test="not($bibl)">
      <xsl:for-each select="$ts/tei:respStmt[normalize-space(tei:resp) != 'document contributor']">
        <xsl:variable name="line"><xsl:call-template name="tc-resp-line"/></xsl:variable>
        <xsl:value-of select="concat('Document Contributors: ', normalize-space($line), $nl)"/>
      </xsl:for-each>
    </xsl:if>
    <xsl:call-template name="fields"><xsl:with-param name="label">Related Documents</xsl:with-param><xsl:with-param name="values" select="$fd/tei:notesStmt/tei:relatedItem"/></xsl:call-template>
    <xsl:call-template name="fields"><xsl:with-param name="label">Original Classification</xsl:with-param><xsl:with-param name="values" select="$fd/tei:notesStmt/tei:note[@type='classification']"/></xsl:call-template>
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

  <xsl:template match="tei:p | tei:ab | tei:head | tei:dateline | tei:salute | tei:signed | tei:byline | tei:trailer | tei:stage | tei:l | tei:docTitle | tei:row | tei:quote | tei:note[@place='foot' or @place='end'] | tei:label">
    <xsl:call-template name="block"/>
  </xsl:template>

  <xsl:template match="tei:pb">
    <xsl:value-of select="$nl"/>
    <xsl:choose>
      <xsl:when test="@n"><xsl:value-of select="concat('(p. ', @n, ')')"/></xsl:when>
      <xsl:otherwise>(page break)</xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:sp">
    <xsl:variable name="t">
      <xsl:for-each select="tei:speaker"><xsl:apply-templates mode="inline"/><xsl:text> </xsl:text></xsl:for-each>
      <xsl:for-each select="*[not(self::tei:speaker)]">
        <xsl:if test="position() &gt; 1"><xsl:value-of select="$hard"/></xsl:if>
        <xsl:apply-templates mode="inline"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="emit-block"><xsl:with-param name="t" select="string($t)"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:variable name="t">
      <xsl:for-each select="tei:head | tei:item | tei:label">
        <xsl:if test="position() &gt; 1"><xsl:value-of select="$hard"/></xsl:if>
        <xsl:apply-templates mode="inline"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="emit-block"><xsl:with-param name="t" select="string($t)"/></xsl:call-template>
  </xsl:template>

  <!-- Any other element at block level: its text as a block. -->
  <xsl:template match="tei:*">
    <xsl:call-template name="block"/>
  </xsl:template>

  <xsl:template name="block">
    <xsl:variable name="t"><xsl:apply-templates mode="inline"/></xsl:variable>
    <xsl:call-template name="emit-block"><xsl:with-param name="t" select="string($t)"/></xsl:call-template>
  </xsl:template>

  <!-- A block: a blank line, then each of its lines wrapped. -->
  <xsl:template name="emit-block">
    <xsl:param name="t"/>
    <xsl:variable name="lines">
      <xsl:choose>
        <xsl:when test="$keep-lines"><xsl:value-of select="translate($t, $hard, $nl)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="translate(translate($t, '&#10;&#13;&#9;', '   '), $hard, $nl)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="normalize-space($lines) != ''">
      <xsl:value-of select="$nl"/>
      <xsl:call-template name="wrap-lines"><xsl:with-param name="s" select="string($lines)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="wrap-lines">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, $nl)">
        <xsl:if test="normalize-space(substring-before($s, $nl)) != ''">
          <xsl:call-template name="wrap-line"><xsl:with-param name="s" select="normalize-space(substring-before($s, $nl))"/></xsl:call-template>
          <xsl:value-of select="$nl"/>
        </xsl:if>
        <xsl:call-template name="wrap-lines"><xsl:with-param name="s" select="substring-after($s, $nl)"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="normalize-space($s) != ''">
        <xsl:call-template name="wrap-line"><xsl:with-param name="s" select="normalize-space($s)"/></xsl:call-template>
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
        <xsl:variable name="cut">
          <xsl:call-template name="last-space"><xsl:with-param name="s" select="substring($s, 1, $room + 1)"/></xsl:call-template>
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

  <xsl:template match="text()" mode="inline">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="tei:supplied" mode="inline">[<xsl:apply-templates mode="inline"/>]</xsl:template>
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
