<?xml version="1.0"?>
<!-- Hostile stylesheet: tries to read a file outside its folder and the
     input's folder with document(). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="target"/>
  <xsl:template match="/">
    <out><xsl:copy-of select="document($target)"/></out>
  </xsl:template>
</xsl:stylesheet>
