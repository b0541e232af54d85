<?xml version="1.0" encoding="UTF-8"?>
<!-- ead-fit.xsl: the loss report and the last pass of an EAD migration: the
     result is checked against the table of what the target allows, and what does not fit is repaired or reported. -->
<!-- Owner: EAD migration (issue 13). Included by ead2ead3.xsl and ead3to2002.xsl,
     each naming its table in $fit-table-file (ead3-allowed.xsl, ead2002-allowed.xsl, generated from the
     official schemas). Mode "fit": an element its parent may not hold is unwrapped
     (its text and allowed children stay), an attribute the element may not carry
     is dropped, an enumerated value outside the list is dropped, an ID/IDREF that
     is not an NCName is rewritten; each as a "loss:" line. Mode "fit-refs" then
     drops IDREFs that point at no ID of the result. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:tc="urn:x-teiconv:internal"
    extension-element-prefixes="tc"
    exclude-result-prefixes="exsl xlink tc">

  <!-- The table (tc:allowed, a top-level element of the document that
       $fit-table-file names; the including stylesheet sets it and $fit-ns and
       does not include the table): teiconv looks its rows up in C (tc:fit-row,
       tc:fit-attrs: src/lib/xslt/fit_table.c, the document parsed once a
       process); other processors read it with document() and these keys. -->
  <xsl:key name="fit-row" match="tc:e" use="@k"/>
  <xsl:key name="fit-attrs" match="tc:attrs" use="@n"/>
  <xsl:key name="fit-id" match="*[@id]" use="@id"/>
  <xsl:variable name="fit-tc" select="function-available('tc:fit-row')"/>
  <xsl:variable name="fit-copy-tc" select="function-available('tc:fit-clean')"/>

  <!-- ===== loss report ================================================ -->

  <!-- Where a node is, as a short path with positions (/ead/archdesc/dsc/c01[3]).
       teiconv computes it in C (tc:where, src/lib/xslt/loss_path.c: counting
       the siblings of every ancestor in XPath was the dearest part of a
       migration with many loss lines); other processors run the loop. -->
  <xsl:variable name="fit-where-tc" select="function-available('tc:where')"/>
  <xsl:template name="where">
    <xsl:choose>
      <xsl:when test="$fit-where-tc"><xsl:value-of select="tc:where()"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="where-portable"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="where-portable">
    <xsl:for-each select="ancestor-or-self::*">
      <xsl:text>/</xsl:text>
      <xsl:value-of select="local-name()"/>
      <xsl:variable name="n" select="local-name()"/>
      <xsl:if test="count(../*[local-name() = $n]) &gt; 1">
        <xsl:value-of select="concat('[', count(preceding-sibling::*[local-name() = $n]) + 1, ']')"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="loss">
    <xsl:param name="what"/>
    <xsl:message>
      <xsl:text>loss: </xsl:text>
      <xsl:call-template name="where"/>
      <xsl:text>: </xsl:text>
      <xsl:value-of select="$what"/>
    </xsl:message>
  </xsl:template>

  <!-- ===== names ========================================================= -->

  <xsl:variable name="fit-name-chars" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-'"/>
  <xsl:variable name="fit-underscores" select="'________________________________________________________________'"/>

  <!-- value as an NCName: characters outside [A-Za-z0-9._-] become '_', and
       a value that does not start with a letter or '_' gets 'id_' before it. -->
  <xsl:template name="ncname">
    <xsl:param name="value"/>
    <xsl:variable name="bad" select="translate($value, $fit-name-chars, '')"/>
    <xsl:variable name="clean" select="translate($value, $bad, substring($fit-underscores, 1, string-length($bad)))"/>
    <xsl:choose>
      <xsl:when test="$clean = ''">id_</xsl:when>
      <xsl:when test="contains('0123456789.-', substring($clean, 1, 1))"><xsl:value-of select="concat('id_', $clean)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$clean"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Each space-separated token of value as an NCName (IDREFS). -->
  <xsl:template name="ncnames">
    <xsl:param name="value"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:if test="$v != ''">
      <xsl:variable name="first" select="substring-before(concat($v, ' '), ' ')"/>
      <xsl:call-template name="ncname"><xsl:with-param name="value" select="$first"/></xsl:call-template>
      <xsl:if test="contains($v, ' ')">
        <xsl:text> </xsl:text>
        <xsl:call-template name="ncnames"><xsl:with-param name="value" select="substring-after($v, ' ')"/></xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- '1' when the element of table row k ("PARENT/NAME") may hold one
       named child, or when the table has no such row (a context the mapping
       renames): for a mapping that chooses between two names (extref or
       ref). -->
  <xsl:template name="fit-may-hold">
    <xsl:param name="k"/>
    <xsl:param name="child"/>
    <xsl:choose>
      <xsl:when test="$fit-tc">
        <xsl:variable name="row" select="tc:fit-row($k)"/>
        <xsl:if test="not($row) or contains($row/@c, concat(' ', $child, ' '))">1</xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="document($fit-table-file)/*/tc:allowed">
          <xsl:variable name="row" select="key('fit-row', $k)"/>
          <xsl:if test="not($row) or contains($row/@c, concat(' ', $child, ' '))">1</xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The children (@c) and text flag (@t) of table row k as "@c|@t"; ''
       when the table has no row k. -->
  <xsl:template name="fit-row-string">
    <xsl:param name="k"/>
    <xsl:choose>
      <xsl:when test="$fit-tc"><xsl:for-each select="tc:fit-row($k)"><xsl:value-of select="concat(@c, '|', @t)"/></xsl:for-each></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="document($fit-table-file)/*/tc:allowed">
          <xsl:for-each select="key('fit-row', $k)"><xsl:value-of select="concat(@c, '|', @t)"/></xsl:for-each>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The text of the context element with a space between two of its text
       nodes only where two words would otherwise run together
       ("English<x>Smith</x>" gives "English Smith", "<x>English</x>." stays
       "English."): the words of markup the target cannot hold. -->
  <xsl:variable name="fit-no-space-after" select="' &#9;&#10;&#13;([{&quot;'"/>
  <xsl:variable name="fit-no-space-before" select="' &#9;&#10;&#13;.,;:!?)]}'"/>
  <!-- The rule itself: a space between the text before and the text after
       when the one ends and the other starts with a word character (none
       when either is empty). fit-words and the unwrapping of fit-children
       both use it. -->
  <xsl:template name="fit-space">
    <xsl:param name="before"/>
    <xsl:param name="after"/>
    <xsl:if test="not(contains($fit-no-space-after, substring($before, string-length($before)))) and not(contains($fit-no-space-before, substring($after, 1, 1)))">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>
  <xsl:template name="fit-words">
    <xsl:variable name="t">
      <xsl:for-each select=".//text()">
        <xsl:if test="position() &gt; 1">
          <xsl:call-template name="fit-space">
            <xsl:with-param name="before" select="string(preceding::text()[1])"/>
            <xsl:with-param name="after" select="string(.)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:value-of select="."/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="normalize-space($t)"/>
  </xsl:template>

  <!-- '1' when the context element of the input, once mapped, fits whole in
       the target element of row key pk ("did/unittitle"): its target name
       (mode fit-target-name, which each migration defines: the name, "-"
       when the mapping drops and reports it, a "!" after the name when the
       mapping keeps only its words) is a child the row allows, its text is
       allowed, and so, in turn, are its children. Used where a phrase that
       does not fit is better kept as words than unwrapped piecemeal
       (unittitle, unitid). -->
  <xsl:template name="fit-phrase-fits">
    <xsl:param name="pk"/>
    <xsl:variable name="m"><xsl:apply-templates select="." mode="fit-target-name"/></xsl:variable>
    <xsl:variable name="name" select="translate($m, '!', '')"/>
    <xsl:variable name="prow"><xsl:call-template name="fit-row-string"><xsl:with-param name="k" select="$pk"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$m = '-'">1</xsl:when>
      <xsl:when test="$name = '' or not(contains(substring-before($prow, '|'), concat(' ', $name, ' ')))"/>
      <xsl:when test="contains($m, '!')">1</xsl:when>
      <xsl:otherwise>
        <xsl:variable name="k" select="concat(substring-after($pk, '/'), '/', $name)"/>
        <xsl:variable name="row"><xsl:call-template name="fit-row-string"><xsl:with-param name="k" select="$k"/></xsl:call-template></xsl:variable>
        <xsl:variable name="bad">
          <xsl:if test="text()[normalize-space() != ''] and substring-after($row, '|') != '1'">x</xsl:if>
          <xsl:for-each select="*">
            <xsl:variable name="ok"><xsl:call-template name="fit-phrase-fits"><xsl:with-param name="pk" select="$k"/></xsl:call-template></xsl:variable>
            <xsl:if test="$ok != '1'">x</xsl:if>
          </xsl:for-each>
        </xsl:variable>
        <xsl:if test="$bad = ''">1</xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The names of the children of the context that do not fit whole in
       the target element of row key pk, each followed by a space. -->
  <xsl:template name="fit-misfits">
    <xsl:param name="pk"/>
    <xsl:for-each select="*">
      <xsl:variable name="ok"><xsl:call-template name="fit-phrase-fits"><xsl:with-param name="pk" select="$pk"/></xsl:call-template></xsl:variable>
      <xsl:if test="$ok != '1'"><xsl:value-of select="concat(local-name(), ' ')"/></xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- The loss line of a phrase element whose misfits (fit-misfits) were kept as words. -->
  <xsl:template name="fit-flattened-loss">
    <xsl:param name="misfits"/>
    <xsl:if test="normalize-space($misfits) != ''">
      <xsl:call-template name="loss">
        <xsl:with-param name="what" select="concat('element ', local-name(), ': ', normalize-space($misfits), ' kept as words (the target ', local-name(), ' holds only simple phrases here)')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ===== the fit pass ================================================== -->

  <!-- The name of an attribute as the table writes it. -->
  <xsl:template name="fit-attr-name">
    <xsl:choose>
      <xsl:when test="namespace-uri() = ''"><xsl:value-of select="local-name()"/></xsl:when>
      <xsl:when test="namespace-uri() = 'http://www.w3.org/1999/xlink'"><xsl:value-of select="concat('xlink:', local-name())"/></xsl:when>
      <xsl:when test="namespace-uri() = 'http://www.w3.org/XML/1998/namespace'"><xsl:value-of select="concat('xml:', local-name())"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('{', namespace-uri(), '}', local-name())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/" mode="fit">
    <xsl:apply-templates select="*" mode="fit"><xsl:with-param name="parent" select="''"/></xsl:apply-templates>
  </xsl:template>

  <xsl:template match="*" mode="fit">
    <xsl:param name="parent"/>
    <xsl:variable name="me" select="."/>
    <xsl:variable name="k" select="concat($parent, '/', local-name())"/>
    <xsl:choose>
      <!-- teiconv copies in C a subtree that already fits whole (the
           templates below would change nothing in it: fit_copy.c) -->
      <xsl:when test="$fit-copy-tc and tc:fit-clean($k)"><tc:fit-copy k="{$k}"><xsl:fallback/></tc:fit-copy></xsl:when>
      <xsl:when test="$fit-tc">
        <xsl:variable name="row" select="tc:fit-row($k)"/>
        <xsl:call-template name="fit-element">
          <xsl:with-param name="node" select="$me"/>
          <xsl:with-param name="row" select="$row"/>
          <xsl:with-param name="attrs" select="$row/tc:a | tc:fit-attrs(string($row/@a))/tc:a"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="document($fit-table-file)/*/tc:allowed">
          <xsl:variable name="row" select="key('fit-row', $k)"/>
          <xsl:call-template name="fit-element">
            <xsl:with-param name="node" select="$me"/>
            <xsl:with-param name="row" select="$row"/>
            <xsl:with-param name="attrs" select="$row/tc:a | key('fit-attrs', $row/@a)/tc:a"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="fit-element">
    <xsl:param name="node"/>
    <xsl:param name="row"/>
    <xsl:param name="attrs"/>
    <xsl:for-each select="$node">
      <xsl:copy>
        <xsl:for-each select="@*">
          <xsl:variable name="an"><xsl:call-template name="fit-attr-name"/></xsl:variable>
          <xsl:call-template name="fit-attribute">
            <xsl:with-param name="spec" select="$attrs[@n = $an]"/>
          </xsl:call-template>
        </xsl:for-each>
        <!-- a required attribute of one fixed value (xlink:type="simple") -->
        <xsl:for-each select="$attrs[@f]">
          <xsl:variable name="an" select="@n"/>
          <xsl:if test="not($node/@*[name() = $an])">
            <xsl:choose>
              <xsl:when test="starts-with($an, 'xlink:')">
                <xsl:attribute name="{$an}" namespace="http://www.w3.org/1999/xlink"><xsl:value-of select="@f"/></xsl:attribute>
              </xsl:when>
              <xsl:otherwise><xsl:attribute name="{$an}"><xsl:value-of select="@f"/></xsl:attribute></xsl:otherwise>
            </xsl:choose>
          </xsl:if>
        </xsl:for-each>
        <xsl:choose>
          <!-- an element that must hold a child: left without one (an
               empty note, a did that held only a head), the simplest one,
               empty. Only these children go through a variable: copying
               every element's fitted children into its parent's made the
               pass cost the size of the tree times its depth. -->
          <xsl:when test="$row/@r">
            <xsl:variable name="kids">
              <xsl:call-template name="fit-children">
                <xsl:with-param name="nodes" select="node()"/>
                <xsl:with-param name="row" select="$row"/>
                <xsl:with-param name="name" select="local-name()"/>
              </xsl:call-template>
            </xsl:variable>
            <xsl:copy-of select="$kids"/>
            <xsl:if test="not(exsl:node-set($kids)/*[local-name() != 'head'])">
              <xsl:element name="{$row/@r}" namespace="{$fit-ns}"/>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="fit-children">
              <xsl:with-param name="nodes" select="node()"/>
              <xsl:with-param name="row" select="$row"/>
              <xsl:with-param name="name" select="local-name()"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:copy>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="fit-attribute">
    <xsl:param name="spec"/>
    <xsl:variable name="v" select="normalize-space(.)"/>
    <xsl:choose>
      <xsl:when test="not($spec)">
        <xsl:variable name="att" select="."/><xsl:for-each select="..">
          <xsl:call-template name="loss">
            <xsl:with-param name="what" select="concat('attribute ', name($att), '=&quot;', $att, '&quot; dropped (not allowed here)')"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$spec/@v and not(contains($spec/@v, concat(' ', $v, ' ')))">
        <xsl:variable name="att" select="."/><xsl:for-each select="..">
          <xsl:call-template name="loss">
            <xsl:with-param name="what" select="concat('attribute ', name($att), '=&quot;', $att, '&quot; dropped (value not in the list)')"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$spec/@v"><xsl:attribute name="{name()}" namespace="{namespace-uri()}"><xsl:value-of select="$v"/></xsl:attribute></xsl:when>
      <xsl:when test="$spec/@d = 'ID' or $spec/@d = 'IDREF' or $spec/@d = 'IDREFS'">
        <xsl:variable name="fixed">
          <xsl:call-template name="ncnames"><xsl:with-param name="value" select="$v"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$v = ''"><xsl:call-template name="fit-drop-empty"/></xsl:when>
          <xsl:when test="$spec/@d = 'ID' and contains($v, ' ')">
            <xsl:variable name="one"><xsl:call-template name="ncname"><xsl:with-param name="value" select="$v"/></xsl:call-template></xsl:variable>
            <xsl:call-template name="fit-renamed"><xsl:with-param name="new" select="$one"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$spec/@d = 'IDREF' and contains($v, ' ')">
            <xsl:call-template name="fit-renamed"><xsl:with-param name="new" select="substring-before($fixed, ' ')"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="string($fixed) != $v"><xsl:call-template name="fit-renamed"><xsl:with-param name="new" select="$fixed"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:copy/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$spec/@d = 'NMTOKEN' or $spec/@d = 'NMTOKENS'">
        <xsl:variable name="bad" select="translate($v, concat($fit-name-chars, ' :'), '')"/>
        <xsl:variable name="sp"><xsl:if test="$spec/@d = 'NMTOKEN'"><xsl:text> </xsl:text></xsl:if></xsl:variable>
        <xsl:variable name="fixed" select="translate($v, concat($bad, $sp), substring($fit-underscores, 1, string-length($bad) + string-length($sp)))"/>
        <xsl:choose>
          <xsl:when test="$v = ''"><xsl:call-template name="fit-drop-empty"/></xsl:when>
          <xsl:when test="$fixed != $v"><xsl:call-template name="fit-renamed"><xsl:with-param name="new" select="$fixed"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:copy/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$spec/@d = 'anyURI' and contains(., ' ')">
        <xsl:attribute name="{name()}" namespace="{namespace-uri()}">
          <xsl:call-template name="fit-uri"><xsl:with-param name="s" select="normalize-space(.)"/></xsl:call-template>
        </xsl:attribute>
      </xsl:when>
      <xsl:when test="$spec/@d = 'ENTITY'">
        <xsl:variable name="att" select="."/><xsl:for-each select="..">
          <xsl:call-template name="loss">
            <xsl:with-param name="what" select="concat('attribute ', name($att), '=&quot;', $att, '&quot; dropped (the output declares no entities)')"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:copy/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="fit-uri">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, ' ')"><xsl:value-of select="concat(substring-before($s, ' '), '%20')"/><xsl:call-template name="fit-uri"><xsl:with-param name="s" select="substring-after($s, ' ')"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="fit-drop-empty">
    <xsl:variable name="att" select="."/><xsl:for-each select="..">
      <xsl:call-template name="loss">
        <xsl:with-param name="what" select="concat('empty attribute ', name($att), ' dropped')"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="fit-renamed">
    <xsl:param name="new"/>
    <xsl:attribute name="{name()}" namespace="{namespace-uri()}"><xsl:value-of select="$new"/></xsl:attribute>
    <xsl:variable name="att" select="."/><xsl:for-each select="..">
      <xsl:call-template name="loss">
        <xsl:with-param name="what" select="concat('attribute ', name($att), '=&quot;', $att, '&quot; written as &quot;', $new, '&quot; (not a valid name)')"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The children of an element named name (table row row): kept, or
       unwrapped into it when it may not hold them. -->
  <xsl:template name="fit-children">
    <xsl:param name="nodes"/>
    <xsl:param name="row"/>
    <xsl:param name="name"/>
    <!-- the children of an unwrapped element: a head among them is not the
         parent's head (a head stands first), so it is unwrapped too -->
    <xsl:param name="unwrapped" select="false()"/>
    <xsl:for-each select="$nodes">
      <xsl:choose>
        <xsl:when test="self::text()">
          <xsl:choose>
            <xsl:when test="$row/@t = '1'"><xsl:copy/></xsl:when>
            <xsl:when test="normalize-space() != '' and contains($row/@c, ' p ')">
              <xsl:element name="p" namespace="{$fit-ns}"><xsl:copy/></xsl:element>
            </xsl:when>
            <xsl:when test="normalize-space() != ''">
              <xsl:variable name="att" select="."/><xsl:for-each select="..">
                <xsl:call-template name="loss">
                  <xsl:with-param name="what" select="concat('text &quot;', substring(normalize-space($att), 1, 80), '&quot; dropped (', $name, ' holds no text)')"/>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:when>
          </xsl:choose>
        </xsl:when>
        <xsl:when test="self::*[namespace-uri() = $fit-ns and contains($row/@c, concat(' ', local-name(), ' '))][not($unwrapped and local-name() = 'head')]">
          <xsl:apply-templates select="." mode="fit"><xsl:with-param name="parent" select="$name"/></xsl:apply-templates>
        </xsl:when>
        <!-- a phrase (ref, ptr, abbr...) where only blocks may stand: in a p -->
        <xsl:when test="self::*[namespace-uri() = $fit-ns] and contains($row/@c, ' p ') and ($fit-tc and tc:fit-row(concat('p/', local-name(current()))) or not($fit-tc) and document($fit-table-file)/*/tc:allowed/tc:e[@k = concat('p/', local-name(current()))]) and local-name() != 'head'">
          <xsl:element name="p" namespace="{$fit-ns}">
            <xsl:apply-templates select="." mode="fit"><xsl:with-param name="parent" select="'p'"/></xsl:apply-templates>
          </xsl:element>
        </xsl:when>
        <xsl:when test="self::*[namespace-uri() != $fit-ns] and contains($row/@c, ' * ')">
          <xsl:copy-of select="."/>
        </xsl:when>
        <xsl:when test="self::*">
          <xsl:call-template name="loss">
            <xsl:with-param name="what" select="concat('element ', local-name(), ' unwrapped (', $name, ' may not hold it)', substring(' and its attributes dropped', 1, 28 * count(@*[local-name() != 'altrender'])))"/>
          </xsl:call-template>
          <!-- its words apart from those around it by the spacing rule
               (fit-space); an empty one (lb, ptr) stands between words -->
          <xsl:variable name="own" select="string(.)"/>
          <xsl:variable name="prev" select="string(preceding-sibling::node()[1])"/>
          <xsl:variable name="next" select="string(following-sibling::node()[1])"/>
          <xsl:if test="$row/@t = '1' and $own = ''">
            <xsl:call-template name="fit-space">
              <xsl:with-param name="before" select="$prev"/>
              <xsl:with-param name="after" select="$next"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="$row/@t = '1' and $own != ''">
            <xsl:call-template name="fit-space">
              <xsl:with-param name="before" select="$prev"/>
              <xsl:with-param name="after" select="$own"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:call-template name="fit-children">
            <xsl:with-param name="nodes" select="node()"/>
            <xsl:with-param name="row" select="$row"/>
            <xsl:with-param name="name" select="$name"/>
            <xsl:with-param name="unwrapped" select="true()"/>
          </xsl:call-template>
          <xsl:if test="$row/@t = '1' and $own != ''">
            <xsl:call-template name="fit-space">
              <xsl:with-param name="before" select="$own"/>
              <xsl:with-param name="after" select="$next"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- The fitted, reference-checked result of a mapped tree; every @id of
       the input (the context) that the result lacks is reported. -->
  <xsl:template name="fit-result">
    <xsl:param name="mapped"/>
    <xsl:variable name="fitted"><xsl:apply-templates select="exsl:node-set($mapped)" mode="fit"/></xsl:variable>
    <xsl:variable name="out" select="exsl:node-set($fitted)"/>
    <!-- the reference pass only where it has work: a tree without
         @target, @parent or an ID used twice is copied as it is -->
    <xsl:variable name="refs">
      <xsl:for-each select="$out">
        <xsl:if test="//@target | //@parent | //@id[key('fit-id', .)[2]]">1</xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$refs = '1'"><xsl:apply-templates select="$out/*" mode="fit-refs"/></xsl:when>
      <xsl:otherwise><xsl:copy-of select="$out/*"/></xsl:otherwise>
    </xsl:choose>
    <!-- an ID the fitted tree holds is kept: the reference pass renames
         only the second and later elements with one -->
    <xsl:for-each select="//@id">
      <xsl:variable name="v" select="string(.)"/>
      <xsl:variable name="kept"><xsl:for-each select="$out"><xsl:if test="key('fit-id', $v)">1</xsl:if></xsl:for-each></xsl:variable>
      <xsl:if test="$kept = ''">
        <xsl:for-each select="..">
          <xsl:call-template name="loss">
            <xsl:with-param name="what" select="concat('id &quot;', $v, '&quot; not kept (its element ', local-name(), ' was dropped, merged or renamed)')"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- IDREFs whose ID did not survive (a dropped or unwrapped element) go. -->
  <xsl:template match="@*" mode="fit-refs"><xsl:copy/></xsl:template>
  <xsl:template match="node()" mode="fit-refs">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()" mode="fit-refs"/>
    </xsl:copy>
  </xsl:template>
  <!-- A second element with the same ID (an invalid input) gets a new one. -->
  <xsl:template match="@id" mode="fit-refs">
    <xsl:choose>
      <xsl:when test="count(key('fit-id', .)[1] | ..) = 1"><xsl:copy/></xsl:when>
      <xsl:otherwise>
        <xsl:attribute name="id"><xsl:value-of select="concat(., '_', generate-id(..))"/></xsl:attribute>
        <xsl:variable name="att" select="."/><xsl:for-each select="..">
          <xsl:call-template name="loss">
            <xsl:with-param name="what" select="concat('id &quot;', $att, '&quot; used twice: this one written as &quot;', $att, '_', generate-id(.), '&quot;')"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="@target | @parent" mode="fit-refs">
    <xsl:variable name="kept">
      <xsl:call-template name="fit-existing"><xsl:with-param name="v" select="normalize-space(.)"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($kept) = normalize-space(.)"><xsl:copy/></xsl:when>
      <xsl:otherwise>
        <xsl:if test="normalize-space($kept) != ''">
          <xsl:attribute name="{name()}"><xsl:value-of select="normalize-space($kept)"/></xsl:attribute>
        </xsl:if>
        <xsl:variable name="att" select="."/><xsl:for-each select="..">
          <xsl:call-template name="loss">
            <xsl:with-param name="what" select="concat('attribute ', name($att), '=&quot;', $att, '&quot;: reference to an element not kept, dropped')"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="fit-existing">
    <xsl:param name="v"/>
    <xsl:if test="$v != ''">
      <xsl:variable name="first" select="substring-before(concat($v, ' '), ' ')"/>
      <xsl:if test="key('fit-id', $first)"><xsl:value-of select="concat($first, ' ')"/></xsl:if>
      <xsl:call-template name="fit-existing"><xsl:with-param name="v" select="substring-after($v, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
