<?xml version="1.0" encoding="UTF-8"?>
<!-- collection2ead.xsl: a batch of TEI records (teiCorpus) to one EAD 2002
     finding aid: archdesc level="collection", each record a c, by date. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns="urn:isbn:1-931666-22-9"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="tei">

  <!-- The record description (did, blocks) is tei2ead.xsl's. -->
  <xsl:import href="../record/tei2ead.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:strip-space elements="*"/>

  <!-- Title and identifier of the collection (options of the CLI). Each
       record's TEI may carry @n = its output stem, which links its c to
       the record's HTML page (n.html). -->
  <xsl:param name="collection-title" select="''"/>
  <xsl:param name="collection-id" select="''"/>

  <xsl:variable name="records" select="/tei:teiCorpus/tei:TEI | /tei:TEI"/>

  <xsl:template match="/">
    <xsl:variable name="title">
      <xsl:choose>
        <xsl:when test="normalize-space($collection-title) != ''"><xsl:value-of select="normalize-space($collection-title)"/></xsl:when>
        <xsl:when test="/tei:teiCorpus/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[normalize-space()]"><xsl:value-of select="normalize-space(/tei:teiCorpus/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[normalize-space()][1])"/></xsl:when>
        <xsl:otherwise>Collection of <xsl:value-of select="count($records)"/> record<xsl:if test="count($records) != 1">s</xsl:if></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="id">
      <xsl:choose>
        <xsl:when test="normalize-space($collection-id) != ''"><xsl:value-of select="normalize-space($collection-id)"/></xsl:when>
        <xsl:otherwise>teiconv-collection</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="dates" select="$records/tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]"/>
    <xsl:variable name="lo">
      <xsl:for-each select="$dates[@when or @from or @notBefore]">
        <xsl:sort select="concat(@when, @from, @notBefore)"/>
        <xsl:if test="position() = 1"><xsl:call-template name="tc-date-start"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="hi">
      <xsl:for-each select="$dates[@when or @to or @notAfter]">
        <xsl:sort select="concat(@when, @to, @notAfter)" order="descending"/>
        <xsl:if test="position() = 1"><xsl:call-template name="tc-date-end"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="publishers" select="$records/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher"/>
    <ead xsi:schemaLocation="urn:isbn:1-931666-22-9 http://www.loc.gov/ead/ead.xsd">
      <eadheader langencoding="iso639-2b" scriptencoding="iso15924"
                 dateencoding="iso8601" countryencoding="iso3166-1"
                 repositoryencoding="iso15511">
        <eadid><xsl:value-of select="$id"/></eadid>
        <filedesc>
          <titlestmt><titleproper><xsl:value-of select="$title"/></titleproper></titlestmt>
          <!-- A publisher only when every record names the same one. -->
          <xsl:if test="$publishers and count($publishers) = count($records) and not($publishers[normalize-space(.) != normalize-space($publishers[1])])">
            <publicationstmt><publisher><xsl:value-of select="normalize-space($publishers[1])"/></publisher></publicationstmt>
          </xsl:if>
        </filedesc>
        <profiledesc>
          <creation>Encoded in EAD 2002 by teiconv from <xsl:value-of select="count($records)"/> TEI P5 record<xsl:if test="count($records) != 1">s</xsl:if>.</creation>
          <langusage>Described in <language langcode="eng" scriptcode="Latn">English</language>.</langusage>
        </profiledesc>
      </eadheader>
      <archdesc level="collection">
        <did>
          <unittitle><xsl:value-of select="$title"/></unittitle>
          <xsl:if test="$lo != '' and $hi != ''">
            <unitdate era="ce" calendar="gregorian" type="inclusive">
              <xsl:attribute name="normal">
                <xsl:value-of select="$lo"/>
                <xsl:if test="$hi != $lo"><xsl:value-of select="concat('/', $hi)"/></xsl:if>
              </xsl:attribute>
              <xsl:value-of select="$lo"/>
              <xsl:if test="$hi != $lo"><xsl:value-of select="concat(' - ', $hi)"/></xsl:if>
            </unitdate>
          </xsl:if>
          <unitid><xsl:value-of select="$id"/></unitid>
          <!-- the languages of the records, each once (ArchivesSpace needs
               one at least: the description's when none is named) -->
          <xsl:variable name="langs" select="$records/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:textLang[1]/@mainLang"/>
          <langmaterial label="Languages of the material">
            <xsl:for-each select="$langs">
              <xsl:variable name="i" select="position()"/>
              <xsl:if test="not($langs[position() &lt; $i] = .)">
                <xsl:call-template name="ead-language"><xsl:with-param name="tag" select="."/></xsl:call-template>
              </xsl:if>
            </xsl:for-each>
            <xsl:if test="not($langs)"><language langcode="eng" scriptcode="Latn">English</language> (the language of the description; the records name no language of the original)</xsl:if>
          </langmaterial>
          <physdesc><extent>
            <xsl:choose>
              <xsl:when test="normalize-space($extent) != ''"><xsl:value-of select="normalize-space($extent)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="count($records)"/> item<xsl:if test="count($records) != 1">s</xsl:if></xsl:otherwise>
            </xsl:choose>
          </extent></physdesc>
          <xsl:if test="normalize-space($repository) != ''">
            <repository><corpname><xsl:value-of select="normalize-space($repository)"/></corpname></repository>
          </xsl:if>
        </did>
        <dsc type="combined">
          <xsl:for-each select="$records">
            <xsl:sort select="number(boolean(tei:teiHeader/tei:profileDesc/tei:creation/tei:date[@when or @from or @notBefore]))" data-type="number" order="descending"/>
            <xsl:sort select="substring(concat(tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]/@when, tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]/@from, tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]/@notBefore), 1, 10)"/>
            <xsl:sort select="normalize-space(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
            <xsl:sort select="@n"/>
            <c level="item" id="{concat('item-', position())}">
              <did>
                <xsl:call-template name="ead-did">
                  <xsl:with-param name="href">
                    <xsl:if test="normalize-space(@n) != ''">
                      <xsl:call-template name="tc-url-of"><xsl:with-param name="file" select="concat(@n, '.html')"/></xsl:call-template>
                    </xsl:if>
                  </xsl:with-param>
                </xsl:call-template>
              </did>
              <xsl:call-template name="ead-desc"/>
            </c>
          </xsl:for-each>
        </dsc>
      </archdesc>
    </ead>
  </xsl:template>
</xsl:stylesheet>
