<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc2ead-ms.xsl: TEI manuscript descriptions (msDesc, msPart, msFrag,
     msItem) to EAD 2002 did parts, notes and components; included by teidoc2ead.xsl. -->
<!-- Owner: the teidoc family (issue 14). Every template reads the context
     description (msDesc, msPart or msFrag) and never its sub-parts' fields. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="urn:isbn:1-931666-22-9"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="t">

  <!-- unitid: the shelfmark first (idno[@type='shelfmark'], else the first
       idno), then the other identifiers with their type. -->
  <xsl:template name="ms-unitids">
    <xsl:variable name="mi" select="t:msIdentifier | t:altIdentifier[not(../t:msIdentifier)]"/>
    <xsl:variable name="ids" select="$mi/t:idno[normalize-space()] | $mi/t:altIdentifier/t:idno[normalize-space()]"/>
    <xsl:variable name="shelf" select="($ids[@type = 'shelfmark'] | $ids[not($ids[@type = 'shelfmark'])][1])[1]"/>
    <xsl:for-each select="$shelf">
      <xsl:call-template name="ms-unitid"/>
    </xsl:for-each>
    <xsl:for-each select="$ids[generate-id() != generate-id($shelf)]">
      <xsl:call-template name="ms-unitid"/>
    </xsl:for-each>
    <xsl:if test="not($ids) and $mi/t:msName[normalize-space()]">
      <unitid type="msName"><xsl:call-template name="plain"><xsl:with-param name="node" select="($mi/t:msName[normalize-space()])[1]"/></xsl:call-template></unitid>
    </xsl:if>
  </xsl:template>
  <xsl:template name="ms-unitid">
      <unitid>
        <xsl:variable name="type" select="normalize-space((@type | ../self::t:altIdentifier/@type)[last()])"/>
        <xsl:if test="$type != ''"><xsl:attribute name="type"><xsl:value-of select="$type"/></xsl:attribute></xsl:if>
        <xsl:call-template name="plain"/>
      </unitid>
  </xsl:template>

  <!-- unitdate: each origDate of the origin, @normal from @when,
       @notBefore/@notAfter or @from/@to. -->
  <xsl:template name="ms-unitdates">
    <xsl:for-each select="t:history/t:origin//t:origDate[normalize-space() or @when or @notBefore or @notAfter or @from or @to]">
      <xsl:call-template name="date-el"/>
    </xsl:for-each>
  </xsl:template>

  <!-- repository: institution and repository, then the settlement. -->
  <xsl:template name="ms-repository">
    <xsl:variable name="mi" select="t:msIdentifier"/>
    <xsl:variable name="repo" select="($mi/t:institution | $mi/t:repository)[normalize-space()]"/>
    <xsl:if test="$repo">
      <repository>
        <corpname>
          <xsl:for-each select="$repo">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:call-template name="plain"/>
          </xsl:for-each>
          <xsl:for-each select="$mi/t:settlement[normalize-space()]">
            <xsl:text>, </xsl:text><xsl:call-template name="plain"/>
          </xsl:for-each>
        </corpname>
      </repository>
    </xsl:if>
    <xsl:for-each select="$mi/t:collection[normalize-space()]">
      <physloc><xsl:call-template name="plain"/></physloc>
    </xsl:for-each>
  </xsl:template>

  <!-- physdesc: the form (objectDesc/@form), the extent's words without its
       dimensions, each dimensions element apart (with its type and unit),
       the support. -->
  <xsl:template name="ms-physdesc">
    <xsl:variable name="pd" select="t:physDesc"/>
    <xsl:variable name="ext" select="$pd/t:objectDesc/t:supportDesc/t:extent | $pd/t:extent"/>
    <xsl:variable name="dims" select="$ext//t:dimensions | $pd/t:objectDesc/t:supportDesc/t:support//t:dimensions | $pd/t:dimensions
                                     | $pd/t:objectDesc/t:layoutDesc//t:dimensions"/>
    <xsl:variable name="sup" select="$pd/t:objectDesc/t:supportDesc/t:support[normalize-space()]"/>
    <xsl:variable name="words">
      <xsl:call-template name="plain"><xsl:with-param name="node" select="$ext/node()[not(self::t:dimensions)]"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="measures">
      <xsl:for-each select="$ext//t:measure[@quantity][not(normalize-space())]">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:value-of select="normalize-space(concat(@quantity, ' ', @unit))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="$words != '' or $measures != '' or $dims or $sup or $pd/t:objectDesc/@form">
      <physdesc>
        <xsl:if test="$pd/t:objectDesc/@form">
          <genreform><xsl:value-of select="$pd/t:objectDesc/@form"/></genreform>
        </xsl:if>
        <xsl:if test="$words != '' or $measures != ''">
          <extent>
            <xsl:value-of select="$words"/>
            <xsl:if test="$words != '' and $measures != ''">; </xsl:if>
            <xsl:value-of select="$measures"/>
          </extent>
        </xsl:if>
        <xsl:for-each select="$dims[*[normalize-space()] or normalize-space()]">
          <dimensions>
            <xsl:if test="@type"><xsl:attribute name="type"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
            <xsl:if test="@unit"><xsl:attribute name="unit"><xsl:value-of select="@unit"/></xsl:attribute></xsl:if>
            <xsl:choose>
              <xsl:when test="*">
                <xsl:for-each select="*[normalize-space()]">
                  <xsl:if test="position() &gt; 1"> × </xsl:if>
                  <xsl:value-of select="normalize-space(concat(., ' ', @unit))"/>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="normalize-space()"/></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="@unit"><xsl:value-of select="concat(' ', @unit)"/></xsl:if>
          </dimensions>
        </xsl:for-each>
        <xsl:for-each select="$sup">
          <physfacet type="support"><xsl:call-template name="plain"><xsl:with-param name="node" select="node()[not(self::t:dimensions)]"/></xsl:call-template></physfacet>
        </xsl:for-each>
      </physdesc>
    </xsl:if>
  </xsl:template>

  <!-- langmaterial of a description: its textLang. -->
  <xsl:template name="ms-langmaterial">
    <xsl:variable name="langs" select="(t:msContents/t:textLang | t:msContents/t:msItem/t:textLang)[@mainLang][1]"/>
    <xsl:if test="$langs">
      <langmaterial>
        <xsl:for-each select="$langs">
          <xsl:call-template name="language"><xsl:with-param name="code" select="@mainLang"/></xsl:call-template>
          <xsl:call-template name="other-langs"><xsl:with-param name="list" select="normalize-space(@otherLangs)"/></xsl:call-template>
        </xsl:for-each>
      </langmaterial>
    </xsl:if>
  </xsl:template>

  <!-- The description's notes: origin and provenance (custodhist),
       acquisition (acqinfo), the physical description's other parts
       (phystech, one a part, under its heading), the summary
       (scopecontent), surrogates (altformavail), the record's bibliography. -->
  <xsl:template name="ms-notes">
    <xsl:variable name="hist" select="t:history"/>
    <xsl:if test="$hist/t:origin[normalize-space()] | $hist/t:provenance[normalize-space()] | $hist/t:p[normalize-space()] | $hist/t:summary[normalize-space()]">
      <custodhist>
        <xsl:for-each select="$hist/t:summary | $hist/t:p">
          <xsl:call-template name="para"/>
        </xsl:for-each>
        <xsl:for-each select="$hist/t:origin">
          <xsl:call-template name="para"><xsl:with-param name="prefix" select="'Origin: '"/></xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="$hist/t:provenance">
          <xsl:call-template name="para"/>
        </xsl:for-each>
      </custodhist>
    </xsl:if>
    <xsl:if test="$hist/t:acquisition[normalize-space()]">
      <acqinfo>
        <xsl:for-each select="$hist/t:acquisition">
          <xsl:call-template name="para"/>
        </xsl:for-each>
      </acqinfo>
    </xsl:if>
    <xsl:variable name="pd" select="t:physDesc"/>
    <xsl:for-each select="$pd/t:p | $pd/t:objectDesc/t:supportDesc/t:collation | $pd/t:objectDesc/t:supportDesc/t:foliation
                          | $pd/t:objectDesc/t:supportDesc/t:condition | $pd/t:objectDesc/t:layoutDesc
                          | $pd/t:handDesc | $pd/t:scriptDesc | $pd/t:typeDesc | $pd/t:musicNotation | $pd/t:decoDesc
                          | $pd/t:additions | $pd/t:bindingDesc | $pd/t:sealDesc | $pd/t:accMat">
      <xsl:variable name="layout">
        <xsl:for-each select="self::t:layoutDesc/t:layout">
          <xsl:if test="@columns"><xsl:value-of select="concat(@columns, ' column(s); ')"/></xsl:if>
          <xsl:if test="@writtenLines"><xsl:value-of select="concat(@writtenLines, ' written lines; ')"/></xsl:if>
          <xsl:if test="@ruledLines"><xsl:value-of select="concat(@ruledLines, ' ruled lines; ')"/></xsl:if>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="words"><xsl:apply-templates mode="no-dimensions"/></xsl:variable>
      <xsl:variable name="s" select="normalize-space(concat($layout, ' ', $words))"/>
      <xsl:if test="$s != ''">
        <phystech>
          <head>
            <xsl:choose>
              <xsl:when test="self::t:p">Physical description</xsl:when>
              <xsl:when test="self::t:collation">Collation</xsl:when>
              <xsl:when test="self::t:foliation">Foliation</xsl:when>
              <xsl:when test="self::t:condition">Condition</xsl:when>
              <xsl:when test="self::t:layoutDesc">Layout</xsl:when>
              <xsl:when test="self::t:handDesc">Hands</xsl:when>
              <xsl:when test="self::t:scriptDesc">Script</xsl:when>
              <xsl:when test="self::t:typeDesc">Type</xsl:when>
              <xsl:when test="self::t:musicNotation">Music notation</xsl:when>
              <xsl:when test="self::t:decoDesc">Decoration</xsl:when>
              <xsl:when test="self::t:additions">Additions</xsl:when>
              <xsl:when test="self::t:bindingDesc">Binding</xsl:when>
              <xsl:when test="self::t:sealDesc">Seals</xsl:when>
              <xsl:otherwise>Accompanying material</xsl:otherwise>
            </xsl:choose>
          </head>
          <p><xsl:value-of select="$s"/></p>
        </phystech>
      </xsl:if>
    </xsl:for-each>
    <xsl:variable name="sum" select="t:msContents/t:summary[normalize-space()] | t:msContents/t:p[normalize-space()] | t:p[normalize-space()]"/>
    <xsl:if test="$sum">
      <scopecontent>
        <xsl:for-each select="$sum"><xsl:call-template name="para"/></xsl:for-each>
      </scopecontent>
    </xsl:if>
    <xsl:for-each select="t:additional/t:surrogates[normalize-space()]">
      <altformavail><xsl:call-template name="para"/></altformavail>
    </xsl:for-each>
    <xsl:for-each select="t:additional/t:adminInfo/t:custodialHist[normalize-space()]">
      <custodhist><xsl:call-template name="para"/></custodhist>
    </xsl:for-each>
    <xsl:variable name="bibls" select="t:additional/t:listBibl//t:bibl[normalize-space()] | t:additional/t:listBibl//t:biblStruct[normalize-space()]"/>
    <xsl:if test="$bibls">
      <bibliography>
        <xsl:for-each select="$bibls">
          <bibref><xsl:call-template name="plain"/></bibref>
        </xsl:for-each>
      </bibliography>
    </xsl:if>
  </xsl:template>

  <!-- The components of a description: its msItems (nested as they are),
       then its parts and fragments, each described like a manuscript. -->
  <xsl:template name="ms-components">
    <xsl:param name="path"/>
    <xsl:apply-templates select="t:msContents/t:msItem | t:msContents/t:msItemStruct | t:msPart | t:msFrag" mode="ms-c">
      <xsl:with-param name="parent-path" select="$path"/>
    </xsl:apply-templates>
  </xsl:template>
  <xsl:template name="ms-has-components">
    <xsl:if test="t:msContents/t:msItem | t:msContents/t:msItemStruct | t:msPart | t:msFrag">1</xsl:if>
  </xsl:template>

  <xsl:template match="t:msPart | t:msFrag | t:msDesc" mode="ms-c">
    <xsl:param name="parent-path"/>
    <xsl:variable name="path" select="concat($parent-path, '.', position())"/>
    <c level="otherlevel" otherlevel="{local-name()}">
      <xsl:attribute name="id"><xsl:call-template name="unit-id"><xsl:with-param name="path" select="$path"/></xsl:call-template></xsl:attribute>
      <did>
        <unittitle>
          <xsl:variable name="name" select="(t:head | t:msIdentifier/t:msName | t:msContents/t:msItem/t:title)[normalize-space()][1]"/>
          <xsl:choose>
            <xsl:when test="$name"><xsl:call-template name="plain"><xsl:with-param name="node" select="$name"/></xsl:call-template></xsl:when>
            <xsl:when test="self::t:msPart">Part <xsl:value-of select="count(preceding-sibling::t:msPart) + 1"/></xsl:when>
            <xsl:when test="self::t:msFrag">Fragment <xsl:value-of select="count(preceding-sibling::t:msFrag) + 1"/></xsl:when>
            <xsl:otherwise>Manuscript</xsl:otherwise>
          </xsl:choose>
          <xsl:for-each select="(t:msIdentifier/t:idno[normalize-space()] | t:altIdentifier/t:idno[normalize-space()])[1]">
            <xsl:value-of select="concat(' (', normalize-space(), ')')"/>
          </xsl:for-each>
        </unittitle>
        <xsl:call-template name="ms-unitdates"/>
        <xsl:call-template name="ms-unitids"/>
        <xsl:call-template name="ms-repository"/>
        <xsl:call-template name="ms-physdesc"/>
        <xsl:call-template name="ms-langmaterial"/>
      </did>
      <xsl:call-template name="ms-notes"/>
      <xsl:call-template name="ms-origin-places"/>
      <xsl:call-template name="ms-components"><xsl:with-param name="path" select="$path"/></xsl:call-template>
    </c>
  </xsl:template>

  <!-- One work in a manuscript: title, author, locus; incipit, explicit,
       rubric, colophon and notes as notes; its own items below. -->
  <xsl:template match="t:msItem | t:msItemStruct" mode="ms-c">
    <xsl:param name="parent-path"/>
    <xsl:variable name="path" select="concat($parent-path, '.', position())"/>
    <c level="otherlevel" otherlevel="msItem">
      <xsl:attribute name="id"><xsl:call-template name="unit-id"><xsl:with-param name="path" select="$path"/></xsl:call-template></xsl:attribute>
      <did>
        <xsl:variable name="titles" select="t:title[normalize-space()]"/>
        <xsl:variable name="first" select="(t:rubric | t:incipit | t:note | t:p)[normalize-space()][1]"/>
        <unittitle>
          <xsl:choose>
            <xsl:when test="$titles">
              <xsl:for-each select="$titles">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:call-template name="plain"/>
              </xsl:for-each>
            </xsl:when>
            <xsl:when test="$first">
              <xsl:variable name="s"><xsl:call-template name="plain"><xsl:with-param name="node" select="$first"/></xsl:call-template></xsl:variable>
              <xsl:call-template name="clip"><xsl:with-param name="s" select="$s"/><xsl:with-param name="max" select="120"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space(concat('Item ', @n))"/></xsl:otherwise>
          </xsl:choose>
        </unittitle>
        <xsl:if test="normalize-space(@n) != ''">
          <unitid><xsl:value-of select="normalize-space(@n)"/></unitid>
        </xsl:if>
        <xsl:variable name="auth" select="t:author[normalize-space()] | t:respStmt[normalize-space()]"/>
        <xsl:if test="$auth">
          <origination label="Author">
            <xsl:for-each select="$auth">
              <xsl:call-template name="access-point"/>
            </xsl:for-each>
          </origination>
        </xsl:if>
        <xsl:for-each select="t:locus[normalize-space() or @from] | t:locusGrp[normalize-space()]">
          <physloc type="locus">
            <xsl:variable name="s"><xsl:call-template name="plain"/></xsl:variable>
            <xsl:variable name="range">
              <xsl:value-of select="@from"/>
              <xsl:if test="@to and @to != @from"><xsl:value-of select="concat('–', @to)"/></xsl:if>
            </xsl:variable>
            <xsl:value-of select="normalize-space(concat($range, ' ', $s))"/>
          </physloc>
        </xsl:for-each>
        <xsl:for-each select="t:textLang[@mainLang][1]">
          <langmaterial>
            <xsl:call-template name="language"><xsl:with-param name="code" select="@mainLang"/></xsl:call-template>
            <xsl:call-template name="other-langs"><xsl:with-param name="list" select="normalize-space(@otherLangs)"/></xsl:call-template>
          </langmaterial>
        </xsl:for-each>
      </did>
      <xsl:variable name="notes" select="(t:rubric | t:incipit | t:explicit | t:finalRubric | t:colophon | t:quote
                                          | t:note | t:p | t:filiation | t:decoNote | t:bibl | t:listBibl | t:summary)[normalize-space()]"/>
      <xsl:if test="$notes">
        <odd>
          <xsl:for-each select="$notes">
            <xsl:call-template name="para">
              <xsl:with-param name="prefix">
                <xsl:choose>
                  <xsl:when test="self::t:rubric">Rubric: </xsl:when>
                  <xsl:when test="self::t:incipit">Incipit: </xsl:when>
                  <xsl:when test="self::t:explicit">Explicit: </xsl:when>
                  <xsl:when test="self::t:finalRubric">Final rubric: </xsl:when>
                  <xsl:when test="self::t:colophon">Colophon: </xsl:when>
                  <xsl:when test="self::t:filiation">Filiation: </xsl:when>
                  <xsl:when test="self::t:decoNote">Decoration: </xsl:when>
                  <xsl:when test="self::t:bibl or self::t:listBibl">Bibliography: </xsl:when>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </odd>
      </xsl:if>
      <xsl:apply-templates select="t:msItem | t:msItemStruct" mode="ms-c">
        <xsl:with-param name="parent-path" select="$path"/>
      </xsl:apply-templates>
    </c>
  </xsl:template>

  <!-- The words of a physical description's part without its measurements
       (they are the physdesc's dimensions). -->
  <xsl:template match="t:dimensions | t:note[ancestor::t:head]" mode="no-dimensions"/>
  <xsl:template match="*" mode="no-dimensions">
    <xsl:text> </xsl:text><xsl:apply-templates mode="no-dimensions"/>
  </xsl:template>

  <!-- The places of origin as controlled geographic names. -->
  <xsl:template name="ms-origin-places">
    <xsl:variable name="places" select="t:history/t:origin//t:origPlace[normalize-space()]"/>
    <xsl:if test="$places">
      <controlaccess>
        <xsl:for-each select="$places">
          <geogname role="place of origin">
            <xsl:call-template name="authority"><xsl:with-param name="el" select="(.//*[@ref or @key])[1] | self::*[@ref or @key]"/></xsl:call-template>
            <xsl:call-template name="plain"/>
          </geogname>
        </xsl:for-each>
      </controlaccess>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
