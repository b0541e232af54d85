<?xml version="1.0" encoding="UTF-8"?>
<!-- tei2ead3.xsl: one teiconv TEI record to an EAD3 finding-aid entry
     (archdesc level="item"), every field at its place in DESIGN.md section 4. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns="http://ead3.archivists.org/schema/"
    exclude-result-prefixes="tei">

  <xsl:include href="../lib/common-tei.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:strip-space elements="*"/>

  <xsl:param name="record-stem" select="''"/>
  <xsl:param name="html-href" select="''"/>
  <!-- The date the EAD is written (ISO); absent by default so that the
       output depends on the input only. -->
  <xsl:param name="generated-date" select="''"/>

  <xsl:variable name="tc-lcsh" select="'http://id.loc.gov/authorities/subjects'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="href">
      <xsl:choose>
        <xsl:when test="$html-href != ''"><xsl:value-of select="$html-href"/></xsl:when>
        <xsl:when test="$record-stem != ''"><xsl:value-of select="concat($record-stem, '.html')"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="docs" select="tei:text//tei:div[@type='document']"/>
    <ead>
      <xsl:call-template name="ead3-control"/>
      <archdesc level="item">
        <xsl:if test="count($docs) &gt; 1"><xsl:attribute name="level">collection</xsl:attribute></xsl:if>
        <did>
          <xsl:call-template name="ead3-did">
            <xsl:with-param name="href" select="string($href)"/>
          </xsl:call-template>
        </did>
        <xsl:call-template name="ead3-desc"/>
        <xsl:if test="count($docs) &gt; 1">
          <dsc dsctype="combined">
            <xsl:for-each select="$docs">
              <c level="item">
                <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
                <did>
                  <unittitle>
                    <xsl:choose>
                      <xsl:when test="tei:head"><xsl:value-of select="normalize-space(tei:head[1])"/></xsl:when>
                      <xsl:otherwise>Document <xsl:value-of select="position()"/></xsl:otherwise>
                    </xsl:choose>
                  </unittitle>
                  <xsl:for-each select="(tei:dateline//tei:date | tei:opener//tei:date)[1]">
                    <xsl:call-template name="ead3-dates"/>
                  </xsl:for-each>
                  <unitid><xsl:value-of select="(@n | @xml:id)[1]"/><xsl:if test="not(@n | @xml:id)"><xsl:value-of select="position()"/></xsl:if></unitid>
                </did>
              </c>
            </xsl:for-each>
          </dsc>
        </xsl:if>
      </archdesc>
    </ead>
  </xsl:template>

  <xsl:template name="ead3-record-id">
    <xsl:variable name="ps" select="tei:teiHeader/tei:fileDesc/tei:publicationStmt"/>
    <xsl:choose>
      <xsl:when test="$ps/tei:idno[@type='record'][normalize-space()]"><xsl:value-of select="normalize-space($ps/tei:idno[@type='record'][normalize-space()][1])"/></xsl:when>
      <xsl:when test="$ps/tei:idno[normalize-space()]"><xsl:value-of select="normalize-space($ps/tei:idno[normalize-space()][1])"/></xsl:when>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="$record-stem != ''"><xsl:value-of select="$record-stem"/></xsl:when>
      <xsl:otherwise>unidentified-record</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ead3-title">
    <xsl:variable name="ts" select="tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:choose>
      <xsl:when test="$ts/tei:title[@type='main']"><xsl:value-of select="normalize-space($ts/tei:title[@type='main'][1])"/></xsl:when>
      <xsl:when test="$ts/tei:title[@type='complete']"><xsl:value-of select="normalize-space($ts/tei:title[@type='complete'][1])"/></xsl:when>
      <xsl:when test="$ts/tei:title"><xsl:value-of select="normalize-space($ts/tei:title[1])"/></xsl:when>
      <xsl:otherwise>Untitled record</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- control: identifier, title, responsibility, sponsor, publication,
       maintenance, the language of the description. Context: tei:TEI. -->
  <xsl:template name="ead3-control">
    <xsl:variable name="fd" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="ts" select="$fd/tei:titleStmt"/>
    <xsl:variable name="ps" select="$fd/tei:publicationStmt"/>
    <control>
      <recordid><xsl:call-template name="ead3-record-id"/></recordid>
      <filedesc>
        <titlestmt>
          <titleproper><xsl:call-template name="ead3-title"/></titleproper>
          <xsl:for-each select="$ts/tei:respStmt">
            <author><xsl:call-template name="tc-resp-line"/></author>
          </xsl:for-each>
          <xsl:for-each select="$ts/tei:funder | $ts/tei:sponsor">
            <sponsor><xsl:value-of select="normalize-space(.)"/></sponsor>
          </xsl:for-each>
        </titlestmt>
        <xsl:if test="$ps/tei:publisher | $ps/tei:date">
          <publicationstmt>
            <xsl:for-each select="$ps/tei:publisher">
              <publisher><xsl:value-of select="normalize-space(.)"/></publisher>
            </xsl:for-each>
            <xsl:for-each select="$ps/tei:date">
              <date>
                <xsl:if test="@type"><xsl:attribute name="localtype"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
                <xsl:variable name="n"><xsl:call-template name="tc-date-normal"/></xsl:variable>
                <xsl:if test="$n != ''"><xsl:attribute name="normal"><xsl:value-of select="$n"/></xsl:attribute></xsl:if>
                <xsl:value-of select="normalize-space(.)"/>
              </date>
            </xsl:for-each>
          </publicationstmt>
        </xsl:if>
        <xsl:if test="$ts/tei:respStmt">
          <notestmt>
            <xsl:for-each select="$ts/tei:respStmt">
              <controlnote><p><xsl:call-template name="tc-resp-line"/></p></controlnote>
            </xsl:for-each>
          </notestmt>
        </xsl:if>
      </filedesc>
      <maintenancestatus value="derived"/>
      <maintenanceagency>
        <agencyname>
          <xsl:choose>
            <xsl:when test="$ps/tei:publisher"><xsl:value-of select="normalize-space($ps/tei:publisher[1])"/></xsl:when>
            <xsl:otherwise>teiconv</xsl:otherwise>
          </xsl:choose>
        </agencyname>
      </maintenanceagency>
      <xsl:for-each select="tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1]">
        <languagedeclaration>
          <xsl:call-template name="ead3-language"><xsl:with-param name="tag" select="@ident"/><xsl:with-param name="name" select="normalize-space(.)"/></xsl:call-template>
          <script scriptcode="Latn">Latin</script>
        </languagedeclaration>
      </xsl:for-each>
      <maintenancehistory>
        <maintenanceevent>
          <eventtype value="derived"/>
          <eventdatetime>
            <xsl:if test="$generated-date != ''"><xsl:attribute name="standarddatetime"><xsl:value-of select="$generated-date"/></xsl:attribute></xsl:if>
            <xsl:choose>
              <xsl:when test="$generated-date != ''"><xsl:value-of select="$generated-date"/></xsl:when>
              <xsl:otherwise>not recorded</xsl:otherwise>
            </xsl:choose>
          </eventdatetime>
          <agenttype value="machine"/>
          <agent>teiconv<xsl:for-each select="tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application[@ident='teiconv'][1]"><xsl:value-of select="concat(' ', @version)"/></xsl:for-each></agent>
          <eventdescription>Derived from the TEI P5 record.</eventdescription>
        </maintenanceevent>
      </maintenancehistory>
    </control>
  </xsl:template>

  <xsl:template name="ead3-language">
    <xsl:param name="tag"/>
    <xsl:param name="name" select="''"/>
    <xsl:variable name="code"><xsl:call-template name="tc-iso639b"><xsl:with-param name="tag" select="$tag"/></xsl:call-template></xsl:variable>
    <language>
      <xsl:if test="$code != ''"><xsl:attribute name="langcode"><xsl:value-of select="$code"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="$name != ''"><xsl:value-of select="$name"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="tc-lang-name"><xsl:with-param name="tag" select="$tag"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </language>
  </xsl:template>

  <xsl:template name="ead3-languages">
    <xsl:param name="tags"/>
    <xsl:if test="$tags != ''">
      <xsl:variable name="first">
        <xsl:choose>
          <xsl:when test="contains($tags, ' ')"><xsl:value-of select="substring-before($tags, ' ')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$tags"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:call-template name="ead3-language"><xsl:with-param name="tag" select="$first"/></xsl:call-template>
      <xsl:call-template name="ead3-languages"><xsl:with-param name="tags" select="substring-after($tags, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- unitdate (as printed, @normal) and unitdatestructured for a TEI
       date (context). -->
  <xsl:template name="ead3-dates">
    <xsl:variable name="n"><xsl:call-template name="tc-date-normal"/></xsl:variable>
    <xsl:variable name="s"><xsl:call-template name="tc-date-start"/></xsl:variable>
    <xsl:variable name="e"><xsl:call-template name="tc-date-end"/></xsl:variable>
    <unitdate era="ce" calendar="gregorian">
      <xsl:if test="$n != ''"><xsl:attribute name="normal"><xsl:value-of select="$n"/></xsl:attribute></xsl:if>
      <xsl:if test="@cert"><xsl:attribute name="certainty"><xsl:value-of select="@cert"/></xsl:attribute></xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </unitdate>
    <xsl:if test="$s != '' or $e != ''">
      <unitdatestructured era="ce" calendar="gregorian">
        <xsl:if test="@cert"><xsl:attribute name="certainty"><xsl:value-of select="@cert"/></xsl:attribute></xsl:if>
        <xsl:choose>
          <xsl:when test="@when">
            <datesingle standarddate="{$s}"><xsl:value-of select="normalize-space(.)"/></datesingle>
          </xsl:when>
          <xsl:otherwise>
            <daterange>
              <xsl:if test="$s != ''"><fromdate standarddate="{$s}"><xsl:value-of select="$s"/></fromdate></xsl:if>
              <xsl:if test="$e != ''"><todate standarddate="{$e}"><xsl:value-of select="$e"/></todate></xsl:if>
            </daterange>
          </xsl:otherwise>
        </xsl:choose>
      </unitdatestructured>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ead3-name">
    <xsl:param name="n" select="."/>
    <xsl:variable name="t" select="normalize-space($n)"/>
    <xsl:variable name="head" select="substring-before($t, '. ')"/>
    <xsl:variable name="kind">
      <xsl:choose>
        <xsl:when test="$n/self::tei:orgName or $n/tei:orgName">corpname</xsl:when>
        <xsl:when test="$n/self::tei:persName or $n/tei:persName">persname</xsl:when>
        <xsl:when test="$head != '' and not(contains($head, '.')) and not(contains($head, ',')) and string-length($head) &gt; 3">corpname</xsl:when>
        <xsl:when test="contains($t, ',')">persname</xsl:when>
        <xsl:when test="contains($t, 'Ministry') or contains($t, 'Embassy') or contains($t, 'Committee')
                        or contains($t, 'Party') or contains($t, 'Council') or contains($t, 'Department')
                        or contains($t, 'Office') or contains($t, 'Government') or contains($t, 'Foundation')
                        or contains($t, 'Agency') or contains($t, 'Bureau') or contains($t, 'Commission')
                        or contains($t, 'Archive') or contains($t, 'Institute') or contains($t, 'University')
                        or contains($t, 'Association') or contains($t, 'Union') or contains($t, 'Program')">corpname</xsl:when>
        <xsl:otherwise>persname</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$kind}"><part><xsl:value-of select="$t"/></part></xsl:element>
  </xsl:template>

  <xsl:template name="ead3-source-text">
    <xsl:variable name="sd" select="tei:teiHeader/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="ms" select="$sd/tei:msDesc[1]"/>
    <xsl:choose>
      <xsl:when test="$sd//tei:bibl[not(ancestor::tei:msDesc)]">
        <xsl:value-of select="normalize-space(($sd//tei:bibl[not(ancestor::tei:msDesc)])[1])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$ms/tei:msIdentifier/tei:repository | $ms/tei:msIdentifier/tei:idno | $ms/tei:msContents/tei:msItem/tei:locus">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ead3-did">
    <xsl:param name="href" select="''"/>
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="ts" select="$h/tei:fileDesc/tei:titleStmt"/>
    <unittitle><xsl:call-template name="ead3-title"/></unittitle>
    <xsl:for-each select="$h/tei:profileDesc/tei:creation/tei:date[1]">
      <xsl:call-template name="ead3-dates"/>
    </xsl:for-each>
    <unitid><xsl:call-template name="ead3-record-id"/></unitid>
    <xsl:if test="$ts/tei:author">
      <origination label="Author">
        <xsl:for-each select="$ts/tei:author"><xsl:call-template name="ead3-name"/></xsl:for-each>
      </origination>
    </xsl:if>
    <xsl:variable name="tl" select="$h/tei:fileDesc/tei:sourceDesc//tei:textLang[1]"/>
    <xsl:if test="$tl/@mainLang">
      <langmaterial label="Language of the original">
        <xsl:call-template name="ead3-languages">
          <xsl:with-param name="tags" select="normalize-space(concat($tl/@mainLang, ' ', $tl/@otherLangs))"/>
        </xsl:call-template>
      </langmaterial>
    </xsl:if>
    <xsl:for-each select="$h/tei:profileDesc/tei:abstract">
      <abstract><xsl:value-of select="normalize-space(.)"/></abstract>
    </xsl:for-each>
    <xsl:if test="$href != ''">
      <dao daotype="derived" href="{$href}" linktitle="Reading page" show="new" actuate="onrequest">
        <descriptivenote><p>Transcription (HTML reading page)</p></descriptivenote>
      </dao>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ead3-desc">
    <xsl:variable name="fd" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="pd" select="tei:teiHeader/tei:profileDesc"/>
    <xsl:variable name="ms" select="$fd/tei:sourceDesc/tei:msDesc[1]"/>
    <xsl:for-each select="$pd/tei:abstract">
      <scopecontent>
        <head>Summary</head>
        <xsl:for-each select="tei:p"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
        <xsl:if test="not(tei:p)"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:if>
      </scopecontent>
    </xsl:for-each>
    <xsl:variable name="src"><xsl:call-template name="ead3-source-text"/></xsl:variable>
    <xsl:if test="normalize-space($src) != '' or $ms/tei:msIdentifier/tei:institution">
      <originalsloc>
        <head>Source</head>
        <xsl:if test="normalize-space($src) != ''"><p><xsl:value-of select="$src"/></p></xsl:if>
        <xsl:for-each select="$ms/tei:msIdentifier/tei:institution">
          <p>Original archive: <xsl:value-of select="normalize-space(.)"/></p>
        </xsl:for-each>
      </originalsloc>
    </xsl:if>
    <xsl:for-each select="$fd/tei:publicationStmt/tei:availability[1]">
      <userestrict>
        <head>Rights</head>
        <xsl:for-each select=".//tei:p"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
        <xsl:if test="not(.//tei:p)"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:if>
      </userestrict>
    </xsl:for-each>
    <xsl:variable name="kw" select="$pd/tei:textClass/tei:keywords"/>
    <xsl:if test="$kw/tei:term">
      <controlaccess>
        <head>Subjects</head>
        <xsl:for-each select="$kw/tei:term">
          <xsl:choose>
            <xsl:when test="tei:placeName"><geogname><part><xsl:value-of select="normalize-space(.)"/></part></geogname></xsl:when>
            <xsl:when test="tei:persName or tei:orgName">
              <xsl:call-template name="ead3-name"><xsl:with-param name="n" select="tei:persName | tei:orgName"/></xsl:call-template>
            </xsl:when>
            <xsl:when test="../@scheme = $tc-lcsh"><subject source="lcsh"><part><xsl:value-of select="normalize-space(.)"/></part></subject></xsl:when>
            <xsl:otherwise><subject><part><xsl:value-of select="normalize-space(.)"/></part></subject></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </controlaccess>
    </xsl:if>
    <xsl:for-each select="$fd/tei:notesStmt/tei:note[@type='classification']">
      <odd localtype="classification">
        <head>Original classification</head>
        <p><xsl:value-of select="normalize-space(.)"/></p>
      </odd>
    </xsl:for-each>
    <xsl:for-each select="$fd/tei:notesStmt/tei:note[not(@type='classification')][normalize-space()]">
      <odd>
        <xsl:if test="@type"><xsl:attribute name="localtype"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
        <head><xsl:call-template name="tc-note-label"/></head>
        <p><xsl:value-of select="normalize-space(.)"/></p>
      </odd>
    </xsl:for-each>
    <xsl:if test="$fd/tei:notesStmt/tei:relatedItem">
      <relatedmaterial>
        <head>Related documents</head>
        <xsl:for-each select="$fd/tei:notesStmt/tei:relatedItem"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
      </relatedmaterial>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
