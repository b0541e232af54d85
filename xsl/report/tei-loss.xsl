<?xml version="1.0" encoding="UTF-8"?>
<!-- tei-loss.xsl: the loss report of one TEI document (plain text): one line
     per header field that has no place in the EAD and Dublin Core outputs
     (when one of them is made), per header field of a TEI document that is
     not a teiconv record that its HTML and text do not show (when one of
     those is made), then what of its text the renderings cannot show and
     what the finding aid summarises (teidoc-text-loss.xsl). The params
     loss-formats, loss-input and loss-notes (teidoc-text-loss.xsl) say
     which; with loss-notes '0' only the summary line. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:import href="teidoc-text-loss.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="record-stem" select="''"/>


  <xsl:template match="/">
    <xsl:if test="$notes and $made-lossy">
      <xsl:apply-templates select="tei:TEI/tei:teiHeader/*" mode="loss"/>
    </xsl:if>
    <xsl:if test="$notes and $made-render and $loss-input = 'teidoc'">
      <xsl:apply-templates select="/*/tei:teiHeader/*" mode="loss-render"/>
    </xsl:if>
    <xsl:call-template name="text-loss"/>
  </xsl:template>

  <!-- HTML and text of a TEI document (tei/teidoc2html.xsl, teidoc2text.xsl)
       show of its header the titles, authors and editors, the publisher,
       publication date and first idno, the abstract, and the first
       manuscript description's identifier, contents, physical description,
       history and additional information (and, in HTML, its parts); the
       rest is reported. -->
  <xsl:variable name="made-html" select="contains($made, ' html ')"/>
  <xsl:variable name="render-why">
    <xsl:choose>
      <xsl:when test="$made-html and contains($made, ' text ')">is not shown in HTML or text</xsl:when>
      <xsl:when test="$made-html">is not shown in HTML</xsl:when>
      <xsl:otherwise>is not shown in text</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:template match="*" mode="loss-render">
    <xsl:choose>
      <xsl:when test="*"><xsl:apply-templates select="*" mode="loss-render"/></xsl:when>
      <xsl:when test="normalize-space(.) != ''">
        <xsl:call-template name="dropped">
          <xsl:with-param name="why" select="$render-why"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template mode="loss-render" match="
      tei:titleStmt/tei:title | tei:titleStmt/tei:author | tei:titleStmt/tei:editor
    | tei:publicationStmt/tei:publisher | tei:publicationStmt/tei:date
    | tei:publicationStmt/tei:idno[1] | tei:profileDesc/tei:abstract"/>
  <xsl:template mode="loss-render" match="tei:msDesc">
    <xsl:choose>
      <xsl:when test="count(. | (/*/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:msDesc)[1]) = 1">
        <xsl:apply-templates mode="loss-render"
            select="*[not(self::tei:msIdentifier or self::tei:msContents or self::tei:physDesc
                    or self::tei:history or self::tei:additional or (self::tei:msPart and $made-html))]"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="*" mode="loss-render"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Containers: look inside. -->
  <xsl:template match="*" mode="loss">
    <xsl:choose>
      <xsl:when test="*"><xsl:apply-templates select="*" mode="loss"/></xsl:when>
      <xsl:when test="normalize-space(.) != ''"><xsl:call-template name="dropped"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Fields the EAD, EAD3 and DC stylesheets carry (DESIGN.md section 4). -->
  <xsl:template mode="loss" match="
      tei:titleStmt/tei:title[@type='main'] | tei:titleStmt/tei:title[@type='complete'][not(../tei:title[@type='main'])]
    | tei:titleStmt/tei:title[1][not(../tei:title[@type='main' or @type='complete'])]
    | tei:titleStmt/tei:author | tei:titleStmt/tei:funder | tei:titleStmt/tei:sponsor | tei:titleStmt/tei:respStmt
    | tei:publicationStmt/tei:publisher | tei:publicationStmt/tei:idno | tei:publicationStmt/tei:date
    | tei:publicationStmt/tei:availability
    | tei:notesStmt/tei:note | tei:notesStmt/tei:relatedItem
    | tei:sourceDesc/tei:bibl | tei:sourceDesc/tei:listBibl
    | tei:msIdentifier/tei:repository | tei:msIdentifier/tei:institution | tei:msIdentifier/tei:idno
    | tei:msContents/tei:textLang | tei:msItem/tei:locus
    | tei:profileDesc/tei:abstract | tei:creation/tei:date | tei:langUsage
    | tei:textClass/tei:keywords/tei:term
    | tei:encodingDesc"/>

  <!-- The item title repeats the record title; the placeholder says nothing. -->
  <xsl:template mode="loss" match="tei:msItem/tei:title[normalize-space(.) = normalize-space(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type='main'])]"/>
  <xsl:template mode="loss" match="tei:sourceDesc/tei:p[normalize-space(.) = 'No source information was given with the record.']"/>
  <!-- The authority teiconv names when a record gives no publisher. -->
  <xsl:template mode="loss" match="tei:publicationStmt/tei:authority[normalize-space(.) = 'unknown']"/>
  <!-- msName stands in for a missing identifier: it is the title again. -->
  <xsl:template mode="loss" match="tei:msIdentifier/tei:msName[normalize-space(.) = normalize-space(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type='main'])]"/>

  <!-- An empty element holding only attributes (a date with @when, a
       pointer) is reported by its attributes. -->
  <xsl:template mode="loss" match="*[not(*)][normalize-space(.) = ''][@*]" priority="-0.2">
    <xsl:call-template name="dropped"/>
  </xsl:template>

  <xsl:template name="dropped">
    <xsl:param name="why" select="'has no place in EAD or Dublin Core'"/>
    <xsl:text>dropped: </xsl:text>
    <xsl:for-each select="ancestor-or-self::*[ancestor-or-self::tei:teiHeader]">
      <xsl:value-of select="concat('/', local-name())"/>
      <xsl:if test="@type"><xsl:value-of select="concat('[@type=', &quot;'&quot;, @type, &quot;'&quot;, ']')"/></xsl:if>
    </xsl:for-each>
    <xsl:variable name="v">
      <xsl:choose>
        <xsl:when test="normalize-space(.) != ''"><xsl:value-of select="normalize-space(.)"/></xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="@*">
            <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:value-of select="concat(name(), '=', .)"/>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:text>: "</xsl:text>
    <xsl:value-of select="substring($v, 1, 60)"/>
    <xsl:if test="string-length($v) &gt; 60">…</xsl:if>
    <xsl:text>" </xsl:text>
    <xsl:value-of select="$why"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
