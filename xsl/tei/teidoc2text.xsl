<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc2text.xsl: any TEI P5 document to a plain reading text: title,
     metadata, then each heading and paragraph on its own, blank-line separated. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="t">

  <xsl:import href="../lib/teidoc-common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="record-stem" select="''"/>
  <xsl:variable name="nl" select="'&#10;'"/>
  <xsl:variable name="h" select="/*/t:teiHeader"/>

  <!-- Every block is written inside an element of its own (ignored by the
       text output method): libxslt appends text to the last text node of
       the result, and when variables are built in between it copies that
       whole node each time, which made a 3.5 MB volume quadratic. -->
  <xsl:template match="/">
    <out>
    <xsl:variable name="title"><xsl:call-template name="doc-title"/></xsl:variable>
    <xsl:value-of select="concat($title, $nl)"/>
    <xsl:call-template name="rule"><xsl:with-param name="n" select="string-length($title)"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <xsl:variable name="fd" select="$h/t:fileDesc"/>
    <!-- an abstract of several paragraphs: an Abstract line each -->
    <xsl:for-each select="$fd/t:titleStmt/t:author[normalize-space()] | $fd/t:titleStmt/t:editor[normalize-space()] | $fd/t:publicationStmt/t:publisher[normalize-space()] | $fd/t:publicationStmt/t:date[normalize-space()] | $fd/t:publicationStmt/t:idno[normalize-space()][1] | ($fd/t:sourceDesc//t:msIdentifier)[1] | $h/t:profileDesc/t:abstract[normalize-space()][count(t:p[normalize-space()]) &lt; 2] | $h/t:profileDesc/t:abstract[count(t:p[normalize-space()]) &gt; 1]/t:p[normalize-space()]">
      <xsl:variable name="field" select="self::t:p/parent::t:abstract | self::*[not(self::t:p)]"/>
      <xsl:value-of select="concat(translate(substring(local-name($field), 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring(local-name($field), 2), ': ')"/>
      <xsl:call-template name="plain"/>
      <xsl:value-of select="$nl"/>
    </xsl:for-each>
    <xsl:for-each select="($h/t:fileDesc/t:sourceDesc//t:msDesc)[1]/*[self::t:msContents or self::t:physDesc or self::t:history or self::t:additional]/*[normalize-space()]">
      <b><xsl:value-of select="$nl"/><xsl:call-template name="plain"/><xsl:value-of select="$nl"/></b>
    </xsl:for-each>
    <!-- every text and standOff, those of a corpus's documents and of
         nested corpora and documents too, in document order -->
    <xsl:apply-templates select="//t:text[not(ancestor::t:text)] | //t:standOff"/>
    </out>
  </xsl:template>

  <xsl:template name="rule">
    <xsl:param name="n"/>
    <xsl:param name="c" select="'='"/>
    <xsl:if test="$n &gt; 0">
      <xsl:value-of select="$c"/>
      <xsl:call-template name="rule"><xsl:with-param name="n" select="$n - 1"/><xsl:with-param name="c" select="$c"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Blocks: each on its own line(s), notes after their paragraph. -->
  <xsl:template match="t:note | t:head | t:p | t:ab | t:dateline | t:closer | t:opener | t:salute | t:signed | t:byline | t:docDate | t:trailer | t:l | t:speaker | t:stage | t:item | t:titlePart | t:label | t:row | t:bibl[not(ancestor::t:p)]
                       | t:u | t:castItem | t:person | t:place | t:org | t:persona | t:event | t:biblStruct | t:listBibl/t:msDesc | t:docAuthor | t:docImprint | t:argument | t:epigraph | t:postscript | t:gloss | t:app">
    <b>
    <xsl:value-of select="$nl"/>
    <xsl:if test="self::t:item">- </xsl:if>
    <xsl:if test="self::t:l and @n"><xsl:value-of select="concat(@n, '  ')"/></xsl:if>
    <xsl:call-template name="plain"/>
    <xsl:value-of select="$nl"/>
    <xsl:for-each select=".//t:note[not(ancestor::t:note)]">
      <b>
      <xsl:call-template name="note-mark"/>
      <xsl:call-template name="plain"/>
      <xsl:value-of select="concat(']', $nl)"/>
      </b>
    </xsl:for-each>
    </b>
  </xsl:template>
  <!-- A note's opening after its block: its bracket and number, apart
       from its first word (word-gap). -->
  <xsl:template name="note-mark">
    <xsl:value-of select="concat('  [', normalize-space(@n))"/>
    <xsl:if test="normalize-space(@n) != ''"><xsl:apply-templates select="." mode="word-gap"/></xsl:if>
  </xsl:template>
  <!-- An item holding a sub-list: its own words, then the sub-list. -->
  <xsl:template match="t:item[t:list]" priority="2">
    <b>
    <xsl:value-of select="concat($nl, '- ')"/>
    <xsl:call-template name="plain"><xsl:with-param name="node" select="node()[not(self::t:list or self::t:note)]"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <xsl:for-each select="node()[not(self::t:list)]/descendant-or-self::t:note[not(ancestor::t:note)]">
      <xsl:call-template name="note-mark"/>
      <xsl:call-template name="plain"/>
      <xsl:value-of select="concat(']', $nl)"/>
    </xsl:for-each>
    <xsl:apply-templates select="t:list"/>
    </b>
  </xsl:template>
  <xsl:template match="t:div[@type='document']" priority="2">
    <b>
    <xsl:value-of select="concat($nl, '----', $nl)"/>
    <xsl:apply-templates/>
    </b>
  </xsl:template>
  <xsl:template match="t:row" priority="2">
    <b>
    <xsl:value-of select="$nl"/>
    <xsl:for-each select="t:cell">
      <xsl:if test="position() &gt; 1"><xsl:text> | </xsl:text></xsl:if>
      <xsl:call-template name="plain"/>
    </xsl:for-each>
    <xsl:for-each select=".//t:note[not(ancestor::t:note)]">
      <xsl:value-of select="$nl"/><xsl:call-template name="note-mark"/>
      <xsl:call-template name="plain"/>
      <xsl:text>]</xsl:text>
    </xsl:for-each>
    </b>
  </xsl:template>
  <!-- A dictionary entry: its forms and grammar on one line, each sense
       (and a sense within it) on its own. -->
  <xsl:template match="t:entry | t:entryFree | t:superEntry">
    <b>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="plain"><xsl:with-param name="node" select="node()[not(self::t:sense or self::t:re or self::t:entry or self::t:note)]"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <xsl:for-each select="(node()[not(self::t:sense or self::t:re or self::t:entry)])/descendant-or-self::t:note[not(ancestor::t:note)]">
      <xsl:call-template name="note-mark"/>
      <xsl:call-template name="plain"/>
      <xsl:value-of select="concat(']', $nl)"/>
    </xsl:for-each>
    <xsl:apply-templates select="t:sense | t:re | t:entry"/>
    </b>
  </xsl:template>
  <xsl:template match="t:sense | t:re">
    <b>
    <xsl:for-each select="ancestor::t:sense | ancestor::t:re"><xsl:text>  </xsl:text></xsl:for-each>
    <xsl:value-of select="concat('  ', @n, substring(' ', 1, string-length(@n)))"/>
    <xsl:call-template name="plain"><xsl:with-param name="node" select="node()[not(self::t:sense or self::t:re or self::t:note)]"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <xsl:for-each select="(node()[not(self::t:sense or self::t:re)])/descendant-or-self::t:note">
      <xsl:call-template name="note-mark"/>
      <xsl:call-template name="plain"/>
      <xsl:value-of select="concat(']', $nl)"/>
    </xsl:for-each>
    <xsl:apply-templates select="t:sense | t:re"/>
    </b>
  </xsl:template>
  <!-- A relation (standOff): its attributes, then what it holds (a desc). -->
  <xsl:template match="t:relation">
    <b><xsl:value-of select="concat($nl, normalize-space(concat(@name, ': ', @active, ' ', @mutual, ' ', @passive)), $nl)"/><xsl:apply-templates/></b>
  </xsl:template>
  <!-- The standOff: after the text, under its own title. -->
  <xsl:template match="t:standOff">
    <b><xsl:value-of select="concat($nl, $nl, 'Authority data', $nl, '--------------', $nl)"/><xsl:apply-templates/></b>
  </xsl:template>
  <!-- Any other element that holds words of its own is a block too, so
       that no kind of element is left out (parliamentary segments, verse
       groups of unknown kinds, back-matter lists). -->
  <xsl:template match="*[text()[normalize-space()]]" priority="-1">
    <b>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="plain"/>
    <xsl:value-of select="$nl"/>
    <xsl:for-each select=".//t:note[not(ancestor::t:note)]">
      <b>
      <xsl:call-template name="note-mark"/>
      <xsl:call-template name="plain"/>
      <xsl:value-of select="concat(']', $nl)"/>
      </b>
    </xsl:for-each>
    </b>
  </xsl:template>
  <!-- Running heads, catchwords and page numbers (fw) are not reading
       text: the loss report counts them. -->
  <xsl:template match="t:teiHeader | t:fw | t:facsimile"/>
  <!-- blocks take their text through "plain"; stray text between them
       (indentation) is dropped -->
  <xsl:template match="text()"/>

</xsl:stylesheet>
