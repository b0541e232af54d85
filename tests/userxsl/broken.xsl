<?xml version="1.0"?>
<!-- Well-formed XML but not a stylesheet that compiles: an unknown XSLT
     instruction and a broken XPath. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <xsl:value-of select="count(("/>
  </xsl:template>
</xsl:stylesheet>
