<?xml version="1.0" encoding="UTF-8"?>
<!-- ead2ead3-teidoc.xsl: the EAD 2002 that teidoc2ead.xsl made of a TEI P5
     document, to EAD3: ead2ead3.xsl (mapped, then fitted) with the settings
     of a derived finding aid. teiconv runs it on teidoc2ead.xsl's result
     tree; teidoc2ead3.xsl chains the two in one stylesheet for other XSLT
     processors. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="../ead/ead2ead3.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="derived-note" select="'Derived from a TEI P5 document by teiconv.'"/>
  <xsl:param name="creation-event" select="false()"/>

</xsl:stylesheet>
