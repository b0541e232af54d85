<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc-text-loss.xsl: the loss report's lines about a TEI text (not its
     header): what the renderings and the finding aid do not show. -->
<!-- Owner: the teidoc family (issue 14); imported by tei-loss.xsl. One line
     per kind, with its count: running heads and page numbers (fw), images
     (graphic, binaryObject), and the divisions the summary rule does not list. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="t">

  <xsl:import href="../lib/teidoc-common.xsl"/>

  <xsl:template name="text-loss">
    <xsl:variable name="texts" select="/*/t:text | /*/t:TEI/t:text"/>
    <xsl:variable name="fw" select="$texts//t:fw[normalize-space()]"/>
    <xsl:if test="$fw">
      <xsl:value-of select="concat('dropped: /text//fw: ', count($fw),
          ' running heads, catchwords or page numbers are not rendered in HTML or text&#10;')"/>
    </xsl:if>
    <xsl:variable name="img" select="$texts//t:graphic | $texts//t:binaryObject | /*/t:facsimile//t:graphic"/>
    <xsl:if test="$img">
      <xsl:value-of select="concat('dropped: /text//graphic: ', count($img),
          ' images are not shown in HTML or text (their descriptions are)&#10;')"/>
    </xsl:if>
    <xsl:if test="$dsc-depth &lt; 1000">
      <xsl:variable name="hidden" select="count($units[count(ancestor::*[self::t:div or self::t:div1 or self::t:div2
          or self::t:div3 or self::t:div4 or self::t:div5 or self::t:div6 or self::t:div7
          or self::t:text[parent::t:group]]) &gt;= $dsc-depth])"/>
      <xsl:if test="$hidden &gt; 0">
        <xsl:value-of select="concat('dropped: /text: ', $hidden, ' of ', count($units),
            ' divisions are below level ', $dsc-depth, ' and summarised, not listed, in the finding aid (dsc-max-depth=',
            $dsc-max-depth, ', dsc-max-components=', $dsc-max-components, ')&#10;')"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
