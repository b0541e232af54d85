<?xml version="1.0" encoding="UTF-8"?>
<!-- ead2html.xsl: an EAD 2002 or EAD3 finding aid to one HTML page (styled
     by teiconv.css): the collection overview, its notes, a table of
     contents of the series, then each series with a table of its
     components (a column per container, nesting shown by indentation). -->
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

  <xsl:key name="id" match="*[@id]" use="@id"/>
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
  <xsl:variable name="labels" select="'|bioghist:Biographical / historical note|scopecontent:Scope and content|arrangement:Arrangement|accessrestrict:Conditions governing access|userestrict:Conditions governing use|custodhist:Custodial history|acqinfo:Acquisition|processinfo:Processing information|relatedmaterial:Related material|separatedmaterial:Separated material|otherfindaid:Other finding aids|prefercite:Preferred citation|odd:Other descriptive information|bibliography:Bibliography|controlaccess:Subjects and index terms|altformavail:Alternative forms available|originalsloc:Location of originals|appraisal:Appraisal|accruals:Accruals|phystech:Physical characteristics and technical requirements|fileplan:File plan|legalstatus:Legal status|index:Index|relations:Relations|descriptivenote:Note|note:Note|daodesc:Description|'"/>
  <xsl:variable name="did-labels" select="'|unittitle:Title|unitid:Identifier|unitdate:Dates|unitdatestructured:Dates|origination:Creator|physdesc:Extent|physdescstructured:Extent|physdescset:Extent|repository:Repository|langmaterial:Language|abstract:Abstract|physloc:Location|materialspec:Material|container:Container|note:Note|didnote:Note|dao:Digital object|'"/>

  <!-- components: c, or c01 ... c12 -->
  <xsl:variable name="top" select="$arch/*[local-name() = 'dsc']/*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0)]"/>
  <!-- The dsc is shown series by series (a section and a table of contents
       entry for each top component) when any top component holds others or
       is a series; a flat list of files is one table. -->
  <xsl:variable name="by-series" select="boolean($top[@level = 'series' or @level = 'recordgrp' or @level = 'subgrp' or *[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0)]])"/>
  <xsl:param name="css-href" select="'teiconv.css'"/>
  <!-- The collection's index page, relative to this page; empty: none. -->
  <xsl:param name="index-href" select="''"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="teiconv"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
      </head>
      <body class="finding-aid">
        <header>
          <xsl:if test="$index-href != ''"><p class="up"><a href="{$index-href}">All records of the collection</a></p></xsl:if>
          <p class="publisher">Finding aid</p>
          <h1><xsl:value-of select="$title"/></h1>
        </header>
        <nav aria-label="Sections">
          <ul>
            <li><a href="#overview">Collection overview</a></li>
            <xsl:if test="$arch/*[local-name() = 'dsc']"><li><a href="#dsc">Contents of the collection</a></li></xsl:if>
          </ul>
          <xsl:if test="$by-series">
            <h2 id="toc-h" class="toc-h">Series</h2>
            <ol class="toc" aria-labelledby="toc-h">
              <xsl:for-each select="$top">
                <li><a><xsl:attribute name="href">#<xsl:call-template name="c-anchor"/></xsl:attribute><xsl:call-template name="c-heading-text"/></a></li>
              </xsl:for-each>
            </ol>
          </xsl:if>
        </nav>
        <main>
          <section id="overview" aria-labelledby="overview-h">
            <h2 id="overview-h">Collection overview</h2>
            <xsl:apply-templates select="$did" mode="did"/>
            <xsl:apply-templates select="$arch/*[not(local-name() = 'did' or local-name() = 'dsc')]" mode="section">
              <xsl:with-param name="level" select="3"/>
            </xsl:apply-templates>
          </section>
          <xsl:for-each select="$arch/*[local-name() = 'dsc']">
            <section id="dsc" aria-labelledby="dsc-h">
              <h2 id="dsc-h">Contents of the collection</h2>
              <xsl:apply-templates select="*[local-name() = 'p']"/>
              <xsl:choose>
                <xsl:when test="$by-series">
                  <xsl:apply-templates select="$top" mode="series"/>
                </xsl:when>
                <xsl:when test="$top">
                  <xsl:call-template name="c-table">
                    <xsl:with-param name="rows" select="$top"/>
                    <xsl:with-param name="caption" select="'Contents of the collection'"/>
                  </xsl:call-template>
                </xsl:when>
              </xsl:choose>
            </section>
          </xsl:for-each>
        </main>
        <footer><p>Converted from <xsl:choose><xsl:when test="/e3:ead">EAD3</xsl:when><xsl:otherwise>EAD 2002</xsl:otherwise></xsl:choose> by teiconv.</p></footer>
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
            <xsl:otherwise><xsl:call-template name="label-of"><xsl:with-param name="table" select="$did-labels"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </dt>
        <dd><xsl:apply-templates select="." mode="inline-value"/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <!-- The label of an element from a table ("|name:Label|..."); else its
       name with a capital ("Daodesc"), never a bare element name. -->
  <xsl:template name="label-of">
    <xsl:param name="table" select="$labels"/>
    <xsl:variable name="n" select="local-name()"/>
    <xsl:choose>
      <xsl:when test="contains($table, concat('|', $n, ':'))">
        <xsl:value-of select="substring-before(substring-after($table, concat('|', $n, ':')), '|')"/>
      </xsl:when>
      <xsl:when test="contains($labels, concat('|', $n, ':'))">
        <xsl:value-of select="substring-before(substring-after($labels, concat('|', $n, ':')), '|')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(translate(substring($n, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring($n, 2))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A did element's value: its children, with a space between two
       elements that touch (quantity and unittype: "1.5 linear feet"; two
       persnames of an origination). -->
  <xsl:template match="*" mode="inline-value"><xsl:call-template name="spaced-children"/></xsl:template>
  <xsl:template name="spaced-children">
    <xsl:for-each select="node()">
      <xsl:if test="self::* and preceding-sibling::node()[1][self::*]"><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="e:container | e3:container" mode="inline-value">
    <xsl:value-of select="normalize-space(concat(@type, @localtype, ' ', .))"/>
  </xsl:template>
  <!-- A digital object: its text, else its title, else its address; the
       same words once (the title is often the text again). -->
  <xsl:template match="e:dao | e3:dao" mode="inline-value">
    <xsl:variable name="href" select="(@href | @xlink:href)[1]"/>
    <xsl:variable name="text" select="normalize-space(.)"/>
    <xsl:variable name="t" select="normalize-space((@linktitle | @title | @xlink:title)[1])"/>
    <xsl:variable name="words">
      <xsl:choose>
        <xsl:when test="$text != ''"><xsl:value-of select="$text"/></xsl:when>
        <xsl:when test="$t != ''"><xsl:value-of select="$t"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$href"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <!-- absolute web links, and relative ones (no scheme: the record
           pages beside a collection's finding aid) -->
      <xsl:when test="starts-with($href, 'http://') or starts-with($href, 'https://') or ($href != '' and not(contains(substring-before(concat($href, '/'), '/'), ':')))">
        <a href="{$href}"><xsl:value-of select="$words"/></a>
      </xsl:when>
      <xsl:when test="$href != '' and $words != $href"><xsl:value-of select="concat($words, ' (', $href, ')')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$words"/></xsl:otherwise>
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

  <!-- description sections: a heading, then the blocks. Deeper than h6
       (inside a component's row) the heading is a bold label instead. -->
  <xsl:template name="section-heading">
    <xsl:param name="level"/>
    <xsl:param name="fixed" select="''"/>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="*[local-name() = 'head']"><xsl:value-of select="normalize-space(*[local-name() = 'head'][1])"/></xsl:when>
        <xsl:when test="$fixed != ''"><xsl:value-of select="$fixed"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="label-of"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$level &lt;= 6"><xsl:element name="h{$level}"><xsl:value-of select="$text"/></xsl:element></xsl:when>
      <xsl:otherwise><p class="label"><xsl:value-of select="$text"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="*" mode="section">
    <xsl:param name="level"/>
    <xsl:element name="{substring('sectiondiv', 1 + 7 * ($level &gt; 6), 7 - 4 * ($level &gt; 6))}">
      <xsl:attribute name="class"><xsl:value-of select="local-name()"/></xsl:attribute>
      <xsl:call-template name="section-heading"><xsl:with-param name="level" select="$level"/></xsl:call-template>
      <xsl:apply-templates select="node()[not(local-name() = 'head')]">
        <xsl:with-param name="level" select="$level + 1 + 7 * ($level &gt; 6)"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>
  <!-- a descgrp: its own heading when it has one, else its parts in its place -->
  <xsl:template match="e:descgrp | e3:descgrp" mode="section">
    <xsl:param name="level"/>
    <xsl:choose>
      <xsl:when test="*[local-name() = 'head']">
        <section class="descgrp">
          <xsl:call-template name="section-heading"><xsl:with-param name="level" select="$level"/></xsl:call-template>
          <xsl:apply-templates select="*[not(local-name() = 'head')]" mode="section"><xsl:with-param name="level" select="$level + 1"/></xsl:apply-templates>
        </section>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="*[not(local-name() = 'head')]" mode="section"><xsl:with-param name="level" select="$level"/></xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="e:controlaccess | e3:controlaccess" mode="section">
    <xsl:param name="level"/>
    <xsl:element name="{substring('sectiondiv', 1 + 7 * ($level &gt; 6), 7 - 4 * ($level &gt; 6))}">
      <xsl:attribute name="class">controlaccess</xsl:attribute>
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="$level"/>
        <xsl:with-param name="fixed" select="'Subjects and index terms'"/>
      </xsl:call-template>
      <ul>
        <xsl:apply-templates select="*" mode="terms"/>
      </ul>
    </xsl:element>
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

  <!-- The component tree. A series (a top component) is a section: its
       heading (in the table of contents too), its description, then a
       table of everything below it. Table rows: one column per container
       (Box, Folder ...), the title with its description, the dates;
       nesting shown by indentation (class d1 ... d12). -->
  <xsl:template name="c-heading-text">
    <xsl:variable name="cd" select="*[local-name() = 'did']"/>
    <xsl:variable name="id" select="normalize-space($cd/*[local-name() = 'unitid'][1])"/>
    <xsl:variable name="t" select="normalize-space($cd/*[local-name() = 'unittitle'][1])"/>
    <xsl:if test="$id != ''"><xsl:value-of select="$id"/><xsl:if test="$t != ''">. </xsl:if></xsl:if>
    <xsl:value-of select="$t"/>
    <xsl:if test="$id = '' and $t = ''">
      <xsl:choose>
        <xsl:when test="$cd/*[local-name() = 'unitdate' or local-name() = 'unitdatestructured']"><xsl:apply-templates select="($cd/*[local-name() = 'unitdate' or local-name() = 'unitdatestructured'])[1]" mode="inline-value"/></xsl:when>
        <xsl:otherwise>Untitled</xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- a series' anchor: its own id when it is the first with it, else a
       generated one -->
  <xsl:template name="c-anchor">
    <xsl:choose>
      <xsl:when test="@id and generate-id(key('id', @id)[1]) = generate-id()"><xsl:value-of select="@id"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('c-', generate-id())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="series">
    <xsl:variable name="cd" select="*[local-name() = 'did']"/>
    <xsl:variable name="kids" select="*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0)]"/>
    <section class="c series">
      <xsl:attribute name="id"><xsl:call-template name="c-anchor"/></xsl:attribute>
      <h3>
        <xsl:call-template name="c-heading-text"/>
        <xsl:for-each select="$cd/*[local-name() = 'unitdate' or local-name() = 'unitdatestructured'][normalize-space($cd/*[local-name() = 'unittitle']) != '' or position() &gt; 1]">
          <xsl:text>, </xsl:text><span class="date"><xsl:apply-templates select="." mode="inline-value"/></span>
        </xsl:for-each>
      </h3>
      <xsl:if test="$cd/*[local-name() = 'container']">
        <p class="containers">
          <xsl:for-each select="$cd/*[local-name() = 'container']">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:call-template name="container-text"/>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:variable name="more" select="$cd/*[not(local-name() = 'container' or local-name() = 'unitid' or local-name() = 'unittitle' or local-name() = 'unitdate' or local-name() = 'unitdatestructured' or local-name() = 'head')]"/>
      <xsl:if test="$more">
        <dl class="did">
          <xsl:for-each select="$more">
            <dt><xsl:call-template name="label-of"><xsl:with-param name="table" select="$did-labels"/></xsl:call-template></dt>
            <dd><xsl:apply-templates select="." mode="inline-value"/></dd>
          </xsl:for-each>
        </dl>
      </xsl:if>
      <xsl:apply-templates select="*[not(local-name() = 'did' or local-name() = 'head' or self::*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0)])]" mode="section">
        <xsl:with-param name="level" select="4"/>
      </xsl:apply-templates>
      <xsl:if test="$kids">
        <xsl:call-template name="c-table">
          <xsl:with-param name="rows" select="$kids"/>
          <xsl:with-param name="caption"><xsl:text>Contents of </xsl:text><xsl:call-template name="c-heading-text"/></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- "Box 3" (the type with a capital, then the number) -->
  <xsl:template name="container-text">
    <xsl:variable name="type" select="normalize-space(concat(@type, @localtype))"/>
    <xsl:value-of select="normalize-space(concat(translate(substring($type, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring($type, 2), ' ', .))"/>
  </xsl:template>

  <!-- One table for rows (components) and all below them: the container
       columns are those of the component with the most containers. -->
  <xsl:template name="c-table">
    <xsl:param name="rows"/>
    <xsl:param name="caption"/>
    <xsl:variable name="all" select="$rows | $rows//*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0)]"/>
    <xsl:variable name="widest-id">
      <xsl:for-each select="$all/*[local-name() = 'did'][*[local-name() = 'container']]">
        <xsl:sort select="count(*[local-name() = 'container'])" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="generate-id()"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="widest" select="$all/*[local-name() = 'did'][generate-id() = $widest-id]/*[local-name() = 'container']"/>
    <xsl:variable name="types">
      <xsl:text>|</xsl:text>
      <xsl:for-each select="$widest"><xsl:value-of select="translate(normalize-space(concat(@type, @localtype)), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ|', 'abcdefghijklmnopqrstuvwxyz ')"/>|</xsl:for-each>
    </xsl:variable>
    <xsl:variable name="dates" select="boolean($all/*[local-name() = 'did']/*[local-name() = 'unitdate' or local-name() = 'unitdatestructured'])"/>
    <table class="dsc">
      <caption class="visually-hidden"><xsl:value-of select="$caption"/></caption>
      <thead>
        <tr>
          <xsl:for-each select="$widest">
            <xsl:variable name="type" select="normalize-space(concat(@type, @localtype))"/>
            <th scope="col" class="container">
              <xsl:choose>
                <xsl:when test="$type != ''"><xsl:value-of select="concat(translate(substring($type, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring($type, 2))"/></xsl:when>
                <xsl:otherwise>Container</xsl:otherwise>
              </xsl:choose>
            </th>
          </xsl:for-each>
          <th scope="col">Title</th>
          <xsl:if test="$dates"><th scope="col">Dates</th></xsl:if>
        </tr>
      </thead>
      <tbody>
        <xsl:apply-templates select="$rows" mode="row">
          <xsl:with-param name="depth" select="1"/>
          <xsl:with-param name="ncols" select="count($widest)"/>
          <xsl:with-param name="types" select="string($types)"/>
          <xsl:with-param name="dates" select="$dates"/>
        </xsl:apply-templates>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="*" mode="row">
    <xsl:param name="depth"/>
    <xsl:param name="ncols"/>
    <xsl:param name="types"/>
    <xsl:param name="dates"/>
    <xsl:variable name="cd" select="*[local-name() = 'did']"/>
    <xsl:variable name="kids" select="*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0)]"/>
    <xsl:variable name="cs" select="$cd/*[local-name() = 'container']"/>
    <tr class="c d{$depth}{substring(' parent', 1, 7 * boolean($kids))}">
      <!-- the source's id, once: a finding aid that repeats one keeps the first -->
      <xsl:if test="@id and generate-id(key('id', @id)[1]) = generate-id()"><xsl:attribute name="id"><xsl:value-of select="@id"/></xsl:attribute></xsl:if>
      <!-- one cell per column; a container whose type is not the column's
           says its type; containers beyond the columns join the last -->
      <xsl:for-each select="$cs[position() &lt;= $ncols]">
        <xsl:variable name="p" select="position()"/>
        <xsl:variable name="type" select="translate(normalize-space(concat(@type, @localtype)), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ|', 'abcdefghijklmnopqrstuvwxyz ')"/>
        <xsl:variable name="col">
          <xsl:call-template name="nth-field"><xsl:with-param name="s" select="substring($types, 2)"/><xsl:with-param name="n" select="$p"/></xsl:call-template>
        </xsl:variable>
        <td class="container">
          <xsl:choose>
            <xsl:when test="$type = $col"><xsl:value-of select="normalize-space(.)"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="container-text"/></xsl:otherwise>
          </xsl:choose>
        </td>
      </xsl:for-each>
      <xsl:if test="count($cs) &lt; $ncols">
        <xsl:call-template name="empty-cells"><xsl:with-param name="n" select="$ncols - count($cs)"/></xsl:call-template>
      </xsl:if>
      <td class="title">
        <xsl:if test="$cd/*[local-name() = 'unitid']"><span class="unitid"><xsl:value-of select="normalize-space($cd/*[local-name() = 'unitid'][1])"/></span><xsl:text>. </xsl:text></xsl:if>
        <span class="title"><xsl:apply-templates select="$cd/*[local-name() = 'unittitle'][1]/node()"/></span>
        <xsl:if test="not($dates) or not($cd/*[local-name() = 'unittitle'])">
          <xsl:for-each select="$cd/*[local-name() = 'unitdate' or local-name() = 'unitdatestructured']">
            <xsl:if test="$cd/*[local-name() = 'unittitle'] or position() &gt; 1">, </xsl:if>
            <span class="date"><xsl:apply-templates select="." mode="inline-value"/></span>
          </xsl:for-each>
        </xsl:if>
        <xsl:for-each select="$cs[position() &gt; $ncols]">
          <xsl:text>; </xsl:text><xsl:call-template name="container-text"/>
        </xsl:for-each>
        <xsl:for-each select="$cd/*[not(local-name() = 'container' or local-name() = 'unitid' or local-name() = 'unittitle' or local-name() = 'unitdate' or local-name() = 'unitdatestructured' or local-name() = 'head')]">
          <div class="{local-name()}"><xsl:apply-templates select="." mode="inline-value"/></div>
        </xsl:for-each>
        <xsl:apply-templates select="*[not(local-name() = 'did' or local-name() = 'head' or self::*[local-name() = 'c' or (string-length(local-name()) = 3 and starts-with(local-name(), 'c') and number(substring(local-name(), 2)) &gt; 0)])]" mode="section">
          <xsl:with-param name="level" select="7"/>
        </xsl:apply-templates>
      </td>
      <xsl:if test="$dates">
        <td class="date">
          <xsl:if test="$cd/*[local-name() = 'unittitle']">
            <xsl:for-each select="$cd/*[local-name() = 'unitdate' or local-name() = 'unitdatestructured']">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:apply-templates select="." mode="inline-value"/>
            </xsl:for-each>
          </xsl:if>
        </td>
      </xsl:if>
    </tr>
    <xsl:apply-templates select="$kids" mode="row">
      <xsl:with-param name="depth" select="$depth + 1"/>
      <xsl:with-param name="ncols" select="$ncols"/>
      <xsl:with-param name="types" select="$types"/>
      <xsl:with-param name="dates" select="$dates"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- field n of "a|b|c|" -->
  <xsl:template name="nth-field">
    <xsl:param name="s"/>
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n &lt;= 1"><xsl:value-of select="substring-before($s, '|')"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="nth-field"><xsl:with-param name="s" select="substring-after($s, '|')"/><xsl:with-param name="n" select="$n - 1"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="empty-cells">
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0">
      <td class="container"></td>
      <xsl:call-template name="empty-cells"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- blocks and phrases -->
  <xsl:template match="e:p | e3:p"><p><xsl:apply-templates/></p></xsl:template>
  <!-- HTML's p cannot hold lists, tables or quotations: such a p becomes a div. -->
  <xsl:template match="e:p[.//*[local-name() = 'list' or local-name() = 'chronlist' or local-name() = 'table' or local-name() = 'blockquote' or local-name() = 'address' or local-name() = 'footnote' or local-name() = 'p']] | e3:p[.//*[local-name() = 'list' or local-name() = 'chronlist' or local-name() = 'table' or local-name() = 'blockquote' or local-name() = 'address' or local-name() = 'footnote' or local-name() = 'p']]" priority="2">
    <div class="p"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="e:list | e3:list"><ul><xsl:apply-templates select="*[local-name() = 'item' or local-name() = 'defitem']"/></ul></xsl:template>
  <!-- an empty item is left out (libxml2 writes an empty li without its end tag) -->
  <xsl:template match="e:item | e3:item"><xsl:if test="normalize-space() != '' or *"><li><xsl:apply-templates/></li></xsl:if></xsl:template>
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
  <!-- a nested description element (inside another) as a subsection one
       level down; reached without a level (inside a paragraph or a did
       value) it has a bold label, not a heading, so no level is skipped -->
  <xsl:template match="e:bioghist | e3:bioghist | e:scopecontent | e3:scopecontent | e:accessrestrict | e3:accessrestrict | e:userestrict | e3:userestrict | e:odd | e3:odd | e:arrangement | e3:arrangement | e:note | e3:note | e:descriptivenote | e3:descriptivenote | e:legalstatus | e3:legalstatus | e:controlaccess | e3:controlaccess | e:relatedmaterial | e3:relatedmaterial | e:separatedmaterial | e3:separatedmaterial | e:bibliography | e3:bibliography | e:processinfo | e3:processinfo | e:custodhist | e3:custodhist | e:acqinfo | e3:acqinfo">
    <xsl:param name="level" select="7"/>
    <xsl:apply-templates select="." mode="section"><xsl:with-param name="level" select="$level"/></xsl:apply-templates>
  </xsl:template>
  <xsl:template match="e:descgrp | e3:descgrp">
    <xsl:param name="level" select="7"/>
    <xsl:apply-templates select="." mode="section"><xsl:with-param name="level" select="$level"/></xsl:apply-templates>
  </xsl:template>

</xsl:stylesheet>
