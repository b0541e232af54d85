<?xml version="1.0" encoding="UTF-8"?>
<!-- common-html.xsl: HTML pieces of a TEI record (title, date, metadata
     panel, body with visible editorial marks, key), for the record pages. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">


  <!-- What each editorial mark means: the hover text and the key. -->
  <xsl:variable name="mark-supplied">Supplied by the editor: not in the original</xsl:variable>
  <xsl:variable name="mark-gap">Omitted by the editor: text of the original left out</xsl:variable>
  <xsl:variable name="mark-note">Editorial note: a remark of the editor or translator</xsl:variable>
  <xsl:variable name="mark-unclear">Unclear or illegible in the original</xsl:variable>
  <xsl:variable name="mark-pb">Page break in the original</xsl:variable>
  <xsl:variable name="mark-foreign">In the original language</xsl:variable>

  <xsl:template name="html-title">
    <xsl:variable name="ts" select="tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:choose>
      <xsl:when test="$ts/tei:title[@type='main']"><xsl:value-of select="normalize-space($ts/tei:title[@type='main'][1])"/></xsl:when>
      <xsl:when test="$ts/tei:title[@type='complete']"><xsl:value-of select="normalize-space($ts/tei:title[@type='complete'][1])"/></xsl:when>
      <xsl:when test="$ts/tei:title"><xsl:value-of select="normalize-space($ts/tei:title[1])"/></xsl:when>
      <xsl:otherwise>Untitled record</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The language of the page: the TEI text's language, else the text's
       xml:lang, else English (the labels of the page are English). -->
  <xsl:template name="html-page-lang">
    <xsl:variable name="l" select="tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1]/@ident"/>
    <xsl:choose>
      <xsl:when test="$l"><xsl:call-template name="tc-bcp47"><xsl:with-param name="tag" select="$l"/></xsl:call-template></xsl:when>
      <xsl:when test="tei:text/@xml:lang"><xsl:call-template name="tc-bcp47"><xsl:with-param name="tag" select="tei:text/@xml:lang"/></xsl:call-template></xsl:when>
      <xsl:when test="@xml:lang"><xsl:call-template name="tc-bcp47"><xsl:with-param name="tag" select="@xml:lang"/></xsl:call-template></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A TEI date (context) as printed, in <time> when it has an ISO form. -->
  <xsl:template name="html-date">
    <xsl:variable name="n"><xsl:call-template name="tc-date-normal"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$n != '' and not(contains($n, '/'))">
        <time datetime="{$n}"><xsl:value-of select="normalize-space(.)"/></time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date-text">
          <xsl:if test="$n != ''"><xsl:attribute name="title"><xsl:value-of select="concat('ISO 8601: ', $n)"/></xsl:attribute></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="html-note-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('note-', generate-id())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One row of the metadata panel; values: the nodes to list. -->
  <xsl:template name="html-row">
    <xsl:param name="label"/>
    <xsl:param name="values"/>
    <xsl:param name="class" select="''"/>
    <xsl:if test="$values">
      <dt><xsl:value-of select="$label"/></dt>
      <xsl:for-each select="$values">
        <dd>
          <xsl:if test="$class != ''"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </dd>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The metadata panel. Context: tei:TEI. -->
  <xsl:template name="html-metadata">
    <xsl:variable name="fd" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="ts" select="$fd/tei:titleStmt"/>
    <xsl:variable name="ps" select="$fd/tei:publicationStmt"/>
    <xsl:variable name="pd" select="tei:teiHeader/tei:profileDesc"/>
    <xsl:variable name="ms" select="$fd/tei:sourceDesc/tei:msDesc"/>
    <xsl:variable name="kw" select="$pd/tei:textClass/tei:keywords"/>
    <dl class="metadata">
      <xsl:for-each select="$pd/tei:creation/tei:date[1]">
        <dt>Date</dt>
        <dd><xsl:call-template name="html-date"/></dd>
      </xsl:for-each>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Record ID</xsl:with-param><xsl:with-param name="values" select="$ps/tei:idno[normalize-space()]"/></xsl:call-template>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Author(s)</xsl:with-param><xsl:with-param name="values" select="$ts/tei:author"/></xsl:call-template>
      <xsl:if test="$ts/tei:respStmt">
        <dt>Responsibility</dt>
        <xsl:for-each select="$ts/tei:respStmt"><dd><xsl:call-template name="tc-resp-line"/></dd></xsl:for-each>
      </xsl:if>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Made possible with support from</xsl:with-param><xsl:with-param name="values" select="$ts/tei:funder | $ts/tei:sponsor"/></xsl:call-template>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Source</xsl:with-param><xsl:with-param name="values" select="$fd/tei:sourceDesc//tei:bibl[not(ancestor::tei:msDesc)]"/></xsl:call-template>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Original archive</xsl:with-param><xsl:with-param name="values" select="$ms/tei:msIdentifier/tei:institution | $ms/tei:msIdentifier/tei:repository"/></xsl:call-template>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Archival reference</xsl:with-param><xsl:with-param name="values" select="$ms/tei:msIdentifier/tei:idno | $ms/tei:msContents/tei:msItem/tei:locus"/></xsl:call-template>
      <xsl:for-each select="$ms/tei:msContents/tei:textLang[1]">
        <dt>Original language</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="normalize-space(.) != ''"><xsl:value-of select="normalize-space(.)"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="tc-lang-name"><xsl:with-param name="tag" select="@mainLang"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </dd>
      </xsl:for-each>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Original classification</xsl:with-param><xsl:with-param name="values" select="$fd/tei:notesStmt/tei:note[@type='classification']"/></xsl:call-template>
      <xsl:for-each select="$fd/tei:notesStmt/tei:note[not(@type='classification')][normalize-space()]">
        <dt><xsl:call-template name="tc-note-label"/></dt>
        <dd><xsl:value-of select="normalize-space(.)"/></dd>
      </xsl:for-each>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Subjects discussed</xsl:with-param><xsl:with-param name="values" select="$kw[@scheme = $tc-lcsh]/tei:term"/><xsl:with-param name="class" select="'subject'"/></xsl:call-template>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Associated places</xsl:with-param><xsl:with-param name="values" select="$kw/tei:term/tei:placeName"/><xsl:with-param name="class" select="'subject'"/></xsl:call-template>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Associated people &amp; organizations</xsl:with-param><xsl:with-param name="values" select="$kw/tei:term/tei:persName | $kw/tei:term/tei:orgName"/><xsl:with-param name="class" select="'subject'"/></xsl:call-template>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Associated topics</xsl:with-param><xsl:with-param name="values" select="$kw[not(@scheme = $tc-lcsh)]/tei:term[not(*)]"/><xsl:with-param name="class" select="'subject'"/></xsl:call-template>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Related documents</xsl:with-param><xsl:with-param name="values" select="$fd/tei:notesStmt/tei:relatedItem"/></xsl:call-template>
      <xsl:call-template name="html-row"><xsl:with-param name="label">Publisher</xsl:with-param><xsl:with-param name="values" select="$ps/tei:publisher"/></xsl:call-template>
      <xsl:for-each select="$ps/tei:date">
        <dt>
          <xsl:choose>
            <xsl:when test="@type = 'uploaded'">Original uploaded date</xsl:when>
            <xsl:otherwise>Published</xsl:otherwise>
          </xsl:choose>
        </dt>
        <dd><xsl:call-template name="html-date"/></dd>
      </xsl:for-each>
      <xsl:if test="$ps/tei:availability">
        <dt>Rights</dt>
        <xsl:for-each select="$ps/tei:availability//tei:p"><dd class="rights"><xsl:value-of select="normalize-space(.)"/></dd></xsl:for-each>
        <xsl:if test="not($ps/tei:availability//tei:p)"><dd class="rights"><xsl:value-of select="normalize-space($ps/tei:availability)"/></dd></xsl:if>
      </xsl:if>
    </dl>
  </xsl:template>

  <!-- The key of the editorial marks that the body uses. -->
  <xsl:template name="html-key">
    <xsl:param name="body"/>
    <xsl:if test="$body//tei:supplied | $body//tei:gap | $body//tei:note | $body//tei:unclear | $body//tei:pb | $body//tei:foreign">
      <section id="key" aria-labelledby="key-h">
        <h2 id="key-h">Editorial marks</h2>
        <dl class="key">
          <xsl:if test="$body//tei:supplied"><dt><span class="supplied">[text]</span></dt><dd><xsl:value-of select="$mark-supplied"/></dd></xsl:if>
          <xsl:if test="$body//tei:gap"><dt><span class="gap">[…]</span></dt><dd><xsl:value-of select="$mark-gap"/></dd></xsl:if>
          <xsl:if test="$body//tei:note"><dt><span class="note">[note]</span></dt><dd><xsl:value-of select="$mark-note"/></dd></xsl:if>
          <xsl:if test="$body//tei:unclear"><dt><span class="unclear">[[7]]</span></dt><dd><xsl:value-of select="$mark-unclear"/></dd></xsl:if>
          <xsl:if test="$body//tei:pb"><dt><span class="pb">(p. 1)</span></dt><dd><xsl:value-of select="$mark-pb"/></dd></xsl:if>
          <xsl:if test="$body//tei:foreign"><dt><i class="foreign">word</i></dt><dd><xsl:value-of select="$mark-foreign"/></dd></xsl:if>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- ===== The body ===== -->

  <xsl:template match="tei:text | tei:body | tei:front | tei:back | tei:group">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:teiHeader"/>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:floatingText | tei:opener | tei:closer | tei:postscript | tei:titlePage | tei:argument | tei:epigraph | tei:lg">
    <div class="tei-{local-name()}">
      <xsl:if test="@type"><xsl:attribute name="data-type"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- Headings: a document's head is h2 (h1 is the page title), deeper
       divisions go down a level, never below h6. -->
  <xsl:template match="tei:head">
    <xsl:variable name="depth" select="count(ancestor::tei:div | ancestor::tei:div1 | ancestor::tei:div2 | ancestor::tei:div3 | ancestor::tei:div4)"/>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="$depth &lt; 1">2</xsl:when>
        <xsl:when test="$depth &gt; 5">6</xsl:when>
        <xsl:otherwise><xsl:value-of select="$depth + 1"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="parent::tei:list or parent::tei:table or parent::tei:lg or parent::tei:figure">
        <p class="tei-head"><xsl:apply-templates/></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="h{$level}"><xsl:apply-templates/></xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:ab | tei:dateline | tei:salute | tei:signed | tei:byline | tei:docTitle | tei:trailer | tei:stage | tei:l">
    <p class="tei-{local-name()}">
      <xsl:if test="@type"><xsl:attribute name="data-type"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="tei:sp">
    <div class="sp">
      <xsl:apply-templates select="tei:p | tei:ab | tei:l | tei:lg | tei:stage"/>
    </div>
  </xsl:template>
  <!-- The speaker label opens the first paragraph of the speech. -->
  <xsl:template match="tei:sp/tei:p | tei:sp/tei:ab">
    <p>
      <xsl:if test="not(preceding-sibling::tei:p or preceding-sibling::tei:ab)">
        <xsl:for-each select="../tei:speaker">
          <b class="speaker"><xsl:apply-templates/></b>
          <xsl:text> </xsl:text>
        </xsl:for-each>
      </xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <ul class="tei-list">
      <xsl:apply-templates select="tei:item"/>
    </ul>
  </xsl:template>
  <xsl:template match="tei:item">
    <li><xsl:apply-templates/></li>
  </xsl:template>

  <xsl:template match="tei:table">
    <table class="tei-table"><xsl:apply-templates/></table>
  </xsl:template>
  <xsl:template match="tei:row"><tr><xsl:apply-templates/></tr></xsl:template>
  <xsl:template match="tei:cell"><td><xsl:apply-templates/></td></xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>

  <!-- Editorial marks: the brackets of the source stay visible, the title
       explains them, the class styles them (see the key). -->
  <xsl:template match="tei:supplied">
    <span class="supplied" title="{$mark-supplied}">[<xsl:apply-templates/>]</span>
  </xsl:template>

  <xsl:template match="tei:gap">
    <span class="gap" title="{$mark-gap}">
      <xsl:choose>
        <xsl:when test="normalize-space(tei:desc) != ''"><xsl:value-of select="tei:desc"/></xsl:when>
        <xsl:otherwise>[…]</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="tei:unclear">
    <span class="unclear" title="{$mark-unclear}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:note">
    <span class="note" title="{$mark-note}"><xsl:apply-templates/></span>
  </xsl:template>
  <!-- Foot and end notes are listed after the document. -->
  <xsl:template match="tei:note[@place='foot' or @place='end']"/>

  <xsl:template match="tei:ref">
    <xsl:choose>
      <xsl:when test="starts-with(@target, '#')">
        <a class="ref" href="{@target}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><span class="ref"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:pb">
    <span class="pb" title="{$mark-pb}">
      <xsl:choose>
        <xsl:when test="@n"><xsl:value-of select="concat('(p. ', @n, ')')"/></xsl:when>
        <xsl:otherwise>(page break)</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="tei:foreign">
    <i class="foreign" title="{$mark-foreign}">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:call-template name="tc-bcp47"><xsl:with-param name="tag" select="@xml:lang"/></xsl:call-template></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </i>
  </xsl:template>

  <xsl:template match="tei:q | tei:quote[not(tei:p)]">
    <span class="q"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p or tei:lg or tei:ab]">
    <blockquote><xsl:apply-templates/></blockquote>
  </xsl:template>

  <xsl:template match="tei:hi">
    <xsl:choose>
      <xsl:when test="contains(@rend, 'italic')"><i><xsl:apply-templates/></i></xsl:when>
      <xsl:when test="contains(@rend, 'bold')"><b><xsl:apply-templates/></b></xsl:when>
      <xsl:otherwise><span class="hi-{translate(@rend, ' ', '-')}"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Elements of the TEI header kept out of the body; figures' images
       are not bundled. -->
  <xsl:template match="tei:fw | tei:figure/tei:graphic | tei:facsimile"/>

  <!-- Any other element: its text, in a span naming it. -->
  <xsl:template match="tei:*">
    <span class="tei-{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>
</xsl:stylesheet>
