<?xml version="1.0" encoding="UTF-8"?>
<!-- xpath.xsl: test helper: prints the string value of the XPath in param
     expr (EXSLT dyn:evaluate), with the output formats' prefixes bound. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:dyn="http://exslt.org/dynamic"
    xmlns:ead="urn:isbn:1-931666-22-9"
    xmlns:ead3="http://ead3.archivists.org/schema/"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    extension-element-prefixes="dyn">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="expr"/>
  <xsl:template match="/">
    <xsl:value-of select="dyn:evaluate($expr)"/>
  </xsl:template>
</xsl:stylesheet>
