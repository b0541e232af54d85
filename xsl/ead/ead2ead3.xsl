<?xml version="1.0" encoding="UTF-8"?>
<!-- ead2ead3.xsl: EAD 2002 (namespaced) to EAD3, covering the EAD 2002 tag
     library; whatever EAD3 cannot hold is reported (xsl:message "loss: …"). -->
<!-- The choices are written down in xsl/README.md ("EAD 2002 to EAD3").
     All templates run in mode "ead3" so that teidoc2ead3.xsl can import this
     sheet beside teidoc2ead.xsl and chain the two. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://ead3.archivists.org/schema/"
    xmlns:e="urn:isbn:1-931666-22-9"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:date="http://exslt.org/dates-and-times"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="e xlink date exsl">

  <xsl:include href="ead-fit.xsl"/>
  <xsl:variable name="fit-table-file" select="'ead3-allowed.xsl'"/>
  <xsl:variable name="fit-ns" select="'http://ead3.archivists.org/schema/'"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <!-- What the derived maintenance event says (teidoc2ead3.xsl sets it). -->
  <xsl:param name="derived-note" select="'Migrated from EAD 2002 to EAD3.'"/>
  <!-- profiledesc/creation becomes a "created" event; teidoc2ead3.xsl turns
       it off, its creation note being the derivation itself. -->
  <xsl:param name="creation-event" select="true()"/>
  <!-- The date of the derived event (ISO): today for a migration; empty for
       "not recorded" (tei2ead3.xsl: a record's EAD3 depends on the record
       only). The maintenance status: from the input when empty. -->
  <xsl:param name="derived-date" select="date:date()"/>
  <xsl:param name="maintenance-status" select="''"/>

  <xsl:template match="/">
    <xsl:if test="not(e:ead)">
      <xsl:message terminate="yes">ead2ead3.xsl: the input is not an EAD 2002 document</xsl:message>
    </xsl:if>
    <xsl:if test="e:ead and not(e:ead/e:archdesc)">
      <xsl:message terminate="yes">ead2ead3.xsl: the input has no archdesc (invalid): there is no finding aid to migrate</xsl:message>
    </xsl:if>
    <xsl:call-template name="ead3-of"><xsl:with-param name="ead" select="e:ead"/></xsl:call-template>
  </xsl:template>

  <!-- The EAD3 of an EAD 2002 ead element: mapped (mode ead3), then fitted
       to the official EAD3 grammar (ead-fit.xsl). -->
  <xsl:template name="ead3-of">
    <xsl:param name="ead"/>
    <xsl:variable name="mapped"><xsl:apply-templates select="$ead" mode="ead3"/></xsl:variable>
    <xsl:for-each select="$ead">
      <xsl:call-template name="fit-result"><xsl:with-param name="mapped" select="$mapped"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== attributes ================================================= -->

  <!-- Attributes EAD3 keeps under the same name on (nearly) every element. -->
  <xsl:template match="@id | @audience | @altrender | @encodinganalog" mode="ead3">
    <xsl:copy/>
  </xsl:template>
  <xsl:template match="@type" mode="ead3">
    <xsl:attribute name="localtype"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>
  <!-- Authority attributes of names and terms. -->
  <xsl:template match="@source | @rules | @normal" mode="ead3">
    <xsl:copy/>
  </xsl:template>
  <xsl:template match="@authfilenumber" mode="ead3">
    <xsl:attribute name="identifier"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>
  <xsl:template match="@role" mode="ead3">
    <xsl:attribute name="relator"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>
  <!-- Defaults of the 2002 DTD/schema and xsi: hints carry nothing. -->
  <xsl:template match="@xsi:schemaLocation | @xlink:type" mode="ead3"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
  <!-- An empty attribute (xlink:href="" on titles) carries nothing. -->
  <xsl:template match="@*[normalize-space() = '']" mode="ead3" priority="5"/>
  <xsl:template match="@*" mode="ead3">
    <xsl:call-template name="loss">
      <xsl:with-param name="what" select="concat('attribute ', name(), '=&quot;', ., '&quot; dropped (no EAD3 equivalent here)')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- label is allowed on the did children and a few others. -->
  <xsl:template match="e:unittitle/@label | e:unitid/@label | e:unitdate/@label | e:physdesc/@label | e:physloc/@label | e:langmaterial/@label | e:materialspec/@label | e:origination/@label | e:repository/@label | e:container/@label | e:abstract/@label | e:dao/@label | e:note/@label | e:dimensions/@label | e:daogrp/@label" mode="ead3" priority="2">
    <xsl:copy/>
  </xsl:template>
  <xsl:template match="e:unitid/@countrycode | e:unitid/@repositorycode | e:unitid/@identifier" mode="ead3" priority="2">
    <xsl:copy/>
  </xsl:template>
  <xsl:template match="e:archdesc/@level | e:archdesc/@otherlevel | e:c/@level | e:c/@otherlevel | e:c01/@level | e:c02/@level | e:c03/@level | e:c04/@level | e:c05/@level | e:c06/@level | e:c07/@level | e:c08/@level | e:c09/@level | e:c10/@level | e:c11/@level | e:c12/@level | e:c01/@otherlevel | e:c02/@otherlevel | e:c03/@otherlevel | e:c04/@otherlevel | e:c05/@otherlevel | e:c06/@otherlevel | e:c07/@otherlevel | e:c08/@otherlevel | e:c09/@otherlevel | e:c10/@otherlevel | e:c11/@otherlevel | e:c12/@otherlevel" mode="ead3" priority="2">
    <xsl:copy/>
  </xsl:template>
  <xsl:template match="e:archdesc/@type" mode="ead3" priority="2">
    <xsl:attribute name="localtype"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>
  <xsl:template match="e:dsc/@type" mode="ead3" priority="2">
    <xsl:attribute name="dsctype">
      <xsl:choose>
        <xsl:when test=". = 'combined' or . = 'analyticover' or . = 'in-depth'"><xsl:value-of select="."/></xsl:when>
        <xsl:otherwise>otherdsctype</xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
    <xsl:if test=". = 'othertype' and ../@othertype">
      <xsl:attribute name="otherdsctype"><xsl:value-of select="../@othertype"/></xsl:attribute>
    </xsl:if>
  </xsl:template>
  <xsl:template match="e:dsc/@othertype" mode="ead3" priority="2"/>
  <xsl:template match="e:container/@parent | e:container/@containerid" mode="ead3" priority="2">
    <xsl:copy/>
  </xsl:template>
  <xsl:template match="e:emph/@render | e:title/@render | e:titleproper/@render" mode="ead3" priority="2">
    <xsl:copy/>
  </xsl:template>
  <xsl:template match="e:list/@type" mode="ead3" priority="2">
    <xsl:attribute name="listtype">
      <xsl:choose>
        <xsl:when test=". = 'ordered'">ordered</xsl:when>
        <xsl:when test=". = 'deflist'">deflist</xsl:when>
        <xsl:otherwise>unordered</xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </xsl:template>
  <!-- numeration: the 2002 names to the CSS-like names of EAD3. -->
  <xsl:template match="e:list/@numeration" mode="ead3" priority="2">
    <xsl:variable name="v" select="normalize-space(.)"/>
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="$v = 'arabic'">decimal</xsl:when>
        <xsl:when test="$v = 'upperalpha'">upper-alpha</xsl:when>
        <xsl:when test="$v = 'loweralpha'">lower-alpha</xsl:when>
        <xsl:when test="$v = 'upperroman'">upper-roman</xsl:when>
        <xsl:when test="$v = 'lowerroman'">lower-roman</xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$n != '' and ../@type = 'ordered'"><xsl:attribute name="numeration"><xsl:value-of select="$n"/></xsl:attribute></xsl:if>
    <xsl:if test="$n = '' or not(../@type = 'ordered')">
      <xsl:for-each select="..">
        <xsl:call-template name="loss"><xsl:with-param name="what" select="concat('list numeration &quot;', $v, '&quot; dropped (EAD3 numbers ordered lists only)')"/></xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
  <!-- mark: free text in 2002, a bullet name in EAD3. -->
  <xsl:template match="e:list/@mark" mode="ead3" priority="2">
    <xsl:variable name="v" select="normalize-space(.)"/>
    <xsl:variable name="m">
      <xsl:choose>
        <xsl:when test="$v = 'disc' or $v = '&#x2022;' or $v = '*'">disc</xsl:when>
        <xsl:when test="$v = 'circle' or $v = 'o' or $v = '&#x25E6;' or $v = '&#x25CB;'">circle</xsl:when>
        <xsl:when test="$v = 'square' or $v = '&#x25AA;' or $v = '&#x25A0;'">square</xsl:when>
        <xsl:when test="$v = 'none' or $v = 'inherit'"><xsl:value-of select="$v"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$m != '' and ../@type = 'marked'"><xsl:attribute name="mark"><xsl:value-of select="$m"/></xsl:attribute></xsl:if>
    <xsl:if test="$m = '' or not(../@type = 'marked')">
      <xsl:for-each select="..">
        <xsl:call-template name="loss"><xsl:with-param name="what" select="concat('list mark &quot;', $v, '&quot; dropped (not one of EAD3 disc, circle, square, none)')"/></xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
  <xsl:template match="e:list/@continuation" mode="ead3" priority="2"/>
  <xsl:template match="e:language/@langcode | e:language/@scriptcode" mode="ead3" priority="2"/>
  <xsl:template match="e:table/@frame | e:tgroup/@cols | e:tgroup/@align | e:colspec/@* | e:entry/@* | e:row/@valign | e:thead/@valign | e:tbody/@valign" mode="ead3" priority="2">
    <xsl:copy/>
  </xsl:template>
  <!-- 2002 writes the table flags as 1/0, EAD3 as true/false. -->
  <xsl:template match="@colsep | @rowsep | @pgwide" mode="ead3" priority="3">
    <xsl:variable name="v" select="normalize-space(.)"/>
    <xsl:choose>
      <xsl:when test="$v = '1' or $v = 'true' or $v = 'yes'"><xsl:attribute name="{local-name()}">true</xsl:attribute></xsl:when>
      <xsl:when test="$v = '0' or $v = 'false' or $v = 'no'"><xsl:attribute name="{local-name()}">false</xsl:attribute></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="att" select="."/><xsl:for-each select="..">
          <xsl:call-template name="loss"><xsl:with-param name="what" select="concat('table attribute ', local-name($att), '=&quot;', $v, '&quot; dropped (EAD3: true or false)')"/></xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="e:eadid/@* | e:ead/@relatedencoding | e:eadheader/@*" mode="ead3" priority="2"/>
  <xsl:template match="e:abbr/@expan | e:expan/@abbr" mode="ead3" priority="2">
    <xsl:copy/>
  </xsl:template>
  <xsl:template match="e:unitdate/@* | e:date/@*" mode="ead3" priority="2"/>

  <!-- ===== components ================================================== -->

  <!-- EAD3 has no dsc inside a component: a finding aid that nests one
       gets unnumbered c throughout, the nested dsc's components becoming
       children of the component that held it (its other content reported). -->
  <xsl:variable name="unnumbered" select="boolean(/e:ead/e:archdesc//e:dsc//e:dsc)"/>
  <xsl:template match="e:c | e:c01 | e:c02 | e:c03 | e:c04 | e:c05 | e:c06 | e:c07 | e:c08 | e:c09 | e:c10 | e:c11 | e:c12" mode="ead3">
    <xsl:variable name="name">
      <xsl:choose>
        <xsl:when test="$unnumbered">c</xsl:when>
        <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$name}">
      <xsl:apply-templates select="@*" mode="ead3"/>
      <xsl:apply-templates select="e:head | e:did" mode="ead3"/>
      <xsl:apply-templates select="node()[not(self::e:dsc or self::e:head or self::e:did)]" mode="ead3"/>
      <xsl:for-each select="e:dsc">
        <xsl:for-each select="*[not(starts-with(local-name(), 'c'))] | text()[normalize-space() != '']">
          <xsl:call-template name="loss">
            <xsl:with-param name="what" select="concat('nested dsc content &quot;', substring(normalize-space(.), 1, 80), '&quot; dropped (EAD3 has no dsc inside a component)')"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:apply-templates select="*[starts-with(local-name(), 'c')]" mode="ead3"/>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <!-- Description blocks: EAD3 nests a block only in one of its own name;
       one of another name (arrangement inside scopecontent) moves out to
       stand after it. Inside, the head first, then blocks, then nested
       blocks of the same name. -->
  <xsl:template match="e:accruals | e:acqinfo | e:altformavail | e:appraisal | e:arrangement | e:bibliography | e:bioghist | e:custodhist | e:fileplan | e:odd | e:originalsloc | e:otherfindaid | e:phystech | e:prefercite | e:processinfo | e:relatedmaterial | e:scopecontent | e:separatedmaterial | e:userestrict | e:controlaccess" mode="ead3">
    <xsl:variable name="me" select="local-name()"/>
    <xsl:variable name="desc" select="*[contains(' accessrestrict accruals acqinfo altformavail appraisal arrangement bibliography bioghist controlaccess custodhist descgrp dsc fileplan index odd originalsloc otherfindaid phystech prefercite processinfo relatedmaterial scopecontent separatedmaterial userestrict ', concat(' ', local-name(), ' '))]"/>
    <xsl:element name="{$me}">
      <xsl:apply-templates select="@*" mode="ead3"/>
      <xsl:apply-templates select="node()[count(. | $desc) != count($desc)]" mode="ead3"/>
      <xsl:apply-templates select="$desc[local-name() = $me]" mode="ead3"/>
    </xsl:element>
    <xsl:apply-templates select="$desc[local-name() != $me]" mode="ead3"/>
  </xsl:template>

  <!-- EAD3's dsc and components take one thead, before their components:
       a second one, or one with no component after it, is dropped. -->
  <xsl:template match="e:thead[not(parent::e:tgroup)][preceding-sibling::e:thead or not(following-sibling::*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and translate(substring(local-name(), 2), '0123456789', '') = '')])]" mode="ead3">
    <xsl:call-template name="loss">
      <xsl:with-param name="what" select="concat('a ', local-name(..), ' thead &quot;', normalize-space(.), '&quot; dropped (EAD3 has one, before the components)')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A namegrp holding no name (only notes) keeps its words as a name. -->
  <xsl:template match="e:namegrp[not(e:persname | e:corpname | e:famname | e:name | e:geogname | e:subject | e:function | e:genreform | e:occupation | e:title)]" mode="ead3">
    <namegrp>
      <xsl:apply-templates select="@*" mode="ead3"/>
      <name><part><xsl:call-template name="fit-words"/></part></name>
    </namegrp>
    <xsl:call-template name="loss"><xsl:with-param name="what" select="'namegrp without a name: its text kept as a name, its markup dropped'"/></xsl:call-template>
  </xsl:template>

  <!-- ===== generic elements ============================================ -->

  <!-- An element of the same name in EAD3. -->
  <xsl:template match="*" mode="ead3">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="@*" mode="ead3"/>
      <xsl:apply-templates mode="ead3"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="ead3"/>

  <!-- Elements EAD3 removed with nothing to carry them: reported. -->
  <xsl:template match="e:frontmatter | e:runner | e:linkgrp | e:arc | e:resource | e:extptrloc | e:extrefloc | e:ptrloc | e:refloc" mode="ead3">
    <xsl:call-template name="loss">
      <xsl:with-param name="what" select="concat('element ', local-name(), ' dropped (not in EAD3): ', substring(normalize-space(.), 1, 80))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- descgrp is gone: its children move up into the parent; its head is lost. -->
  <xsl:template match="e:descgrp" mode="ead3">
    <xsl:for-each select="e:head">
      <xsl:call-template name="loss">
        <xsl:with-param name="what" select="concat('descgrp head &quot;', normalize-space(.), '&quot; dropped (descgrp is not in EAD3; its contents moved up)')"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:apply-templates select="*[not(self::e:head)]" mode="ead3"/>
  </xsl:template>

  <!-- ===== header → control ============================================= -->

  <xsl:template match="e:ead" mode="ead3">
    <ead>
      <xsl:apply-templates select="@id | @audience | @altrender" mode="ead3"/>
      <xsl:apply-templates select="e:eadheader" mode="ead3"/>
      <xsl:apply-templates select="e:frontmatter" mode="ead3"/>
      <xsl:apply-templates select="e:archdesc" mode="ead3"/>
    </ead>
  </xsl:template>

  <xsl:template match="e:eadheader" mode="ead3">
    <xsl:variable name="id" select="e:eadid"/>
    <control>
      <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead3"/>
      <recordid>
        <xsl:if test="$id/@url"><xsl:attribute name="instanceurl"><xsl:value-of select="$id/@url"/></xsl:attribute></xsl:if>
        <xsl:value-of select="normalize-space($id)"/>
      </recordid>
      <xsl:for-each select="$id/@publicid | $id/@urn | $id/@identifier">
        <otherrecordid localtype="{local-name()}"><xsl:value-of select="."/></otherrecordid>
      </xsl:for-each>
      <xsl:apply-templates select="e:filedesc" mode="ead3"/>
      <maintenancestatus>
        <xsl:attribute name="value">
          <xsl:choose>
            <xsl:when test="$maintenance-status != ''"><xsl:value-of select="$maintenance-status"/></xsl:when>
            <xsl:when test="e:revisiondesc">revised</xsl:when>
            <xsl:otherwise>new</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
      </maintenancestatus>
      <xsl:for-each select="@findaidstatus">
        <xsl:variable name="v" select="translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_ ', 'abcdefghijklmnopqrstuvwxyz--')"/>
        <xsl:variable name="status">
          <xsl:choose>
            <xsl:when test="$v = 'published' or $v = 'complete' or $v = 'completed' or $v = 'final' or $v = 'edited-full-draft' or $v = 'edited' or $v = 'full'">published</xsl:when>
            <xsl:when test="$v = 'approved'">approved</xsl:when>
            <xsl:when test="$v = 'inprocess' or $v = 'in-process' or $v = 'draft' or $v = 'edited-partial-draft' or $v = 'unverified-full-draft' or $v = 'unverified-partial-draft' or $v = 'unverified' or $v = 'partial' or $v = 'incomplete'">inprocess</xsl:when>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$status != ''"><publicationstatus value="{$status}"/></xsl:when>
          <xsl:otherwise>
            <xsl:variable name="att" select="."/><xsl:for-each select="..">
              <xsl:call-template name="loss">
                <xsl:with-param name="what" select="concat('findaidstatus &quot;', $att, '&quot; dropped (no EAD3 publicationstatus of that meaning)')"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <maintenanceagency>
        <xsl:if test="$id/@countrycode"><xsl:attribute name="countrycode"><xsl:value-of select="$id/@countrycode"/></xsl:attribute></xsl:if>
        <xsl:if test="$id/@mainagencycode"><agencycode><xsl:value-of select="$id/@mainagencycode"/></agencycode></xsl:if>
        <agencyname>
          <xsl:variable name="a"><xsl:for-each select="(e:filedesc/e:publicationstmt/e:publisher | /e:ead/e:archdesc/e:did/e:repository)[1]"><xsl:call-template name="fit-words"/></xsl:for-each></xsl:variable>
          <xsl:choose>
            <xsl:when test="$a != ''"><xsl:value-of select="$a"/></xsl:when>
            <xsl:otherwise>Unknown agency</xsl:otherwise>
          </xsl:choose>
        </agencyname>
      </maintenanceagency>
      <xsl:apply-templates select="e:profiledesc/e:langusage" mode="ead3"/>
      <xsl:for-each select="e:profiledesc/e:descrules">
        <conventiondeclaration>
          <citation><xsl:call-template name="fit-words"/></citation>
        </conventiondeclaration>
      </xsl:for-each>
      <maintenancehistory>
        <xsl:for-each select="e:profiledesc/e:creation[$creation-event]">
          <maintenanceevent>
            <eventtype value="created"/>
            <xsl:call-template name="eventdatetime"><xsl:with-param name="d" select="e:date[1]"/></xsl:call-template>
            <agenttype value="unknown"/>
            <agent>unknown</agent>
            <eventdescription><xsl:call-template name="fit-words"/></eventdescription>
          </maintenanceevent>
        </xsl:for-each>
        <xsl:for-each select="e:revisiondesc/e:change | e:revisiondesc/e:list/e:item | e:revisiondesc/e:list/e:defitem">
          <maintenanceevent>
            <eventtype value="revised"/>
            <xsl:call-template name="eventdatetime"><xsl:with-param name="d" select="e:date[1]"/></xsl:call-template>
            <agenttype value="unknown"/>
            <agent>unknown</agent>
            <xsl:variable name="desc"><xsl:for-each select="e:item | self::e:item | self::e:defitem"><xsl:if test="position() &gt; 1">; </xsl:if><xsl:call-template name="fit-words"/></xsl:for-each></xsl:variable>
            <xsl:if test="normalize-space($desc) != ''">
              <eventdescription><xsl:value-of select="normalize-space($desc)"/></eventdescription>
            </xsl:if>
          </maintenanceevent>
        </xsl:for-each>
        <xsl:for-each select="e:revisiondesc/e:list/e:head[normalize-space() != '']">
          <xsl:variable name="words"><xsl:call-template name="fit-words"/></xsl:variable>
          <xsl:call-template name="loss">
            <xsl:with-param name="what" select="concat('head of the revision list dropped (EAD3 maintenancehistory has none): ', $words)"/>
          </xsl:call-template>
        </xsl:for-each>
        <maintenanceevent>
          <eventtype value="derived"/>
          <xsl:choose>
            <xsl:when test="string($derived-date) != ''">
              <eventdatetime standarddatetime="{$derived-date}"><xsl:value-of select="$derived-date"/></eventdatetime>
            </xsl:when>
            <xsl:otherwise><eventdatetime>not recorded</eventdatetime></xsl:otherwise>
          </xsl:choose>
          <agenttype value="machine"/>
          <agent>teiconv (ead2ead3.xsl)</agent>
          <eventdescription><xsl:value-of select="$derived-note"/></eventdescription>
        </maintenanceevent>
      </maintenancehistory>
    </control>
  </xsl:template>

  <xsl:template name="eventdatetime">
    <xsl:param name="d"/>
    <eventdatetime>
      <xsl:if test="$d/@normal and not(contains($d/@normal, '/'))">
        <xsl:variable name="iso"><xsl:call-template name="iso-date"><xsl:with-param name="n" select="normalize-space($d/@normal)"/></xsl:call-template></xsl:variable>
        <xsl:if test="$iso != ''"><xsl:attribute name="standarddatetime"><xsl:value-of select="$iso"/></xsl:attribute></xsl:if>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="normalize-space($d) != ''"><xsl:value-of select="normalize-space($d)"/></xsl:when>
        <xsl:when test="$d/@normal"><xsl:value-of select="$d/@normal"/></xsl:when>
        <xsl:otherwise>unknown</xsl:otherwise>
      </xsl:choose>
    </eventdatetime>
  </xsl:template>

  <!-- An EAD 2002 @normal date (1999, 19990131, 1999-01, 1999-01-31) as an
       xsd date, year or year-month of years 1000-2099, as EAD3's
       standarddatetime wants; '' when it is none of those (BCE, 5 digits). -->
  <xsl:template name="iso-date">
    <xsl:param name="n"/>
    <xsl:variable name="d" select="translate($n, '-', '')"/>
    <xsl:variable name="y" select="substring($d, 1, 4)"/>
    <xsl:if test="not(starts-with($n, '-')) and string-length(translate($d, '0123456789', '')) = 0 and $y &gt;= 1000 and $y &lt;= 2099">
      <xsl:choose>
        <xsl:when test="string-length($d) = 4"><xsl:value-of select="$y"/></xsl:when>
        <xsl:when test="string-length($d) = 6"><xsl:value-of select="concat($y, '-', substring($d, 5, 2))"/></xsl:when>
        <xsl:when test="string-length($d) = 8 and substring($d, 7, 2) &lt;= 28"><xsl:value-of select="concat($y, '-', substring($d, 5, 2), '-', substring($d, 7, 2))"/></xsl:when>
        <xsl:when test="string-length($d) = 8"><xsl:value-of select="concat($y, '-', substring($d, 5, 2))"/></xsl:when>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- langusage: EAD3 wants a language and its script; text around them
       goes to a descriptivenote. -->
  <xsl:template match="e:langusage" mode="ead3">
    <xsl:for-each select="e:language">
      <languagedeclaration>
        <language>
          <xsl:if test="@langcode"><xsl:attribute name="langcode"><xsl:value-of select="@langcode"/></xsl:attribute></xsl:if>
          <xsl:call-template name="fit-words"/>
        </language>
        <script scriptcode="{(@scriptcode | ../@scriptcode)[1]}">
          <xsl:if test="not(@scriptcode)"><xsl:attribute name="scriptcode">Zyyy</xsl:attribute></xsl:if>
          <xsl:value-of select="(@scriptcode)[1]"/>
          <xsl:if test="not(@scriptcode)">script not stated</xsl:if>
        </script>
        <xsl:if test="position() = 1 and (../text()[normalize-space() != ''] or ../*[not(self::e:language)][normalize-space() != ''])">
          <descriptivenote><p><xsl:for-each select=".."><xsl:call-template name="fit-words"/></xsl:for-each></p></descriptivenote>
        </xsl:if>
      </languagedeclaration>
    </xsl:for-each>
    <xsl:if test="not(e:language) and normalize-space(.) != ''">
      <xsl:call-template name="loss">
        <xsl:with-param name="what"><xsl:text>langusage without a language element dropped: </xsl:text><xsl:call-template name="fit-words"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="e:filedesc/e:notestmt/e:note" mode="ead3" priority="3">
    <controlnote>
      <xsl:apply-templates select="@*" mode="ead3"/>
      <xsl:apply-templates mode="ead3"/>
    </controlnote>
  </xsl:template>

  <!-- ===== did ============================================================ -->

  <!-- A date with an ISO @normal becomes unitdatestructured (the printed
       form kept in @altrender); without one it stays a unitdate. -->
  <xsl:template match="e:did/e:unitdate[@normal]" mode="ead3">
    <xsl:variable name="n" select="normalize-space(@normal)"/>
    <unitdatestructured>
      <xsl:apply-templates select="@id | @audience | @encodinganalog | @label" mode="ead3"/>
      <xsl:if test="normalize-space(.) != ''"><xsl:attribute name="altrender"><xsl:call-template name="fit-words"/></xsl:attribute></xsl:if>
      <xsl:if test="@type = 'inclusive' or @type = 'bulk'"><xsl:attribute name="unitdatetype"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:if test="@certainty"><xsl:attribute name="certainty"><xsl:value-of select="@certainty"/></xsl:attribute></xsl:if>
      <xsl:if test="@era"><xsl:attribute name="era"><xsl:value-of select="@era"/></xsl:attribute></xsl:if>
      <xsl:if test="@calendar"><xsl:attribute name="calendar"><xsl:value-of select="@calendar"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="contains($n, '/')">
          <daterange><xsl:call-template name="range-dates"><xsl:with-param name="n" select="$n"/></xsl:call-template></daterange>
        </xsl:when>
        <xsl:otherwise>
          <datesingle standarddate="{$n}">
            <xsl:choose>
              <xsl:when test="normalize-space(.) != ''"><xsl:call-template name="fit-words"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
            </xsl:choose>
          </datesingle>
        </xsl:otherwise>
      </xsl:choose>
    </unitdatestructured>
    <xsl:apply-templates select="@*[not(local-name() = 'normal' or local-name() = 'type' or local-name() = 'certainty' or local-name() = 'era' or local-name() = 'calendar' or local-name() = 'id' or local-name() = 'audience' or local-name() = 'encodinganalog' or local-name() = 'label' or local-name() = 'datechar')]" mode="ead3-date-loss"/>
  </xsl:template>

  <xsl:template match="e:unitdate" mode="ead3">
    <unitdate>
      <xsl:apply-templates select="@id | @audience | @encodinganalog | @label | @altrender" mode="ead3"/>
      <xsl:if test="@type = 'inclusive' or @type = 'bulk'"><xsl:attribute name="unitdatetype"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:for-each select="@normal | @certainty | @era | @calendar | @datechar"><xsl:copy/></xsl:for-each>
      <xsl:apply-templates mode="ead3"/>
    </unitdate>
  </xsl:template>

  <xsl:template match="@*" mode="ead3-date-loss">
    <xsl:variable name="att" select="."/><xsl:for-each select="..">
      <xsl:call-template name="loss">
        <xsl:with-param name="what" select="concat(local-name(), ' attribute ', name($att), '=&quot;', $att, '&quot; dropped')"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- dates elsewhere (in a chronlist, in text) -->
  <xsl:template match="e:chronitem/e:date" mode="ead3">
    <xsl:variable name="n" select="normalize-space(@normal)"/>
    <xsl:variable name="what"><xsl:choose><xsl:when test="contains($n, '/')">daterange</xsl:when><xsl:otherwise>datesingle</xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:element name="{$what}">
      <xsl:apply-templates select="@id | @audience | @altrender" mode="ead3"/>
      <xsl:choose>
        <xsl:when test="$what = 'daterange'"><xsl:call-template name="range-dates"><xsl:with-param name="n" select="$n"/></xsl:call-template></xsl:when>
        <xsl:otherwise>
          <xsl:if test="$n != ''"><xsl:attribute name="standarddate"><xsl:value-of select="$n"/></xsl:attribute></xsl:if>
          <xsl:call-template name="fit-words"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
    <xsl:apply-templates select="@*[not(contains(' id audience altrender normal ', concat(' ', local-name(), ' ')))][normalize-space() != '']" mode="ead3-date-loss"/>
    <xsl:for-each select="*[not(self::e:lb)]">
      <xsl:call-template name="loss"><xsl:with-param name="what" select="concat('element ', local-name(), ' in a chronlist date kept as its words (EAD3 dates hold text only)')"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- fromdate and todate of a range date (the context) whose @normal is n
       ("from/to"): the standard dates from n, the printed words from the
       element split at its first "/", "–", " to " or "-" (all of them in
       fromdate when none is there), so no printed word is lost; an empty
       element prints the standard dates. -->
  <xsl:template name="range-dates">
    <xsl:param name="n"/>
    <xsl:variable name="t"><xsl:call-template name="fit-words"/></xsl:variable>
    <xsl:variable name="sep">
      <xsl:choose>
        <xsl:when test="contains($t, '/')">/</xsl:when>
        <xsl:when test="contains($t, '&#x2013;')">&#x2013;</xsl:when>
        <xsl:when test="contains($t, ' to ')"><xsl:text> to </xsl:text></xsl:when>
        <xsl:when test="contains($t, '-')">-</xsl:when>
      </xsl:choose>
    </xsl:variable>
    <fromdate standarddate="{substring-before($n, '/')}">
      <xsl:choose>
        <xsl:when test="$t = ''"><xsl:value-of select="substring-before($n, '/')"/></xsl:when>
        <xsl:when test="$sep = ''"><xsl:value-of select="$t"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space(substring-before($t, $sep))"/></xsl:otherwise>
      </xsl:choose>
    </fromdate>
    <todate standarddate="{substring-after($n, '/')}">
      <xsl:choose>
        <xsl:when test="$t = ''"><xsl:value-of select="substring-after($n, '/')"/></xsl:when>
        <xsl:when test="$sep != ''"><xsl:value-of select="normalize-space(substring-after($t, $sep))"/></xsl:when>
      </xsl:choose>
    </todate>
  </xsl:template>
  <xsl:template match="e:date" mode="ead3">
    <date>
      <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead3"/>
      <xsl:for-each select="@normal | @certainty | @era | @calendar"><xsl:copy/></xsl:for-each>
      <xsl:if test="@type"><xsl:attribute name="localtype"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:apply-templates mode="ead3"/>
    </date>
  </xsl:template>
  <xsl:template match="e:eventgrp" mode="ead3">
    <chronitemset>
      <xsl:apply-templates select="e:event" mode="ead3"/>
    </chronitemset>
  </xsl:template>

  <!-- did/note -> didnote, which holds phrases only: the phrases of its
       paragraphs stay, other blocks (lists, tables...) keep their words. -->
  <xsl:template match="e:did/e:note" mode="ead3" priority="3">
    <didnote>
      <xsl:apply-templates select="@id | @audience | @altrender | @label | @encodinganalog" mode="ead3"/>
      <xsl:for-each select="node()">
        <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
        <xsl:choose>
          <xsl:when test="self::e:p"><xsl:apply-templates mode="ead3"/></xsl:when>
          <xsl:when test="self::text()"><xsl:value-of select="."/></xsl:when>
          <xsl:when test="self::*">
            <xsl:call-template name="fit-words"/>
            <xsl:if test="not(self::e:head)">
              <xsl:call-template name="loss">
                <xsl:with-param name="what" select="concat(local-name(), ' in a did note kept as text (EAD3 didnote holds phrases only)')"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each>
    </didnote>
  </xsl:template>

  <!-- A physdesc that is one extent reading as a number and a unit ("3
       pages", "1.5 linear feet", "129 ff"), with perhaps its dimensions and
       physical facets, is physdescstructured in EAD3 (quantity, unittype:
       what ArchivesSpace reads as the extent). Its type: spaceoccupied for
       lengths and volumes, carrier for boxes, folders, volumes, reels and
       the like, else materialtype; coverage whole. An altrender of
       "TYPE COVERAGE" (ead3to2002.xsl's way of keeping them) gives both. -->
  <xsl:template match="e:physdesc[count(e:extent) = 1 and not(*[not(self::e:extent or self::e:dimensions or self::e:physfacet)])
                       and not(text()[normalize-space()])]" mode="ead3" priority="2">
    <xsl:variable name="v" select="normalize-space(e:extent)"/>
    <xsl:variable name="q" select="substring-before($v, ' ')"/>
    <xsl:variable name="u" select="substring-after($v, ' ')"/>
    <xsl:choose>
      <xsl:when test="$q != '' and translate($q, '0123456789.', '') = '' and string(number($q)) != 'NaN'
                      and $u != '' and string-length($u) &lt;= 40
                      and translate($u, '0123456789()[];:,/', '') = $u">
        <xsl:variable name="lu" select="translate($u, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
        <xsl:variable name="kept-type" select="substring-before(concat(normalize-space(@altrender), ' '), ' ')"/>
        <xsl:variable name="kept-cov" select="substring-after(normalize-space(@altrender), ' ')"/>
        <xsl:variable name="kept" select="($kept-type = 'carrier' or $kept-type = 'materialtype' or $kept-type = 'spaceoccupied')
                      and ($kept-cov = 'whole' or $kept-cov = 'part')"/>
        <physdescstructured>
          <xsl:apply-templates select="@*[not(name() = 'altrender' and $kept)]" mode="ead3"/>
          <xsl:attribute name="physdescstructuredtype">
            <xsl:choose>
              <xsl:when test="$kept"><xsl:value-of select="$kept-type"/></xsl:when>
              <xsl:when test="contains($lu, 'feet') or contains($lu, 'foot') or contains($lu, 'metre') or contains($lu, 'meter')
                              or contains($lu, 'linear') or contains($lu, 'cubic') or $lu = 'gigabytes' or $lu = 'megabytes'">spaceoccupied</xsl:when>
              <xsl:when test="starts-with($lu, 'box') or starts-with($lu, 'folder') or starts-with($lu, 'volume') or starts-with($lu, 'reel')
                              or starts-with($lu, 'carton') or starts-with($lu, 'container') or starts-with($lu, 'binder')">carrier</xsl:when>
              <xsl:otherwise>materialtype</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:attribute name="coverage">
            <xsl:choose>
              <xsl:when test="$kept"><xsl:value-of select="$kept-cov"/></xsl:when>
              <xsl:otherwise>whole</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <quantity><xsl:value-of select="$q"/></quantity>
          <unittype><xsl:value-of select="$u"/></unittype>
          <xsl:for-each select="e:physfacet | e:dimensions">
            <xsl:element name="{local-name()}"><xsl:call-template name="fit-words"/></xsl:element>
          </xsl:for-each>
        </physdescstructured>
      </xsl:when>
      <xsl:otherwise>
        <physdesc>
          <xsl:apply-templates select="@*" mode="ead3"/>
          <xsl:call-template name="joined-text"/>
        </physdesc>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- physdesc is text in EAD3: its extent, dimensions, physfacet and genreform
       keep their words, joined, and lose their markup. -->
  <xsl:template match="e:physdesc" mode="ead3">
    <physdesc>
      <xsl:apply-templates select="@*" mode="ead3"/>
      <xsl:call-template name="joined-text"/>
    </physdesc>
  </xsl:template>

  <xsl:template name="joined-text">
    <xsl:for-each select="node()">
      <xsl:choose>
        <xsl:when test="self::text()"><xsl:value-of select="."/></xsl:when>
        <xsl:when test="self::e:emph or self::e:lb or self::e:abbr or self::e:expan"><xsl:apply-templates select="." mode="ead3"/></xsl:when>
        <xsl:otherwise>
          <xsl:if test="preceding-sibling::* and not(preceding-sibling::node()[1][self::text()][normalize-space() != ''])"><xsl:text>; </xsl:text></xsl:if>
          <xsl:call-template name="fit-words"/>
          <!-- the unit, unless the words already end with it ("315 × 230 mm") -->
          <xsl:variable name="w" select="normalize-space(.)"/>
          <xsl:if test="@unit and substring($w, string-length($w) - string-length(@unit) + 1) != @unit"><xsl:value-of select="concat(' ', @unit)"/></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- langmaterial holds language elements only; its prose goes to a note. -->
  <xsl:template match="e:langmaterial" mode="ead3">
    <langmaterial>
      <xsl:apply-templates select="@id | @audience | @altrender | @label | @encodinganalog" mode="ead3"/>
      <!-- a language with a script is a languageset in EAD3 -->
      <xsl:for-each select="e:language">
        <xsl:variable name="lang">
          <language>
            <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead3"/>
            <xsl:if test="@langcode"><xsl:attribute name="langcode"><xsl:value-of select="@langcode"/></xsl:attribute></xsl:if>
            <xsl:call-template name="fit-words"/>
          </language>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="normalize-space(@scriptcode) != ''">
            <languageset>
              <xsl:copy-of select="$lang"/>
              <script scriptcode="{normalize-space(@scriptcode)}"><xsl:value-of select="normalize-space(@scriptcode)"/></script>
            </languageset>
          </xsl:when>
          <xsl:otherwise><xsl:copy-of select="$lang"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:if test="not(e:language)">
        <language><xsl:call-template name="fit-words"/></language>
      </xsl:if>
      <!-- text before the first language, or words (not punctuation alone)
           anywhere outside the language elements -->
      <xsl:if test="e:language and (normalize-space(text()) != '' or (text() | *[not(self::e:language)])[normalize-space(translate(., '.,;:!?()[]{}', '')) != ''])">
        <descriptivenote><p><xsl:call-template name="fit-words"/></p></descriptivenote>
      </xsl:if>
    </langmaterial>
  </xsl:template>

  <!-- origination and repository hold names only (repository also an
       address, last): loose text and other phrases become a name (a
       corpname in a repository), a link keeps its target as a ref. -->
  <xsl:template match="e:origination | e:repository" mode="ead3">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="@*" mode="ead3"/>
      <xsl:apply-templates select="e:persname | e:corpname | e:famname | e:name" mode="ead3"/>
      <xsl:variable name="other" select="text()[normalize-space() != ''] | *[not(self::e:persname or self::e:corpname or self::e:famname or self::e:name or self::e:address or self::e:head)]"/>
      <xsl:variable name="nametag">
        <xsl:choose>
          <xsl:when test="self::e:repository">corpname</xsl:when>
          <xsl:otherwise>name</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:if test="$other">
        <xsl:element name="{$nametag}">
          <part>
            <xsl:for-each select="$other">
              <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:choose>
                <xsl:when test="self::e:extref | self::e:ref | self::e:archref | self::e:extptr | self::e:ptr"><xsl:apply-templates select="." mode="ead3"/></xsl:when>
                <xsl:when test="self::e:emph | self::e:abbr | self::e:expan | self::e:lb"><xsl:apply-templates select="." mode="ead3"/></xsl:when>
                <xsl:when test="self::text()"><xsl:value-of select="normalize-space(.)"/></xsl:when>
                <xsl:otherwise><xsl:call-template name="fit-words"/></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </part>
        </xsl:element>
      </xsl:if>
      <!-- EAD3 needs a name here: an empty one, no word made up -->
      <xsl:if test="not(e:persname | e:corpname | e:famname | e:name | $other)">
        <xsl:element name="{$nametag}"><part/></xsl:element>
        <xsl:call-template name="loss"><xsl:with-param name="what" select="concat(local-name(), ' without a name: an empty ', $nametag, ' added (EAD3 ', local-name(), ' holds one)')"/></xsl:call-template>
      </xsl:if>
      <!-- EAD3's repository holds one address: the lines of all, in order,
           in the first (each further address reported; its @id is named
           by the fit pass's id check) -->
      <xsl:if test="self::e:repository and e:address">
        <address>
          <xsl:apply-templates select="e:address[1]/@*" mode="ead3"/>
          <xsl:for-each select="e:address/e:addressline">
            <addressline>
              <!-- a further address's @id on its first line, when free -->
              <xsl:if test="../@id and not(@id) and not(preceding-sibling::e:addressline) and ../preceding-sibling::e:address">
                <xsl:attribute name="id"><xsl:value-of select="../@id"/></xsl:attribute>
              </xsl:if>
              <xsl:apply-templates select="@* | node()" mode="ead3"/>
            </addressline>
          </xsl:for-each>
        </address>
        <xsl:for-each select="e:address[position() &gt; 1]">
          <xsl:call-template name="loss"><xsl:with-param name="what" select="concat('address ', position() + 1, ' of the repository: its ', count(e:addressline), ' lines added to the first address, its @id (if any) on its first line (an EAD3 repository holds one address: where one address ended and the next began is lost)')"/></xsl:call-template>
        </xsl:for-each>
      </xsl:if>
      <xsl:for-each select="e:head | self::e:origination/e:address">
        <xsl:call-template name="loss"><xsl:with-param name="what" select="concat(local-name(), ' &quot;', normalize-space(.), '&quot; dropped (not allowed in EAD3 ', local-name(..), ')')"/></xsl:call-template>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <!-- address outside publicationstmt and repository: its lines as a
       paragraph (lines broken with lb), or as a phrase in running text. -->
  <xsl:template match="e:address[not(parent::e:publicationstmt or parent::e:repository)]" mode="ead3">
    <xsl:variable name="lines">
      <xsl:for-each select="e:addressline">
        <xsl:if test="position() &gt; 1"><lb/></xsl:if>
        <xsl:apply-templates mode="ead3"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="parent::e:p or parent::e:entry or parent::e:item or parent::e:event or parent::e:extref or parent::e:ref or parent::e:refloc or parent::e:extrefloc or parent::e:titlepage">
        <xsl:copy-of select="$lines"/>
      </xsl:when>
      <xsl:otherwise><p><xsl:apply-templates select="@id | @audience | @altrender" mode="ead3"/><xsl:copy-of select="$lines"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Names and terms: the words go into part; a corpname's subareas are
       parts of their own, in document order with the words between them
       (so "<subarea>records</subarea>Boston deeds" keeps its word order). -->
  <xsl:template match="e:persname | e:corpname | e:famname | e:name | e:geogname | e:subject | e:function | e:genreform | e:occupation" mode="ead3">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="@*" mode="ead3"/>
      <xsl:choose>
        <xsl:when test="not(e:subarea)">
          <part><xsl:call-template name="name-words"><xsl:with-param name="nodes" select="node()"/></xsl:call-template></part>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="node()">
            <xsl:choose>
              <xsl:when test="self::e:subarea">
                <part localtype="subarea"><xsl:apply-templates select="@id | @audience | @altrender" mode="ead3"/><xsl:call-template name="fit-words"/></part>
              </xsl:when>
              <!-- the first node of a run between subareas: the run's words -->
              <xsl:when test="not(preceding-sibling::node()[1][not(self::e:subarea)])">
                <xsl:variable name="n" select="count(preceding-sibling::e:subarea)"/>
                <xsl:variable name="words">
                  <xsl:call-template name="name-words">
                    <xsl:with-param name="nodes" select=". | following-sibling::node()[not(self::e:subarea)][count(preceding-sibling::e:subarea) = $n]"/>
                  </xsl:call-template>
                </xsl:variable>
                <xsl:if test="$words != ''"><part><xsl:value-of select="$words"/></part></xsl:if>
              </xsl:when>
            </xsl:choose>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>
  <!-- The words of nodes (text, and the words of elements), one space
       between pieces, white space normalised. -->
  <xsl:template name="name-words">
    <xsl:param name="nodes"/>
    <xsl:variable name="t">
      <xsl:for-each select="$nodes">
        <xsl:text> </xsl:text>
        <xsl:choose>
          <xsl:when test="self::*"><xsl:call-template name="fit-words"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
      </xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="normalize-space($t)"/>
  </xsl:template>
  <xsl:template match="e:title" mode="ead3">
    <title>
      <xsl:apply-templates select="@*" mode="ead3"/>
      <part><xsl:call-template name="fit-words"/></part>
    </title>
  </xsl:template>

  <xsl:template match="e:container" mode="ead3">
    <container>
      <xsl:apply-templates select="@*[not(local-name() = 'type')]" mode="ead3"/>
      <xsl:if test="@type"><xsl:attribute name="localtype"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:call-template name="fit-words"/>
    </container>
  </xsl:template>

  <!-- ===== notes inside text become footnotes ========================= -->

  <xsl:template match="e:p/e:note | e:item/e:note | e:entry/e:note | e:event/e:note | e:unittitle/e:note" mode="ead3" priority="1">
    <footnote>
      <xsl:apply-templates select="@id | @audience | @altrender" mode="ead3"/>
      <xsl:apply-templates select="*" mode="ead3"/>
      <xsl:if test="not(*)"><p><xsl:call-template name="fit-words"/></p></xsl:if>
    </footnote>
  </xsl:template>


  <!-- ===== content models that EAD3 narrowed ============================ -->

  <!-- Inside titles only basic phrases: num and others keep their words. -->
  <xsl:template match="e:titleproper/e:num | e:subtitle/e:num | e:titleproper/e:date | e:subtitle/e:date" mode="ead3">
    <xsl:choose>
      <xsl:when test="*"><xsl:call-template name="fit-words"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A unitdate that is not a did child (inside unittitle) becomes date. -->
  <xsl:template match="e:unitdate[not(parent::e:did)]" mode="ead3" priority="2">
    <date>
      <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead3"/>
      <xsl:for-each select="@normal | @certainty | @era | @calendar"><xsl:copy/></xsl:for-each>
      <xsl:if test="@type"><xsl:attribute name="localtype"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <!-- its markup, if any, as words, spaced (so that none run together) -->
      <xsl:choose>
        <xsl:when test="*"><xsl:call-template name="fit-words"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </date>
  </xsl:template>

  <!-- A blockquote inside a paragraph becomes a quote of its words. -->
  <xsl:template match="e:p//e:blockquote" mode="ead3" priority="2">
    <quote><xsl:call-template name="fit-words"/></quote>
  </xsl:template>

  <!-- bibref inside running text: its title stays, the rest is text. -->
  <xsl:template match="e:p//e:bibref[not(@href or @xlink:href)] | e:item//e:bibref[not(@href or @xlink:href)] | e:entry//e:bibref[not(@href or @xlink:href)]" mode="ead3" priority="2">
    <xsl:for-each select="node()">
      <xsl:choose>
        <xsl:when test="self::e:title"><xsl:apply-templates select="." mode="ead3"/></xsl:when>
        <xsl:when test="self::*"><xsl:text> </xsl:text><xsl:call-template name="fit-words"/><xsl:text> </xsl:text></xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- legalstatus sits beside accessrestrict in EAD3 and holds paragraphs. -->
  <xsl:template match="e:accessrestrict" mode="ead3">
    <xsl:variable name="blocks" select="*[not(self::e:head or self::e:legalstatus)]"/>
    <xsl:if test="$blocks">
      <accessrestrict>
        <xsl:apply-templates select="@*" mode="ead3"/>
        <xsl:apply-templates select="node()[not(self::e:legalstatus)]" mode="ead3"/>
      </accessrestrict>
    </xsl:if>
    <xsl:if test="not($blocks) and e:head">
      <xsl:call-template name="loss">
        <xsl:with-param name="what" select="concat('accessrestrict holding only legalstatus: its head &quot;', normalize-space(e:head), '&quot; dropped')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:apply-templates select="e:legalstatus" mode="ead3"/>
  </xsl:template>
  <xsl:template match="e:legalstatus" mode="ead3">
    <legalstatus>
      <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead3"/>
      <xsl:if test="@type"><xsl:attribute name="localtype"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <p><xsl:call-template name="fit-words"/></p>
    </legalstatus>
  </xsl:template>

  <!-- did/unittitle and did/unitid: the phrases EAD3 allows there stay
       (mapped); any other child (imprint, bibref, a link holding blocks) is
       kept as its words, spaced, with one loss line naming them. -->
  <xsl:template match="e:did/e:unittitle | e:did/e:unitid" mode="ead3">
    <xsl:variable name="pk" select="concat('did/', local-name())"/>
    <xsl:variable name="misfits"><xsl:call-template name="fit-misfits"><xsl:with-param name="pk" select="$pk"/></xsl:call-template></xsl:variable>
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="@*" mode="ead3"/>
      <xsl:for-each select="node()">
        <xsl:choose>
          <xsl:when test="self::* and contains(concat(' ', $misfits), concat(' ', local-name(), ' '))">
            <xsl:variable name="ok"><xsl:call-template name="fit-phrase-fits"><xsl:with-param name="pk" select="$pk"/></xsl:call-template></xsl:variable>
            <xsl:choose>
              <xsl:when test="$ok = '1'"><xsl:apply-templates select="." mode="ead3"/></xsl:when>
              <xsl:otherwise><xsl:text> </xsl:text><xsl:call-template name="fit-words"/><xsl:text> </xsl:text></xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="." mode="ead3"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:element>
    <xsl:call-template name="fit-flattened-loss"><xsl:with-param name="misfits" select="$misfits"/></xsl:call-template>
  </xsl:template>
  <!-- The EAD3 name of an EAD 2002 phrase (for fit-phrase-fits): "!" after
       it when the mapping keeps only its words, "-" when it drops it. -->
  <xsl:template match="*" mode="fit-target-name"><xsl:value-of select="local-name()"/></xsl:template>
  <xsl:template match="e:extref | e:ref | e:archref | e:bibref[@href or @xlink:href]" mode="fit-target-name">ref</xsl:template>
  <xsl:template match="e:extptr | e:ptr" mode="fit-target-name">ptr!</xsl:template>
  <xsl:template match="e:unitdate" mode="fit-target-name">date!</xsl:template>
  <xsl:template match="e:note[*]" mode="fit-target-name">footnote</xsl:template>
  <xsl:template match="e:note" mode="fit-target-name">footnote!</xsl:template>
  <xsl:template match="e:persname | e:corpname | e:famname | e:name | e:geogname | e:subject | e:function | e:genreform | e:occupation | e:title | e:lb" mode="fit-target-name"><xsl:value-of select="concat(local-name(), '!')"/></xsl:template>
  <xsl:template match="e:frontmatter | e:runner | e:linkgrp | e:arc | e:resource | e:extptrloc | e:extrefloc | e:ptrloc | e:refloc" mode="fit-target-name">-</xsl:template>

  <!-- dao and daogrp may stand in a component in 2002; in EAD3 only in did. -->
  <xsl:template match="e:did" mode="ead3">
    <did>
      <xsl:apply-templates select="@*" mode="ead3"/>
      <xsl:apply-templates mode="ead3"/>
      <!-- by name: in mode ead3 the template below leaves them out -->
      <xsl:for-each select="../e:dao | ../e:daogrp">
        <xsl:choose>
          <xsl:when test="self::e:dao"><xsl:call-template name="dao"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="daogrp"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </did>
  </xsl:template>
  <xsl:template match="*[e:did]/e:dao | *[e:did]/e:daogrp" mode="ead3" priority="2"/>

  <!-- ===== links ========================================================= -->

  <xsl:template name="link-attrs">
    <xsl:if test="@href | @xlink:href"><xsl:attribute name="href"><xsl:value-of select="(@href | @xlink:href)[1]"/></xsl:attribute></xsl:if>
    <xsl:if test="@title | @xlink:title"><xsl:attribute name="linktitle"><xsl:value-of select="(@title | @xlink:title)[1]"/></xsl:attribute></xsl:if>
    <xsl:if test="@target"><xsl:attribute name="target"><xsl:value-of select="@target"/></xsl:attribute></xsl:if>
    <xsl:for-each select="(@show | @xlink:show)[1]">
      <xsl:attribute name="show">
        <xsl:choose>
          <xsl:when test=". = 'embed' or . = 'new' or . = 'replace' or . = 'none'"><xsl:value-of select="."/></xsl:when>
          <xsl:otherwise>other</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
    </xsl:for-each>
    <xsl:for-each select="(@actuate | @xlink:actuate)[1]">
      <xsl:attribute name="actuate">
        <xsl:choose>
          <xsl:when test=". = 'onload' or . = 'onLoad'">onload</xsl:when>
          <xsl:when test=". = 'onrequest' or . = 'onRequest'">onrequest</xsl:when>
          <xsl:when test=". = 'none'">none</xsl:when>
          <xsl:otherwise>other</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
    </xsl:for-each>
    <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead3"/>
    <xsl:for-each select="@*[not(local-name() = 'href' or local-name() = 'title' or local-name() = 'target' or local-name() = 'show' or local-name() = 'actuate' or local-name() = 'id' or local-name() = 'audience' or local-name() = 'altrender' or local-name() = 'encodinganalog' or local-name() = 'type' or local-name() = 'linktype' or local-name() = 'role' or local-name() = 'entityref' or local-name() = 'label')]">
      <xsl:variable name="att" select="."/><xsl:for-each select="..">
        <xsl:call-template name="loss">
          <xsl:with-param name="what" select="concat('link attribute ', name($att), '=&quot;', $att, '&quot; dropped')"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- Links keep their content (what ref may not hold is unwrapped and
       reported by the fit pass); an archref among related or other
       finding aids stays an archref. -->
  <xsl:template match="e:extref | e:ref | e:archref | e:bibref[@href or @xlink:href]" mode="ead3">
    <ref>
      <xsl:call-template name="link-attrs"/>
      <xsl:apply-templates mode="ead3"/>
    </ref>
  </xsl:template>
  <xsl:template match="e:relatedmaterial/e:archref | e:separatedmaterial/e:archref | e:otherfindaid/e:archref | e:bibliography/e:archref" mode="ead3" priority="2">
    <archref>
      <xsl:call-template name="link-attrs"/>
      <xsl:apply-templates mode="ead3"/>
    </archref>
  </xsl:template>
  <xsl:template match="e:bibref" mode="ead3">
    <bibref>
      <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead3"/>
      <xsl:apply-templates select="node()" mode="ead3-bibref"/>
    </bibref>
  </xsl:template>
  <xsl:template match="e:title | e:persname | e:corpname | e:name | e:emph | e:lb | e:num | e:edition | e:imprint" mode="ead3-bibref">
    <xsl:apply-templates select="." mode="ead3"/>
  </xsl:template>
  <xsl:template match="*" mode="ead3-bibref"><xsl:call-template name="fit-words"/><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="text()" mode="ead3-bibref"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="e:imprint" mode="ead3">
    <imprint>
      <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead3"/>
      <!-- EAD3 has no imprint (the fit pass unwraps it): its words, loose
           text and every child, all stay -->
      <xsl:choose>
        <xsl:when test="e:publisher | e:geogname | e:date"><xsl:apply-templates select="node()[not(self::text()) or normalize-space() != '']" mode="ead3"/></xsl:when>
        <xsl:otherwise><publisher><xsl:call-template name="fit-words"/></publisher></xsl:otherwise>
      </xsl:choose>
    </imprint>
  </xsl:template>
  <xsl:template match="e:extptr | e:ptr" mode="ead3">
    <ptr>
      <xsl:call-template name="link-attrs"/>
    </ptr>
  </xsl:template>

  <xsl:template match="e:dao | e:daoloc" mode="ead3" name="dao">
    <dao daotype="unknown">
      <xsl:call-template name="link-attrs"/>
      <xsl:if test="@label"><xsl:attribute name="label"><xsl:value-of select="@label"/></xsl:attribute></xsl:if>
      <xsl:if test="@entityref"><xsl:attribute name="entityref"><xsl:value-of select="@entityref"/></xsl:attribute></xsl:if>
      <xsl:if test="@role | @xlink:role"><xsl:attribute name="localtype"><xsl:value-of select="(@role | @xlink:role)[1]"/></xsl:attribute></xsl:if>
      <!-- a daogrp of one daoloc becomes that dao: the group's daodesc too -->
      <xsl:variable name="descs" select="e:daodesc | parent::e:daogrp[count(e:daoloc) = 1]/e:daodesc"/>
      <xsl:apply-templates select="$descs[1]" mode="ead3"><xsl:with-param name="more" select="$descs[2]"/></xsl:apply-templates>
    </dao>
  </xsl:template>
  <!-- EAD3's descriptivenote holds paragraphs: a head becomes the first
       (reported), blocks go into paragraphs or lose their markup (the fit
       pass), an address is a paragraph of lines. -->
  <!-- A daogrp of one daoloc whose daoloc has a daodesc too: the second
       (more) joins the first, as EAD3's dao holds one descriptivenote. -->
  <xsl:template match="e:daodesc" mode="ead3">
    <xsl:param name="more" select="/.."/>
    <descriptivenote>
      <xsl:for-each select=". | $more">
        <xsl:for-each select="e:head">
          <p><xsl:apply-templates mode="ead3"/></p>
          <xsl:call-template name="loss"><xsl:with-param name="what" select="'daodesc head kept as a paragraph (EAD3 descriptivenote has no head)'"/></xsl:call-template>
        </xsl:for-each>
        <xsl:apply-templates select="*[not(self::e:head)]" mode="ead3"/>
        <xsl:if test="not(*)"><p><xsl:call-template name="fit-words"/></p></xsl:if>
      </xsl:for-each>
    </descriptivenote>
    <xsl:for-each select="$more">
      <xsl:call-template name="loss"><xsl:with-param name="what" select="'daodesc of the daoloc joined to that of its daogrp (an EAD3 dao holds one descriptivenote)'"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>
  <!-- daogrp: EAD3's daoset needs two or more dao; a single one stands alone. -->
  <xsl:template match="e:daogrp" mode="ead3" name="daogrp">
    <xsl:choose>
      <xsl:when test="count(e:daoloc) &gt; 1">
        <daoset>
          <xsl:apply-templates select="@id | @audience | @altrender | @label" mode="ead3"/>
          <xsl:apply-templates select="e:daoloc" mode="ead3"/>
          <xsl:apply-templates select="e:daodesc" mode="ead3"/>
        </daoset>
      </xsl:when>
      <xsl:when test="e:daoloc">
        <xsl:apply-templates select="e:daoloc" mode="ead3"/>
      </xsl:when>
      <!-- no daoloc (only resource, arc or ptrloc): its daodesc would have
           no dao to stand in; it becomes a dao without a link -->
      <xsl:when test="e:daodesc">
        <dao daotype="unknown">
          <xsl:apply-templates select="e:daodesc" mode="ead3"/>
        </dao>
        <xsl:call-template name="loss"><xsl:with-param name="what" select="'daogrp without daoloc: its daodesc kept in a dao with no link'"/></xsl:call-template>
      </xsl:when>
    </xsl:choose>
    <xsl:apply-templates select="e:resource | e:arc" mode="ead3"/>
  </xsl:template>

  <!-- A note inside a description block: its paragraphs join the block. -->
  <xsl:template match="e:note[not(parent::e:archdesc or parent::e:c or parent::e:c01 or parent::e:c02 or parent::e:c03 or parent::e:c04 or parent::e:c05 or parent::e:c06 or parent::e:c07 or parent::e:c08 or parent::e:c09 or parent::e:c10 or parent::e:c11 or parent::e:c12)]" mode="ead3">
    <xsl:apply-templates select="*" mode="ead3"/>
    <xsl:if test="not(*)"><p><xsl:call-template name="fit-words"/></p></xsl:if>
  </xsl:template>
  <xsl:template match="e:note" mode="ead3" priority="-0.2">
    <odd>
      <xsl:apply-templates select="@id | @audience | @altrender | @encodinganalog" mode="ead3"/>
      <xsl:apply-templates mode="ead3"/>
    </odd>
  </xsl:template>

</xsl:stylesheet>
