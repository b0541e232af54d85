<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from data/languages.tsv by cmake/gen_tables.cmake: do not edit.
     One tc:l a row: @n name, @b BCP 47 tag, @i ISO 639-2/B code, @t the T code where it differs.
     A top-level data element, not a variable (a processor builds a variable's tree again for
     every transformation): lang.xsl reads it with document() where teiconv's C look-ups
     (tc:lang-iso, tc:lang-name, tc:lang-tag2) are not there. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tc="urn:x-teiconv:internal" exclude-result-prefixes="tc">
  <tc:langs>
    <tc:l n="English" b="en" i="eng"/>
    <tc:l n="Russian" b="ru" i="rus"/>
    <tc:l n="Chinese" b="zh" i="chi" t="zho"/>
    <tc:l n="German" b="de" i="ger" t="deu"/>
    <tc:l n="French" b="fr" i="fre" t="fra"/>
    <tc:l n="Spanish" b="es" i="spa"/>
    <tc:l n="Portuguese" b="pt" i="por"/>
    <tc:l n="Italian" b="it" i="ita"/>
    <tc:l n="Japanese" b="ja" i="jpn"/>
    <tc:l n="Korean" b="ko" i="kor"/>
    <tc:l n="Vietnamese" b="vi" i="vie"/>
    <tc:l n="Polish" b="pl" i="pol"/>
    <tc:l n="Czech" b="cs" i="cze" t="ces"/>
    <tc:l n="Slovak" b="sk" i="slo" t="slk"/>
    <tc:l n="Hungarian" b="hu" i="hun"/>
    <tc:l n="Romanian" b="ro" i="rum" t="ron"/>
    <tc:l n="Bulgarian" b="bg" i="bul"/>
    <tc:l n="Serbian" b="sr" i="srp"/>
    <tc:l n="Croatian" b="hr" i="hrv"/>
    <tc:l n="Serbo-Croatian" b="sh" i="hbs"/>
    <tc:l n="Slovenian" b="sl" i="slv"/>
    <tc:l n="Macedonian" b="mk" i="mac" t="mkd"/>
    <tc:l n="Albanian" b="sq" i="alb" t="sqi"/>
    <tc:l n="Greek" b="el" i="gre" t="ell"/>
    <tc:l n="Turkish" b="tr" i="tur"/>
    <tc:l n="Arabic" b="ar" i="ara"/>
    <tc:l n="Persian" b="fa" i="per" t="fas"/>
    <tc:l n="Farsi" b="fa" i="per"/>
    <tc:l n="Hebrew" b="he" i="heb"/>
    <tc:l n="Hindi" b="hi" i="hin"/>
    <tc:l n="Urdu" b="ur" i="urd"/>
    <tc:l n="Bengali" b="bn" i="ben"/>
    <tc:l n="Mongolian" b="mn" i="mon"/>
    <tc:l n="Ukrainian" b="uk" i="ukr"/>
    <tc:l n="Belarusian" b="be" i="bel"/>
    <tc:l n="Georgian" b="ka" i="geo" t="kat"/>
    <tc:l n="Armenian" b="hy" i="arm" t="hye"/>
    <tc:l n="Azerbaijani" b="az" i="aze"/>
    <tc:l n="Kazakh" b="kk" i="kaz"/>
    <tc:l n="Uzbek" b="uz" i="uzb"/>
    <tc:l n="Estonian" b="et" i="est"/>
    <tc:l n="Latvian" b="lv" i="lav"/>
    <tc:l n="Lithuanian" b="lt" i="lit"/>
    <tc:l n="Finnish" b="fi" i="fin"/>
    <tc:l n="Swedish" b="sv" i="swe"/>
    <tc:l n="Norwegian" b="no" i="nor"/>
    <tc:l n="Danish" b="da" i="dan"/>
    <tc:l n="Dutch" b="nl" i="dut" t="nld"/>
    <tc:l n="Indonesian" b="id" i="ind"/>
    <tc:l n="Malay" b="ms" i="may" t="msa"/>
    <tc:l n="Thai" b="th" i="tha"/>
    <tc:l n="Khmer" b="km" i="khm"/>
    <tc:l n="Lao" b="lo" i="lao"/>
    <tc:l n="Burmese" b="my" i="bur" t="mya"/>
    <tc:l n="Tagalog" b="tl" i="tgl"/>
    <tc:l n="Swahili" b="sw" i="swa"/>
    <tc:l n="Amharic" b="am" i="amh"/>
    <tc:l n="Afrikaans" b="af" i="afr"/>
    <tc:l n="Latin" b="la" i="lat"/>
    <tc:l n="Yiddish" b="yi" i="yid"/>
    <tc:l n="Pashto" b="ps" i="pus"/>
    <tc:l n="Tamil" b="ta" i="tam"/>
    <tc:l n="Icelandic" b="is" i="ice" t="isl"/>
    <tc:l n="Irish" b="ga" i="gle"/>
    <tc:l n="Catalan" b="ca" i="cat"/>
    <tc:l n="Esperanto" b="eo" i="epo"/>
    <tc:l n="Bosnian" b="bs" i="bos"/>
    <tc:l n="Tibetan" b="bo" i="tib" t="bod"/>
    <tc:l n="Uyghur" b="ug" i="uig"/>
    <tc:l n="Uighur" b="ug" i="uig"/>
    <tc:l n="Kyrgyz" b="ky" i="kir"/>
    <tc:l n="Kirghiz" b="ky" i="kir"/>
    <tc:l n="Tajik" b="tg" i="tgk"/>
    <tc:l n="Turkmen" b="tk" i="tuk"/>
    <tc:l n="Kurdish" b="ku" i="kur"/>
    <tc:l n="Somali" b="so" i="som"/>
    <tc:l n="Hausa" b="ha" i="hau"/>
    <tc:l n="Zulu" b="zu" i="zul"/>
    <tc:l n="Filipino" b="fil" i="fil"/>
    <tc:l n="Sinhala" b="si" i="sin"/>
    <tc:l n="Sinhalese" b="si" i="sin"/>
    <tc:l n="Nepali" b="ne" i="nep"/>
    <tc:l n="Punjabi" b="pa" i="pan"/>
    <tc:l n="Gujarati" b="gu" i="guj"/>
    <tc:l n="Marathi" b="mr" i="mar"/>
    <tc:l n="Telugu" b="te" i="tel"/>
    <tc:l n="Malayalam" b="ml" i="mal"/>
    <tc:l n="Javanese" b="jv" i="jav"/>
    <tc:l n="Tigrinya" b="ti" i="tir"/>
    <tc:l n="Oromo" b="om" i="orm"/>
    <tc:l n="Yoruba" b="yo" i="yor"/>
    <tc:l n="Igbo" b="ig" i="ibo"/>
    <tc:l n="Malagasy" b="mg" i="mlg"/>
    <tc:l n="Lingala" b="ln" i="lin"/>
    <tc:l n="Maltese" b="mt" i="mlt"/>
    <tc:l n="Welsh" b="cy" i="wel" t="cym"/>
    <tc:l n="Basque" b="eu" i="baq" t="eus"/>
    <tc:l n="Galician" b="gl" i="glg"/>
    <tc:l n="Luxembourgish" b="lb" i="ltz"/>
    <tc:l n="Tatar" b="tt" i="tat"/>
    <tc:l n="Dari" b="prs" i="per"/>
    <tc:l n="Ladino" b="lad" i="lad"/>
    <tc:l n="Slovene" b="sl" i="slv"/>
    <tc:l n="Byelorussian" b="be" i="bel"/>
    <tc:l n="Belorussian" b="be" i="bel"/>
    <tc:l n="Flemish" b="nl" i="dut"/>
    <tc:l n="Castilian" b="es" i="spa"/>
    <tc:l n="Moldovan" b="ro" i="rum"/>
    <tc:l n="Moldavian" b="ro" i="rum"/>
    <tc:l n="Mandarin" b="zh" i="chi"/>
    <tc:l n="Mandarin Chinese" b="zh" i="chi"/>
    <tc:l n="Cantonese" b="yue" i="chi"/>
    <tc:l n="Bahasa Indonesia" b="id" i="ind"/>
    <tc:l n="Pilipino" b="fil" i="fil"/>
    <tc:l n="Cambodian" b="km" i="khm"/>
    <tc:l n="Laotian" b="lo" i="lao"/>
    <tc:l n="Myanmar" b="my" i="bur"/>
    <tc:l n="Kiswahili" b="sw" i="swa"/>
    <tc:l n="Gaelic" b="ga" i="gle"/>
    <tc:l n="Hebrew (Modern)" b="he" i="heb"/>
    <tc:l n="Serbo Croatian" b="sh" i="hbs"/>
    <tc:l n="Serbocroatian" b="sh" i="hbs"/>
    <tc:l n="Ancient Greek" b="grc" i="grc"/>
    <tc:l n="Middle English" b="enm" i="enm"/>
    <tc:l n="Old English" b="ang" i="ang"/>
    <tc:l n="Literary Chinese" b="lzh" i="chi"/>
    <tc:l n="Classical Chinese" b="lzh" i="chi"/>
  </tc:langs>
</xsl:stylesheet>
