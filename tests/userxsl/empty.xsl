<?xml version="1.0"?>
<!-- A stylesheet that makes nothing for records without a record idno: the
     input is still converted, with a warning and no empty file. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:message>looking for a record idno</xsl:message>
    <xsl:value-of select="//tei:publicationStmt/tei:idno[@type='record']"/>
  </xsl:template>
</xsl:stylesheet>
