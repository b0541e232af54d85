<?xml version="1.0" encoding="UTF-8"?>
<!-- ead2text.xsl: an EAD 2002 or EAD3 finding aid to plain text: overview,
     description notes, then the component tree indented by depth. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:isbn:1-931666-22-9"
    xmlns:e3="http://ead3.archivists.org/schema/"
    exclude-result-prefixes="e e3">

  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="record-stem" select="''"/>
  <xsl:variable name="nl" select="'&#10;'"/>
  <xsl:variable name="arch" select="/*/*[local-name() = 'archdesc']"/>
  <xsl:variable name="did" select="$arch/*[local-name() = 'did']"/>

  <xsl:template match="/">
    <xsl:variable name="t" select="normalize-space((/*/*/*[local-name() = 'filedesc']/*[local-name() = 'titlestmt']/*[local-name() = 'titleproper'] | $did/*[local-name() = 'unittitle'])[1])"/>
    <xsl:value-of select="concat($t, $nl)"/>
    <xsl:value-of select="concat(translate($t, translate($t, '=', ''), '=========================================================================================================================================================='), $nl, $nl)"/>
    <xsl:for-each select="$did/*[not(local-name() = 'head')]">
      <xsl:value-of select="concat(local-name(), ': ')"/>
      <xsl:apply-templates select="." mode="value"/>
      <xsl:value-of select="$nl"/>
    </xsl:for-each>
    <xsl:for-each select="$arch/*[not(local-name() = 'did' or local-name() = 'dsc')]">
      <xsl:value-of select="$nl"/>
      <xsl:variable name="head" select="normalize-space(*[local-name() = 'head'][1])"/>
      <xsl:choose>
        <xsl:when test="$head != ''"><xsl:value-of select="$head"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat($nl, '----', $nl)"/>
      <xsl:apply-templates select="." mode="blocks"/>
    </xsl:for-each>
    <xsl:for-each select="$arch/*[local-name() = 'dsc']">
      <xsl:value-of select="concat($nl, 'Contents of the collection', $nl, '----', $nl)"/>
      <xsl:apply-templates select="*" mode="c"><xsl:with-param name="indent" select="''"/></xsl:apply-templates>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="*" mode="value">
    <xsl:choose>
      <xsl:when test="local-name() = 'unitdatestructured' and @altrender"><xsl:value-of select="@altrender"/></xsl:when>
      <xsl:when test="local-name() = 'container'"><xsl:value-of select="normalize-space(concat(@type, @localtype, ' ', .))"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- paragraphs, list items and index terms of a description element, one
       a line: walked down, stopping at each line-sized element -->
  <xsl:template match="*" mode="blocks">
    <xsl:apply-templates select="*" mode="blocks"/>
  </xsl:template>
  <xsl:template match="e:p | e3:p | e:addressline | e3:addressline" mode="blocks">
    <xsl:value-of select="concat(normalize-space(.), $nl)"/>
  </xsl:template>
  <xsl:template match="e:item | e:chronitem | e:row | e:persname | e:corpname | e:famname | e:subject | e:geogname | e:genreform | e:function | e:occupation | e3:item | e3:chronitem | e3:row | e3:persname | e3:corpname | e3:famname | e3:subject | e3:geogname | e3:genreform | e3:function | e3:occupation" mode="blocks">
    <xsl:value-of select="concat('- ', normalize-space(.), $nl)"/>
  </xsl:template>
  <xsl:template match="e:head | e3:head" mode="blocks"/>

  <xsl:template match="*" mode="c"/>
  <xsl:template match="e:c | e3:c | e:c01 | e3:c01 | e:c02 | e3:c02 | e:c03 | e3:c03 | e:c04 | e3:c04 | e:c05 | e3:c05 | e:c06 | e3:c06 | e:c07 | e3:c07 | e:c08 | e3:c08 | e:c09 | e3:c09 | e:c10 | e3:c10 | e:c11 | e3:c11 | e:c12 | e3:c12" mode="c">
    <xsl:param name="indent"/>
    <xsl:variable name="cd" select="*[local-name() = 'did']"/>
    <xsl:value-of select="$indent"/>
    <xsl:for-each select="$cd/*[local-name() = 'container']">
      <xsl:value-of select="concat('[', normalize-space(concat(@type, @localtype, ' ', .)), '] ')"/>
    </xsl:for-each>
    <xsl:if test="$cd/*[local-name() = 'unitid']"><xsl:value-of select="concat(normalize-space($cd/*[local-name() = 'unitid'][1]), '. ')"/></xsl:if>
    <xsl:value-of select="normalize-space($cd/*[local-name() = 'unittitle'][1])"/>
    <xsl:for-each select="$cd/*[local-name() = 'unitdate' or local-name() = 'unitdatestructured']">
      <xsl:text>, </xsl:text><xsl:apply-templates select="." mode="value"/>
    </xsl:for-each>
    <xsl:value-of select="$nl"/>
    <xsl:for-each select="*[not(local-name() = 'did' or local-name() = 'head')][not(local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0))]">
      <xsl:variable name="s" select="normalize-space(.)"/>
      <xsl:if test="$s != ''"><xsl:value-of select="concat($indent, '    ', $s, $nl)"/></xsl:if>
    </xsl:for-each>
    <xsl:apply-templates select="*" mode="c"><xsl:with-param name="indent" select="concat($indent, '  ')"/></xsl:apply-templates>
  </xsl:template>

</xsl:stylesheet>
