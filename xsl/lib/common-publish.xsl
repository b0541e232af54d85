<?xml version="1.0" encoding="UTF-8"?>
<!-- common-publish.xsl: what an archive needs to load and publish a record:
     the run's publishing options (base URL, repository, extent) and the
     lookups built on them (page URLs, extents from page ranges, scripts). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:str="http://exslt.org/strings"
    exclude-result-prefixes="tei str">

  <!-- the convert options base-url, repository and extent (empty: not given) -->
  <xsl:param name="base-url" select="''"/>
  <xsl:param name="repository" select="''"/>
  <xsl:param name="extent" select="''"/>

  <!-- A relative path URL-escaped segment by segment ("sub/a b|c.html" ->
       "sub/a%20b%7Cc.html"). -->
  <xsl:template name="tc-escape-path">
    <xsl:param name="path"/>
    <xsl:choose>
      <xsl:when test="contains($path, '/')">
        <xsl:value-of select="concat(str:encode-uri(substring-before($path, '/'), true()), '/')"/>
        <xsl:call-template name="tc-escape-path"><xsl:with-param name="path" select="substring-after($path, '/')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="str:encode-uri($path, true())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The address of a file of this run: its path URL-escaped (spaces,
       '|', '#' ...), after base-url when given (a '/' put between). -->
  <xsl:template name="tc-url-of">
    <xsl:param name="file"/>
    <xsl:variable name="esc"><xsl:call-template name="tc-escape-path"><xsl:with-param name="path" select="$file"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$base-url = ''"><xsl:value-of select="$esc"/></xsl:when>
      <xsl:when test="substring($base-url, string-length($base-url)) = '/'"><xsl:value-of select="concat($base-url, $esc)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($base-url, '/', $esc)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Leading digits of s ("12, f. 3" -> "12"). -->
  <xsl:template name="tc-leading-digits">
    <xsl:param name="s"/>
    <xsl:if test="$s != '' and contains('0123456789', substring($s, 1, 1))">
      <xsl:value-of select="substring($s, 1, 1)"/>
      <xsl:call-template name="tc-leading-digits"><xsl:with-param name="s" select="substring($s, 2)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Number of pages of a page reference: "pp. 10-12" -> 3, "p. 7" -> 1,
       nothing otherwise. -->
  <xsl:template name="tc-page-count">
    <xsl:param name="s"/>
    <xsl:variable name="t" select="translate(normalize-space($s), '&#8211;&#8212;', '--')"/>
    <xsl:choose>
      <xsl:when test="contains($t, 'pp. ') or contains($t, 'pp.') or contains($t, 'pages ')">
        <xsl:variable name="r">
          <xsl:choose>
            <xsl:when test="contains($t, 'pp.')"><xsl:value-of select="normalize-space(substring-after($t, 'pp.'))"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space(substring-after($t, 'pages '))"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="a"><xsl:call-template name="tc-leading-digits"><xsl:with-param name="s" select="$r"/></xsl:call-template></xsl:variable>
        <xsl:variable name="rest" select="normalize-space(substring($r, string-length($a) + 1))"/>
        <xsl:variable name="b"><xsl:call-template name="tc-leading-digits"><xsl:with-param name="s" select="normalize-space(substring-after($rest, '-'))"/></xsl:call-template></xsl:variable>
        <xsl:if test="$a != '' and $b != '' and starts-with($rest, '-') and number($b) &gt;= number($a)">
          <xsl:value-of select="number($b) - number($a) + 1"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="contains($t, 'p. ')">
        <xsl:variable name="a"><xsl:call-template name="tc-leading-digits"><xsl:with-param name="s" select="substring-after($t, 'p. ')"/></xsl:call-template></xsl:variable>
        <xsl:if test="$a != ''">1</xsl:if>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The extent of a record (context tei:TEI): the extent option; the pages of its
       source ("3 pages"); its documents ("12 items"); else "1 item". -->
  <xsl:template name="tc-extent">
    <xsl:variable name="sd" select="tei:teiHeader/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="loc" select="($sd//tei:locus | $sd//tei:biblScope[@unit='page'] | $sd//tei:bibl)[1]"/>
    <xsl:variable name="pages"><xsl:call-template name="tc-page-count"><xsl:with-param name="s" select="$loc"/></xsl:call-template></xsl:variable>
    <xsl:variable name="docs" select="count(tei:text//tei:div[@type='document'])"/>
    <xsl:choose>
      <xsl:when test="normalize-space($extent) != ''"><xsl:value-of select="normalize-space($extent)"/></xsl:when>
      <xsl:when test="$pages = '1'">1 page</xsl:when>
      <xsl:when test="$pages != ''"><xsl:value-of select="concat($pages, ' pages')"/></xsl:when>
      <xsl:when test="$docs &gt; 1"><xsl:value-of select="concat($docs, ' items')"/></xsl:when>
      <xsl:otherwise>1 item</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ISO 15924 script of a BCP 47 tag: its script subtag ("sr-Latn"),
       else the usual script of its language, else Latn. -->
  <xsl:template name="tc-script-of">
    <xsl:param name="tag"/>
    <xsl:variable name="t" select="normalize-space($tag)"/>
    <xsl:variable name="second" select="substring-before(concat(substring-after($t, '-'), '-'), '-')"/>
    <xsl:variable name="p" select="translate(substring-before(concat($t, '-'), '-'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:choose>
      <xsl:when test="string-length($second) = 4 and translate($second, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = ''">
        <xsl:value-of select="concat(translate(substring($second, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), translate(substring($second, 2), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))"/>
      </xsl:when>
      <xsl:when test="contains(' ru uk be bg mk sr mn kk ky tg tt ba cv ', concat(' ', $p, ' '))">Cyrl</xsl:when>
      <xsl:when test="$p = 'zh'">Hani</xsl:when>
      <xsl:when test="$p = 'ja'">Jpan</xsl:when>
      <xsl:when test="$p = 'ko'">Kore</xsl:when>
      <xsl:when test="contains(' ar fa ur ps ku ug ', concat(' ', $p, ' '))">Arab</xsl:when>
      <xsl:when test="$p = 'he' or $p = 'yi'">Hebr</xsl:when>
      <xsl:when test="$p = 'el'">Grek</xsl:when>
      <xsl:when test="$p = 'hy'">Armn</xsl:when>
      <xsl:when test="$p = 'ka'">Geor</xsl:when>
      <xsl:when test="contains(' hi mr ne sa ', concat(' ', $p, ' '))">Deva</xsl:when>
      <xsl:when test="$p = 'bn'">Beng</xsl:when>
      <xsl:when test="$p = 'th'">Thai</xsl:when>
      <xsl:when test="$p = 'lo'">Laoo</xsl:when>
      <xsl:when test="$p = 'km'">Khmr</xsl:when>
      <xsl:when test="$p = 'my'">Mymr</xsl:when>
      <xsl:when test="$p = 'am' or $p = 'ti'">Ethi</xsl:when>
      <xsl:otherwise>Latn</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
