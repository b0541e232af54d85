<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc-common.xsl: shared helpers of the stylesheets that read any TEI P5
     document (teidoc2*.xsl): plain text of a node, ISO dates, language codes. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="t frus exsl">
  <xsl:include href="lang.xsl"/>

  <!-- The document divisions of a volume (FRUS: div[@type='document'], at
       any depth, enclosures inside documents included). -->
  <xsl:key name="docdiv" match="t:div[@type='document']" use="'all'"/>

  <!-- The structure of a text: its units are the divisions (div, div1 to
       div7) and the texts of a group. Each unit is filed under its nearest
       enclosing unit ('u' + its id; 'u' alone at the top), so that a unit's
       sub-units are one key look-up, never a walk through the text. -->
  <xsl:key name="unit-kids"
      match="t:div | t:div1 | t:div2 | t:div3 | t:div4 | t:div5 | t:div6 | t:div7 | t:group/t:text"
      use="concat('u', generate-id(ancestor::*[self::t:div or self::t:div1 or self::t:div2
           or self::t:div3 or self::t:div4 or self::t:div5 or self::t:div6 or self::t:div7
           or self::t:text[parent::t:group]][1]))"/>
  <xsl:key name="xml-id" match="*[@xml:id]" use="@xml:id"/>
  <!-- the top units of the text (not those of the header or a standOff) -->
  <xsl:variable name="top-units" select="key('unit-kids', 'u')[ancestor::t:text]"/>
  <xsl:variable name="doc-volume" select="boolean(key('docdiv', 'all'))"/>

  <xsl:key name="units"
      match="t:div | t:div1 | t:div2 | t:div3 | t:div4 | t:div5 | t:div6 | t:div7 | t:group/t:text"
      use="'all'"/>
  <xsl:variable name="units" select="key('units', 'all')[ancestor::t:text]"/>

  <!-- The summary rule: the finding aid lists components down to
       dsc-max-depth (0: all levels) and, when the text has more than
       dsc-max-components units, down to the deepest level that keeps within
       that many (never above the first); the loss report
       (report/teidoc-text-loss.xsl) says what is summarised. -->
  <xsl:param name="dsc-max-depth" select="'0'"/>
  <xsl:param name="dsc-max-components" select="'20000'"/>
  <xsl:variable name="dsc-depth">
    <xsl:call-template name="summary-depth">
      <xsl:with-param name="units" select="$units"/>
      <xsl:with-param name="max-depth" select="number($dsc-max-depth)"/>
      <xsl:with-param name="max-count" select="number($dsc-max-components)"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- The summary rule of the finding aid's components: the depth down to
       which units are listed. max-depth 0 means every level; when there are
       more than max-count units (max-count 0: no limit), the deepest level
       that keeps within max-count, never less than 1. 1000 is "all". -->
  <xsl:template name="summary-depth">
    <xsl:param name="units" select="$units"/>
    <xsl:param name="max-depth" select="0"/>
    <xsl:param name="max-count" select="0"/>
    <xsl:variable name="by-count">
      <xsl:choose>
        <xsl:when test="not($max-count &gt; 0) or count($units) &lt;= $max-count">1000</xsl:when>
        <xsl:otherwise>
          <xsl:variable name="depths-rtf">
            <xsl:for-each select="$units">
              <d><xsl:value-of select="count(ancestor::*[self::t:div or self::t:div1 or self::t:div2
                   or self::t:div3 or self::t:div4 or self::t:div5 or self::t:div6 or self::t:div7
                   or self::t:text[parent::t:group]]) + 1"/></d>
            </xsl:for-each>
          </xsl:variable>
          <xsl:call-template name="deepest-within">
            <xsl:with-param name="depths" select="exsl:node-set($depths-rtf)/d"/>
            <xsl:with-param name="max-count" select="$max-count"/>
            <xsl:with-param name="d" select="1"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$max-depth &gt;= 1 and $max-depth &lt; $by-count"><xsl:value-of select="floor($max-depth)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$by-count"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="deepest-within">
    <xsl:param name="depths"/>
    <xsl:param name="max-count"/>
    <xsl:param name="d"/>
    <xsl:choose>
      <xsl:when test="$d &lt; 1000 and count($depths[. &lt;= $d + 1]) &lt;= $max-count and count($depths[. &gt; $d]) &gt; 0">
        <xsl:call-template name="deepest-within">
          <xsl:with-param name="depths" select="$depths"/>
          <xsl:with-param name="max-count" select="$max-count"/>
          <xsl:with-param name="d" select="$d + 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The sub-units of a unit. -->
  <xsl:template name="unit-kids-count">
    <xsl:param name="u" select="."/>
    <xsl:value-of select="count(key('unit-kids', concat('u', generate-id($u))))"/>
  </xsl:template>

  <!-- The EAD level of a unit: a document (FRUS) or a unit with no
       sub-units is an item (in a volume of documents, a unit that is no
       document and holds none is a file); a top unit holding others is a
       series, one holding only items a file, others subseries. -->
  <xsl:template name="unit-level">
    <xsl:param name="depth"/>
    <xsl:variable name="kids" select="key('unit-kids', concat('u', generate-id()))"/>
    <xsl:choose>
      <xsl:when test="@type = 'document'">item</xsl:when>
      <xsl:when test="not($kids) and $doc-volume">file</xsl:when>
      <xsl:when test="not($kids)">item</xsl:when>
      <xsl:when test="$depth = 1">series</xsl:when>
      <xsl:when test="not(key('unit-kids', concat('u', generate-id($kids))))">file</xsl:when>
      <xsl:otherwise>subseries</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An id for a unit, valid as an XML ID and unique in the output: its
       xml:id when that is one (and unique), else its place in the
       structure, "c" and the place of each unit among its fellows
       (c2.1.4, the path the caller keeps). -->
  <xsl:template name="unit-id">
    <xsl:param name="path"/>
    <xsl:variable name="x" select="string(@xml:id)"/>
    <xsl:choose>
      <xsl:when test="$x != '' and translate($x, ' :/#?&amp;%', '') = $x
                      and not(contains('0123456789-.', substring($x, 1, 1)))
                      and count(key('xml-id', $x)) = 1
                      and not(starts-with($x, 'c') and translate(substring($x, 2), '0123456789.', '') = '')">
        <xsl:value-of select="$x"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('c', $path)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The word-boundary rule, one for every rendering (plain text, the text
       output, HTML): where pieces of a text are joined, an element of the
       kinds listed in the pattern below (a dictionary entry's parts, an
       apparatus reading, a cell, an item, a label, a name's parts, a desc, a
       block), an element of another namespace, and a line, page or column
       break or a space stand between words: apply-templates select="." in
       mode word-gap writes the space there (side 'before', the default, or
       'after'); a break with break="no" is inside a word and writes nothing.
       Other TEI elements (hi, g, persName, date, seg) are inside the words
       around them. The list is a pattern, not a string to search, so that
       the test costs a template match (the string's copy and search per
       element made FRUS to text twice as dear). -->
  <xsl:template match="t:*" mode="word-gap"/>
  <xsl:template match="* | t:form | t:orth | t:pron | t:gramGrp | t:gram | t:sense | t:def | t:cit | t:usg | t:lbl
                       | t:xr | t:etym | t:re | t:lem | t:rdg | t:rdgGrp | t:cell | t:item | t:label | t:bibl
                       | t:msItem | t:locus | t:incipit | t:explicit | t:author | t:title | t:forename | t:surname
                       | t:addName | t:roleName | t:nameLink | t:genName | t:birth | t:death | t:occupation
                       | t:idno | t:location | t:geo | t:desc | t:dateline | t:salute | t:signed | t:opener
                       | t:closer | t:docDate | t:byline | t:p | t:ab | t:head | t:l | t:note
                       | t:lb | t:pb | t:cb | t:space" mode="word-gap">
    <xsl:param name="side" select="'before'"/>
    <!-- side 'after': no space when the text that follows starts with one
         or with punctuation (never "word ,") -->
    <xsl:if test="not(@break = 'no')
                  and not($side = 'after' and contains(' &#10;&#9;&#13;.,;:!?)]}»”’', substring(following-sibling::node()[1][self::text()], 1, 1)) and following-sibling::node()[1][self::text()])">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- Plain reading text of a node: notes (footnotes inside heads) left out,
       the word-boundary rule (mode word-gap) between the pieces, a figure's
       description in brackets. Callers normalize-space() the result. -->
  <xsl:template match="t:note | t:fw | t:teiHeader" mode="plain"/>
  <xsl:template match="t:figDesc" mode="plain">
    <xsl:text> [</xsl:text><xsl:apply-templates mode="plain"/><xsl:text>] </xsl:text>
  </xsl:template>
  <!-- names and dates side by side with nothing between them (origin:
       origDate then origPlace) get a space, never one before punctuation -->
  <xsl:template match="t:origDate | t:origPlace | t:date | t:placeName | t:persName | t:orgName" mode="plain">
    <xsl:apply-templates mode="plain"/>
    <xsl:if test="following-sibling::node()[1][self::*]"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="t:choice" mode="plain">
    <xsl:apply-templates select="(t:reg | t:expan[not(../t:reg)] | t:corr[not(../t:reg or ../t:expan)] | t:sic[not(../t:reg or ../t:expan or ../t:corr)] | t:orig[not(../t:reg or ../t:expan or ../t:corr or ../t:sic)] | t:abbr[not(../t:reg or ../t:expan or ../t:corr or ../t:sic or ../t:orig)])[1]" mode="plain"/>
  </xsl:template>
  <xsl:template match="*" mode="plain">
    <xsl:apply-templates select="." mode="word-gap"/>
    <xsl:apply-templates mode="plain"/>
    <xsl:apply-templates select="." mode="word-gap"><xsl:with-param name="side" select="'after'"/></xsl:apply-templates>
  </xsl:template>

  <xsl:template name="plain">
    <xsl:param name="node" select="."/>
    <xsl:variable name="s">
      <xsl:apply-templates select="$node" mode="plain-top"/>
    </xsl:variable>
    <xsl:value-of select="normalize-space($s)"/>
  </xsl:template>

  <!-- A note asked for by itself (a source note, a notesStmt note) gives its
       text; notes inside other text are left out. -->
  <xsl:template match="t:note" mode="plain-top">
    <xsl:apply-templates mode="plain"/>
  </xsl:template>
  <xsl:template match="node()" mode="plain-top">
    <xsl:apply-templates select="." mode="plain"/>
  </xsl:template>

  <!-- A string cut to at most max characters at a word boundary, with an
       ellipsis when cut. -->
  <xsl:template name="clip">
    <xsl:param name="s"/>
    <xsl:param name="max" select="400"/>
    <xsl:choose>
      <xsl:when test="string-length($s) &lt;= $max">
        <xsl:value-of select="$s"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="head" select="substring($s, 1, $max)"/>
        <xsl:call-template name="before-last-space">
          <xsl:with-param name="s" select="$head"/>
        </xsl:call-template>
        <xsl:text>…</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The string up to its last space (the last word, cut, dropped):
       one character at a time from the end, so a call costs the length of
       one word, not of every word before it. -->
  <xsl:template name="before-last-space">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="not(contains($s, ' '))"><xsl:value-of select="$s"/></xsl:when>
      <xsl:when test="substring($s, string-length($s)) = ' '"><xsl:value-of select="normalize-space($s)"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="before-last-space">
          <xsl:with-param name="s" select="substring($s, 1, string-length($s) - 1)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An ISO 8601 calendar date (YYYY, YYYY-MM, YYYY-MM-DD; a dateTime is cut
       to its date) when s is one that EAD's @normal accepts, else ''. -->
  <xsl:template name="iso-date">
    <xsl:param name="s"/>
    <xsl:variable name="v" select="normalize-space($s)"/>
    <xsl:variable name="d">
      <xsl:choose>
        <xsl:when test="string-length($v) &gt; 10 and substring($v, 11, 1) = 'T'">
          <xsl:value-of select="substring($v, 1, 10)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="shape" select="translate($d, '0123456789', '9999999999')"/>
    <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
    <xsl:variable name="day" select="number(substring($d, 9, 2))"/>
    <xsl:if test="($shape = '9999' or $shape = '9999-99' or $shape = '9999-99-99')
                  and contains('012', substring($d, 1, 1))
                  and (string-length($d) = 4 or ($m &gt;= 1 and $m &lt;= 12))
                  and (string-length($d) &lt; 10 or ($day &gt;= 1 and $day &lt;= 31))">
      <xsl:value-of select="$d"/>
    </xsl:if>
  </xsl:template>

  <!-- The normalised date (ISO "start" or "start/end") of a TEI date-like
       element from @when, @from/@to, @notBefore/@notAfter, or its text
       when that is itself ISO. -->
  <xsl:template name="normal-of">
    <xsl:param name="el" select="."/>
    <xsl:variable name="a">
      <xsl:call-template name="iso-date">
        <xsl:with-param name="s" select="($el/@when | $el/@from | $el/@notBefore | $el/@when-iso | $el/@from-iso | $el/@notBefore-iso)[1]"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="b">
      <xsl:call-template name="iso-date">
        <xsl:with-param name="s" select="($el/@to | $el/@notAfter | $el/@to-iso | $el/@notAfter-iso)[1]"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="txt">
      <xsl:call-template name="iso-date">
        <xsl:with-param name="s" select="$el"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="range">
      <xsl:with-param name="a" select="$a"/>
      <xsl:with-param name="b" select="$b"/>
      <xsl:with-param name="fallback" select="$txt"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="range">
    <xsl:param name="a"/>
    <xsl:param name="b"/>
    <xsl:param name="fallback" select="''"/>
    <xsl:choose>
      <xsl:when test="$a != '' and $b != '' and $a != $b">
        <xsl:value-of select="concat($a, '/', $b)"/>
      </xsl:when>
      <xsl:when test="$a != ''"><xsl:value-of select="$a"/></xsl:when>
      <xsl:when test="$b != ''"><xsl:value-of select="$b"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$fallback"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The normalised date of one document division: FRUS's own
       frus:doc-dateTime-min/max first, then the dateline's date, then the
       first date anywhere in its opening (before the first paragraph). -->
  <xsl:template name="doc-normal">
    <xsl:param name="div" select="."/>
    <xsl:variable name="fmin">
      <xsl:call-template name="iso-date">
        <xsl:with-param name="s" select="$div/@frus:doc-dateTime-min"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="fmax">
      <xsl:call-template name="iso-date">
        <xsl:with-param name="s" select="$div/@frus:doc-dateTime-max"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$fmin != '' or $fmax != ''">
        <xsl:call-template name="range">
          <xsl:with-param name="a" select="$fmin"/>
          <xsl:with-param name="b" select="$fmax"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$div/t:dateline//t:date or $div/t:opener//t:date or $div/t:docDate or $div/t:front//t:docDate">
        <xsl:call-template name="normal-of">
          <xsl:with-param name="el" select="($div/t:dateline//t:date | $div/t:opener//t:date | $div/t:docDate | $div/t:front//t:docDate)[1]"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$div//t:dateline//t:date">
        <xsl:call-template name="normal-of">
          <xsl:with-param name="el" select="($div//t:dateline//t:date)[1]"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The printed date of a document division, or ''. -->
  <xsl:template name="doc-date-text">
    <xsl:param name="div" select="."/>
    <xsl:variable name="d" select="($div/t:dateline//t:date | $div/t:opener//t:date | $div/t:docDate | $div/t:front//t:docDate | $div//t:dateline//t:date)[1]"/>
    <xsl:if test="$d">
      <xsl:call-template name="plain">
        <xsl:with-param name="node" select="$d"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- BCP 47 (TEI @ident, @mainLang) to ISO 639-2/B as EAD wants it, and a
       readable name for a tag or code: the shared table (lang.xsl). -->
  <xsl:template name="lang-639-2b">
    <xsl:param name="code"/>
    <xsl:call-template name="tc-iso639b"><xsl:with-param name="tag" select="$code"/></xsl:call-template>
  </xsl:template>
  <xsl:template name="lang-name">
    <xsl:param name="code"/>
    <xsl:call-template name="tc-lang-name"><xsl:with-param name="tag" select="$code"/></xsl:call-template>
  </xsl:template>

  <!-- The title of the whole document. -->
  <xsl:template name="doc-title">
    <xsl:variable name="ts" select="/*/t:teiHeader/t:fileDesc/t:titleStmt"/>
    <xsl:variable name="t" select="($ts/t:title[@type='main'] | $ts/t:title[@type='complete'])[1]"/>
    <xsl:variable name="s">
      <xsl:choose>
        <xsl:when test="$t">
          <xsl:call-template name="plain"><xsl:with-param name="node" select="$t"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="$ts/t:title[normalize-space()]">
            <xsl:if test="position() &gt; 1">. </xsl:if>
            <xsl:call-template name="plain"/>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($s) != ''"><xsl:value-of select="normalize-space($s)"/></xsl:when>
      <xsl:otherwise>Untitled TEI document</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The title of one unit: its head (a group's text: its title page's
       title), else its type and number ("Act 2", "Document 14"), else
       "Section" (or "Text") and its number. At most 200 characters. -->
  <xsl:template name="div-title">
    <xsl:param name="div" select="."/>
    <xsl:variable name="hd" select="($div/t:head | $div/t:front//t:docTitle | $div/t:front//t:titlePart | $div/t:front/t:head | $div/t:body/t:head)[1]"/>
    <xsl:variable name="h">
      <xsl:if test="$hd">
        <xsl:call-template name="plain"><xsl:with-param name="node" select="$hd"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$h != ''">
        <xsl:call-template name="clip">
          <xsl:with-param name="s" select="$h"/>
          <xsl:with-param name="max" select="200"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$div/@type = 'document'">
        <xsl:value-of select="normalize-space(concat('Document ', $div/@n))"/>
      </xsl:when>
      <xsl:when test="$div/@type">
        <xsl:value-of select="normalize-space(concat(translate(substring($div/@type, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), translate(substring($div/@type, 2), '_', ' '), ' ', $div/@n))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="$div/self::t:text">Text </xsl:when>
          <xsl:otherwise>Section </xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="normalize-space($div/@n) != ''"><xsl:value-of select="normalize-space($div/@n)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="count($div/preceding-sibling::*[local-name() = local-name($div)]) + 1"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
