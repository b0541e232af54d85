<?xml version="1.0" encoding="UTF-8"?>
<!-- common-ead.xsl: the EAD 2002 description of one TEI record (did and the
     descriptive blocks), shared by tei2ead.xsl and collection2ead.xsl. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns="urn:isbn:1-931666-22-9"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    exclude-result-prefixes="tei">
  <xsl:include href="name-kind.xsl"/>


  <!-- Record identifier: the record idno, any idno, the stem, a constant. -->
  <xsl:template name="ead-record-id">
    <xsl:variable name="ps" select="tei:teiHeader/tei:fileDesc/tei:publicationStmt"/>
    <xsl:choose>
      <xsl:when test="$ps/tei:idno[@type='record'][normalize-space()]"><xsl:value-of select="normalize-space($ps/tei:idno[@type='record'][normalize-space()][1])"/></xsl:when>
      <xsl:when test="$ps/tei:idno[normalize-space()]"><xsl:value-of select="normalize-space($ps/tei:idno[normalize-space()][1])"/></xsl:when>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="@n"><xsl:value-of select="@n"/></xsl:when>
      <xsl:when test="$record-stem != ''"><xsl:value-of select="$record-stem"/></xsl:when>
      <xsl:otherwise>unidentified-record</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Title: the main title, else the first title of the titleStmt. -->
  <xsl:template name="ead-title">
    <xsl:variable name="ts" select="tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:choose>
      <xsl:when test="$ts/tei:title[@type='main']"><xsl:value-of select="normalize-space($ts/tei:title[@type='main'][1])"/></xsl:when>
      <xsl:when test="$ts/tei:title[@type='complete']"><xsl:value-of select="normalize-space($ts/tei:title[@type='complete'][1])"/></xsl:when>
      <xsl:when test="$ts/tei:title"><xsl:value-of select="normalize-space($ts/tei:title[1])"/></xsl:when>
      <xsl:otherwise>Untitled record</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- @normal for a TEI date (context), when it has an ISO form. -->
  <xsl:template name="ead-normal-attr">
    <xsl:variable name="n"><xsl:call-template name="tc-date-normal"/></xsl:variable>
    <xsl:if test="$n != ''"><xsl:attribute name="normal"><xsl:value-of select="$n"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- unitdate for a TEI date (context): as printed, with its ISO form. -->
  <xsl:template name="ead-unitdate">
    <unitdate era="ce" calendar="gregorian">
      <xsl:call-template name="ead-normal-attr"/>
      <xsl:if test="not(@when) and (@from or @notBefore)"><xsl:attribute name="type">inclusive</xsl:attribute></xsl:if>
      <xsl:if test="@cert"><xsl:attribute name="certainty"><xsl:value-of select="@cert"/></xsl:attribute></xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </unitdate>
  </xsl:template>

  <xsl:template name="ead-langusage">
    <xsl:variable name="langs" select="tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language"/>
    <xsl:if test="$langs">
      <langusage>
        <xsl:text>Described in </xsl:text>
        <xsl:for-each select="$langs">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:call-template name="ead-language">
            <xsl:with-param name="tag" select="@ident"/>
            <xsl:with-param name="name" select="normalize-space(.)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:text>.</xsl:text>
      </langusage>
    </xsl:if>
  </xsl:template>

  <!-- <language langcode="..."> for a BCP 47 tag; no langcode when the
       tag has no ISO 639-2/B code we know (never a made-up one). -->
  <xsl:template name="ead-language">
    <xsl:param name="tag"/>
    <xsl:param name="name" select="''"/>
    <xsl:variable name="code"><xsl:call-template name="tc-iso639b"><xsl:with-param name="tag" select="$tag"/></xsl:call-template></xsl:variable>
    <language>
      <xsl:if test="$code != ''"><xsl:attribute name="langcode"><xsl:value-of select="$code"/></xsl:attribute></xsl:if>
      <xsl:attribute name="scriptcode"><xsl:call-template name="tc-script-of"><xsl:with-param name="tag" select="$tag"/></xsl:call-template></xsl:attribute>
      <xsl:choose>
        <xsl:when test="$name != ''"><xsl:value-of select="$name"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="tc-lang-name"><xsl:with-param name="tag" select="$tag"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </language>
  </xsl:template>

  <!-- persname or corpname for a name: orgName or persName (or an author
       holding one) is the decision the record's TEI carries; a bare name is
       decided as the C code decides (name-kind.xsl, data/org-words.txt). -->
  <xsl:template name="ead-name-kind">
    <xsl:param name="n" select="."/>
    <xsl:choose>
      <xsl:when test="$n/self::tei:orgName or $n/tei:orgName">corpname</xsl:when>
      <xsl:when test="$n/self::tei:persName or $n/tei:persName">persname</xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tc-name-guess-kind"><xsl:with-param name="name" select="$n"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ead-name">
    <xsl:param name="n" select="."/>
    <xsl:param name="source" select="''"/>
    <xsl:variable name="kind"><xsl:call-template name="ead-name-kind"><xsl:with-param name="n" select="$n"/></xsl:call-template></xsl:variable>
    <xsl:element name="{$kind}">
      <xsl:if test="$source != ''"><xsl:attribute name="source"><xsl:value-of select="$source"/></xsl:attribute></xsl:if>
      <xsl:value-of select="normalize-space($n)"/>
    </xsl:element>
  </xsl:template>

  <!-- The source as printed, or its pieces joined when no string is kept. -->
  <xsl:template name="ead-source-text">
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

  <!-- did of one record. Context: tei:TEI. href: link to its HTML page. -->
  <xsl:template name="ead-did">
    <xsl:param name="href" select="''"/>
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="ts" select="$h/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="date" select="$h/tei:profileDesc/tei:creation/tei:date[1]"/>
    <unittitle><xsl:call-template name="ead-title"/></unittitle>
    <xsl:choose>
      <xsl:when test="$date">
        <xsl:for-each select="$date"><xsl:call-template name="ead-unitdate"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="ead-span-of-documents"/></xsl:otherwise>
    </xsl:choose>
    <unitid><xsl:call-template name="ead-record-id"/></unitid>
    <xsl:if test="$ts/tei:author">
      <origination label="Author">
        <xsl:for-each select="$ts/tei:author">
          <xsl:call-template name="ead-name"/>
        </xsl:for-each>
      </origination>
    </xsl:if>
    <xsl:variable name="tl" select="$h/tei:fileDesc/tei:sourceDesc//tei:textLang[1]"/>
    <!-- the text's language when the record names none for the original:
         ArchivesSpace requires a language of the material -->
    <xsl:variable name="text-lang" select="(tei:text/@xml:lang | @xml:lang | $h/tei:profileDesc/tei:langUsage/tei:language/@ident)[1]"/>
    <xsl:choose>
      <xsl:when test="$tl/@mainLang">
        <langmaterial label="Language of the original">
          <xsl:call-template name="ead-languages">
            <xsl:with-param name="tags" select="normalize-space(concat($tl/@mainLang, ' ', $tl/@otherLangs))"/>
          </xsl:call-template>
        </langmaterial>
      </xsl:when>
      <xsl:otherwise>
        <langmaterial label="Language of the material">
          <xsl:call-template name="ead-languages">
            <xsl:with-param name="tags" select="normalize-space(concat($text-lang, substring('en', 1, 2 * not($text-lang))))"/>
          </xsl:call-template>
          <xsl:text> (the language of the text; the record names no language of the original)</xsl:text>
        </langmaterial>
      </xsl:otherwise>
    </xsl:choose>
    <physdesc><extent><xsl:call-template name="tc-extent"/></extent></physdesc>
    <xsl:if test="normalize-space($repository) != ''">
      <repository><corpname><xsl:value-of select="normalize-space($repository)"/></corpname></repository>
    </xsl:if>
    <!-- an abstract per paragraph of the summary (abstract holds no p) -->
    <xsl:for-each select="$h/tei:profileDesc/tei:abstract/tei:p | $h/tei:profileDesc/tei:abstract[not(tei:p)]">
      <abstract><xsl:value-of select="normalize-space(.)"/></abstract>
    </xsl:for-each>
    <xsl:if test="$href != ''">
      <dao xlink:type="simple" xlink:href="{$href}" xlink:role="text/html"
           xlink:title="Reading page" xlink:show="new" xlink:actuate="onRequest">
        <daodesc><p>Transcription (HTML reading page)</p></daodesc>
      </dao>
    </xsl:if>
  </xsl:template>

  <!-- language elements for space-separated BCP 47 tags. -->
  <xsl:template name="ead-languages">
    <xsl:param name="tags"/>
    <xsl:if test="$tags != ''">
      <xsl:variable name="first">
        <xsl:choose>
          <xsl:when test="contains($tags, ' ')"><xsl:value-of select="substring-before($tags, ' ')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$tags"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:call-template name="ead-language"><xsl:with-param name="tag" select="$first"/></xsl:call-template>
      <xsl:call-template name="ead-languages">
        <xsl:with-param name="tags" select="substring-after($tags, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A record without its own date (a whole volume): the span of the
       dates of its documents, when they have ISO forms. -->
  <xsl:template name="ead-span-of-documents">
    <xsl:variable name="ds" select="tei:text//tei:div[@type='document']/tei:dateline//tei:date[@when]"/>
    <xsl:if test="$ds">
      <xsl:variable name="lo">
        <xsl:for-each select="$ds"><xsl:sort select="@when"/><xsl:if test="position() = 1"><xsl:call-template name="tc-iso-day"><xsl:with-param name="v" select="@when"/></xsl:call-template></xsl:if></xsl:for-each>
      </xsl:variable>
      <xsl:variable name="hi">
        <xsl:for-each select="$ds"><xsl:sort select="@when" order="descending"/><xsl:if test="position() = 1"><xsl:call-template name="tc-iso-day"><xsl:with-param name="v" select="@when"/></xsl:call-template></xsl:if></xsl:for-each>
      </xsl:variable>
      <unitdate era="ce" calendar="gregorian" type="inclusive">
        <xsl:attribute name="normal">
          <xsl:value-of select="$lo"/>
          <xsl:if test="$hi != $lo"><xsl:value-of select="concat('/', $hi)"/></xsl:if>
        </xsl:attribute>
        <xsl:value-of select="$lo"/>
        <xsl:if test="$hi != $lo"><xsl:value-of select="concat(' - ', $hi)"/></xsl:if>
      </unitdate>
    </xsl:if>
  </xsl:template>

  <!-- The descriptive blocks after did. Context: tei:TEI. -->
  <xsl:template name="ead-desc">
    <xsl:variable name="fd" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="pd" select="tei:teiHeader/tei:profileDesc"/>
    <xsl:variable name="ms" select="$fd/tei:sourceDesc/tei:msDesc[1]"/>
    <xsl:for-each select="$pd/tei:abstract">
      <scopecontent>
        <head>Summary</head>
        <xsl:for-each select="tei:p">
          <p><xsl:value-of select="normalize-space(.)"/></p>
        </xsl:for-each>
        <xsl:if test="not(tei:p)"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:if>
      </scopecontent>
    </xsl:for-each>
    <xsl:variable name="src"><xsl:call-template name="ead-source-text"/></xsl:variable>
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
        <xsl:for-each select=".//tei:p">
          <p><xsl:value-of select="normalize-space(.)"/></p>
        </xsl:for-each>
        <xsl:if test="not(.//tei:p)"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:if>
      </userestrict>
    </xsl:for-each>
    <xsl:variable name="kw" select="$pd/tei:textClass/tei:keywords"/>
    <xsl:if test="$kw/tei:term">
      <controlaccess>
        <head>Subjects</head>
        <!-- every entry names its source (ArchivesSpace subjects and agents
             need one): lcsh for the Library of Congress scheme, else local;
             a known authority URI goes to authfilenumber -->
        <xsl:for-each select="$kw/tei:term">
          <xsl:variable name="entry-source">
            <xsl:choose>
              <xsl:when test="../@scheme = $tc-lcsh">lcsh</xsl:when>
              <xsl:otherwise>local</xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:variable name="uri" select="(@ref | tei:*/@ref)[1]"/>
          <xsl:variable name="entry">
            <xsl:choose>
              <xsl:when test="tei:placeName">geogname</xsl:when>
              <xsl:when test="tei:persName or tei:orgName"><xsl:call-template name="ead-name-kind"><xsl:with-param name="n" select="tei:persName | tei:orgName"/></xsl:call-template></xsl:when>
              <xsl:otherwise>subject</xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:element name="{$entry}">
            <xsl:attribute name="source"><xsl:value-of select="$entry-source"/></xsl:attribute>
            <xsl:if test="$uri"><xsl:attribute name="authfilenumber"><xsl:value-of select="normalize-space($uri)"/></xsl:attribute></xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:element>
        </xsl:for-each>
      </controlaccess>
    </xsl:if>
    <xsl:for-each select="$fd/tei:notesStmt/tei:note[@type='classification']">
      <odd type="classification">
        <head>Original classification</head>
        <p><xsl:value-of select="normalize-space(.)"/></p>
      </odd>
    </xsl:for-each>
    <!-- Other notes of the record (document type, collection): headed by their type. -->
    <xsl:for-each select="$fd/tei:notesStmt/tei:note[not(@type='classification')][normalize-space()]">
      <odd>
        <xsl:if test="@type"><xsl:attribute name="type"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
        <head><xsl:call-template name="tc-note-label"/></head>
        <p><xsl:value-of select="normalize-space(.)"/></p>
      </odd>
    </xsl:for-each>
    <xsl:if test="$fd/tei:notesStmt/tei:relatedItem">
      <relatedmaterial>
        <head>Related documents</head>
        <xsl:for-each select="$fd/tei:notesStmt/tei:relatedItem">
          <p><xsl:value-of select="normalize-space(.)"/></p>
        </xsl:for-each>
      </relatedmaterial>
    </xsl:if>
  </xsl:template>

  <!-- A file of many documents (a FRUS volume): one c per document. -->
  <xsl:template name="ead-documents">
    <xsl:variable name="docs" select="tei:text//tei:div[@type='document']"/>
    <xsl:if test="count($docs) &gt; 1">
      <dsc type="combined">
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
                <xsl:call-template name="ead-unitdate"/>
              </xsl:for-each>
              <unitid>
                <xsl:choose>
                  <xsl:when test="@n"><xsl:value-of select="@n"/></xsl:when>
                  <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="position()"/></xsl:otherwise>
                </xsl:choose>
              </unitid>
            </did>
          </c>
        </xsl:for-each>
      </dsc>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
