<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc2ead.xsl: any TEI P5 document (a manuscript description, an edition,
     a FRUS volume of many documents) to one EAD 2002 finding aid. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="urn:isbn:1-931666-22-9"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="t frus exsl">

  <xsl:import href="../lib/teidoc-common.xsl"/>
  <xsl:include href="teidoc2ead-ms.xsl"/>
  <xsl:include href="teidoc2ead-names.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="record-stem" select="''"/>

  <xsl:variable name="h" select="/*/t:teiHeader"/>
  <xsl:variable name="fd" select="$h/t:fileDesc"/>
  <xsl:variable name="all-ms" select="$fd/t:sourceDesc//t:msDesc"/>
  <xsl:variable name="ms" select="$all-ms[1]"/>
  <xsl:variable name="ms-parts"><xsl:for-each select="$ms"><xsl:call-template name="ms-has-components"/></xsl:for-each></xsl:variable>
  <xsl:variable name="corresp" select="$h/t:profileDesc/t:correspDesc"/>
  <!-- a list of letters (CMIF): each correspDesc an item -->
  <xsl:variable name="letters" select="$corresp[count($corresp) &gt; 1]"/>
  <!-- the file's own lists of people, places and organisations (standOff,
       back matter; the header's only when they name an authority) -->
  <xsl:variable name="lists" select="/*/t:standOff | /*/t:text/t:back"/>
  <xsl:variable name="entities" select="$lists//t:person | $lists//t:place | $lists//t:org | $lists//t:persona
      | $h/t:profileDesc/t:particDesc//t:person[t:idno or @sameAs or @ref]
      | $h/t:profileDesc/t:settingDesc//t:place[t:idno or @sameAs or @ref]
      | $h/t:profileDesc/t:particDesc//t:org[t:idno or @sameAs or @ref]"/>
  <!-- bibliographies: the printed editions of the source description and
       the file's own lists -->
  <xsl:variable name="list-bibls" select="$fd/t:sourceDesc/t:bibl[not(@type = 'MAN')][normalize-space()]
      | $fd/t:sourceDesc/t:biblStruct[normalize-space()] | $fd/t:sourceDesc/t:listBibl//t:bibl[normalize-space()]
      | $fd/t:sourceDesc/t:listBibl//t:biblStruct[normalize-space()] | $fd/t:sourceDesc/t:biblFull[normalize-space()]
      | $lists//t:listBibl/t:bibl[normalize-space()] | $lists//t:listBibl/t:biblStruct[normalize-space()]"/>
  <xsl:variable name="docs" select="key('docdiv', 'all')"/>
  <xsl:variable name="has-units" select="count($units) &gt;= 2 or $docs"/>
  <xsl:variable name="has-dsc" select="$has-units or $ms-parts = '1' or count($all-ms) &gt; 1 or $letters"/>

  <xsl:variable name="title">
    <xsl:call-template name="doc-title"/>
  </xsl:variable>

  <!-- Every document's normalised date, once: the collection's dates span
       them. -->
  <xsl:variable name="item-dates-rtf">
    <xsl:for-each select="$docs">
      <xsl:variable name="n"><xsl:call-template name="doc-normal"/></xsl:variable>
      <xsl:if test="$n != ''">
        <d s="{substring-before(concat($n, '/'), '/')}">
          <xsl:attribute name="e">
            <xsl:choose>
              <xsl:when test="contains($n, '/')"><xsl:value-of select="substring-after($n, '/')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </d>
      </xsl:if>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="item-dates" select="exsl:node-set($item-dates-rtf)/*"/>

  <!-- The collection date: the span of its documents, else the header's
       creation, origin, correspondence or publication date. -->
  <!-- else the date the text was made (creation), the manuscript's origin,
       the letter's sending, the source edition's date; never the date the
       TEI file (a catalogue record, an edition) was published. -->
  <xsl:variable name="creation-date" select="($h/t:profileDesc/t:creation//t:date[@when or @from or @notBefore or @to or @notAfter or normalize-space()])[1]"/>
  <xsl:variable name="orig-date" select="($ms/t:history/t:origin//t:origDate[@when or @from or @notBefore or @to or @notAfter or normalize-space()])[1]"/>
  <xsl:variable name="sent-date" select="($corresp[1]/t:correspAction[@type='sent']/t:date)[1]"/>
  <xsl:variable name="source-date" select="($fd/t:sourceDesc/t:bibl//t:date | $fd/t:sourceDesc/t:biblStruct//t:imprint/t:date | $fd/t:sourceDesc/t:biblFull/t:publicationStmt/t:date)[@when or normalize-space()][1]"/>
  <xsl:variable name="coll-date-el"
      select="($creation-date | $orig-date[not($creation-date)] | $sent-date[not($creation-date | $orig-date)]
              | $source-date[not($creation-date | $orig-date | $sent-date)])[1]"/>
  <xsl:variable name="coll-normal">
    <xsl:choose>
      <xsl:when test="$item-dates">
        <xsl:variable name="first">
          <xsl:for-each select="$item-dates">
            <xsl:sort select="@s"/>
            <xsl:if test="position() = 1"><xsl:value-of select="@s"/></xsl:if>
          </xsl:for-each>
        </xsl:variable>
        <xsl:variable name="last">
          <xsl:for-each select="$item-dates">
            <xsl:sort select="@e" order="descending"/>
            <xsl:if test="position() = 1"><xsl:value-of select="@e"/></xsl:if>
          </xsl:for-each>
        </xsl:variable>
        <xsl:call-template name="range">
          <xsl:with-param name="a" select="$first"/>
          <xsl:with-param name="b" select="$last"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$coll-date-el">
        <xsl:call-template name="normal-of">
          <xsl:with-param name="el" select="$coll-date-el"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="coll-date-text">
    <xsl:choose>
      <xsl:when test="$item-dates and $coll-normal != ''">
        <xsl:choose>
          <xsl:when test="contains($coll-normal, '/')">
            <xsl:value-of select="concat(substring-before($coll-normal, '/'), ' – ', substring-after($coll-normal, '/'))"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$coll-normal"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$coll-date-el">
        <xsl:call-template name="plain"><xsl:with-param name="node" select="$coll-date-el"/></xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="ident">
    <xsl:variable name="c" select="(/*/@xml:id | $ms/t:msIdentifier/t:idno[normalize-space()] | $fd/t:publicationStmt/t:idno[normalize-space()])[1]"/>
    <xsl:choose>
      <xsl:when test="$c"><xsl:value-of select="normalize-space($c)"/></xsl:when>
      <xsl:when test="$record-stem != ''"><xsl:value-of select="$record-stem"/></xsl:when>
      <xsl:otherwise>tei-document</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <ead xsi:schemaLocation="urn:isbn:1-931666-22-9 http://www.loc.gov/ead/ead.xsd">
      <xsl:call-template name="eadheader"/>
      <archdesc>
        <xsl:attribute name="level">
          <xsl:choose>
            <xsl:when test="$has-units or count($all-ms) &gt; 1 or $letters">collection</xsl:when>
            <xsl:otherwise>item</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:call-template name="coll-did"/>
        <xsl:call-template name="coll-notes"/>
        <xsl:if test="$has-dsc">
          <dsc>
            <xsl:for-each select="$ms">
              <xsl:call-template name="ms-components"><xsl:with-param name="path" select="'m'"/></xsl:call-template>
            </xsl:for-each>
            <xsl:apply-templates select="$all-ms[position() &gt; 1]" mode="ms-c">
              <xsl:with-param name="parent-path" select="'d'"/>
            </xsl:apply-templates>
            <xsl:apply-templates select="$letters" mode="dsc"/>
            <xsl:apply-templates select="$top-units" mode="dsc">
              <xsl:with-param name="depth" select="1"/>
            </xsl:apply-templates>
          </dsc>
        </xsl:if>
      </archdesc>
    </ead>
  </xsl:template>

  <xsl:template name="eadheader">
    <eadheader>
      <eadid><xsl:value-of select="$ident"/></eadid>
      <filedesc>
        <titlestmt>
          <titleproper><xsl:value-of select="$title"/></titleproper>
          <xsl:variable name="authors" select="$fd/t:titleStmt/t:author[normalize-space()] | $fd/t:titleStmt/t:editor[normalize-space()]"/>
          <xsl:if test="$authors">
            <author>
              <xsl:for-each select="$authors">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:call-template name="plain"/>
              </xsl:for-each>
            </author>
          </xsl:if>
          <xsl:if test="$fd/t:titleStmt/t:funder[normalize-space()]">
            <sponsor>
              <xsl:for-each select="$fd/t:titleStmt/t:funder[normalize-space()]">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:call-template name="plain"/>
              </xsl:for-each>
            </sponsor>
          </xsl:if>
        </titlestmt>
        <xsl:variable name="ps" select="$fd/t:publicationStmt"/>
        <xsl:if test="$ps/t:publisher[normalize-space()] | $ps/t:date[normalize-space()] | $ps/t:authority[normalize-space()] | $ps/t:pubPlace[normalize-space()]">
          <publicationstmt>
            <xsl:for-each select="($ps/t:publisher | $ps/t:authority)[normalize-space()]">
              <publisher><xsl:call-template name="plain"/></publisher>
            </xsl:for-each>
            <xsl:for-each select="$ps/t:pubPlace[normalize-space()]">
              <address><addressline><xsl:call-template name="plain"/></addressline></address>
            </xsl:for-each>
            <xsl:for-each select="$ps/t:date[normalize-space()][1]">
              <xsl:call-template name="date-el"><xsl:with-param name="name" select="'date'"/></xsl:call-template>
            </xsl:for-each>
          </publicationstmt>
        </xsl:if>
      </filedesc>
      <profiledesc>
        <creation>Derived from a TEI P5 document by teiconv.</creation>
        <xsl:if test="$h/t:profileDesc/t:langUsage/t:language">
          <langusage>
            <xsl:for-each select="$h/t:profileDesc/t:langUsage/t:language">
              <xsl:call-template name="language"><xsl:with-param name="code" select="@ident"/></xsl:call-template>
            </xsl:for-each>
          </langusage>
        </xsl:if>
      </profiledesc>
    </eadheader>
  </xsl:template>

  <!-- A date element (unitdate or date) with @normal when it is ISO. -->
  <xsl:template name="date-el">
    <xsl:param name="name" select="'unitdate'"/>
    <xsl:param name="normal"><xsl:call-template name="normal-of"/></xsl:param>
    <xsl:param name="text"><xsl:call-template name="plain"/></xsl:param>
    <xsl:element name="{$name}">
      <xsl:if test="$normal != ''">
        <xsl:attribute name="normal"><xsl:value-of select="$normal"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="era">ce</xsl:attribute>
      <xsl:attribute name="calendar">gregorian</xsl:attribute>
      <xsl:choose>
        <xsl:when test="normalize-space($text) != ''"><xsl:value-of select="normalize-space($text)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$normal"/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <xsl:template name="language">
    <xsl:param name="code"/>
    <xsl:variable name="c"><xsl:call-template name="lang-639-2b"><xsl:with-param name="code" select="$code"/></xsl:call-template></xsl:variable>
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="self::t:language and normalize-space(.) != ''"><xsl:value-of select="normalize-space(.)"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="lang-name"><xsl:with-param name="code" select="$c"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <language>
      <xsl:if test="$c != ''"><xsl:attribute name="langcode"><xsl:value-of select="$c"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="normalize-space($label) != ''"><xsl:value-of select="$label"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
      </xsl:choose>
    </language>
  </xsl:template>

  <xsl:template name="coll-did">
    <did>
      <unittitle><xsl:value-of select="$title"/></unittitle>
      <xsl:choose>
        <xsl:when test="$orig-date and not($creation-date) and not($item-dates)">
          <xsl:for-each select="$ms"><xsl:call-template name="ms-unitdates"/></xsl:for-each>
        </xsl:when>
        <xsl:when test="$coll-normal != '' or normalize-space($coll-date-text) != ''">
          <xsl:call-template name="date-el">
            <xsl:with-param name="normal" select="$coll-normal"/>
            <xsl:with-param name="text" select="$coll-date-text"/>
          </xsl:call-template>
        </xsl:when>
      </xsl:choose>
      <xsl:variable name="ms-ids"><xsl:for-each select="$ms"><xsl:call-template name="ms-unitids"/></xsl:for-each></xsl:variable>
      <xsl:choose>
        <xsl:when test="string($ms-ids) != ''"><xsl:copy-of select="$ms-ids"/></xsl:when>
        <xsl:otherwise><unitid><xsl:value-of select="$ident"/></unitid></xsl:otherwise>
      </xsl:choose>
      <xsl:variable name="auth" select="$ms/t:msContents/t:msItem/t:author[normalize-space()] | $fd/t:titleStmt/t:author[normalize-space()]"/>
      <xsl:choose>
        <xsl:when test="$corresp[1]/t:correspAction[@type = 'sent']/*[self::t:persName or self::t:orgName or self::t:name][normalize-space()] and not($letters)">
          <xsl:call-template name="corresp-origination"><xsl:with-param name="cd" select="$corresp[1]"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="$auth">
          <origination label="Creator">
            <xsl:for-each select="$auth">
              <xsl:call-template name="access-point"/>
            </xsl:for-each>
          </origination>
        </xsl:when>
      </xsl:choose>
      <xsl:for-each select="$ms">
        <xsl:call-template name="ms-repository"/>
        <xsl:call-template name="ms-physdesc"/>
      </xsl:for-each>
      <xsl:if test="$docs">
        <physdesc><extent><xsl:value-of select="count($docs)"/> documents</extent></physdesc>
      </xsl:if>
      <xsl:variable name="ms-langs"><xsl:for-each select="$ms"><xsl:call-template name="ms-langmaterial"/></xsl:for-each></xsl:variable>
      <xsl:choose>
        <xsl:when test="string($ms-langs) != ''"><xsl:copy-of select="$ms-langs"/></xsl:when>
        <xsl:when test="$h/t:profileDesc/t:langUsage/t:language[@ident]">
          <langmaterial>
            <xsl:for-each select="$h/t:profileDesc/t:langUsage/t:language[@ident]">
              <xsl:call-template name="language"><xsl:with-param name="code" select="@ident"/></xsl:call-template>
            </xsl:for-each>
          </langmaterial>
        </xsl:when>
        <xsl:when test="/*/t:text/@xml:lang or /*/@xml:lang">
          <langmaterial>
            <xsl:call-template name="language"><xsl:with-param name="code" select="(/*/t:text/@xml:lang | /*/@xml:lang)[last()]"/></xsl:call-template>
          </langmaterial>
        </xsl:when>
      </xsl:choose>
      <xsl:variable name="abs" select="($h/t:profileDesc/t:abstract | $ms/t:msContents/t:summary)[normalize-space()][1]"/>
      <!-- an abstract per paragraph (EAD's abstract holds no p) -->
      <xsl:for-each select="$abs/t:p[normalize-space()] | $abs[not(t:p[normalize-space()])]">
        <abstract><xsl:call-template name="plain"/></abstract>
      </xsl:for-each>
    </did>
  </xsl:template>

  <xsl:template name="other-langs">
    <xsl:param name="list"/>
    <xsl:if test="$list != ''">
      <xsl:call-template name="language"><xsl:with-param name="code" select="substring-before(concat($list, ' '), ' ')"/></xsl:call-template>
      <xsl:call-template name="other-langs"><xsl:with-param name="list" select="substring-after($list, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A paragraph of plain text, skipped when empty. -->
  <xsl:template name="para">
    <xsl:param name="node" select="."/>
    <xsl:param name="prefix" select="''"/>
    <xsl:variable name="s"><xsl:call-template name="plain"><xsl:with-param name="node" select="$node"/></xsl:call-template></xsl:variable>
    <xsl:if test="$s != ''"><p><xsl:value-of select="concat($prefix, $s)"/></p></xsl:if>
  </xsl:template>

  <xsl:template name="coll-notes">
    <xsl:for-each select="$ms"><xsl:call-template name="ms-notes"/></xsl:for-each>
    <!-- a letter edited from an original: where the original is -->
    <xsl:variable name="orig" select="$fd/t:sourceDesc/t:bibl[@type = 'MAN'][normalize-space()]
        | $ms[$corresp]/t:msIdentifier[normalize-space()]"/>
    <xsl:if test="$orig">
      <originalsloc>
        <xsl:for-each select="$orig">
          <p>
            <xsl:choose>
              <xsl:when test="self::t:msIdentifier">
                <xsl:for-each select="(t:repository | t:institution | t:settlement | t:collection | t:idno | t:altIdentifier/t:idno)[normalize-space()]">
                  <xsl:if test="position() &gt; 1">, </xsl:if><xsl:call-template name="plain"/>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise><xsl:call-template name="plain"/></xsl:otherwise>
            </xsl:choose>
          </p>
        </xsl:for-each>
      </originalsloc>
    </xsl:if>
    <xsl:variable name="sc-items" select="$fd/t:sourceDesc/t:p[normalize-space()]"/>
    <xsl:if test="$sc-items">
      <scopecontent>
        <xsl:for-each select="$sc-items">
          <xsl:call-template name="para"/>
        </xsl:for-each>
      </scopecontent>
    </xsl:if>
    <xsl:call-template name="list-bibliography"/>
    <xsl:variable name="av" select="$fd/t:publicationStmt/t:availability[normalize-space()]"/>
    <xsl:if test="$av">
      <!-- its paragraphs with words (an empty p beside an ab with words
           left userestrict empty, invalid), else all its words -->
      <xsl:variable name="av-paras" select="$av/*[self::t:licence or self::t:p or self::t:ab][normalize-space()]"/>
      <userestrict>
        <xsl:for-each select="$av-paras">
          <xsl:call-template name="para"/>
        </xsl:for-each>
        <xsl:if test="not($av-paras)">
          <xsl:call-template name="para"><xsl:with-param name="node" select="$av"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="not($av/t:licence[normalize-space()] | $av/t:p[normalize-space()]) and $av/t:licence/@target">
          <p><xsl:value-of select="$av/t:licence/@target"/></p>
        </xsl:if>
      </userestrict>
    </xsl:if>
    <xsl:call-template name="controlaccess"/>
    <xsl:for-each select="$fd/t:notesStmt/t:note[normalize-space()]">
      <odd><xsl:call-template name="para"/></odd>
    </xsl:for-each>
  </xsl:template>

  <!-- controlaccess: keywords, the letter's people and places, the
       manuscript's places of origin, the file's lists of names. -->
  <xsl:template name="controlaccess">
    <xsl:variable name="pd" select="$h/t:profileDesc"/>
    <xsl:variable name="terms" select="$pd/t:textClass/t:keywords/t:term[normalize-space()] | $pd/t:textClass/t:keywords/t:list/t:item[normalize-space()]"/>
    <xsl:variable name="points">
      <xsl:for-each select="$terms">
        <xsl:variable name="name">
          <xsl:choose>
            <xsl:when test="t:persName">persname</xsl:when>
            <xsl:when test="t:orgName">corpname</xsl:when>
            <xsl:when test="t:placeName">geogname</xsl:when>
            <xsl:otherwise>subject</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:element name="{$name}">
          <xsl:if test="$name = 'subject' and contains(../@scheme, 'id.loc.gov/authorities/subjects')">
            <xsl:attribute name="source">lcsh</xsl:attribute>
          </xsl:if>
          <xsl:call-template name="plain"/>
        </xsl:element>
      </xsl:for-each>
      <xsl:if test="not($letters)">
        <xsl:call-template name="corresp-access"><xsl:with-param name="cd" select="$corresp[1]"/></xsl:call-template>
      </xsl:if>
      <xsl:call-template name="entity-access"/>
    </xsl:variable>
    <xsl:if test="string($points) != ''">
      <controlaccess><xsl:copy-of select="$points"/></controlaccess>
    </xsl:if>
    <xsl:for-each select="$ms"><xsl:call-template name="ms-origin-places"/></xsl:for-each>
  </xsl:template>

  <!-- dsc: one component per unit of the text (teidoc-common.xsl), nested
       as the units are; below the summary depth a component tells how many
       units it holds instead of listing them. -->
  <xsl:template match="*" mode="dsc">
    <xsl:param name="depth"/>
    <xsl:param name="parent-path" select="''"/>
    <xsl:variable name="path" select="concat($parent-path, substring('.', 1, string-length($parent-path)), position())"/>
    <xsl:variable name="kids" select="key('unit-kids', concat('u', generate-id()))"/>
    <xsl:variable name="level">
      <xsl:call-template name="unit-level"><xsl:with-param name="depth" select="$depth"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="leaf" select="not($kids) or @type = 'document'"/>
    <c level="{$level}">
      <xsl:attribute name="id"><xsl:call-template name="unit-id"><xsl:with-param name="path" select="$path"/></xsl:call-template></xsl:attribute>
      <did>
        <unittitle><xsl:call-template name="div-title"/></unittitle>
        <xsl:if test="$leaf or t:dateline or t:docDate or t:front">
          <xsl:variable name="normal"><xsl:call-template name="doc-normal"/></xsl:variable>
          <xsl:variable name="text"><xsl:call-template name="doc-date-text"/></xsl:variable>
          <xsl:if test="$normal != '' or $text != ''">
            <xsl:call-template name="date-el">
              <xsl:with-param name="normal" select="$normal"/>
              <xsl:with-param name="text" select="$text"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:if>
        <xsl:if test="normalize-space(@n) != '' or @xml:id">
          <unitid>
            <xsl:choose>
              <xsl:when test="normalize-space(@n) != ''"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@xml:id"/></xsl:otherwise>
            </xsl:choose>
          </unitid>
        </xsl:if>
      </did>
      <xsl:if test="$leaf">
        <xsl:call-template name="opening"/>
      </xsl:if>
      <xsl:for-each select="t:note[@type='source'][normalize-space()]">
        <odd><xsl:call-template name="para"><xsl:with-param name="prefix" select="'Source: '"/></xsl:call-template></odd>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="$kids and $depth &gt;= $dsc-depth">
          <xsl:variable name="below" select="count(descendant::*[self::t:div or self::t:div1 or self::t:div2 or self::t:div3 or self::t:div4 or self::t:div5 or self::t:div6 or self::t:div7 or self::t:text[parent::t:group]])"/>
          <odd>
            <p>
              <xsl:value-of select="concat($below, ' divisions within are not listed (summary rule: components ')"/>
              <xsl:value-of select="concat('to depth ', $dsc-depth, ').')"/>
            </p>
          </odd>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="$kids" mode="dsc">
            <xsl:with-param name="depth" select="$depth + 1"/>
            <xsl:with-param name="parent-path" select="$path"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
    </c>
  </xsl:template>

  <!-- The opening words of an item: the first paragraph of some length (FRUS
       documents often open with a despatch number such as "No. 207"), else
       the first paragraph, else its first verse line, speech, entry or list
       item; never one inside a note. -->
  <xsl:template name="opening">
    <xsl:variable name="ps" select=".//t:p[not(ancestor::t:note)][normalize-space()]"/>
    <xsl:variable name="long" select="$ps[string-length(normalize-space()) &gt; 40][1]"/>
    <xsl:variable name="s">
      <xsl:choose>
        <xsl:when test="$ps">
          <xsl:call-template name="plain"><xsl:with-param name="node" select="$long | $ps[1][not($long)]"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="plain"><xsl:with-param name="node" select="(.//t:sp | .//t:l | .//t:ab | .//t:entry | .//t:item)[normalize-space()][1]"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$s != ''">
      <scopecontent>
        <p><xsl:call-template name="clip"><xsl:with-param name="s" select="$s"/></xsl:call-template></p>
      </scopecontent>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
