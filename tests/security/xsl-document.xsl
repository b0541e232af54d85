<?xml version="1.0"?>
<!-- Hostile stylesheet: tries to write a file with the XSLT 1.1 element
     xsl:document (libxslt still implements it). -->
<xsl:stylesheet version="1.1" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="target"/>
  <xsl:template match="/">
    <xsl:document href="{$target}" method="text">pwned</xsl:document>
    <out>done</out>
  </xsl:template>
</xsl:stylesheet>
