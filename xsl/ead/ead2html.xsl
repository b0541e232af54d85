<?xml version="1.0" encoding="UTF-8"?>
<!-- ead2html.xsl: an EAD 2002 or EAD3 finding aid to one HTML page: the
     collection overview, its notes, then the dsc tree with nesting shown. -->
<!-- Both versions share nearly all element names: templates match the name
     in either namespace (e: 2002, e3: EAD3; a name test is hashed by libxslt,
     a local-name() predicate would be tried on every element); components
     are c, c01 … c12 in either. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:e="urn:isbn:1-931666-22-9"
    xmlns:e3="http://ead3.archivists.org/schema/"
    exclude-result-prefixes="xlink e e3">

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:param name="record-stem" select="''"/>

  <xsl:variable name="arch" select="/*/*[local-name() = 'archdesc']"/>
  <xsl:variable name="did" select="$arch/*[local-name() = 'did']"/>
  <xsl:variable name="title">
    <xsl:variable name="t" select="normalize-space((/*/*[local-name() = 'eadheader' or local-name() = 'control']/*[local-name() = 'filedesc']/*[local-name() = 'titlestmt']/*[local-name() = 'titleproper'])[1])"/>
    <xsl:choose>
      <xsl:when test="$t != ''"><xsl:value-of select="$t"/></xsl:when>
      <xsl:when test="normalize-space($did/*[local-name() = 'unittitle']) != ''"><xsl:value-of select="normalize-space($did/*[local-name() = 'unittitle'][1])"/></xsl:when>
      <xsl:otherwise>Finding aid</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- Labels for description elements that have no head. -->
  <xsl:variable name="labels" select="'|bioghist:Biographical / historical note|scopecontent:Scope and content|arrangement:Arrangement|accessrestrict:Conditions governing access|userestrict:Conditions governing use|custodhist:Custodial history|acqinfo:Acquisition|processinfo:Processing information|relatedmaterial:Related material|separatedmaterial:Separated material|otherfindaid:Other finding aids|prefercite:Preferred citation|odd:Other descriptive information|bibliography:Bibliography|controlaccess:Subjects and index terms|altformavail:Alternative forms available|originalsloc:Location of originals|appraisal:Appraisal|accruals:Accruals|phystech:Physical characteristics and technical requirements|fileplan:File plan|legalstatus:Legal status|index:Index|relations:Relations|'"/>
  <xsl:variable name="did-labels" select="'|unittitle:Title|unitid:Identifier|unitdate:Dates|unitdatestructured:Dates|origination:Creator|physdesc:Extent|physdescstructured:Extent|physdescset:Extent|repository:Repository|langmaterial:Language|abstract:Abstract|physloc:Location|materialspec:Material|container:Container|note:Note|didnote:Note|dao:Digital object|'"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="teiconv"/>
        <title><xsl:value-of select="$title"/></title>
        <style>
body{font:1rem/1.5 Georgia,serif;max-width:52rem;margin:0 auto;padding:1rem}
dl.did{display:grid;grid-template-columns:12rem 1fr;gap:.2rem 1rem}dl.did dt{font-weight:bold}
ul.dsc,ul.dsc ul{list-style:none;padding-left:1.2rem;border-left:1px solid #ddd}
.c{margin:.4rem 0}.containers{color:#555;font-size:.9em}.date{color:#333}
.level{font-size:.75em;text-transform:uppercase;color:#595959}
        </style>
      </head>
      <body>
        <header><h1><xsl:value-of select="$title"/></h1></header>
        <nav aria-label="Sections">
          <ul>
            <li><a href="#overview">Collection overview</a></li>
            <xsl:if test="$arch/*[local-name() = 'dsc']"><li><a href="#dsc">Contents of the collection</a></li></xsl:if>
          </ul>
        </nav>
        <main>
          <section id="overview">
            <h2>Collection overview</h2>
            <xsl:apply-templates select="$did" mode="did"/>
            <xsl:apply-templates select="$arch/*[not(local-name() = 'did' or local-name() = 'dsc')]" mode="section">
              <xsl:with-param name="level" select="3"/>
            </xsl:apply-templates>
          </section>
          <xsl:for-each select="$arch/*[local-name() = 'dsc']">
            <section id="dsc">
              <h2>Contents of the collection</h2>
              <ul class="dsc">
                <xsl:apply-templates select="*" mode="c"/>
              </ul>
            </section>
          </xsl:for-each>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- did as a definition list -->
  <xsl:template match="*" mode="did">
    <dl class="did">
      <xsl:for-each select="*[not(local-name() = 'head')]">
        <dt>
          <xsl:choose>
            <xsl:when test="@label"><xsl:value-of select="@label"/></xsl:when>
            <xsl:when test="contains($did-labels, concat('|', local-name(), ':'))">
              <xsl:value-of select="substring-before(substring-after($did-labels, concat('|', local-name(), ':')), '|')"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
          </xsl:choose>
        </dt>
        <dd><xsl:apply-templates select="." mode="inline-value"/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <xsl:template match="*" mode="inline-value"><xsl:apply-templates/></xsl:template>
  <xsl:template match="e:container | e3:container" mode="inline-value">
    <xsl:value-of select="normalize-space(concat(@type, @localtype, ' ', .))"/>
  </xsl:template>
  <xsl:template match="e:dao | e3:dao" mode="inline-value">
    <xsl:variable name="href" select="(@href | @xlink:href)[1]"/>
    <xsl:choose>
      <xsl:when test="starts-with($href, 'http://') or starts-with($href, 'https://')">
        <a href="{$href}"><xsl:value-of select="normalize-space(concat((@linktitle | @title | @xlink:title)[1], ' ', .))"/><xsl:if test="normalize-space(concat(@linktitle, @title, @xlink:title, .)) = ''"><xsl:value-of select="$href"/></xsl:if></a>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(concat($href, ' ', .))"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="e:unitdatestructured | e3:unitdatestructured" mode="inline-value">
    <xsl:choose>
      <xsl:when test="@altrender"><xsl:value-of select="@altrender"/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select=".//*[local-name() = 'datesingle' or local-name() = 'fromdate' or local-name() = 'todate']">
          <xsl:if test="position() &gt; 1"><xsl:choose><xsl:when test="local-name() = 'todate'"> – </xsl:when><xsl:otherwise>, </xsl:otherwise></xsl:choose></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@unitdatetype = 'bulk'"> (bulk)</xsl:if>
  </xsl:template>
  <xsl:template match="e:unitdate | e3:unitdate" mode="inline-value">
    <xsl:apply-templates/><xsl:if test="@type = 'bulk' or @unitdatetype = 'bulk'"> (bulk)</xsl:if>
  </xsl:template>

  <!-- description sections: a heading, then the blocks -->
  <xsl:template match="*" mode="section">
    <xsl:param name="level"/>
    <section class="{local-name()}">
      <xsl:element name="h{$level}">
        <xsl:choose>
          <xsl:when test="*[local-name() = 'head']"><xsl:value-of select="normalize-space(*[local-name() = 'head'][1])"/></xsl:when>
          <xsl:when test="contains($labels, concat('|', local-name(), ':'))">
            <xsl:value-of select="substring-before(substring-after($labels, concat('|', local-name(), ':')), '|')"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
        </xsl:choose>
      </xsl:element>
      <xsl:apply-templates select="node()[not(local-name() = 'head')]"/>
    </section>
  </xsl:template>
  <xsl:template match="e:controlaccess | e3:controlaccess" mode="section">
    <xsl:param name="level"/>
    <section class="controlaccess">
      <xsl:element name="h{$level}">
        <xsl:choose>
          <xsl:when test="*[local-name() = 'head']"><xsl:value-of select="normalize-space(*[local-name() = 'head'][1])"/></xsl:when>
          <xsl:otherwise>Subjects and index terms</xsl:otherwise>
        </xsl:choose>
      </xsl:element>
      <ul>
        <xsl:apply-templates select="*" mode="terms"/>
      </ul>
    </section>
  </xsl:template>

  <!-- index terms: the names and subjects of a controlaccess, nested ones
       included (walked down, never tested against all their ancestors) -->
  <xsl:template match="*" mode="terms"/>
  <xsl:template match="e:controlaccess | e3:controlaccess" mode="terms">
    <xsl:apply-templates select="*" mode="terms"/>
  </xsl:template>
  <xsl:template match="e:persname | e:corpname | e:famname | e:name | e:subject | e:geogname | e:genreform | e:function | e:occupation | e:title | e3:persname | e3:corpname | e3:famname | e3:name | e3:subject | e3:geogname | e3:genreform | e3:function | e3:occupation | e3:title" mode="terms">
    <!-- the kind of entry in words, not the element's name -->
    <xsl:variable name="k" select="local-name()"/>
    <li><xsl:value-of select="normalize-space(.)"/><xsl:text> </xsl:text><span class="level">(<xsl:choose>
      <xsl:when test="$k = 'persname'">person</xsl:when>
      <xsl:when test="$k = 'corpname'">organization</xsl:when>
      <xsl:when test="$k = 'famname'">family</xsl:when>
      <xsl:when test="$k = 'geogname'">place</xsl:when>
      <xsl:when test="$k = 'genreform'">genre or form</xsl:when>
      <xsl:otherwise><xsl:value-of select="$k"/></xsl:otherwise>
    </xsl:choose>)</span></li>
  </xsl:template>

  <!-- the component tree -->
  <xsl:template match="*" mode="c"/>
  <xsl:template match="e:c | e3:c | e:c01 | e3:c01 | e:c02 | e3:c02 | e:c03 | e3:c03 | e:c04 | e3:c04 | e:c05 | e3:c05 | e:c06 | e3:c06 | e:c07 | e3:c07 | e:c08 | e3:c08 | e:c09 | e3:c09 | e:c10 | e3:c10 | e:c11 | e3:c11 | e:c12 | e3:c12" mode="c">
    <xsl:variable name="cd" select="*[local-name() = 'did']"/>
    <li>
      <div class="c">
        <xsl:if test="@id"><xsl:attribute name="id"><xsl:value-of select="@id"/></xsl:attribute></xsl:if>
        <xsl:if test="@level"><span class="level"><xsl:value-of select="@level"/></span><xsl:text> </xsl:text></xsl:if>
        <xsl:if test="$cd/*[local-name() = 'container']">
          <span class="containers">
            <xsl:for-each select="$cd/*[local-name() = 'container']">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="normalize-space(concat(@type, @localtype, ' ', .))"/>
            </xsl:for-each>
            <xsl:text>: </xsl:text>
          </span>
        </xsl:if>
        <xsl:if test="$cd/*[local-name() = 'unitid']"><span class="unitid"><xsl:value-of select="normalize-space($cd/*[local-name() = 'unitid'][1])"/>. </span></xsl:if>
        <strong class="title"><xsl:apply-templates select="$cd/*[local-name() = 'unittitle']/node()"/></strong>
        <xsl:for-each select="$cd/*[local-name() = 'unitdate' or local-name() = 'unitdatestructured']">
          <xsl:text>, </xsl:text>
          <span class="date"><xsl:apply-templates select="." mode="inline-value"/></span>
        </xsl:for-each>
        <xsl:for-each select="$cd/*[not(local-name() = 'container' or local-name() = 'unitid' or local-name() = 'unittitle' or local-name() = 'unitdate' or local-name() = 'unitdatestructured' or local-name() = 'head')]">
          <div class="{local-name()}"><xsl:apply-templates select="." mode="inline-value"/></div>
        </xsl:for-each>
        <xsl:for-each select="*[not(local-name() = 'did' or local-name() = 'head' or self::*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0)])]">
          <div class="note {local-name()}"><xsl:apply-templates select="node()[not(local-name() = 'head')]"/></div>
        </xsl:for-each>
      </div>
      <xsl:variable name="kids" select="*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0)]"/>
      <xsl:if test="$kids">
        <ul><xsl:apply-templates select="$kids" mode="c"/></ul>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- blocks and phrases -->
  <xsl:template match="e:p | e3:p"><p><xsl:apply-templates/></p></xsl:template>
  <!-- HTML's p cannot hold lists, tables or quotations: such a p becomes a div. -->
  <xsl:template match="e:p[.//*[local-name() = 'list' or local-name() = 'chronlist' or local-name() = 'table' or local-name() = 'blockquote' or local-name() = 'address' or local-name() = 'footnote' or local-name() = 'p']] | e3:p[.//*[local-name() = 'list' or local-name() = 'chronlist' or local-name() = 'table' or local-name() = 'blockquote' or local-name() = 'address' or local-name() = 'footnote' or local-name() = 'p']]" priority="2">
    <div class="p"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="e:list | e3:list"><ul><xsl:apply-templates select="*[local-name() = 'item' or local-name() = 'defitem']"/></ul></xsl:template>
  <xsl:template match="e:item | e3:item"><li><xsl:apply-templates/></li></xsl:template>
  <xsl:template match="e:defitem | e3:defitem"><li><b><xsl:value-of select="*[local-name() = 'label']"/></b>: <xsl:apply-templates select="*[local-name() = 'item']/node()"/></li></xsl:template>
  <xsl:template match="e:chronlist | e3:chronlist">
    <table class="chronlist"><xsl:apply-templates select="*[local-name() = 'chronitem']"/></table>
  </xsl:template>
  <xsl:template match="e:chronitem | e3:chronitem">
    <tr><td><xsl:value-of select="normalize-space(*[1])"/></td><td><xsl:for-each select="*[position() &gt; 1]"><xsl:apply-templates/><xsl:text> </xsl:text></xsl:for-each></td></tr>
  </xsl:template>
  <xsl:template match="e:table | e3:table">
    <table><xsl:for-each select=".//*[local-name() = 'row']"><tr><xsl:for-each select="*[local-name() = 'entry']"><td><xsl:apply-templates/></td></xsl:for-each></tr></xsl:for-each></table>
  </xsl:template>
  <xsl:template match="e:blockquote | e3:blockquote"><blockquote><xsl:apply-templates/></blockquote></xsl:template>
  <xsl:template match="e:lb | e3:lb"><br/></xsl:template>
  <xsl:template match="e:emph | e3:emph">
    <xsl:choose>
      <xsl:when test="contains(@render, 'bold')"><b><xsl:apply-templates/></b></xsl:when>
      <xsl:otherwise><i><xsl:apply-templates/></i></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="e:title | e3:title"><cite><xsl:apply-templates/></cite></xsl:template>
  <xsl:template match="e:extref | e3:extref | e:ref | e3:ref | e:extptr | e3:extptr | e:ptr | e3:ptr | e:archref | e3:archref">
    <xsl:variable name="href" select="(@href | @xlink:href)[1]"/>
    <xsl:choose>
      <xsl:when test="starts-with($href, 'http://') or starts-with($href, 'https://')">
        <a href="{$href}"><xsl:apply-templates/><xsl:if test="normalize-space(.) = ''"><xsl:value-of select="$href"/></xsl:if></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="e:head | e3:head"/>
  <xsl:template match="e:address | e3:address"><p><xsl:for-each select="*"><xsl:value-of select="normalize-space(.)"/><br/></xsl:for-each></p></xsl:template>
  <xsl:template match="e:footnote | e3:footnote"> <small>[<xsl:apply-templates/>]</small></xsl:template>
  <xsl:template match="e:part | e3:part"><xsl:if test="preceding-sibling::*[local-name() = 'part']"><xsl:text> </xsl:text></xsl:if><xsl:apply-templates/></xsl:template>
  <!-- a nested description element (inside another) as a subsection -->
  <xsl:template match="e:bioghist | e3:bioghist | e:scopecontent | e3:scopecontent | e:accessrestrict | e3:accessrestrict | e:userestrict | e3:userestrict | e:odd | e3:odd | e:arrangement | e3:arrangement | e:note | e3:note | e:descriptivenote | e3:descriptivenote | e:legalstatus | e3:legalstatus | e:controlaccess | e3:controlaccess | e:relatedmaterial | e3:relatedmaterial | e:separatedmaterial | e3:separatedmaterial | e:bibliography | e3:bibliography | e:processinfo | e3:processinfo | e:custodhist | e3:custodhist | e:acqinfo | e3:acqinfo">
    <xsl:apply-templates select="." mode="section"><xsl:with-param name="level" select="4"/></xsl:apply-templates>
  </xsl:template>
  <xsl:template match="e:descgrp | e3:descgrp">
    <xsl:apply-templates select="*[not(local-name() = 'head')]" mode="section"><xsl:with-param name="level" select="4"/></xsl:apply-templates>
  </xsl:template>

</xsl:stylesheet>
