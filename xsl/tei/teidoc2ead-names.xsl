<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc2ead-names.xsl: TEI names to EAD 2002 access points: correspondence
     (correspDesc), people, places, organisations and bibliographies (listPerson,
     listPlace, listOrg, listBibl, standOff); included by teidoc2ead.xsl. -->
<!-- Owner: the teidoc family (issue 14). Authority URIs come from @ref,
     @key, @sameAs or the entity's idno[@type], never guessed. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="urn:isbn:1-931666-22-9"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="t">

  <!-- The EAD name element of a TEI name or entity. -->
  <xsl:template name="ead-name-kind">
    <xsl:param name="el" select="."/>
    <xsl:choose>
      <xsl:when test="$el/self::t:persName or $el/self::t:person or $el/self::t:persona or $el/self::t:author or $el/self::t:editor">persname</xsl:when>
      <xsl:when test="$el/self::t:orgName or $el/self::t:org">corpname</xsl:when>
      <xsl:when test="$el/self::t:placeName or $el/self::t:place or $el/self::t:settlement or $el/self::t:country or $el/self::t:region or $el/self::t:geogName">geogname</xsl:when>
      <xsl:otherwise>name</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- @authfilenumber and @source of a name: its @ref (a URI, or a pointer
       to an entity of the file, whose idno is used), else @key, else the
       entity's own idno or @sameAs. The source is the idno's type, or the
       authority named by the URI (gnd, viaf, geonames, wikidata, lcnaf),
       or its host. -->
  <xsl:template name="authority">
    <xsl:param name="el" select="."/>
    <xsl:variable name="ref" select="normalize-space(substring-before(concat($el/@ref, ' '), ' '))"/>
    <xsl:variable name="local" select="key('xml-id', substring-after($ref, '#')) | key('xml-id', $ref)"/>
    <xsl:variable name="entity" select="($local | $el[self::t:person or self::t:place or self::t:org or self::t:bibl or self::t:persona])[1]"/>
    <xsl:variable name="idno" select="($entity/t:idno[starts-with(normalize-space(), 'http')] | $entity/t:idno[@type])[1]"/>
    <xsl:variable name="uri">
      <xsl:choose>
        <xsl:when test="starts-with($ref, 'http')"><xsl:value-of select="$ref"/></xsl:when>
        <xsl:when test="$idno"><xsl:value-of select="normalize-space($idno)"/></xsl:when>
        <xsl:when test="starts-with(normalize-space($entity/@sameAs), 'http')"><xsl:value-of select="substring-before(concat(normalize-space($entity/@sameAs), ' '), ' ')"/></xsl:when>
        <xsl:when test="$ref != ''"><xsl:value-of select="translate($ref, '#', '')"/></xsl:when>
        <xsl:when test="normalize-space($el/@key) != ''"><xsl:value-of select="normalize-space($el/@key)"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$uri != ''">
      <xsl:variable name="source">
        <xsl:choose>
          <xsl:when test="contains($uri, 'd-nb.info/gnd')">gnd</xsl:when>
          <xsl:when test="contains($uri, 'viaf.org')">viaf</xsl:when>
          <xsl:when test="contains($uri, 'geonames.org')">geonames</xsl:when>
          <xsl:when test="contains($uri, 'wikidata.org')">wikidata</xsl:when>
          <xsl:when test="contains($uri, 'id.loc.gov')">lcnaf</xsl:when>
          <xsl:when test="$idno and not(starts-with($ref, 'http')) and normalize-space(($idno/@subtype | $idno/@type)[last()]) != ''">
            <xsl:value-of select="translate(normalize-space(($idno/@subtype | $idno/@type)[last()]), ' /#?', '____')"/>
          </xsl:when>
          <xsl:when test="contains($uri, '://')">
            <xsl:value-of select="translate(substring-before(concat(substring-after($uri, '://'), '/'), '/'), ' ', '_')"/>
          </xsl:when>
          <xsl:otherwise>local</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:attribute name="authfilenumber"><xsl:value-of select="$uri"/></xsl:attribute>
      <xsl:attribute name="source"><xsl:value-of select="$source"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- One access point for a name or an entity (its first name). -->
  <xsl:template name="access-point">
    <xsl:param name="role" select="''"/>
    <xsl:variable name="kind"><xsl:call-template name="ead-name-kind"/></xsl:variable>
    <xsl:variable name="label" select="(self::t:person/t:persName | self::t:person/t:name | self::t:persona/t:persName
                                        | self::t:place/t:placeName | self::t:place/t:settlement | self::t:place/t:geogName
                                        | self::t:org/t:orgName)[1] | self::*[not(self::t:person or self::t:persona or self::t:place or self::t:org)]"/>
    <xsl:variable name="s"><xsl:call-template name="plain"><xsl:with-param name="node" select="$label"/></xsl:call-template></xsl:variable>
    <xsl:if test="$s != ''">
      <xsl:element name="{$kind}">
        <xsl:if test="$role != ''"><xsl:attribute name="role"><xsl:value-of select="$role"/></xsl:attribute></xsl:if>
        <xsl:call-template name="authority"/>
        <xsl:value-of select="$s"/>
      </xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- origination: the senders of the letter (correspAction sent). -->
  <xsl:template name="corresp-origination">
    <xsl:param name="cd"/>
    <xsl:variable name="senders" select="$cd/t:correspAction[@type = 'sent']/*[self::t:persName or self::t:orgName or self::t:name][normalize-space()]"/>
    <xsl:if test="$senders">
      <origination label="Sender">
        <xsl:for-each select="$senders">
          <xsl:call-template name="access-point"/>
        </xsl:for-each>
      </origination>
    </xsl:if>
  </xsl:template>

  <!-- The access points of a correspondence description: who and where,
       each with its role (sender, addressee, place of sending ...). -->
  <xsl:template name="corresp-access">
    <xsl:param name="cd"/>
    <xsl:for-each select="$cd/t:correspAction/*[self::t:persName or self::t:orgName or self::t:placeName or self::t:name or self::t:settlement][normalize-space()]">
      <xsl:variable name="act" select="normalize-space(../@type)"/>
      <xsl:call-template name="access-point">
        <xsl:with-param name="role">
          <xsl:choose>
            <xsl:when test="self::t:placeName or self::t:settlement">
              <xsl:choose>
                <xsl:when test="$act = 'sent'">place of sending</xsl:when>
                <xsl:when test="$act = 'received'">place of receipt</xsl:when>
                <xsl:otherwise><xsl:value-of select="$act"/></xsl:otherwise>
              </xsl:choose>
            </xsl:when>
            <xsl:when test="$act = 'sent'">sender</xsl:when>
            <xsl:when test="$act = 'received'">addressee</xsl:when>
            <xsl:otherwise><xsl:value-of select="$act"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The date of a correspondence description: when it was sent (else
       any of its actions' dates). -->
  <xsl:template name="corresp-unitdate">
    <xsl:param name="cd"/>
    <xsl:for-each select="($cd/t:correspAction[@type = 'sent']/t:date | $cd/t:correspAction/t:date[not($cd/t:correspAction[@type = 'sent']/t:date)])[1]">
      <xsl:call-template name="date-el"/>
    </xsl:for-each>
  </xsl:template>

  <!-- A letter of a list of letters (several correspDesc, as in a CMIF file):
       an item with its senders, addressees, places and date. -->
  <xsl:template match="t:correspDesc" mode="dsc">
    <xsl:variable name="who">
      <xsl:for-each select="t:correspAction[@type = 'sent']/*[self::t:persName or self::t:orgName or self::t:name][normalize-space()]">
        <xsl:if test="position() &gt; 1">, </xsl:if><xsl:call-template name="plain"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="to">
      <xsl:for-each select="t:correspAction[@type = 'received']/*[self::t:persName or self::t:orgName or self::t:name][normalize-space()]">
        <xsl:if test="position() &gt; 1">, </xsl:if><xsl:call-template name="plain"/>
      </xsl:for-each>
    </xsl:variable>
    <c level="item">
      <xsl:attribute name="id"><xsl:call-template name="unit-id"><xsl:with-param name="path" select="concat('l', position())"/></xsl:call-template></xsl:attribute>
      <did>
        <unittitle>
          <xsl:choose>
            <xsl:when test="$who != '' and $to != ''"><xsl:value-of select="concat($who, ' to ', $to)"/></xsl:when>
            <xsl:when test="$who != ''"><xsl:value-of select="$who"/></xsl:when>
            <xsl:when test="$to != ''"><xsl:value-of select="concat('To ', $to)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="concat('Letter ', position())"/></xsl:otherwise>
          </xsl:choose>
        </unittitle>
        <xsl:call-template name="corresp-unitdate"><xsl:with-param name="cd" select="."/></xsl:call-template>
        <xsl:if test="normalize-space(@key) != ''"><unitid><xsl:value-of select="normalize-space(@key)"/></unitid></xsl:if>
        <xsl:call-template name="corresp-origination"><xsl:with-param name="cd" select="."/></xsl:call-template>
      </did>
      <xsl:if test="starts-with(normalize-space(@ref), 'http')">
        <otherfindaid><p><extref xlink:type="simple" xlink:href="{normalize-space(@ref)}" xmlns:xlink="http://www.w3.org/1999/xlink"><xsl:value-of select="normalize-space(@ref)"/></extref></p></otherfindaid>
      </xsl:if>
      <xsl:variable name="ap"><xsl:call-template name="corresp-access"><xsl:with-param name="cd" select="."/></xsl:call-template></xsl:variable>
      <xsl:if test="string($ap) != ''">
        <controlaccess><xsl:copy-of select="$ap"/></controlaccess>
      </xsl:if>
    </c>
  </xsl:template>

  <!-- The people, places and organisations a file lists (standOff,
       particDesc, settingDesc, back matter): one access point each. -->
  <xsl:template name="entity-access">
    <xsl:for-each select="$entities">
      <xsl:call-template name="access-point"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The bibliographies a file lists outside its source description
       (standOff, back matter): bibliography entries. -->
  <xsl:template name="list-bibliography">
    <xsl:variable name="bibls" select="$list-bibls"/>
    <xsl:if test="$bibls">
      <bibliography>
        <xsl:for-each select="$bibls">
          <bibref><xsl:call-template name="plain"/></bibref>
        </xsl:for-each>
      </bibliography>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
