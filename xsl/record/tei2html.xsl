<?xml version="1.0" encoding="UTF-8"?>
<!-- tei2html.xsl: one TEI record to an HTML reading page: title, date,
     summary, body with editorial marks shown and explained, metadata panel. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:include href="../lib/common-tei.xsl"/>
  <xsl:include href="../lib/common-html.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:text tei:body tei:front tei:back tei:group tei:div tei:div1 tei:div2 tei:div3 tei:sp tei:list tei:lg tei:table tei:row tei:opener tei:closer tei:floatingText tei:postscript"/>

  <xsl:param name="record-stem" select="''"/>
  <xsl:param name="html-href" select="''"/>
  <!-- Where the stylesheet of the page is, relative to the page. -->
  <xsl:param name="css-href" select="'teiconv.css'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="title"><xsl:call-template name="html-title"/></xsl:variable>
    <xsl:variable name="date" select="$h/tei:profileDesc/tei:creation/tei:date[1]"/>
    <xsl:variable name="body" select="tei:text"/>
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html>
      <xsl:attribute name="lang"><xsl:call-template name="html-page-lang"/></xsl:attribute>
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
      </head>
      <body>
        <header>
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
          <p>Converted from TEI P5 by teiconv<xsl:for-each select="$h/tei:encodingDesc/tei:appInfo/tei:application[@ident='teiconv'][1]"><xsl:value-of select="concat(' ', @version)"/></xsl:for-each>.</p>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
