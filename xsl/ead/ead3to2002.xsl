<?xml version="1.0" encoding="UTF-8"?>
<!-- ead3to2002.xsl: EAD3 to EAD 2002 (namespaced, XLink), for systems that
     import only EAD 2002; whatever EAD 2002 cannot hold is reported ("loss: …"). -->
<!-- Owner: EAD migration (issue 13). The choices are in xsl/README.md ("EAD3 to
     EAD 2002"). Mode "ead2002" maps; ead-fit.xsl then fits the result to the
     official ead.rng (table ead2002-allowed.xsl). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="urn:isbn:1-931666-22-9"
    xmlns:e3="http://ead3.archivists.org/schema/"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="e3 exsl">

  <xsl:include href="ead-fit.xsl"/>
  <xsl:variable name="fit-table-file" select="'ead2002-allowed.xsl'"/>
  <xsl:variable name="fit-ns" select="'urn:isbn:1-931666-22-9'"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:if test="not(e3:ead)">
      <xsl:message terminate="yes">ead3to2002.xsl: the input is not an EAD3 document</xsl:message>
    </xsl:if>
    <xsl:if test="e3:ead and not(e3:ead/e3:archdesc)">
      <xsl:message terminate="yes">ead3to2002.xsl: the input has no archdesc (invalid): there is no finding aid to migrate</xsl:message>
    </xsl:if>
    <xsl:variable name="mapped"><xsl:apply-templates select="e3:ead" mode="ead2002"/></xsl:variable>
    <xsl:call-template name="fit-result"><xsl:with-param name="mapped" select="$mapped"/></xsl:call-template>
  </xsl:template>

  <!-- ===== attributes ================================================= -->

  <xsl:template match="@id | @audience | @altrender | @encodinganalog | @level | @otherlevel | @label | @normal | @source | @rules | @parent | @containerid | @countrycode | @repositorycode | @identifier | @render | @calendar | @era | @certainty | @target | @expan | @abbr | @frame | @cols | @align | @valign | @colname | @colnum | @colwidth | @namest | @nameend | @morerows | @char | @charoff" mode="ead2002">
    <xsl:copy/>
  </xsl:template>
  <xsl:template match="@localtype" mode="ead2002">
    <xsl:attribute name="type"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>
  <xsl:template match="@relator" mode="ead2002">
    <xsl:attribute name="role"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>
  <!-- EAD3 identifier of a name or term is the 2002 authfilenumber. -->
  <xsl:template match="e3:persname/@identifier | e3:corpname/@identifier | e3:famname/@identifier | e3:name/@identifier | e3:geogname/@identifier | e3:subject/@identifier | e3:function/@identifier | e3:genreform/@identifier | e3:occupation/@identifier | e3:title/@identifier" mode="ead2002" priority="2">
    <xsl:attribute name="authfilenumber"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>
  <xsl:template match="@colsep | @rowsep | @pgwide" mode="ead2002">
    <xsl:attribute name="{local-name()}"><xsl:value-of select="number(. = 'true')"/></xsl:attribute>
  </xsl:template>
  <xsl:template match="@*" mode="ead2002">
    <xsl:call-template name="loss">
      <xsl:with-param name="what" select="concat('attribute ', name(), '=&quot;', ., '&quot; dropped (no EAD 2002 equivalent here)')"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template name="common-attrs">
    <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead2002"/>
  </xsl:template>

  <!-- ===== generic elements ============================================ -->

  <xsl:template match="*" mode="ead2002">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="@*" mode="ead2002"/>
      <xsl:apply-templates mode="ead2002"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="ead2002"/>

  <!-- did/unittitle and did/unitid: the phrases EAD 2002 allows there stay
       (mapped); any other child (a footnote) is kept as its words, spaced,
       with one loss line naming them. -->
  <xsl:template match="e3:did/e3:unittitle | e3:did/e3:unitid" mode="ead2002">
    <xsl:variable name="pk" select="concat('did/', local-name())"/>
    <xsl:variable name="misfits"><xsl:call-template name="fit-misfits"><xsl:with-param name="pk" select="$pk"/></xsl:call-template></xsl:variable>
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="@*" mode="ead2002"/>
      <xsl:for-each select="node()">
        <xsl:choose>
          <xsl:when test="self::* and contains(concat(' ', $misfits), concat(' ', local-name(), ' '))">
            <xsl:variable name="ok"><xsl:call-template name="fit-phrase-fits"><xsl:with-param name="pk" select="$pk"/></xsl:call-template></xsl:variable>
            <xsl:choose>
              <xsl:when test="$ok = '1'"><xsl:apply-templates select="." mode="ead2002"/></xsl:when>
              <xsl:otherwise><xsl:text> </xsl:text><xsl:call-template name="fit-words"/><xsl:text> </xsl:text></xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="." mode="ead2002"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:element>
    <xsl:call-template name="fit-flattened-loss"><xsl:with-param name="misfits" select="$misfits"/></xsl:call-template>
  </xsl:template>
  <!-- The EAD 2002 name of an EAD3 phrase (for fit-phrase-fits): "!" after
       it when the mapping keeps only its words. -->
  <xsl:template match="*" mode="fit-target-name"><xsl:value-of select="local-name()"/></xsl:template>
  <xsl:template match="e3:ref[@href] | e3:ptr[@href]" mode="fit-target-name"><xsl:value-of select="concat('ext', local-name())"/></xsl:template>
  <xsl:template match="e3:footnote" mode="fit-target-name">note</xsl:template>
  <xsl:template match="e3:quote | e3:foreign" mode="fit-target-name">emph</xsl:template>
  <xsl:template match="e3:persname | e3:corpname | e3:famname | e3:name | e3:geogname | e3:subject | e3:function | e3:genreform | e3:occupation | e3:title | e3:lb | e3:ptr" mode="fit-target-name"><xsl:value-of select="concat(local-name(), '!')"/></xsl:template>
  <xsl:template match="e3:ptr[@href]" mode="fit-target-name" priority="2">extptr!</xsl:template>

  <!-- A component's (or dsc's) thead: EAD 2002 has it only before child
       components; with none after it, it is reported and dropped. -->
  <xsl:template match="e3:thead[not(parent::e3:tgroup)][not(following-sibling::*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and translate(substring(local-name(), 2), '0123456789', '') = '')])]" mode="ead2002" priority="2">
    <xsl:call-template name="loss">
      <xsl:with-param name="what" select="concat('thead dropped (EAD 2002 has it only before child components): ', substring(normalize-space(.), 1, 80))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Elements EAD 2002 has nothing for. -->
  <xsl:template match="e3:relations | e3:objectxmlwrap | e3:localtypedeclaration | e3:localcontrol | e3:rightsdeclaration | e3:sources" mode="ead2002">
    <xsl:call-template name="loss">
      <xsl:with-param name="what" select="concat('element ', local-name(), ' dropped (not in EAD 2002): ', substring(normalize-space(.), 1, 80))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== control → eadheader ======================================== -->

  <xsl:template match="e3:ead" mode="ead2002">
    <ead>
      <xsl:call-template name="common-attrs"/>
      <xsl:apply-templates select="e3:control" mode="ead2002"/>
      <xsl:apply-templates select="e3:archdesc" mode="ead2002"/>
    </ead>
  </xsl:template>

  <xsl:template match="e3:control" mode="ead2002">
    <xsl:variable name="agency" select="e3:maintenanceagency"/>
    <eadheader>
      <xsl:call-template name="common-attrs"/>
      <xsl:for-each select="e3:publicationstatus/@value">
        <xsl:attribute name="findaidstatus"><xsl:value-of select="."/></xsl:attribute>
      </xsl:for-each>
      <eadid>
        <xsl:for-each select="e3:recordid/@instanceurl"><xsl:attribute name="url"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
        <xsl:for-each select="($agency/@countrycode)[1]"><xsl:attribute name="countrycode"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
        <xsl:for-each select="$agency/e3:agencycode[1]"><xsl:attribute name="mainagencycode"><xsl:value-of select="normalize-space(.)"/></xsl:attribute></xsl:for-each>
        <xsl:for-each select="e3:otherrecordid[@localtype = 'publicid' or @localtype = 'urn' or @localtype = 'identifier']">
          <xsl:attribute name="{@localtype}"><xsl:value-of select="normalize-space(.)"/></xsl:attribute>
        </xsl:for-each>
        <xsl:value-of select="normalize-space(e3:recordid)"/>
      </eadid>
      <xsl:for-each select="e3:otherrecordid[not(@localtype = 'publicid' or @localtype = 'urn' or @localtype = 'identifier')] | $agency/e3:otheragencycode | $agency/e3:descriptivenote">
        <xsl:call-template name="loss">
          <xsl:with-param name="what" select="concat(local-name(), ' &quot;', normalize-space(.), '&quot; dropped (EAD 2002 eadid holds one identifier)')"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="e3:filedesc" mode="ead2002"/>
      <xsl:variable name="created" select="e3:maintenancehistory/e3:maintenanceevent[e3:eventtype/@value = 'created']"/>
      <xsl:if test="e3:languagedeclaration | e3:conventiondeclaration | $created">
        <profiledesc>
          <xsl:for-each select="$created[1]">
            <creation>
              <xsl:value-of select="normalize-space(concat(e3:agent, ' ', e3:eventdescription))"/>
              <xsl:text> </xsl:text>
              <date>
                <xsl:call-template name="normal-attr"><xsl:with-param name="v" select="e3:eventdatetime/@standarddatetime"/></xsl:call-template>
                <xsl:value-of select="normalize-space(e3:eventdatetime)"/>
              </date>
            </creation>
          </xsl:for-each>
          <xsl:if test="e3:languagedeclaration">
            <langusage>
              <xsl:for-each select="e3:languagedeclaration">
                <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
                <language>
                  <xsl:for-each select="e3:language/@langcode"><xsl:attribute name="langcode"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
                  <xsl:for-each select="e3:script/@scriptcode"><xsl:attribute name="scriptcode"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
                  <xsl:value-of select="normalize-space(e3:language)"/>
                </language>
                <xsl:for-each select="e3:descriptivenote">
                  <xsl:value-of select="concat(' ', normalize-space(.))"/>
                </xsl:for-each>
              </xsl:for-each>
            </langusage>
          </xsl:if>
          <xsl:if test="e3:conventiondeclaration">
            <descrules>
              <xsl:for-each select="e3:conventiondeclaration">
                <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
                <xsl:call-template name="fit-words"/>
              </xsl:for-each>
            </descrules>
          </xsl:if>
        </profiledesc>
      </xsl:if>
      <xsl:variable name="changes" select="e3:maintenancehistory/e3:maintenanceevent[not(e3:eventtype/@value = 'created')]"/>
      <xsl:if test="$changes">
        <revisiondesc>
          <xsl:for-each select="$changes">
            <change>
              <date>
                <xsl:call-template name="normal-attr"><xsl:with-param name="v" select="e3:eventdatetime/@standarddatetime"/></xsl:call-template>
                <xsl:value-of select="normalize-space(e3:eventdatetime)"/>
              </date>
              <item><xsl:value-of select="normalize-space(concat(e3:eventtype/@value, ': ', e3:eventdescription, ' (', e3:agent, ')'))"/></item>
            </change>
          </xsl:for-each>
        </revisiondesc>
      </xsl:if>
      <xsl:for-each select="$agency/e3:agencyname">
        <xsl:call-template name="loss">
          <xsl:with-param name="what" select="concat('maintenance agency &quot;', normalize-space(.), '&quot; dropped (EAD 2002 has only its code, on eadid)')"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="e3:localtypedeclaration | e3:localcontrol | e3:rightsdeclaration | e3:sources" mode="ead2002"/>
    </eadheader>
  </xsl:template>

  <!-- EAD 2002 titlestmt: one author, one sponsor (EAD3: several). -->
  <xsl:template match="e3:titlestmt" mode="ead2002">
    <titlestmt>
      <xsl:call-template name="common-attrs"/>
      <xsl:apply-templates select="e3:titleproper | e3:subtitle" mode="ead2002"/>
      <xsl:for-each select="e3:author[1] | e3:sponsor[1]">
        <xsl:element name="{local-name()}">
          <xsl:call-template name="common-attrs"/>
          <xsl:for-each select="../*[local-name() = local-name(current())]">
            <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
            <xsl:apply-templates mode="ead2002"/>
          </xsl:for-each>
        </xsl:element>
      </xsl:for-each>
    </titlestmt>
  </xsl:template>

  <xsl:template match="e3:controlnote" mode="ead2002">
    <note><xsl:call-template name="common-attrs"/><xsl:apply-templates mode="ead2002"/></note>
  </xsl:template>

  <!-- ===== dates ======================================================== -->

  <!-- A normal attribute when v is an ISO date EAD 2002's pattern takes
       (years 0000-2999, with or without the dashes), else a loss line. -->
  <xsl:template name="normal-attr">
    <xsl:param name="v"/>
    <xsl:param name="name" select="'normal'"/>
    <xsl:variable name="ok">
      <xsl:call-template name="is-normal"><xsl:with-param name="v" select="normalize-space($v)"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($v) = ''"/>
      <xsl:when test="$ok = 'yes'"><xsl:attribute name="{$name}"><xsl:value-of select="normalize-space($v)"/></xsl:attribute></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="loss">
          <xsl:with-param name="what" select="concat('date value &quot;', $v, '&quot; dropped (not an ISO date EAD 2002 takes)')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="is-normal">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="contains($v, '/')">
        <xsl:variable name="a"><xsl:call-template name="is-normal1"><xsl:with-param name="v" select="substring-before($v, '/')"/></xsl:call-template></xsl:variable>
        <xsl:variable name="b"><xsl:call-template name="is-normal1"><xsl:with-param name="v" select="substring-after($v, '/')"/></xsl:call-template></xsl:variable>
        <xsl:if test="$a = 'yes' and $b = 'yes'">yes</xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="is-normal1"><xsl:with-param name="v" select="$v"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- YYYY, YYYYMMDD, YYYY-MM, YYYY-MM-DD (month 01-12, day 01-31). -->
  <xsl:template name="is-normal1">
    <xsl:param name="v"/>
    <xsl:variable name="d" select="translate($v, '-', '')"/>
    <xsl:variable name="m" select="substring($d, 5, 2)"/>
    <xsl:variable name="day" select="substring($d, 7, 2)"/>
    <xsl:variable name="shape" select="translate($v, '0123456789', '9999999999')"/>
    <xsl:if test="contains('012', substring($v, 1, 1)) and ($shape = '9999' or $shape = '99999999' or $shape = '9999-99' or $shape = '9999-99-99') and (string-length($d) = 4 or ($m &gt;= 1 and $m &lt;= 12)) and (string-length($d) &lt; 8 or ($day &gt;= 1 and $day &lt;= 31))">yes</xsl:if>
  </xsl:template>

  <!-- unitdatestructured → unitdate: the printed form (altrender, else the
       dates' words), the standard dates as normal. -->
  <xsl:template match="e3:unitdatestructured" mode="ead2002">
    <xsl:variable name="single" select="(.//e3:datesingle)[1]"/>
    <xsl:variable name="range" select="(.//e3:daterange)[1]"/>
    <unitdate>
      <xsl:apply-templates select="@id | @audience | @encodinganalog | @label | @calendar | @era | @certainty" mode="ead2002"/>
      <xsl:if test="@unitdatetype"><xsl:attribute name="type"><xsl:value-of select="@unitdatetype"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="$range and not(e3:dateset)">
          <xsl:call-template name="normal-attr"><xsl:with-param name="v" select="concat($range/e3:fromdate/@standarddate, substring('/', 1, number($range/e3:fromdate/@standarddate and $range/e3:todate/@standarddate)), $range/e3:todate/@standarddate)"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="$single and not(e3:dateset)">
          <xsl:call-template name="normal-attr"><xsl:with-param name="v" select="$single/@standarddate"/></xsl:call-template>
        </xsl:when>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="normalize-space(@altrender) != ''"><xsl:value-of select="normalize-space(@altrender)"/></xsl:when>
        <xsl:otherwise>
          <xsl:for-each select=".//e3:datesingle | .//e3:daterange">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:choose>
              <xsl:when test="self::e3:daterange"><xsl:value-of select="normalize-space(concat(e3:fromdate, substring(' - ', 1, 3 * number(normalize-space(e3:fromdate) != '' and normalize-space(e3:todate) != '')), ' ', e3:todate))"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </unitdate>
  </xsl:template>
  <xsl:template match="e3:unitdate" mode="ead2002">
    <unitdate>
      <xsl:apply-templates select="@*[not(local-name() = 'unitdatetype' or local-name() = 'normal')]" mode="ead2002"/>
      <xsl:if test="@unitdatetype"><xsl:attribute name="type"><xsl:value-of select="@unitdatetype"/></xsl:attribute></xsl:if>
      <xsl:call-template name="normal-attr"><xsl:with-param name="v" select="@normal"/></xsl:call-template>
      <xsl:apply-templates mode="ead2002"/>
    </unitdate>
  </xsl:template>
  <xsl:template match="e3:date" mode="ead2002">
    <date>
      <xsl:apply-templates select="@*[not(local-name() = 'normal')]" mode="ead2002"/>
      <xsl:call-template name="normal-attr"><xsl:with-param name="v" select="@normal"/></xsl:call-template>
      <xsl:apply-templates mode="ead2002"/>
    </date>
  </xsl:template>
  <!-- listhead: EAD 2002 has two heads, EAD3 three; head03 (in a
       chronlist the place column, whose geogname EAD 2002 puts in the
       event) joins head02, after its words (reported). -->
  <xsl:template match="e3:listhead[e3:head03]" mode="ead2002">
    <listhead>
      <xsl:call-template name="common-attrs"/>
      <xsl:apply-templates select="e3:head01" mode="ead2002"/>
      <head02>
        <xsl:for-each select="(e3:head02 | e3:head03)[1]"><xsl:call-template name="common-attrs"/></xsl:for-each>
        <xsl:for-each select="e3:head02 | e3:head03">
          <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates mode="ead2002"/>
        </xsl:for-each>
      </head02>
    </listhead>
    <xsl:for-each select="e3:head03">
      <xsl:call-template name="loss"><xsl:with-param name="what" select="concat('head03 &quot;', normalize-space(.), '&quot; joined to head02 (EAD 2002 list heads have two columns)')"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- chronitem dates and chronitemset -->
  <xsl:template match="e3:chronitem" mode="ead2002">
    <chronitem>
      <xsl:call-template name="common-attrs"/>
      <xsl:for-each select="e3:datesingle | e3:daterange | e3:dateset">
        <date>
          <xsl:call-template name="common-attrs"/>
          <xsl:if test="self::e3:datesingle"><xsl:call-template name="normal-attr"><xsl:with-param name="v" select="@standarddate"/></xsl:call-template></xsl:if>
          <xsl:if test="self::e3:daterange and e3:fromdate/@standarddate and e3:todate/@standarddate"><xsl:call-template name="normal-attr"><xsl:with-param name="v" select="concat(e3:fromdate/@standarddate, '/', e3:todate/@standarddate)"/></xsl:call-template></xsl:if>
          <xsl:choose>
            <xsl:when test="self::e3:daterange"><xsl:value-of select="normalize-space(concat(e3:fromdate, substring(' - ', 1, 3 * number(normalize-space(e3:fromdate) != '' and normalize-space(e3:todate) != '')), ' ', e3:todate))"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="fit-words"/></xsl:otherwise>
          </xsl:choose>
        </date>
      </xsl:for-each>
      <xsl:for-each select="e3:geogname">
        <xsl:call-template name="loss"><xsl:with-param name="what" select="concat('chronitem place &quot;', normalize-space(.), '&quot; moved into its event')"/></xsl:call-template>
      </xsl:for-each>
      <!-- EAD 2002 takes one event or one eventgrp -->
      <xsl:choose>
        <xsl:when test="count(e3:event | e3:chronitemset) = 1"><xsl:apply-templates select="e3:event | e3:chronitemset" mode="ead2002"/></xsl:when>
        <xsl:otherwise>
          <eventgrp><xsl:apply-templates select="e3:event | e3:chronitemset/e3:event" mode="ead2002"/></eventgrp>
        </xsl:otherwise>
      </xsl:choose>
    </chronitem>
  </xsl:template>
  <xsl:template match="e3:chronitemset" mode="ead2002">
    <eventgrp>
      <xsl:call-template name="common-attrs"/>
      <xsl:apply-templates select="e3:event" mode="ead2002"/>
    </eventgrp>
  </xsl:template>
  <!-- The places of a chronitem and of a chronitemset go into their first
       event (once, not into each). -->
  <xsl:template match="e3:event" mode="ead2002">
    <xsl:variable name="ci" select="ancestor::e3:chronitem[1]"/>
    <xsl:variable name="first-in-item" select="generate-id(($ci/e3:event | $ci/e3:chronitemset/e3:event)[1]) = generate-id()"/>
    <xsl:variable name="first-in-set" select="parent::e3:chronitemset and not(preceding-sibling::e3:event)"/>
    <event>
      <xsl:apply-templates select="@*" mode="ead2002"/>
      <xsl:for-each select="$ci/e3:geogname[$first-in-item] | parent::e3:chronitemset/e3:geogname[$first-in-set]">
        <xsl:apply-templates select="." mode="ead2002"/><xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:apply-templates mode="ead2002"/>
    </event>
  </xsl:template>

  <!-- ===== did ============================================================ -->

  <xsl:template match="e3:didnote" mode="ead2002">
    <note>
      <xsl:apply-templates select="@*" mode="ead2002"/>
      <p><xsl:apply-templates mode="ead2002"/></p>
    </note>
  </xsl:template>
  <xsl:template match="e3:footnote" mode="ead2002">
    <note><xsl:apply-templates select="@*" mode="ead2002"/><xsl:apply-templates mode="ead2002"/></note>
  </xsl:template>

  <!-- physdescstructured: quantity and unit type → extent; the rest as
       physfacet / dimensions. physdescset: each in its own physdesc. -->
  <xsl:template match="e3:physdescstructured" mode="ead2002">
    <physdesc>
      <xsl:call-template name="common-attrs"/>
      <xsl:apply-templates select="@label" mode="ead2002"/>
      <xsl:if test="@physdescstructuredtype | @coverage">
        <xsl:attribute name="altrender"><xsl:value-of select="normalize-space(concat(@physdescstructuredtype, ' ', @coverage))"/></xsl:attribute>
      </xsl:if>
      <extent><xsl:value-of select="normalize-space(concat(e3:quantity, ' ', e3:unittype))"/></extent>
      <xsl:for-each select="e3:physfacet | e3:dimensions">
        <xsl:element name="{local-name()}"><xsl:call-template name="common-attrs"/><xsl:call-template name="fit-words"/></xsl:element>
      </xsl:for-each>
      <xsl:for-each select="e3:descriptivenote"><xsl:value-of select="concat(' ', normalize-space(.))"/></xsl:for-each>
    </physdesc>
  </xsl:template>
  <xsl:template match="e3:physdescset" mode="ead2002">
    <xsl:apply-templates select="*" mode="ead2002"/>
  </xsl:template>

  <xsl:template match="e3:langmaterial" mode="ead2002">
    <langmaterial>
      <xsl:call-template name="common-attrs"/>
      <xsl:apply-templates select="@label" mode="ead2002"/>
      <xsl:for-each select="e3:language | e3:languageset/e3:language">
        <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
        <language>
          <xsl:call-template name="common-attrs"/>
          <xsl:for-each select="@langcode"><xsl:copy/></xsl:for-each>
          <xsl:for-each select="(../e3:script/@scriptcode)[parent::*/parent::e3:languageset][1]"><xsl:attribute name="scriptcode"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
          <xsl:call-template name="fit-words"/>
        </language>
      </xsl:for-each>
      <xsl:for-each select="e3:descriptivenote | e3:languageset/e3:descriptivenote">
        <xsl:value-of select="concat(' ', normalize-space(.))"/>
      </xsl:for-each>
    </langmaterial>
  </xsl:template>

  <xsl:template match="e3:container" mode="ead2002">
    <container>
      <xsl:apply-templates select="@*" mode="ead2002"/>
      <xsl:apply-templates mode="ead2002"/>
    </container>
  </xsl:template>

  <!-- dao: the link in XLink attributes, its descriptivenote a daodesc;
       daoset: a daogrp of daolocs. -->
  <xsl:template name="xlink-attrs">
    <xsl:for-each select="@href"><xsl:attribute name="xlink:href"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
    <xsl:for-each select="@linktitle"><xsl:attribute name="xlink:title"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
    <xsl:for-each select="@arcrole"><xsl:attribute name="xlink:arcrole"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
    <xsl:for-each select="@linkrole"><xsl:attribute name="xlink:role"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
    <xsl:for-each select="@show"><xsl:attribute name="xlink:show"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
    <xsl:for-each select="@actuate">
      <xsl:attribute name="xlink:actuate">
        <xsl:choose>
          <xsl:when test=". = 'onload'">onLoad</xsl:when>
          <xsl:when test=". = 'onrequest'">onRequest</xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
    </xsl:for-each>
    <xsl:call-template name="common-attrs"/>
    <xsl:apply-templates select="@*[not(contains(' href linktitle arcrole linkrole show actuate id audience altrender encodinganalog daotype otherdaotype localtype lang script ', concat(' ', local-name(), ' ')))]" mode="ead2002"/>
  </xsl:template>

  <xsl:template match="e3:dao" mode="ead2002">
    <dao>
      <xsl:call-template name="xlink-attrs"/>
      <xsl:if test="@localtype"><xsl:attribute name="xlink:role"><xsl:value-of select="@localtype"/></xsl:attribute></xsl:if>
      <xsl:for-each select="e3:descriptivenote">
        <daodesc><xsl:apply-templates mode="ead2002"/></daodesc>
      </xsl:for-each>
    </dao>
  </xsl:template>
  <xsl:template match="e3:daoset" mode="ead2002">
    <daogrp>
      <xsl:call-template name="common-attrs"/>
      <xsl:for-each select="e3:descriptivenote">
        <daodesc><xsl:apply-templates mode="ead2002"/></daodesc>
      </xsl:for-each>
      <xsl:for-each select="e3:dao">
        <daoloc>
          <xsl:attribute name="xlink:href"><xsl:value-of select="(@href | @identifier)[1]"/></xsl:attribute>
          <xsl:call-template name="xlink-attrs"/>
          <xsl:for-each select="e3:descriptivenote">
            <daodesc><xsl:apply-templates mode="ead2002"/></daodesc>
          </xsl:for-each>
        </daoloc>
      </xsl:for-each>
    </daogrp>
  </xsl:template>

  <!-- ===== links ========================================================= -->

  <!-- A ref or ptr with an href is extref/extptr where the parent may hold
       that (the table), else ref/ptr with xlink:href (in an indexentry or
       a ptrgrp EAD 2002 has no extref/extptr). -->
  <xsl:template match="e3:ref | e3:ptr" mode="ead2002">
    <xsl:variable name="ext">
      <xsl:if test="@href">
        <xsl:call-template name="fit-may-hold">
          <xsl:with-param name="k" select="concat(local-name(../..), '/', local-name(..))"/>
          <xsl:with-param name="child" select="concat('ext', local-name())"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:element name="{concat(substring('ext', 1, 3 * number($ext = '1')), local-name())}">
      <xsl:call-template name="xlink-attrs"/>
      <xsl:apply-templates select="@target" mode="ead2002"/>
      <xsl:apply-templates mode="ead2002"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="e3:archref | e3:bibref" mode="ead2002">
    <xsl:element name="{local-name()}">
      <xsl:call-template name="xlink-attrs"/>
      <xsl:apply-templates mode="ead2002"/>
    </xsl:element>
  </xsl:template>

  <!-- ===== names, terms, phrases ======================================== -->

  <!-- part holds the words: joined with spaces; a corpname's subarea parts
       become subarea. -->
  <xsl:template match="e3:persname | e3:corpname | e3:famname | e3:name | e3:geogname | e3:subject | e3:function | e3:genreform | e3:occupation | e3:title" mode="ead2002">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="@*[not(local-name() = 'localtype' or local-name() = 'relator' or local-name() = 'lang' or local-name() = 'script')]" mode="ead2002"/>
      <xsl:if test="@relator and not(self::e3:title)"><xsl:attribute name="role"><xsl:value-of select="@relator"/></xsl:attribute></xsl:if>
      <xsl:if test="@localtype and (self::e3:title)"><xsl:attribute name="type"><xsl:value-of select="@localtype"/></xsl:attribute></xsl:if>
      <xsl:if test="@localtype and not(self::e3:title)">
        <xsl:call-template name="loss"><xsl:with-param name="what" select="concat('localtype &quot;', @localtype, '&quot; dropped (EAD 2002 ', local-name(), ' has no type)')"/></xsl:call-template>
      </xsl:if>
      <xsl:for-each select="e3:part">
        <xsl:choose>
          <xsl:when test="@localtype = 'subarea' and parent::e3:corpname"><subarea><xsl:apply-templates mode="ead2002"/></subarea></xsl:when>
          <xsl:otherwise>
            <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates mode="ead2002"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <!-- EAD 2002 has no coordinates: their words follow the name's -->
      <xsl:for-each select="e3:geographiccoordinates[normalize-space() != '']">
        <xsl:value-of select="concat(' ', normalize-space(.))"/>
        <xsl:call-template name="loss"><xsl:with-param name="what" select="concat('geographiccoordinates (', @coordinatesystem, ') kept as words of the geogname')"/></xsl:call-template>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>
  <xsl:template match="e3:part" mode="ead2002">
    <xsl:apply-templates mode="ead2002"/>
  </xsl:template>

  <xsl:template match="e3:quote" mode="ead2002">
    <emph render="doublequote"><xsl:call-template name="common-attrs"/><xsl:apply-templates mode="ead2002"/></emph>
  </xsl:template>
  <xsl:template match="e3:foreign" mode="ead2002">
    <emph><xsl:call-template name="common-attrs"/><xsl:apply-templates mode="ead2002"/></emph>
  </xsl:template>
  <xsl:template match="e3:emph" mode="ead2002">
    <emph>
      <xsl:call-template name="common-attrs"/>
      <xsl:for-each select="@render">
        <xsl:choose>
          <xsl:when test="contains(' altrender bold bolddoublequote bolditalic boldsinglequote boldsmcaps boldunderline doublequote italic nonproport singlequote smcaps sub super underline ', concat(' ', ., ' '))"><xsl:copy/></xsl:when>
          <xsl:otherwise><xsl:variable name="att" select="."/><xsl:for-each select=".."><xsl:call-template name="loss"><xsl:with-param name="what" select="concat('render &quot;', $att, '&quot; dropped')"/></xsl:call-template></xsl:for-each></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:apply-templates mode="ead2002"/>
    </emph>
  </xsl:template>

  <!-- lists -->
  <xsl:template match="e3:list" mode="ead2002">
    <list>
      <xsl:call-template name="common-attrs"/>
      <xsl:variable name="type">
        <xsl:choose>
          <xsl:when test="@listtype = 'ordered'">ordered</xsl:when>
          <xsl:when test="@listtype = 'deflist'">deflist</xsl:when>
          <xsl:when test="@mark">marked</xsl:when>
          <xsl:otherwise>simple</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:attribute name="type"><xsl:value-of select="$type"/></xsl:attribute>
      <xsl:if test="$type = 'marked'"><xsl:attribute name="mark"><xsl:value-of select="@mark"/></xsl:attribute></xsl:if>
      <xsl:for-each select="@numeration">
        <xsl:variable name="n">
          <xsl:choose>
            <xsl:when test=". = 'decimal' or . = 'decimal-leading-zero'">arabic</xsl:when>
            <xsl:when test=". = 'upper-alpha' or . = 'upper-latin'">upperalpha</xsl:when>
            <xsl:when test=". = 'lower-alpha' or . = 'lower-latin'">loweralpha</xsl:when>
            <xsl:when test=". = 'upper-roman'">upperroman</xsl:when>
            <xsl:when test=". = 'lower-roman'">lowerroman</xsl:when>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$n != ''"><xsl:attribute name="numeration"><xsl:value-of select="$n"/></xsl:attribute></xsl:when>
          <xsl:otherwise><xsl:variable name="att" select="."/><xsl:for-each select=".."><xsl:call-template name="loss"><xsl:with-param name="what" select="concat('numeration &quot;', $att, '&quot; dropped')"/></xsl:call-template></xsl:for-each></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:apply-templates select="@*[not(contains(' id audience altrender encodinganalog listtype mark numeration ', concat(' ', local-name(), ' ')))]" mode="ead2002"/>
      <xsl:apply-templates mode="ead2002"/>
    </list>
  </xsl:template>

  <!-- legalstatus stands in accessrestrict in EAD 2002, and holds text. -->
  <xsl:template match="e3:legalstatus" mode="ead2002">
    <accessrestrict>
      <legalstatus>
        <xsl:apply-templates select="@*" mode="ead2002"/>
        <xsl:call-template name="fit-words"/>
      </legalstatus>
    </accessrestrict>
  </xsl:template>

  <xsl:template match="e3:dsc" mode="ead2002">
    <dsc>
      <xsl:call-template name="common-attrs"/>
      <xsl:choose>
        <xsl:when test="@dsctype = 'otherdsctype'">
          <xsl:attribute name="type">othertype</xsl:attribute>
          <xsl:if test="@otherdsctype"><xsl:attribute name="othertype"><xsl:value-of select="@otherdsctype"/></xsl:attribute></xsl:if>
        </xsl:when>
        <xsl:when test="@dsctype"><xsl:attribute name="type"><xsl:value-of select="@dsctype"/></xsl:attribute></xsl:when>
      </xsl:choose>
      <xsl:apply-templates select="@*[not(contains(' id audience altrender encodinganalog dsctype otherdsctype ', concat(' ', local-name(), ' ')))]" mode="ead2002"/>
      <xsl:apply-templates mode="ead2002"/>
    </dsc>
  </xsl:template>

  <!-- Components standing directly in archdesc (an invalid input) go
       into a dsc of their own. -->
  <xsl:template match="e3:archdesc[e3:c | e3:c01]" mode="ead2002" priority="2">
    <archdesc>
      <xsl:apply-templates select="@*" mode="ead2002"/>
      <xsl:apply-templates select="e3:head | e3:did" mode="ead2002"/>
      <xsl:apply-templates select="node()[not(self::e3:head or self::e3:did or self::e3:c or self::e3:c01)]" mode="ead2002"/>
      <dsc><xsl:apply-templates select="e3:c | e3:c01" mode="ead2002"/></dsc>
    </archdesc>
    <xsl:call-template name="loss"><xsl:with-param name="what" select="'components outside a dsc put in one'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="e3:archdesc | e3:c | e3:c01 | e3:c02 | e3:c03 | e3:c04 | e3:c05 | e3:c06 | e3:c07 | e3:c08 | e3:c09 | e3:c10 | e3:c11 | e3:c12" mode="ead2002">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="@*" mode="ead2002"/>
      <!-- head, did first (an input out of order is put right) -->
      <xsl:apply-templates select="e3:head | e3:did" mode="ead2002"/>
      <xsl:apply-templates select="node()[not(self::e3:head or self::e3:did)]" mode="ead2002"/>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
