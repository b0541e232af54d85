<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc-text-loss.xsl: the loss report's lines about a TEI text (not its
     header): what the renderings and the finding aid do not show. -->
<!-- Owner: the teidoc family (issue 14); imported by tei-loss.xsl. One line
     per kind, with its count: running heads and page numbers (fw), images
     (graphic, binaryObject) when HTML or text is made (notes, with
     loss-notes), and, when EAD or EAD3 is made, the divisions the summary
     rule does not list ("summarised: ", a warning, always). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="t">

  <xsl:import href="../lib/teidoc-common.xsl"/>

  <!-- the formats made ("tei ead html"), the input kind ('record': a
       teiconv record, 'teidoc': any other TEI), '1' for the notes -->
  <xsl:param name="loss-formats" select="'ead ead3 dc html text'"/>
  <xsl:param name="loss-input" select="'record'"/>
  <xsl:param name="loss-notes" select="'1'"/>
  <xsl:variable name="made" select="concat(' ', normalize-space($loss-formats), ' ')"/>
  <xsl:variable name="made-ead" select="contains($made, ' ead ') or contains($made, ' ead3 ')"/>
  <xsl:variable name="made-lossy" select="$made-ead or contains($made, ' dc ')"/>
  <xsl:variable name="made-render" select="contains($made, ' html ') or contains($made, ' text ')"/>
  <xsl:variable name="notes" select="$loss-notes = '1'"/>

  <xsl:template name="text-loss">
    <xsl:variable name="texts" select="//t:text[not(ancestor::t:text)]"/>
    <xsl:if test="$notes and $made-render">
      <xsl:call-template name="render-loss">
        <xsl:with-param name="texts" select="$texts"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$loss-input = 'teidoc' and $made-ead">
      <xsl:call-template name="summary-loss"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="render-loss">
    <xsl:param name="texts"/>
    <xsl:variable name="fw" select="$texts//t:fw[normalize-space()]"/>
    <xsl:if test="$fw">
      <xsl:value-of select="concat('dropped: /text//fw: ', count($fw),
          ' running heads, catchwords or page numbers are not rendered in HTML or text&#10;')"/>
    </xsl:if>
    <xsl:variable name="src" select="//t:sourceDoc[normalize-space()]"/>
    <xsl:if test="$src">
      <xsl:value-of select="concat('dropped: //sourceDoc: ', count($src),
          ' source document transcriptions (sourceDoc: surfaces, zones, lines) are not rendered in HTML or text&#10;')"/>
    </xsl:if>
    <xsl:variable name="img" select="$texts//t:graphic | $texts//t:binaryObject | /*/t:facsimile//t:graphic"/>
    <xsl:if test="$img">
      <xsl:value-of select="concat('dropped: /text//graphic: ', count($img),
          ' images are not shown in HTML or text (their descriptions are)&#10;')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="summary-loss">
    <xsl:if test="$dsc-depth &lt; 1000">
      <xsl:variable name="hidden" select="count($units[count(ancestor::*[self::t:div or self::t:div1 or self::t:div2
          or self::t:div3 or self::t:div4 or self::t:div5 or self::t:div6 or self::t:div7
          or self::t:text[parent::t:group]]) &gt;= $dsc-depth])"/>
      <xsl:if test="$hidden &gt; 0">
        <xsl:value-of select="concat('summarised: ', $hidden, ' of the ', count($units),
            ' divisions of the text are below level ', $dsc-depth,
            ': counted in their component, not listed, in the finding aid (--dsc-max-depth ',
            $dsc-max-depth, ', --dsc-max-components ', $dsc-max-components, ')&#10;')"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
