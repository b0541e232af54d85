<?xml version="1.0"?>
<!-- Hostile stylesheet: tries to write a file with exsl:document. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:param name="target"/>
  <xsl:template match="/">
    <exsl:document href="{$target}" method="text">pwned</exsl:document>
    <out>done</out>
  </xsl:template>
</xsl:stylesheet>
