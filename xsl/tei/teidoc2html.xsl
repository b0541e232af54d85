<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc2html.xsl: any TEI P5 document to one HTML page; a volume of many
     documents (FRUS) becomes browsable: table of contents, an anchor per document. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    exclude-result-prefixes="t frus">

  <xsl:import href="../lib/teidoc-common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:param name="record-stem" select="''"/>
  <!-- Where the stylesheet of the page is, relative to the page. -->
  <xsl:param name="css-href" select="'teiconv.css'"/>
  <!-- The collection's index page, relative to this page; empty: none. -->
  <xsl:param name="index-href" select="''"/>

  <xsl:variable name="h" select="/*/t:teiHeader"/>
  <xsl:variable name="title"><xsl:call-template name="doc-title"/></xsl:variable>
  <xsl:variable name="lang" select="(/*/t:text/@xml:lang | /*/@xml:lang | $h/t:profileDesc/t:langUsage/t:language/@ident)[1]"/>

  <xsl:template match="/">
    <html>
      <xsl:attribute name="lang">
        <xsl:choose>
          <xsl:when test="normalize-space($lang) != ''"><xsl:call-template name="tc-bcp47"><xsl:with-param name="tag" select="$lang"/></xsl:call-template></xsl:when>
          <xsl:otherwise>und</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="teiconv"/>
        <title><xsl:value-of select="$title"/></title>
<link rel="stylesheet" href="{$css-href}"/>
      </head>
      <body class="tei-doc">
        <header>
          <xsl:if test="$index-href != ''"><p class="up"><a href="{$index-href}">All records of the collection</a></p></xsl:if>
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:call-template name="meta"/>
        </header>
        <xsl:if test="count($units) &gt;= 2 or $doc-volume">
          <nav aria-label="Table of contents">
            <h2>Contents</h2>
            <ol>
              <xsl:apply-templates select="$top-units" mode="toc"/>
            </ol>
          </nav>
        </xsl:if>
        <main>
          <xsl:apply-templates select="($h/t:fileDesc/t:sourceDesc//t:msDesc)[1]" mode="ms"/>
          <!-- every text and standOff, those of a corpus's documents and of
               nested corpora and documents too, in document order -->
          <xsl:apply-templates select="//t:text[not(ancestor::t:text)] | //t:standOff"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="meta">
    <xsl:variable name="fd" select="$h/t:fileDesc"/>
    <dl class="meta">
      <xsl:for-each select="$fd/t:titleStmt/t:author[normalize-space()] | $fd/t:titleStmt/t:editor[normalize-space()]">
        <dt><xsl:call-template name="meta-label"/></dt>
        <dd><xsl:call-template name="plain"/></dd>
      </xsl:for-each>
      <xsl:for-each select="$fd/t:publicationStmt/t:publisher[normalize-space()] | $fd/t:publicationStmt/t:date[normalize-space()] | $fd/t:publicationStmt/t:idno[normalize-space()][1]">
        <dt><xsl:call-template name="meta-label"/></dt>
        <dd><xsl:call-template name="plain"/></dd>
      </xsl:for-each>
      <xsl:for-each select="($fd/t:sourceDesc//t:msIdentifier)[1]">
        <dt>Manuscript</dt>
        <dd><xsl:call-template name="plain"/></dd>
      </xsl:for-each>
      <xsl:for-each select="$h/t:profileDesc/t:abstract[normalize-space()] | ($fd/t:sourceDesc//t:msContents/t:summary)[1]">
        <dt>Summary</dt>
        <dd>
          <xsl:choose>
            <!-- several paragraphs stay paragraphs -->
            <xsl:when test="count(t:p[normalize-space()]) &gt; 1">
              <xsl:for-each select="t:p[normalize-space()]"><p><xsl:call-template name="plain"/></p></xsl:for-each>
            </xsl:when>
            <xsl:otherwise><xsl:call-template name="plain"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <!-- the header fields of the page's head in words -->
  <xsl:template name="meta-label">
    <xsl:choose>
      <xsl:when test="self::t:author">Author</xsl:when>
      <xsl:when test="self::t:editor">Editor</xsl:when>
      <xsl:when test="self::t:publisher">Publisher</xsl:when>
      <xsl:when test="self::t:date">Date</xsl:when>
      <xsl:when test="self::t:idno">Identifier</xsl:when>
      <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A manuscript description (often the whole of a catalogue record):
       each part under its heading, each of its items as a paragraph. -->
  <xsl:template match="t:msDesc" mode="ms">
    <section class="msDesc">
      <h2>Manuscript description</h2>
      <xsl:for-each select="t:msContents | t:physDesc | t:history | t:additional | t:msPart">
        <section class="{local-name()}">
          <h3>
            <xsl:choose>
              <xsl:when test="self::t:msContents">Contents</xsl:when>
              <xsl:when test="self::t:physDesc">Physical description</xsl:when>
              <xsl:when test="self::t:history">History</xsl:when>
              <xsl:when test="self::t:additional">Additional information</xsl:when>
              <xsl:otherwise>Part</xsl:otherwise>
            </xsl:choose>
          </h3>
          <xsl:for-each select="*[normalize-space()]">
            <p><xsl:call-template name="plain"/></p>
          </xsl:for-each>
        </section>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- table of contents: every unit of the text (teidoc-common.xsl), nested
       as they are, each a link to its section -->
  <xsl:template match="*" mode="toc">
    <xsl:variable name="kids" select="key('unit-kids', concat('u', generate-id()))"/>
    <li>
      <a><xsl:attribute name="href">#<xsl:call-template name="anchor"/></xsl:attribute><xsl:call-template name="div-title"/></a>
      <xsl:if test="$kids">
        <ol><xsl:apply-templates select="$kids" mode="toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The anchor of a unit: its xml:id when that is a usable, unique one,
       else "s" and its place in the text (front, body, back and the
       units counted at each level). -->
  <xsl:template name="anchor">
    <xsl:variable name="x" select="string(@xml:id)"/>
    <xsl:choose>
      <xsl:when test="$x != '' and translate($x, ' :/#?&amp;%', '') = $x
                      and not(contains('0123456789-.', substring($x, 1, 1)))
                      and count(key('xml-id', $x)) = 1 and not(starts-with($x, 's'))">
        <xsl:value-of select="$x"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>s</xsl:text>
        <xsl:number level="multiple" format="1.1"
            count="t:div | t:div1 | t:div2 | t:div3 | t:div4 | t:div5 | t:div6 | t:div7 | t:group/t:text | t:front | t:body | t:back"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== the text ===== -->
  <!-- every child: a note or page break before the body (model.global) too -->
  <xsl:template match="t:text">
    <xsl:apply-templates select="*"/>
  </xsl:template>
  <!-- Any element with no template of its own (an element of another
       namespace, FRUS's frus:attachment; a desc, a label, a g): its
       content, apart from the words around it when the word-boundary rule
       (word-gap, teidoc-common.xsl) says so. -->
  <xsl:template match="*" priority="-1">
    <xsl:apply-templates select="." mode="word-gap"/>
    <xsl:apply-templates/>
    <xsl:apply-templates select="." mode="word-gap"><xsl:with-param name="side" select="'after'"/></xsl:apply-templates>
  </xsl:template>
  <xsl:template match="t:front | t:body | t:back | t:group">
    <section class="{local-name()}"><xsl:apply-templates/></section>
  </xsl:template>

  <xsl:template match="t:div | t:div1 | t:div2 | t:div3 | t:div4 | t:div5 | t:div6 | t:div7 | t:group/t:text">
    <section>
      <xsl:attribute name="id"><xsl:call-template name="anchor"/></xsl:attribute>
      <xsl:if test="@type"><xsl:attribute name="class"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </section>
  </xsl:template>
  <xsl:template match="t:div[@type='document']" priority="2">
    <!-- the anchor is the document's own xml:id (stable: frus1934v04.html#d1) -->
    <article class="document">
      <xsl:attribute name="id"><xsl:call-template name="anchor"/></xsl:attribute>
      <xsl:apply-templates/>
    </article>
  </xsl:template>

  <!-- A division's heading: h3 for a top division below the page's h2
       (the contents or the manuscript description), h2 when the page has
       neither, so that no heading level is skipped. -->
  <xsl:variable name="no-h2" select="not(count($units) &gt;= 2 or $doc-volume or ($h/t:fileDesc/t:sourceDesc//t:msDesc)[1])"/>
  <xsl:template match="t:head">
    <!-- only the divisions that have a heading count: one without (a
         group of chapters) adds no level -->
    <xsl:variable name="d" select="count(ancestor::*[self::t:div or self::t:div1 or self::t:div2 or self::t:div3
        or self::t:div4 or self::t:div5 or self::t:div6 or self::t:div7 or self::t:text[parent::t:group]][t:head]) + 1 - number($no-h2)"/>
    <!-- a head with no words (only a page break) is no heading -->
    <xsl:choose>
      <xsl:when test="normalize-space(.) != ''"><xsl:element name="h{substring('23456666666', $d, 1)}"><xsl:apply-templates/></xsl:element></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="t:p | t:ab"><p><xsl:apply-templates/></p></xsl:template>
  <!-- HTML's p cannot hold lists, tables or block notes: such a TEI p (and a
       block-holding quote) becomes a div. One alternative per element name,
       so that libxslt tests the predicate only on those elements. -->
  <xsl:template match="t:p[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:ab[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:dateline[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:closer[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:opener[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:salute[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:signed[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:byline[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:docDate[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:docAuthor[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:trailer[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:postscript[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:quote[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:q[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:speaker[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:titlePart[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:docImprint[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]] | t:docTitle[.//t:*[contains('|list|table|lg|p|figure|sp|ab|floatingText|dateline|closer|opener|salute|signed|byline|docDate|docAuthor|trailer|postscript|titlePart|speaker|stage|l|head|', concat('|', local-name(), '|'))] or .//t:note[t:p]]" priority="3">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="t:dateline | t:closer | t:opener | t:salute | t:signed | t:byline | t:docDate | t:docAuthor | t:trailer | t:postscript">
    <p class="{local-name()}"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="t:lb"><br/></xsl:template>
  <!-- a line break inside a word joins the word's halves -->
  <xsl:template match="t:lb[@break = 'no']"/>
  <xsl:template match="t:space | t:cb"><xsl:apply-templates select="." mode="word-gap"/></xsl:template>
  <xsl:template match="t:pb">
    <xsl:apply-templates select="." mode="word-gap"/>
    <xsl:if test="@n"><span class="pb">[<xsl:value-of select="@n"/>]</span><xsl:apply-templates select="." mode="word-gap"/></xsl:if>
  </xsl:template>
  <xsl:template match="t:emph | t:foreign | t:term"><i><xsl:apply-templates/></i></xsl:template>
  <!-- one template for hi (a choose is cheaper than four predicate patterns
       tested on every hi of a volume) -->
  <xsl:template match="t:hi">
    <xsl:choose>
      <xsl:when test="contains(@rend, 'italic')"><i><xsl:apply-templates/></i></xsl:when>
      <xsl:when test="contains(@rend, 'bold')"><b><xsl:apply-templates/></b></xsl:when>
      <xsl:when test="contains(@rend, 'smallcaps')"><span class="sc"><xsl:apply-templates/></span></xsl:when>
      <xsl:when test="contains(@rend, 'sup')"><sup><xsl:apply-templates/></sup></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="t:note">
    <span class="note"> [<xsl:if test="@n"><xsl:value-of select="@n"/>. </xsl:if><xsl:apply-templates/>] </span>
  </xsl:template>
  <!-- a note of paragraphs: a block in its place (an aside there would be a
       landmark inside the text, which axe refuses) -->
  <xsl:template match="t:note[t:p]">
    <div class="note" role="note"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="t:list"><ul><xsl:apply-templates/></ul></xsl:template>
  <xsl:template match="t:list/t:label"><li><b><xsl:apply-templates/></b></li></xsl:template>
  <xsl:template match="t:list/t:*[not(self::t:item or self::t:head or self::t:label)]" priority="-0.2"><li><xsl:apply-templates/></li></xsl:template>
  <xsl:template match="t:item"><li><xsl:apply-templates/></li></xsl:template>
  <!-- a page break between items: an item of its own (a list holds only
       items), nothing when it has no number -->
  <xsl:template match="t:list/t:pb" priority="1">
    <xsl:if test="@n"><li class="break"><span class="pb">[<xsl:value-of select="@n"/>]</span></li></xsl:if>
  </xsl:template>
  <xsl:template match="t:list/t:head"><li><b><xsl:apply-templates/></b></li></xsl:template>
  <xsl:template match="t:table">
    <table>
      <xsl:if test="t:head"><caption><xsl:apply-templates select="t:head/node()"/></caption></xsl:if>
      <xsl:apply-templates select="t:row"/>
    </table>
    <xsl:apply-templates select="*[not(self::t:row or self::t:head)]"/>
  </xsl:template>
  <xsl:template match="t:row"><tr><xsl:apply-templates select="t:cell"/></tr></xsl:template>
  <xsl:template match="t:cell"><td><xsl:apply-templates/></td></xsl:template>
  <xsl:template match="t:lg"><div class="lg"><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="t:l"><div class="l"><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="t:sp"><div class="sp"><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="t:speaker"><p><b><xsl:apply-templates/></b></p></xsl:template>
  <xsl:template match="t:stage"><p><i><xsl:apply-templates/></i></p></xsl:template>
  <xsl:template match="t:quote | t:q"><q><xsl:apply-templates/></q></xsl:template>
  <xsl:template match="t:choice"><xsl:apply-templates select="(t:reg | t:expan[not(../t:reg)] | t:corr[not(../t:reg or ../t:expan)] | t:sic[not(../t:reg or ../t:expan or ../t:corr)] | t:orig[not(../t:reg or ../t:expan or ../t:corr or ../t:sic)] | t:abbr[not(../t:reg or ../t:expan or ../t:corr or ../t:sic or ../t:orig)])[1]"/></xsl:template>
  <xsl:template match="t:gap">[…]</xsl:template>
  <!-- supplied letters: the brackets come from the style sheet, so that
       the word stays one word for search and copy -->
  <xsl:template match="t:supplied"><span class="supplied"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="t:del"><del><xsl:apply-templates/></del></xsl:template>
  <xsl:template match="t:add"><ins><xsl:apply-templates/></ins></xsl:template>
  <!-- an apparatus entry: the reading of the text, the variants after it -->
  <xsl:template match="t:app">
    <xsl:apply-templates select="t:lem"/>
    <xsl:if test="t:rdg | t:rdgGrp | t:note">
      <span class="note"> [<xsl:for-each select="t:rdg | t:rdgGrp/t:rdg | t:note">
        <xsl:if test="position() &gt; 1">; </xsl:if>
        <xsl:apply-templates select="."/>
        <xsl:if test="@wit"><xsl:value-of select="concat(' ', @wit)"/></xsl:if>
      </xsl:for-each>] </span>
    </xsl:if>
  </xsl:template>
  <xsl:template match="t:figure"><figure><xsl:apply-templates select="*[not(self::t:graphic)]"/></figure></xsl:template>
  <xsl:template match="t:figDesc"><p class="figDesc"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="t:ref[starts-with(@target, 'http://') or starts-with(@target, 'https://')]">
    <a href="{@target}"><xsl:apply-templates/></a>
  </xsl:template>
  <xsl:template match="t:teiHeader | t:fw | t:facsimile"/>

  <!-- An entry's anchor: its xml:id when usable; else a generated one (the
       division's numbered anchor would be its division's id again) -->
  <xsl:template name="entry-anchor">
    <xsl:variable name="a"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($a, 's')"><xsl:value-of select="concat('e-', generate-id())"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$a"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== dictionaries, casts, lists of names (standOff, back matter) ===== -->
  <xsl:template match="t:entry | t:entryFree | t:superEntry">
    <div class="entry">
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:call-template name="entry-anchor"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>
  <xsl:template match="t:entry/t:form | t:entryFree/t:form"><b class="form"><xsl:apply-templates/></b><xsl:apply-templates select="." mode="word-gap"/></xsl:template>
  <xsl:template match="t:gramGrp"><xsl:apply-templates select="." mode="word-gap"/><i class="gram"><xsl:apply-templates/></i><xsl:apply-templates select="." mode="word-gap"/></xsl:template>
  <xsl:template match="t:sense | t:re"><div class="{local-name()}"><xsl:if test="@n"><xsl:value-of select="concat(@n, '. ')"/></xsl:if><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="t:castList"><ul class="castList"><xsl:apply-templates/></ul></xsl:template>
  <xsl:template match="t:castList/t:head | t:castGroup/t:head"><li><b><xsl:apply-templates/></b></li></xsl:template>
  <xsl:template match="t:castItem"><li><xsl:apply-templates/></li></xsl:template>
  <xsl:template match="t:castGroup"><li><ul><xsl:apply-templates/></ul></li></xsl:template>
  <xsl:template match="t:standOff">
    <section class="standOff">
      <h2>Authority data</h2>
      <xsl:apply-templates/>
    </section>
  </xsl:template>
  <xsl:template match="t:listPerson | t:listPlace | t:listOrg | t:listBibl | t:listEvent | t:listRelation | t:listNym | t:listObject | t:listWit">
    <section class="{local-name()}">
      <xsl:variable name="d" select="count(ancestor::*[self::t:div or self::t:standOff or self::t:back or starts-with(local-name(), 'list')]) + 2"/>
      <xsl:element name="h{substring('3456666666', $d - 2, 1)}">
        <xsl:choose>
          <xsl:when test="t:head"><xsl:apply-templates select="t:head/node()"/></xsl:when>
          <xsl:when test="self::t:listPerson">People</xsl:when>
          <xsl:when test="self::t:listPlace">Places</xsl:when>
          <xsl:when test="self::t:listOrg">Organisations</xsl:when>
          <xsl:when test="self::t:listBibl">Bibliography</xsl:when>
          <xsl:when test="self::t:listEvent">Events</xsl:when>
          <xsl:when test="self::t:listRelation">Relations</xsl:when>
          <xsl:when test="self::t:listWit">Witnesses</xsl:when>
          <xsl:otherwise>Names</xsl:otherwise>
        </xsl:choose>
      </xsl:element>
      <!-- an empty entry (<bibl/>) is left out: no empty list item -->
      <ul><xsl:apply-templates select="*[not(self::t:head)][normalize-space() != '' or *]" mode="entry"/></ul>
    </section>
  </xsl:template>
  <xsl:template match="*" mode="entry">
    <li>
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:call-template name="entry-anchor"/></xsl:attribute></xsl:if>
      <xsl:apply-templates select="."/>
    </li>
  </xsl:template>
  <xsl:template match="t:person | t:place | t:org | t:event | t:persona | t:nym | t:object">
    <xsl:for-each select="*">
      <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:apply-templates select="text()"/>
  </xsl:template>
  <xsl:template match="t:relation">
    <xsl:value-of select="normalize-space(concat(@name, ': ', @active, ' ', @mutual, ' ', @passive))"/>
    <xsl:if test="*"><xsl:text> </xsl:text></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="t:idno[starts-with(normalize-space(), 'http')]">
    <a href="{normalize-space()}"><xsl:value-of select="normalize-space()"/></a>
  </xsl:template>
  <xsl:template match="t:titlePage">
    <section class="titlePage"><xsl:apply-templates/></section>
  </xsl:template>
  <xsl:template match="t:titlePart | t:docTitle | t:docImprint"><p><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="t:titlePart[ancestor::t:docTitle]"><xsl:apply-templates/><br/></xsl:template>

</xsl:stylesheet>
