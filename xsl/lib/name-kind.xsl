<?xml version="1.0" encoding="UTF-8"?>
<!-- name-kind.xsl: person or organisation for a bare name (one that carries
     no persName/orgName, as in TEI from other producers), decided as the C
     code decides it (tc_name_guess_kind, src/lib/record/source_parse.c), on
     the same word list (data/org-words.txt: under teiconv looked up in C,
     tc:org-word in src/lib/xslt/lang_words.c; other processors read
     org-words.xsl, generated from it, with document()):
       1. a word of the list, whole, in any case: an organisation;
       2. an authorised corporate heading "Japan. Foreign Ministry": the
          first ". " after two letters (not an initial "K. ") followed by a
          capital;
       3. a single word without a comma ("Japan"): an organisation;
       4. otherwise a person.
     Returns "corpname" or "persname". -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tc="urn:x-teiconv:internal"
    exclude-result-prefixes="tc">
  <xsl:variable name="tc-org-word-c" select="function-available('tc:org-word')"/>
  <xsl:variable name="tc-nk-letters" select="'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>

  <xsl:template name="tc-name-guess-kind">
    <xsl:param name="name"/>
    <xsl:variable name="t" select="normalize-space($name)"/>
    <!-- every character that is not an ASCII letter becomes a space, so
         that words are matched whole -->
    <xsl:variable name="up" select="translate($t, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
    <xsl:variable name="others" select="translate($up, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '')"/>
    <xsl:variable name="spaced" select="concat(' ', translate($up, $others, substring('                                                                                ', 1, string-length($others))), ' ')"/>
    <xsl:variable name="heading">
      <xsl:call-template name="tc-nk-heading">
        <xsl:with-param name="t" select="$t"/>
        <xsl:with-param name="rest" select="$t"/>
        <xsl:with-param name="offset" select="0"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$tc-org-word-c and tc:org-word($spaced) or not($tc-org-word-c) and document('org-words.xsl')/*/tc:org-words/tc:w[contains($spaced, concat(' ', ., ' '))]">corpname</xsl:when>
      <xsl:when test="$heading = 'yes'">corpname</xsl:when>
      <xsl:when test="not(contains($t, ',')) and not(contains($t, ' '))">corpname</xsl:when>
      <xsl:otherwise>persname</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "yes" when t holds an authorised heading's ". " (rule 2): rest is what
       follows the last ". " looked at, offset its place in t. -->
  <xsl:template name="tc-nk-heading">
    <xsl:param name="t"/>
    <xsl:param name="rest"/>
    <xsl:param name="offset"/>
    <xsl:if test="contains($rest, '. ')">
      <xsl:variable name="head" select="substring-before($rest, '. ')"/>
      <!-- pos: characters of t before the dot -->
      <xsl:variable name="pos" select="$offset + string-length($head)"/>
      <xsl:if test="$pos &gt; 2">
        <xsl:variable name="before" select="substring($t, $pos - 1, 1)"/>
        <xsl:choose>
          <xsl:when test="translate($before, $tc-nk-letters, '') = ''">
            <xsl:if test="contains('ABCDEFGHIJKLMNOPQRSTUVWXYZ', substring($t, $pos + 3, 1)) and substring($t, $pos + 3, 1) != ''">yes</xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="tc-nk-heading">
              <xsl:with-param name="t" select="$t"/>
              <xsl:with-param name="rest" select="substring-after($rest, '. ')"/>
              <xsl:with-param name="offset" select="$pos + 2"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
