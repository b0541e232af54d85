<?xml version="1.0" encoding="UTF-8"?>
<!-- tei2html.xsl: one TEI record to an HTML reading page: title, date,
     summary, body with editorial marks shown and explained, metadata panel. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:str="http://exslt.org/strings"
    exclude-result-prefixes="tei str">

  <xsl:include href="../lib/common-tei.xsl"/>
  <xsl:include href="../lib/common-html.xsl"/>
  <xsl:include href="../lib/common-publish.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:text tei:body tei:front tei:back tei:group tei:div tei:div1 tei:div2 tei:div3 tei:sp tei:list tei:lg tei:table tei:row tei:opener tei:closer tei:floatingText tei:postscript"/>

  <xsl:param name="record-stem" select="''"/>
  <xsl:param name="html-href" select="''"/>
  <!-- The formats made of this record in the same run ("tei ead html"):
       the page links to each. -->
  <xsl:param name="formats-made" select="''"/>
  <!-- Where the stylesheet of the page is, relative to the page. -->
  <xsl:param name="css-href" select="'teiconv.css'"/>
  <!-- The collection's index page, relative to this page (a run with
       \-\-collection); empty: none, no link. -->
  <xsl:param name="index-href" select="''"/>

  <!-- Dublin Core and schema.org (microdata on the html element) in the
       head, for harvesters and search engines; the canonical address with
       base-url. Context: tei:TEI. -->
  <xsl:template name="html-head-metadata">
    <xsl:param name="title"/>
    <xsl:param name="date"/>
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="id" select="normalize-space($h/tei:fileDesc/tei:publicationStmt/tei:idno[@type='record'][1])"/>
    <!-- the summary's paragraphs, a space between them -->
    <xsl:variable name="summary-text">
      <xsl:for-each select="$h/tei:profileDesc/tei:abstract[1]/tei:p | $h/tei:profileDesc/tei:abstract[1][not(tei:p)]">
        <xsl:value-of select="concat(' ', normalize-space(.))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="summary" select="normalize-space($summary-text)"/>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <meta name="DC.title" content="{$title}"/>
    <meta itemprop="name" content="{$title}"/>
    <xsl:if test="$summary != ''">
      <meta name="description" content="{$summary}"/>
      <meta name="DC.description" content="{$summary}"/>
      <meta itemprop="description" content="{$summary}"/>
    </xsl:if>
    <xsl:for-each select="$date">
      <xsl:variable name="n"><xsl:call-template name="tc-date-normal"/></xsl:variable>
      <meta name="DC.date" content="{normalize-space(concat($n, substring(normalize-space(.), 1, 200 * ($n = ''))))}"/>
      <xsl:if test="$n != ''"><meta itemprop="dateCreated" content="{$n}"/></xsl:if>
    </xsl:for-each>
    <xsl:for-each select="$h/tei:fileDesc/tei:titleStmt/tei:author">
      <meta name="DC.creator" content="{normalize-space(.)}"/>
      <meta itemprop="creator" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:variable name="lang"><xsl:call-template name="html-page-lang"/></xsl:variable>
    <meta name="DC.language" content="{$lang}"/>
    <meta itemprop="inLanguage" content="{$lang}"/>
    <xsl:if test="$id != ''">
      <meta name="DC.identifier" content="{$id}"/>
      <meta itemprop="identifier" content="{$id}"/>
    </xsl:if>
    <xsl:if test="$base-url != '' and $record-stem != ''">
      <xsl:variable name="url"><xsl:call-template name="tc-url-of"><xsl:with-param name="file" select="concat($record-stem, '.html')"/></xsl:call-template></xsl:variable>
      <link rel="canonical" href="{$url}"/>
      <meta itemprop="url" content="{$url}"/>
    </xsl:if>
  </xsl:template>

  <!-- Links to this record's other formats made in the run. -->
  <xsl:template name="html-other-formats">
    <xsl:variable name="f" select="concat(' ', normalize-space($formats-made), ' ')"/>
    <xsl:if test="$record-stem != '' and (contains($f, ' tei ') or contains($f, ' ead ') or contains($f, ' ead3 ') or contains($f, ' dc ') or contains($f, ' text '))">
      <nav class="formats" aria-label="This record in other formats">
        <p>
          <xsl:text>This record as </xsl:text>
          <xsl:if test="contains($f, ' tei ')"><a href="{str:encode-uri(concat($record-stem, '.tei.xml'), true())}" type="application/tei+xml">TEI P5</a><xsl:text> </xsl:text></xsl:if>
          <xsl:if test="contains($f, ' ead ')"><a href="{str:encode-uri(concat($record-stem, '.ead.xml'), true())}" type="application/xml">EAD 2002</a><xsl:text> </xsl:text></xsl:if>
          <xsl:if test="contains($f, ' ead3 ')"><a href="{str:encode-uri(concat($record-stem, '.ead3.xml'), true())}" type="application/xml">EAD3</a><xsl:text> </xsl:text></xsl:if>
          <xsl:if test="contains($f, ' dc ')"><a href="{str:encode-uri(concat($record-stem, '.dc.xml'), true())}" type="application/xml">Dublin Core</a><xsl:text> </xsl:text></xsl:if>
          <xsl:if test="contains($f, ' text ')"><a href="{str:encode-uri(concat($record-stem, '.txt'), true())}" type="text/plain">plain text</a></xsl:if>
        </p>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="title"><xsl:call-template name="html-title"/></xsl:variable>
    <xsl:variable name="date" select="$h/tei:profileDesc/tei:creation/tei:date[1]"/>
    <xsl:variable name="body" select="tei:text"/>
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html itemscope="" itemtype="https://schema.org/ArchiveComponent">
      <xsl:attribute name="lang"><xsl:call-template name="html-page-lang"/></xsl:attribute>
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
        <xsl:call-template name="html-head-metadata">
          <xsl:with-param name="title" select="string($title)"/>
          <xsl:with-param name="date" select="$date"/>
        </xsl:call-template>
      </head>
      <body>
        <header>
          <xsl:if test="$index-href != ''"><p class="up"><a href="{$index-href}">All records of the collection</a></p></xsl:if>
          <xsl:for-each select="$h/tei:fileDesc/tei:publicationStmt">
            <p class="publisher">
              <xsl:value-of select="normalize-space(tei:publisher[1])"/>
              <xsl:for-each select="tei:idno[@type='record'][1]">
                <xsl:if test="../tei:publisher"> · </xsl:if>
                <xsl:text>Record </xsl:text><xsl:value-of select="normalize-space(.)"/>
              </xsl:for-each>
            </p>
          </xsl:for-each>
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:for-each select="$date">
            <p class="date"><xsl:call-template name="html-date"/></p>
          </xsl:for-each>
        </header>
        <nav aria-label="On this page">
          <ul>
            <xsl:if test="$h/tei:profileDesc/tei:abstract"><li><a href="#summary">Summary</a></li></xsl:if>
            <li><a href="#document">Document</a></li>
            <xsl:if test="$body//tei:note[@place='foot' or @place='end']"><li><a href="#notes">Notes</a></li></xsl:if>
            <li><a href="#information">Document information</a></li>
            <xsl:if test="$body//tei:supplied | $body//tei:gap | $body//tei:note | $body//tei:unclear | $body//tei:pb | $body//tei:foreign">
              <li><a href="#key">Editorial marks</a></li>
            </xsl:if>
          </ul>
        </nav>
        <main>
          <xsl:for-each select="$h/tei:profileDesc/tei:abstract">
            <section id="summary" aria-labelledby="summary-h">
              <h2 id="summary-h">Summary</h2>
              <xsl:for-each select="tei:p"><p><xsl:apply-templates/></p></xsl:for-each>
              <xsl:if test="not(tei:p)"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:if>
            </section>
          </xsl:for-each>
          <article id="document" aria-label="Document">
            <xsl:apply-templates select="$body"/>
          </article>
          <xsl:if test="$body//tei:note[@place='foot' or @place='end']">
            <section id="notes" aria-labelledby="notes-h">
              <h2 id="notes-h">Notes</h2>
              <ol class="notes">
                <xsl:for-each select="$body//tei:note[@place='foot' or @place='end']">
                  <li>
                    <xsl:attribute name="id"><xsl:call-template name="html-note-id"/></xsl:attribute>
                    <xsl:apply-templates/>
                  </li>
                </xsl:for-each>
              </ol>
            </section>
          </xsl:if>
          <section id="information" aria-labelledby="information-h">
            <h2 id="information-h">Document information</h2>
            <xsl:call-template name="html-metadata"/>
          </section>
          <xsl:call-template name="html-key">
            <xsl:with-param name="body" select="$body"/>
          </xsl:call-template>
        </main>
        <footer>
          <xsl:call-template name="html-other-formats"/>
          <p>Converted from TEI P5 by teiconv<xsl:for-each select="$h/tei:encodingDesc/tei:appInfo/tei:application[@ident='teiconv'][1]"><xsl:value-of select="concat(' ', @version)"/></xsl:for-each>.</p>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
